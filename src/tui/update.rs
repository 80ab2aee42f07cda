//! Applying an action to the state. Pure: no I/O, no terminal.

use super::Action;
use super::app::{App, Focus, Mode, Row, month_index};
use crate::query::period_start;
use crate::timeline::EntryKind;
use chrono::Datelike;
use ratatui::layout::{Position, Rect};

/// Lines the mouse wheel moves.
const WHEEL_STEP: usize = 3;

pub fn update(app: &mut App, action: Action) {
    if !matches!(
        action,
        Action::Resize(..) | Action::Input(_) | Action::InputBackspace
    ) {
        app.message = None;
    }
    match app.mode {
        Mode::Search | Mode::Jump if is_input_action(action) => return input(app, action),
        Mode::Help => return help(app, action),
        _ => {}
    }
    match action {
        Action::Quit => app.quit = true,
        Action::ToggleHelp => {
            app.mode = Mode::Help;
            app.help_scroll = 0;
        }
        Action::FocusNext => cycle_focus(app, true),
        Action::FocusPrev => cycle_focus(app, false),
        Action::Escape => escape(app),
        Action::StartSearch => {
            app.mode = Mode::Search;
            app.query_before_search = app.query_text.clone();
            app.input = app.query_text.clone();
            app.focus = Focus::Timeline;
        }
        Action::StartJump => {
            app.mode = Mode::Jump;
            app.input.clear();
        }
        Action::FocusArticle => app.focus = Focus::Article,
        Action::TogglePeople => {
            app.show_people = !app.show_people;
            if app.narrow() {
                app.focus = if app.show_people {
                    Focus::People
                } else {
                    Focus::Timeline
                };
            } else {
                app.focus = Focus::People;
            }
            app.relayout_article();
        }
        Action::Resize(w, h) => resize(app, w, h),
        Action::Click(x, y) => click(app, x, y),
        Action::WheelDown(x, y) => wheel(app, x, y, true),
        Action::WheelUp(x, y) => wheel(app, x, y, false),
        Action::Copy => copy(app),
        Action::NextEntry => app.select(app.selected + 1),
        Action::PrevEntry => app.select(app.selected.saturating_sub(1)),
        _ => match app.focus {
            Focus::Timeline => timeline(app, action),
            Focus::Article => article(app, action),
            Focus::People => people(app, action),
        },
    }
}

/// A new terminal size: re-wrap the article keeping the same text at the top of the pane.
fn resize(app: &mut App, w: u16, h: u16) {
    let anchor = app
        .article_layout
        .as_ref()
        .and_then(|l| l.lines.get(app.article_scroll))
        .map(|l| l.start);
    app.width = w;
    app.height = h;
    app.relayout_article();
    if let Some(byte) = anchor {
        app.article_scroll = app.line_of_byte(byte);
    }
    app.article_scroll = app.article_scroll.min(app.max_article_scroll());
    app.ensure_selection_visible();
}

fn is_input_action(action: Action) -> bool {
    matches!(
        action,
        Action::Input(_)
            | Action::InputBackspace
            | Action::InputDeleteWord
            | Action::InputClear
            | Action::InputSubmit
            | Action::InputCancel
            | Action::ToggleRanking
    )
}

fn cycle_focus(app: &mut App, forward: bool) {
    let order: &[Focus] = if !app.narrow() {
        &[Focus::Timeline, Focus::Article, Focus::People]
    } else if app.show_people {
        &[Focus::Timeline, Focus::People]
    } else {
        &[Focus::Timeline, Focus::Article]
    };
    let at = order.iter().position(|f| *f == app.focus).unwrap_or(0);
    let next = if forward {
        (at + 1) % order.len()
    } else {
        (at + order.len() - 1) % order.len()
    };
    app.focus = order[next];
}

fn escape(app: &mut App) {
    if app.focus == Focus::People && app.person_filter.is_some() {
        app.person_filter = None;
        app.refresh_view();
    } else if !app.query_text.is_empty() {
        app.set_query("");
    } else if app.has_filters() {
        app.tag_filter = None;
        app.person_filter = None;
        app.hide_mentions = false;
        app.reverse = false;
        app.ranked = false;
        app.refresh_view();
    } else if app.show_people {
        app.show_people = false;
        if app.focus == Focus::People && app.narrow() {
            app.focus = Focus::Timeline;
        }
    } else if app.focus != Focus::Timeline {
        app.focus = Focus::Timeline;
    }
}

