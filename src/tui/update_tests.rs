//! Pure tests of `update`: one or more for every action, on a small hand-made corpus.

use super::app::{App, Focus, Mode, Row};
use super::{Action, update};
use crate::corpus::{Article, Corpus};
use crate::enrich::{DatedMention, PersonMention, Precision};
use crate::timeline::EntryKind;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn article(
    id: &str,
    date: &str,
    headline: &str,
    people: &[&str],
    tags: &[&str],
    mention: Option<&str>,
) -> Article {
    let body = format!(
        "{headline}. The party met on Monday and said more.\n\nSecond paragraph about {}.",
        people.join(" and ")
    );
    let mut a = Article::new(id.into(), d(date), body.clone(), "test".into());
    a.headline = headline.into();
    a.enrichment.people = people
        .iter()
        .map(|p| {
            let at = body.find(p).unwrap_or(0);
            PersonMention {
                name: p.to_string(),
                gazetteer: None,
                spans: std::iter::once(at..at + p.len()).collect(),
            }
        })
        .collect();
    a.enrichment.tags = tags.iter().map(|t| t.to_string()).collect();
    if let Some(m) = mention {
        let at = body.find("on Monday").unwrap();
        a.enrichment.mentions.push(DatedMention {
            date: d(m),
            precision: Precision::Day,
            expression: at..at + 9,
            sentence: headline.len() + 2..body.find("\n\n").unwrap(),
        });
    }
    a
}

fn corpus() -> Corpus {
    Corpus {
        articles: std::sync::Arc::new(vec![
            article(
                "a1",
                "2022-10-04",
                "Kharge files nomination",
                &["Mallikarjun Kharge", "Shashi Tharoor"],
                &["leadership"],
                Some("2022-10-03"),
            ),
            article(
                "a2",
                "2022-11-15",
                "Tharoor campaigns in Kerala",
                &["Shashi Tharoor"],
                &["election"],
                None,
            ),
            article(
                "a3",
                "2023-12-21",
                "INDIA bloc meets in Delhi",
                &["Mallikarjun Kharge", "Rahul Gandhi"],
                &["alliance"],
                None,
            ),
            article(
                "a4",
                "2024-08-20",
                "Congress and NC weigh a tie-up",
                &["Omar Abdullah", "Farooq Abdullah"],
                &["alliance", "election"],
                Some("2024-08-19"),
            ),
        ]),
        ..Corpus::default()
    }
}

fn app() -> App {
    App::new(corpus(), 120, 40, false)
}

fn ids(app: &App) -> Vec<String> {
    app.view
        .items
        .iter()
        .map(|&i| {
            let e = &app.entries[i];
            let id = &app.corpus.articles[e.article].id;
            if e.is_mention() {
                format!("{id}@")
            } else {
                id.clone()
            }
        })
        .collect()
}

fn selected_id(app: &App) -> String {
    app.selected_article().unwrap().1.id.clone()
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Input(c));
    }
}

#[test]
fn starts_oldest_first_with_year_headers() {
    let app = app();
    assert_eq!(ids(&app), ["a1@", "a1", "a2", "a3", "a4@", "a4"]);
    assert_eq!(app.view.rows[0], Row::Year(2022));
    assert!(app.view.rows.contains(&Row::Year(2024)));
    assert_eq!(app.selected, 0);
}

#[test]
fn quit() {
    let mut app = app();
    update(&mut app, Action::Quit);
    assert!(app.quit);
}

#[test]
fn down_up_top_bottom_pages() {
    let mut app = app();
    update(&mut app, Action::Down);
    assert_eq!(app.selected, 1);
    update(&mut app, Action::Up);
    update(&mut app, Action::Up);
    assert_eq!(app.selected, 0, "clamped at the top");
    update(&mut app, Action::Bottom);
    assert_eq!(app.selected, 5);
    update(&mut app, Action::Down);
    assert_eq!(app.selected, 5, "clamped at the end");
    update(&mut app, Action::Top);
    assert_eq!(app.selected, 0);
    update(&mut app, Action::PageDown);
    assert_eq!(app.selected, 5);
    update(&mut app, Action::PageUp);
    assert_eq!(app.selected, 0);
    update(&mut app, Action::HalfPageDown);
    assert_eq!(app.selected, 5, "half of a 30-row page is past the end");
    update(&mut app, Action::HalfPageUp);
    assert_eq!(app.selected, 0);
}

