//! The timeline pane: year headers and one row per entry, only the rows on screen drawn.

use super::{Theme, density};
use crate::corpus::push_display_char;
use crate::query::{Term, fuzzy_indices_compact};
use crate::timeline::{EntryKind, format_date};
use crate::tui::app::{App, Focus, Row};
use crate::tui::layout::Areas;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};
use unicode_width::UnicodeWidthChar;

pub fn render(app: &App, theme: &Theme, areas: &Areas, frame: &mut Frame) {
    let focused = app.focus == Focus::Timeline;
    let title = format!(" Timeline {}/{} ", position(app), app.view.items.len());
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(title, theme.title(focused)));
    frame.render_widget(block, areas.timeline);
    density::render(app, theme, areas.density, frame);

    let area = areas.list;
    if app.view.items.is_empty() {
        let msg = if app.query_text.is_empty() {
            "no entries"
        } else {
            "no match"
        };
        frame.render_widget(Line::styled(msg, theme.dim()), area);
        return;
    }
    let width = area.width as usize;
    for (y, row) in app
        .view
        .rows
        .iter()
        .skip(app.timeline_offset)
        .take(area.height as usize)
        .enumerate()
    {
        let line = match *row {
            Row::Year(year) => {
                let label = format!("── {year} ");
                let fill = width.saturating_sub(label.chars().count());
                Line::styled(format!("{label}{}", "─".repeat(fill)), theme.year())
            }
            Row::Item(n) => entry_line(app, theme, n, width),
        };
        let rect = ratatui::layout::Rect {
            y: area.y + y as u16,
            height: 1,
            ..area
        };
        frame.render_widget(line, rect);
    }
}

fn position(app: &App) -> usize {
    if app.view.items.is_empty() {
        0
    } else {
        app.selected + 1
    }
}

/// Below this many columns for the headline, tag labels are left out.
const MIN_TEXT_WIDTH: usize = 30;

/// Short coloured labels for tags: the first letters (upper case when only one).
fn tag_label(tag: &str, len: usize) -> String {
    if len == 1 {
        tag.chars().take(1).flat_map(char::to_uppercase).collect()
    } else {
        tag.chars().take(len).collect()
    }
}

fn entry_line<'a>(app: &'a App, theme: &Theme, n: usize, width: usize) -> Line<'a> {
    let entry = &app.entries[app.view.items[n]];
    let article = &app.corpus.articles[entry.article];
    let selected = n == app.selected;
    let date = format!("{:<10}", format_date(entry.date, entry.precision));
    let (marker, marker_style) = match entry.kind {
        EntryKind::Article => ("■", theme.article_marker()),
        EntryKind::Mention(_) => ("◇", theme.mention_marker()),
    };
    // Tag labels: four letters where the headline keeps room, else one, else none.
    let tags: &[String] = &article.enrichment.tags;
    let label_len = [4, 1, 0]
        .into_iter()
        .find(|&len| {
            let w: usize = tags.iter().map(|_| len + 1).sum();
            len == 0 || width.saturating_sub(10 + 3 + w + 1) >= MIN_TEXT_WIDTH
        })
        .unwrap_or(0);
    let tags_width: usize = if label_len == 0 {
        0
    } else {
        tags.len() * (label_len + 1)
    };
    let text_width = width.saturating_sub(10 + 3 + tags_width + 1);

    let mut spans = vec![
        Span::styled(date, theme.date()),
        Span::raw(" "),
        Span::styled(marker, marker_style),
        Span::raw(" "),
    ];
    match entry.kind {
        EntryKind::Article => {
            let highlights = headline_matches(app, &article.headline);
            spans.extend(styled_text(
                &article.headline,
                text_width,
                &highlights,
                theme.search_match(),
                Style::new(),
            ));
        }
        EntryKind::Mention(m) => {
            let mention = &article.enrichment.mentions[m];
            let text = around(
                &article.body,
                mention.sentence.clone(),
                mention.expression.clone(),
                text_width,
            );
            spans.extend(styled_text(
                &text,
                text_width,
                &[],
                Style::new(),
                theme.mention_text(),
            ));
        }
    }
    let used: usize = spans.iter().map(|s| s.width()).sum();
    spans.push(Span::raw(
        " ".repeat(width.saturating_sub(used + tags_width)),
    ));
    if label_len > 0 {
        for t in tags {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(tag_label(t, label_len), theme.tag(t)));
        }
    }
    let line = Line::from(spans);
    if selected {
        line.style(theme.selected(app.focus == Focus::Timeline))
    } else {
        line
    }
}