fn input(app: &mut App, action: Action) {
    let searching = app.mode == Mode::Search;
    match action {
        Action::Input(c) => app.input.push(c),
        Action::InputBackspace => {
            app.input.pop();
        }
        Action::InputDeleteWord => {
            let trimmed = app.input.trim_end().len();
            let cut = app.input[..trimmed].rfind(' ').map_or(0, |i| i + 1);
            app.input.truncate(cut);
        }
        Action::InputClear => app.input.clear(),
        Action::ToggleRanking => {
            app.ranked = !app.ranked;
            app.refresh_view();
            app.select(0);
            return;
        }
        Action::InputSubmit => {
            app.mode = Mode::Normal;
            if !searching {
                jump(app);
            } else if app.view.items.is_empty() && !app.query_text.is_empty() {
                app.message = Some(format!("no match for {}", app.query_text));
            }
            return;
        }
        Action::InputCancel => {
            app.mode = Mode::Normal;
            if searching {
                let before = app.query_before_search.clone();
                app.set_query(&before);
            }
            app.input.clear();
            return;
        }
        _ => return,
    }
    if searching {
        let text = app.input.clone();
        app.set_query(&text);
        app.select(0);
    }
}

fn jump(app: &mut App) {
    let text = app.input.trim().to_string();
    app.input.clear();
    let Some(target) = period_start(&text) else {
        app.message = Some(format!(
            "not a date: {text} (use 2024, 2024-08 or 2024-08-20)"
        ));
        return;
    };
    // The first entry on or after the date, whatever the display order.
    let found = app
        .view
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| app.entries[**i].date >= target)
        .min_by_key(|(n, i)| {
            (
                app.entries[**i].date,
                if app.reverse { usize::MAX - n } else { *n },
            )
        })
        .map(|(n, _)| n);
    match found {
        Some(n) => app.select(n),
        None => app.message = Some(format!("nothing on or after {text}")),
    }
}

fn help(app: &mut App, action: Action) {
    match action {
        Action::ToggleHelp | Action::Escape => app.mode = Mode::Normal,
        Action::Quit => app.quit = true,
        Action::Down | Action::WheelDown(..) => app.help_scroll += 1,
        Action::Up | Action::WheelUp(..) => app.help_scroll = app.help_scroll.saturating_sub(1),
        Action::Resize(w, h) => resize(app, w, h),
        _ => {}
    }
}

fn page(app: &App) -> usize {
    (app.areas().list.height as usize).max(1)
}

fn timeline(app: &mut App, action: Action) {
    let last = app.view.items.len().saturating_sub(1);
    let s = app.selected;
    match action {
        Action::Down => app.select(s + 1),
        Action::Up => app.select(s.saturating_sub(1)),
        Action::HalfPageDown => app.select(s + page(app) / 2),
        Action::HalfPageUp => app.select(s.saturating_sub(page(app) / 2)),
        Action::PageDown => app.select(s + page(app)),
        Action::PageUp => app.select(s.saturating_sub(page(app))),
        Action::Top => app.select(0),
        Action::Bottom => app.select(last),
        Action::NextMonth => by_period(app, true, month_index),
        Action::PrevMonth => by_period(app, false, month_index),
        Action::NextYear => by_period(app, true, |d| d.year() as i64),
        Action::PrevYear => by_period(app, false, |d| d.year() as i64),
        Action::NextMatch | Action::PrevMatch => next_match(app, action == Action::NextMatch),
        Action::CycleTag => {
            app.tag_filter = match app.tag_filter {
                None if !app.topics.is_empty() => Some(0),
                Some(t) if t + 1 < app.topics.len() => Some(t + 1),
                _ => None,
            };
            app.refresh_view();
        }
        Action::ToggleMentions => {
            app.hide_mentions = !app.hide_mentions;
            app.refresh_view();
        }
        Action::ReverseOrder => {
            app.reverse = !app.reverse;
            app.refresh_view();
        }
        _ => {}
    }
}

/// Move to the first entry of the next (or previous) period, `key` naming the period.
fn by_period(app: &mut App, forward: bool, key: impl Fn(chrono::NaiveDate) -> i64) {
    let items = &app.view.items;
    let Some(&current) = items.get(app.selected) else {
        return;
    };
    let here = key(app.entries[current].date);
    let period_of = |n: usize| key(app.entries[items[n]].date);
    let target = if forward {
        (app.selected + 1..items.len()).find(|&n| period_of(n) != here)
    } else {
        // The start of the period before this one.
        let start_of_this = (0..app.selected)
            .rev()
            .take_while(|&n| period_of(n) == here)
            .last();
        let before = start_of_this.unwrap_or(app.selected).checked_sub(1);
        before.map(|b| {
            let p = period_of(b);
            (0..=b)
                .rev()
                .take_while(|&n| period_of(n) == p)
                .last()
                .unwrap_or(b)
        })
    };
    match target {
        Some(n) => app.select(n),
        None => {
            app.message = Some(if forward {
                "no later period".into()
            } else {
                "no earlier period".into()
            })
        }
    }
}