#[test]
fn half_page_on_a_small_terminal() {
    let mut app = App::new(corpus(), 120, 12, false);
    let page = app.areas().list.height as usize;
    update(&mut app, Action::HalfPageDown);
    assert_eq!(app.selected, page / 2);
}

#[test]
fn months_and_years() {
    let mut app = app();
    update(&mut app, Action::NextMonth);
    assert_eq!(selected_id(&app), "a2", "2022-10 → 2022-11");
    update(&mut app, Action::NextMonth);
    assert_eq!(selected_id(&app), "a3");
    update(&mut app, Action::PrevMonth);
    assert_eq!(selected_id(&app), "a2");
    update(&mut app, Action::PrevMonth);
    assert_eq!(app.selected, 0, "to the first entry of October 2022");
    update(&mut app, Action::PrevMonth);
    assert_eq!(app.message.as_deref(), Some("no earlier period"));
    update(&mut app, Action::NextYear);
    assert_eq!(selected_id(&app), "a3");
    update(&mut app, Action::NextYear);
    assert_eq!(app.selected, 4, "first 2024 entry is the mention");
    update(&mut app, Action::PrevYear);
    assert_eq!(selected_id(&app), "a3");
}

#[test]
fn jump_to_a_date() {
    let mut app = app();
    update(&mut app, Action::StartJump);
    assert_eq!(app.mode, Mode::Jump);
    type_text(&mut app, "2023");
    update(&mut app, Action::InputSubmit);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(selected_id(&app), "a3");
    update(&mut app, Action::StartJump);
    type_text(&mut app, "2024-08-20");
    update(&mut app, Action::InputSubmit);
    assert_eq!(app.selected, 5);
    update(&mut app, Action::StartJump);
    type_text(&mut app, "soon");
    update(&mut app, Action::InputSubmit);
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("not a date: soon")
    );
    assert_eq!(app.selected, 5, "a bad date does not move");
    update(&mut app, Action::StartJump);
    type_text(&mut app, "2030");
    update(&mut app, Action::InputSubmit);
    assert_eq!(app.message.as_deref(), Some("nothing on or after 2030"));
}

#[test]
fn search_filters_live_keeps_and_cancels() {
    let mut app = app();
    update(&mut app, Action::StartSearch);
    assert_eq!(app.mode, Mode::Search);
    type_text(&mut app, "abdullah");
    assert_eq!(ids(&app), ["a4@", "a4"], "filters on every keystroke");
    update(&mut app, Action::InputSubmit);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.query_text, "abdullah");
    update(&mut app, Action::StartSearch);
    type_text(&mut app, "zzzz");
    assert!(app.view.items.is_empty());
    update(&mut app, Action::InputCancel);
    assert_eq!(
        app.query_text, "abdullah",
        "Esc restores the query before /"
    );
    assert_eq!(ids(&app), ["a4@", "a4"]);
}

#[test]
fn input_editing() {
    let mut app = app();
    update(&mut app, Action::StartSearch);
    type_text(&mut app, "kharge thar");
    update(&mut app, Action::InputBackspace);
    assert_eq!(app.input, "kharge tha");
    update(&mut app, Action::InputDeleteWord);
    assert_eq!(app.input, "kharge ");
    update(&mut app, Action::InputClear);
    assert_eq!(app.input, "");
    assert_eq!(app.view.items.len(), 6);
}

#[test]
fn keys_are_text_while_typing() {
    let mut app = app();
    update(&mut app, Action::StartSearch);
    update(&mut app, Action::Input('q'));
    assert!(!app.quit);
    assert_eq!(app.input, "q");
}

#[test]
fn ranking_toggle() {
    let mut app = app();
    update(&mut app, Action::StartSearch);
    type_text(&mut app, "tharoor");
    assert_eq!(ids(&app), ["a1@", "a1", "a2"]);
    update(&mut app, Action::ToggleRanking);
    assert!(app.ranked);
    assert_eq!(ids(&app)[0], "a2", "the headline match ranks first");
    assert!(
        !app.view.rows.iter().any(|r| matches!(r, Row::Year(_))),
        "no year headers when ranked"
    );
    update(&mut app, Action::ToggleRanking);
    assert_eq!(ids(&app), ["a1@", "a1", "a2"]);
}

