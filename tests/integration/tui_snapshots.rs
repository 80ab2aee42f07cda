//! Rendered frames of the built-in corpus as insta snapshots, at three sizes.

use congress_timeline::corpus::Corpus;
use congress_timeline::tui::{Action, App, Focus, render, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 3] = [(120, 40), (80, 24), (40, 10)];

fn draw(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    terminal.backend().to_string()
}

fn app(w: u16, h: u16) -> App {
    App::new(Corpus::builtin(), w, h, false)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::Input(c));
    }
}

#[test]
fn first_screen() {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("first_screen_{w}x{h}"), draw(&app(w, h)));
    }
}

#[test]
fn after_searching_abdullah() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        update(&mut a, Action::StartSearch);
        type_text(&mut a, "abdullah");
        update(&mut a, Action::InputSubmit);
        let ids: std::collections::BTreeSet<&str> = a
            .view
            .items
            .iter()
            .map(|&i| a.corpus.articles[a.entries[i].article].id.as_str())
            .collect();
        assert_eq!(
            ids.into_iter().collect::<Vec<_>>(),
            ["002_493beed99443fa9a"]
        );
        let people: Vec<&str> = a
            .selected_article()
            .unwrap()
            .1
            .enrichment
            .people
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert!(people.contains(&"Omar Abdullah") && people.contains(&"Farooq Abdullah"));
        insta::assert_snapshot!(format!("search_abdullah_{w}x{h}"), draw(&a));
    }
}

#[test]
fn help_overlay() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        update(&mut a, Action::ToggleHelp);
        insta::assert_snapshot!(format!("help_{w}x{h}"), draw(&a));
    }
}

#[test]
fn person_filter() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        update(&mut a, Action::Bottom);
        if a.narrow() {
            update(&mut a, Action::TogglePeople);
        } else {
            a.focus = Focus::People;
        }
        let omar = a
            .selected_article()
            .unwrap()
            .1
            .enrichment
            .people
            .iter()
            .position(|p| p.name == "Omar Abdullah")
            .expect("Omar Abdullah in 002");
        for _ in 0..omar {
            update(&mut a, Action::Down);
        }
        update(&mut a, Action::FilterPerson);
        assert_eq!(a.person_filter.as_deref(), Some("Omar Abdullah"));
        let frame = draw(&a);
        if w >= 80 {
            assert!(
                frame.contains("@Omar Abdullah"),
                "status shows the person filter"
            );
        }
        insta::assert_snapshot!(format!("person_filter_{w}x{h}"), frame);
    }
}

#[test]
fn mention_selected() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        // The first entry of 2024-08-21 is a dated mention in 002.
        update(&mut a, Action::StartJump);
        type_text(&mut a, "2024-08-21");
        update(&mut a, Action::InputSubmit);
        assert!(a.selected_entry().unwrap().is_mention());
        insta::assert_snapshot!(format!("mention_{w}x{h}"), draw(&a));
    }
}

#[test]
fn monochrome_still_shows_selection() {
    let a = App::new(Corpus::builtin(), 80, 24, true);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| render(&a, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let list = a.areas().list;
    let row = list.y + a.view.row_of_item[a.selected] as u16 - a.timeline_offset as u16;
    let cell = &buffer[(list.x + 1, row)];
    assert!(cell.modifier.contains(ratatui::style::Modifier::REVERSED));
    assert_eq!(
        cell.fg,
        ratatui::style::Color::Reset,
        "no colour with NO_COLOR"
    );
}