/// Char indices of `text` matched by the query's fuzzy terms.
fn headline_matches(app: &App, text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for term in &app.matcher.query.terms {
        if let Term::Fuzzy(p) | Term::Exact(p) = term
            && let Some((_, idx)) = fuzzy_indices_compact(app.matcher.skim(), text, p)
        {
            out.extend(idx);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// `text` made safe, cut to `width` columns with an ellipsis, matched chars highlighted.
fn styled_text(
    text: &str,
    width: usize,
    matched: &[usize],
    hl: Style,
    base: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let mut buf = String::new();
    let mut buf_hl = false;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(1)).sum();
    for (i, c) in text.chars().enumerate() {
        let c = if c == '\n' { ' ' } else { c };
        let mut shown = String::new();
        push_display_char(&mut shown, c);
        let w: usize = shown.chars().map(|c| c.width().unwrap_or(0)).sum();
        let reserve = if total > width { 1 } else { 0 };
        if used + w + reserve > width {
            if !buf.is_empty() {
                spans.push(Span::styled(
                    std::mem::take(&mut buf),
                    if buf_hl { hl } else { base },
                ));
            }
            spans.push(Span::styled("…", base));
            return spans;
        }
        let is_hl = matched.binary_search(&i).is_ok();
        if is_hl != buf_hl && !buf.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut buf),
                if buf_hl { hl } else { base },
            ));
        }
        buf_hl = is_hl;
        buf.push_str(&shown);
        used += w;
    }
    if !buf.is_empty() {
        spans.push(Span::styled(buf, if buf_hl { hl } else { base }));
    }
    spans
}

/// The sentence, folded to one line and cut to about `width` columns around the expression.
pub fn around(
    body: &str,
    sentence: std::ops::Range<usize>,
    expr: std::ops::Range<usize>,
    width: usize,
) -> String {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = sentence.start.min(body.len());
    let e = sentence.end.min(body.len()).max(s);
    let before = fold(body.get(s..expr.start.clamp(s, e)).unwrap_or(""));
    let expression = fold(body.get(expr.clone()).unwrap_or(""));
    let after = fold(body.get(expr.end.clamp(s, e)..e).unwrap_or(""));
    // A space between the parts only where the text had white space.
    let gap_before = body
        .get(..expr.start)
        .is_some_and(|t| t.ends_with(char::is_whitespace));
    let gap_after = body
        .get(expr.end..)
        .is_some_and(|t| t.starts_with(char::is_whitespace));
    let join = |a: &str, gap: bool, b: &str| {
        if a.is_empty() || b.is_empty() || !gap {
            format!("{a}{b}")
        } else {
            format!("{a} {b}")
        }
    };
    let tail = join(&expression, gap_after, &after);
    let full = join(&before, gap_before, &tail);
    if full.chars().count() <= width {
        return full;
    }
    // Keep about a third of the room before the expression.
    let lead_room = width / 3;
    let before_chars: Vec<char> = before.chars().collect();
    let lead: String = if before_chars.len() > lead_room {
        let cut = before_chars.len() - lead_room.saturating_sub(1);
        let tail: String = before_chars[cut..].iter().collect();
        format!("…{}", tail.trim_start())
    } else {
        before
    };
    join(&lead, gap_before, &tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn around_keeps_the_expression_in_view() {
        let body = "A very long opening that goes on and on about many things before the point, he said on Monday that it is over.";
        let expr_start = body.find("on Monday").unwrap();
        let s = around(body, 0..body.len(), expr_start..expr_start + 9, 40);
        assert!(s.starts_with('…'), "{s}");
        let pos = s.find("on Monday").unwrap();
        assert!(s[..pos].chars().count() <= 14, "{s}");
    }

    #[test]
    fn styled_text_truncates_with_ellipsis() {
        let spans = styled_text(
            "Kharge and Tharoor",
            10,
            &[0, 1],
            Style::new(),
            Style::new(),
        );
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "Kharge an…");
        let spans = styled_text("bell\x07", 10, &[], Style::new(), Style::new());
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "bell␇");
    }
}