#[test]
fn next_and_previous_match_wrap() {
    let mut app = app();
    update(&mut app, Action::NextMatch);
    assert!(app.message.as_deref().unwrap().starts_with("no search"));
    app.set_query("kharge");
    assert_eq!(ids(&app), ["a1@", "a1", "a3"]);
    update(&mut app, Action::NextMatch);
    assert_eq!(app.selected, 1, "mentions are skipped");
    update(&mut app, Action::NextMatch);
    assert_eq!(app.selected, 2);
    update(&mut app, Action::NextMatch);
    assert_eq!(app.selected, 1);
    assert_eq!(app.message.as_deref(), Some("search wrapped"));
    update(&mut app, Action::PrevMatch);
    assert_eq!(app.selected, 2);
}

#[test]
fn tag_filter_cycles() {
    let mut app = app();
    let names = app.topics.clone();
    update(&mut app, Action::CycleTag);
    assert_eq!(app.filter_labels(), [format!("#{}", names[0])]);
    assert_eq!(names[0], "alliance");
    assert_eq!(ids(&app), ["a3", "a4@", "a4"]);
    for _ in 1..names.len() {
        update(&mut app, Action::CycleTag);
    }
    update(&mut app, Action::CycleTag);
    assert_eq!(app.tag_filter, None, "back to all");
    assert_eq!(app.view.items.len(), 6);
}

#[test]
fn mentions_hide_and_order_reverses() {
    let mut app = app();
    update(&mut app, Action::ToggleMentions);
    assert_eq!(ids(&app), ["a1", "a2", "a3", "a4"]);
    update(&mut app, Action::ReverseOrder);
    assert_eq!(ids(&app), ["a4", "a3", "a2", "a1"]);
    update(&mut app, Action::ToggleMentions);
    update(&mut app, Action::ReverseOrder);
    assert_eq!(ids(&app), ["a1@", "a1", "a2", "a3", "a4@", "a4"]);
}

#[test]
fn selection_survives_filters() {
    let mut app = app();
    update(&mut app, Action::Bottom);
    update(&mut app, Action::ToggleMentions);
    assert_eq!(selected_id(&app), "a4");
    update(&mut app, Action::ReverseOrder);
    assert_eq!(selected_id(&app), "a4");
    assert_eq!(app.selected, 0);
}

#[test]
fn focus_cycles_through_visible_panes() {
    let mut app = app();
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus, Focus::Article);
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus, Focus::People);
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus, Focus::Timeline);
    update(&mut app, Action::FocusPrev);
    assert_eq!(app.focus, Focus::People);
    let mut narrow = App::new(corpus(), 80, 24, false);
    update(&mut narrow, Action::FocusNext);
    update(&mut narrow, Action::FocusNext);
    assert_eq!(
        narrow.focus,
        Focus::Timeline,
        "narrow: timeline and article only"
    );
}

#[test]
fn enter_focuses_the_article_and_it_scrolls() {
    let mut app = App::new(corpus(), 60, 12, false);
    update(&mut app, Action::Down);
    update(&mut app, Action::FocusArticle);
    assert_eq!(app.focus, Focus::Article);
    let max = app.max_article_scroll();
    assert!(max > 0, "the body is longer than the small pane");
    update(&mut app, Action::Down);
    assert_eq!(app.article_scroll, 1);
    update(&mut app, Action::Bottom);
    assert_eq!(app.article_scroll, max);
    update(&mut app, Action::Down);
    assert_eq!(app.article_scroll, max, "clamped");
    update(&mut app, Action::Top);
    assert_eq!(app.article_scroll, 0);
    update(&mut app, Action::PageDown);
    assert!(app.article_scroll > 0);
    update(&mut app, Action::PageUp);
    assert_eq!(app.article_scroll, 0);
}

#[test]
fn next_entry_from_the_article_pane() {
    let mut app = app();
    update(&mut app, Action::FocusArticle);
    update(&mut app, Action::NextEntry);
    assert_eq!(app.selected, 1);
    assert_eq!(app.focus, Focus::Article);
    update(&mut app, Action::PrevEntry);
    assert_eq!(app.selected, 0);
}