fn next_match(app: &mut App, forward: bool) {
    if !app.matcher.query.has_text_terms() {
        app.message = Some("no search: press / to search".into());
        return;
    }
    let n = app.view.items.len();
    if n == 0 {
        app.message = Some(format!("no match for {}", app.query_text));
        return;
    }
    let is_article = |k: usize| app.entries[app.view.items[k]].kind == EntryKind::Article;
    let found = (1..=n)
        .map(|step| {
            if forward {
                (app.selected + step) % n
            } else {
                (app.selected + n - step) % n
            }
        })
        .find(|&k| is_article(k));
    if let Some(k) = found {
        let wrapped = if forward {
            k <= app.selected
        } else {
            k >= app.selected
        };
        app.select(k);
        if wrapped {
            app.message = Some("search wrapped".into());
        }
    }
}

fn article(app: &mut App, action: Action) {
    let height = (app.areas().article_text.height as usize).max(1);
    let max = app.max_article_scroll();
    let s = app.article_scroll;
    app.article_scroll = match action {
        Action::Down => s + 1,
        Action::Up => s.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => s + height.saturating_sub(1).max(1),
        Action::PageUp | Action::HalfPageUp => s.saturating_sub(height.saturating_sub(1).max(1)),
        Action::Top => 0,
        Action::Bottom => max,
        _ => s,
    }
    .min(max);
}

fn people(app: &mut App, action: Action) {
    let count = app
        .selected_article()
        .map_or(0, |(_, a)| a.enrichment.people.len());
    match action {
        Action::Down => {
            app.person_selected = (app.person_selected + 1).min(count.saturating_sub(1))
        }
        Action::Up => app.person_selected = app.person_selected.saturating_sub(1),
        Action::Top => app.person_selected = 0,
        Action::Bottom => app.person_selected = count.saturating_sub(1),
        Action::FilterPerson => {
            let name = app
                .selected_article()
                .and_then(|(_, a)| a.enrichment.people.get(app.person_selected))
                .map(|p| p.name.clone());
            if let Some(name) = name {
                let keep = app.person_selected;
                app.person_filter = Some(name);
                app.refresh_view();
                // The selected article is still shown (it mentions the person): keep the person.
                if let Some((_, a)) = app.selected_article()
                    && let Some(i) = a
                        .enrichment
                        .people
                        .iter()
                        .position(|p| Some(&p.name) == app.person_filter.as_ref())
                {
                    app.person_selected = i;
                } else {
                    app.person_selected = keep.min(count.saturating_sub(1));
                }
            }
        }
        _ => {}
    }
}

fn contains(r: Rect, x: u16, y: u16) -> bool {
    r.contains(Position { x, y })
}

fn click(app: &mut App, x: u16, y: u16) {
    let a = app.areas();
    if contains(a.timeline, x, y) {
        app.focus = Focus::Timeline;
        if contains(a.list, x, y) {
            let row = app.timeline_offset + (y - a.list.y) as usize;
            if let Some(Row::Item(n)) = app.view.rows.get(row) {
                app.select(*n);
            }
        }
    } else if contains(a.article, x, y) {
        app.focus = Focus::Article;
    } else if contains(a.people, x, y) {
        app.focus = Focus::People;
        let row = y.saturating_sub(a.people.y + 1) as usize;
        let count = app
            .selected_article()
            .map_or(0, |(_, art)| art.enrichment.people.len());
        if row < count {
            app.person_selected = row;
        }
    }
}

fn wheel(app: &mut App, x: u16, y: u16, down: bool) {
    let a = app.areas();
    let (focus_before, action) = (app.focus, if down { Action::Down } else { Action::Up });
    let pane = if contains(a.timeline, x, y) {
        Focus::Timeline
    } else if contains(a.article, x, y) {
        Focus::Article
    } else if contains(a.people, x, y) {
        Focus::People
    } else {
        return;
    };
    app.focus = pane;
    for _ in 0..WHEEL_STEP {
        match pane {
            Focus::Timeline => timeline(app, action),
            Focus::Article => article(app, action),
            Focus::People => people(app, action),
        }
    }
    app.focus = focus_before;
}

fn copy(app: &mut App) {
    let Some((_, a)) = app.selected_article() else {
        return;
    };
    let mut text = format!("{}\n{}", a.headline, a.date);
    if let Some(place) = &a.place {
        text.push_str(&format!(", {place}"));
    }
    text.push_str("\n\n");
    text.push_str(&a.body);
    app.clipboard = Some(text);
    app.message = Some("article copied to the clipboard (OSC 52)".into());
}
