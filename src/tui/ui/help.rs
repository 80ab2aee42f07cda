//! The `?` overlay: every key, generated from the keymap table, and the query syntax.

use super::Theme;
use crate::tui::App;
use crate::tui::keymap::{Context, bindings};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

const QUERY_HELP: &[(&str, &str)] = &[
    (
        "word",
        "fuzzy in headline, people, organisations, place, tags; substring of a body word",
    ),
    ("'word", "exact substring anywhere"),
    ("!word", "exclude entries containing it"),
    ("@name", "a person mentioned (names and aliases)"),
    ("#tag", "a topic: leadership, alliance, election"),
    (
        ">=2024-01 <2025",
        "date bounds (>, >=, <, <=; YYYY, YYYY-MM, YYYY-MM-DD)",
    ),
];

/// The help text, one line per key binding, grouped by where it applies.
pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for ctx in [
        Context::Global,
        Context::Timeline,
        Context::Article,
        Context::People,
        Context::Input,
    ] {
        out.push(Line::styled(ctx.title(), theme.heading()));
        for b in bindings().iter().filter(|b| b.context == ctx) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            out.push(Line::from(vec![
                Span::styled(format!("  {:<22}", keys.join(" ")), theme.key()),
                Span::raw(b.help),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled("Mouse", theme.heading()));
    out.push(Line::raw(
        "  click selects a row or focuses a pane; the wheel scrolls the pane under the pointer",
    ));
    out.push(Line::raw(""));
    out.push(Line::styled(
        "Search syntax (all terms must match)",
        theme.heading(),
    ));
    for (syntax, meaning) in QUERY_HELP {
        out.push(Line::from(vec![
            Span::styled(format!("  {syntax:<22}"), theme.key()),
            Span::raw(*meaning),
        ]));
    }
    out
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    let [popup] = Layout::horizontal([Constraint::Max(96)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Max(area.height.saturating_sub(2).max(3))])
        .flex(Flex::Center)
        .areas(popup);
    let text = lines(theme);
    let max_scroll = text
        .len()
        .saturating_sub(popup.height.saturating_sub(2) as usize);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(" Help: every key ", theme.title(true)))
        .title_bottom(Line::styled(" j/k scroll · Esc or ? closes ", theme.dim()).right_aligned());
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .scroll((app.help_scroll.min(max_scroll) as u16, 0)),
        popup,
    );
}