#[test]
fn selecting_a_mention_scrolls_to_its_sentence() {
    let app = App::new(corpus(), 60, 14, false);
    assert!(matches!(
        app.selected_entry().unwrap().kind,
        EntryKind::Mention(_)
    ));
    let sentence = app.selected_mention_sentence().unwrap();
    let line = app.line_of_byte(sentence.start);
    assert_eq!(app.article_scroll, line.saturating_sub(1));
}

#[test]
fn person_filter_and_escape_order() {
    let mut app = app();
    update(&mut app, Action::Top);
    update(&mut app, Action::FocusPrev);
    assert_eq!(app.focus, Focus::People);
    update(&mut app, Action::Down);
    assert_eq!(app.person_selected, 1);
    update(&mut app, Action::Down);
    assert_eq!(app.person_selected, 1, "a1 mentions two people");
    update(&mut app, Action::Up);
    update(&mut app, Action::FilterPerson);
    assert_eq!(app.person_filter.as_deref(), Some("Mallikarjun Kharge"));
    assert_eq!(app.filter_labels(), ["@Mallikarjun Kharge"]);
    assert_eq!(ids(&app), ["a1@", "a1", "a3"]);
    update(&mut app, Action::Escape);
    assert_eq!(
        app.person_filter, None,
        "Esc in the people pane clears the person"
    );
    assert_eq!(app.view.items.len(), 6);
}

#[test]
fn escape_clears_search_then_filters_then_overlay() {
    let mut app = app();
    app.set_query("kharge");
    update(&mut app, Action::CycleTag);
    update(&mut app, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Help);
    update(&mut app, Action::Escape);
    assert_eq!(app.mode, Mode::Normal, "the overlay closes first");
    update(&mut app, Action::Escape);
    assert_eq!(app.query_text, "");
    assert!(app.tag_filter.is_some());
    update(&mut app, Action::Escape);
    assert_eq!(app.tag_filter, None);
}

#[test]
fn help_toggles_and_scrolls() {
    let mut app = app();
    update(&mut app, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Help);
    update(&mut app, Action::Down);
    assert_eq!(app.help_scroll, 1);
    assert_eq!(app.selected, 0, "keys act on the overlay");
    update(&mut app, Action::Up);
    assert_eq!(app.help_scroll, 0);
    update(&mut app, Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn copy_puts_the_article_on_the_clipboard() {
    let mut app = app();
    update(&mut app, Action::Down);
    update(&mut app, Action::Copy);
    let text = app.clipboard.clone().unwrap();
    assert!(text.starts_with("Kharge files nomination\n2022-10-04\n\nKharge files nomination."));
    assert!(app.message.as_deref().unwrap().contains("copied"));
}

#[test]
fn people_pane_toggle_in_narrow_layout() {
    let mut app = App::new(corpus(), 80, 24, false);
    assert_eq!(app.areas().people.area(), 0);
    update(&mut app, Action::TogglePeople);
    assert_eq!(app.focus, Focus::People);
    assert!(app.areas().people.area() > 0);
    assert_eq!(app.areas().article.area(), 0);
    update(&mut app, Action::TogglePeople);
    assert_eq!(app.focus, Focus::Timeline);
    assert!(app.areas().article.area() > 0);
}

#[test]
fn click_selects_rows_and_focuses_panes() {
    let mut app = app();
    let list = app.areas().list;
    // Row 0 is the 2022 header, rows 1..=3 are a1@, a1, a2.
    update(&mut app, Action::Click(list.x + 2, list.y + 3));
    assert_eq!(selected_id(&app), "a2");
    update(&mut app, Action::Click(list.x + 2, list.y));
    assert_eq!(selected_id(&app), "a2", "a header is not selectable");
    let article = app.areas().article;
    update(&mut app, Action::Click(article.x + 3, article.y + 3));
    assert_eq!(app.focus, Focus::Article);
    let people = app.areas().people;
    update(&mut app, Action::Click(people.x + 3, people.y + 1));
    assert_eq!(app.focus, Focus::People);
    assert_eq!(app.person_selected, 0);
}

#[test]
fn wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    let list = app.areas().list;
    update(&mut app, Action::WheelDown(list.x + 1, list.y + 1));
    assert_eq!(app.selected, 3);
    assert_eq!(app.focus, Focus::Timeline);
    update(&mut app, Action::WheelUp(list.x + 1, list.y + 1));
    assert_eq!(app.selected, 0);
    let mut small = App::new(corpus(), 60, 12, false);
    let article = small.areas().article;
    small.focus = Focus::Timeline;
    update(&mut small, Action::WheelDown(article.x + 2, article.y + 4));
    assert!(small.article_scroll > 0, "the article scrolled");
    assert_eq!(small.focus, Focus::Timeline, "focus stays where it was");
}

#[test]
fn resize_relayouts() {
    let mut app = app();
    let wide = app.article_layout.as_ref().unwrap().width;
    update(&mut app, Action::Resize(80, 24));
    assert!(app.narrow());
    assert_ne!(app.article_layout.as_ref().unwrap().width, wide);
    update(&mut app, Action::Resize(30, 8));
    assert!(app.areas().too_small);
}

#[test]
fn bad_query_keeps_the_old_one_and_says_why() {
    let mut app = app();
    app.set_query("kharge");
    app.set_query(">=2024-13");
    assert_eq!(app.query_text, "kharge");
    assert!(app.message.as_deref().unwrap().contains("bad date"));
}

#[test]
fn resize_keeps_the_text_at_the_top_of_the_article() {
    let mut app = App::new(corpus(), 60, 14, false);
    let sentence = app.selected_mention_sentence().unwrap();
    update(&mut app, Action::Resize(30, 8));
    update(&mut app, Action::Resize(80, 24));
    let layout = app.article_layout.as_ref().unwrap();
    let top = layout.lines[app.article_scroll].start;
    assert!(
        top <= sentence.start,
        "the mention's sentence is still in view"
    );
    assert!(app.line_of_byte(sentence.start) - app.article_scroll <= 2);
}

fn batch(articles: Vec<Article>, done: u64) -> crate::corpus::Batch {
    crate::corpus::Batch {
        progress: crate::corpus::LoadProgress {
            articles: articles.len(),
            bytes_done: done,
            bytes_total: 100,
            ..Default::default()
        },
        articles,
        diagnostics: Vec::new(),
    }
}

#[test]
fn progressive_loading_grows_the_timeline_and_keeps_the_selection() {
    let mut all = corpus().articles.as_ref().clone();
    let later = all.split_off(2);
    let mut app = App::new(Corpus::default(), 120, 40, false);
    app.loading = Some(Default::default());
    assert!(app.view.items.is_empty());
    app.extend(batch(all, 40));
    assert_eq!(ids(&app), ["a1@", "a1", "a2"]);
    update(&mut app, Action::Bottom);
    assert_eq!(selected_id(&app), "a2");
    app.set_query("tharoor");
    app.extend(batch(later, 100));
    assert_eq!(selected_id(&app), "a2", "the selection stays on its entry");
    assert_eq!(app.loading.unwrap().bytes_done, 100);
    assert_eq!(app.index.len(), 4, "new articles are indexed");
    app.set_query("abdullah");
    assert_eq!(ids(&app), ["a4@", "a4"], "and searchable");
}

#[test]
fn results_of_an_older_search_are_dropped() {
    let mut app = app();
    app.async_search = true;
    app.set_query("kharge");
    let first = app.search_request.take().unwrap();
    app.set_query("abdullah");
    let second = app.search_request.take().unwrap();
    assert!(second > first);
    // The old query's answer arrives late: ignored.
    app.apply_scores(first, 0..4, vec![Some(1), None, Some(1), None], true);
    assert_eq!(app.search_generation, second);
    assert_ne!(ids(&app), ["a1@", "a1", "a3"]);
    // The newest articles first, then the whole ranking.
    app.apply_scores(second, 3..4, vec![Some(5)], false);
    assert!(app.search_partial);
    assert_eq!(ids(&app), ["a4@", "a4"]);
    app.apply_scores(second, 0..4, vec![None, None, None, Some(5)], true);
    assert!(!app.search_partial);
    assert_eq!(ids(&app), ["a4@", "a4"]);
}
