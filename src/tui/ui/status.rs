//! The status line: position, query and filters on the left; key hints from the keymap on
//! the right (or the input line while typing).

use super::Theme;
use crate::tui::app::{App, Mode};
use crate::tui::keymap::hints;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// `loading ▕████····▏ 12,000 articles · 45/270 MB`
fn loading_gauge(p: &crate::corpus::LoadProgress) -> String {
    const CELLS: u64 = 10;
    let filled = (p.bytes_done * CELLS)
        .checked_div(p.bytes_total)
        .unwrap_or(0)
        .min(CELLS);
    format!(
        " loading ▕{}{}▏ {} articles · {}/{} MB ",
        "█".repeat(filled as usize),
        "·".repeat((CELLS - filled) as usize),
        p.articles,
        p.bytes_done / 1_000_000,
        p.bytes_total.div_ceil(1_000_000)
    )
}

pub fn render(app: &App, theme: &Theme, area: Rect, frame: &mut Frame) {
    let width = area.width as usize;
    let mut left: Vec<Span> = Vec::new();
    match app.mode {
        Mode::Search => {
            left.push(Span::styled(format!("/{}", app.input), theme.key()));
            left.push(Span::raw("▏"));
            left.push(Span::raw(format!(
                "  {} matches{}",
                app.view.items.len(),
                if app.search_partial { " so far…" } else { "" }
            )));
        }
        Mode::Jump => {
            left.push(Span::styled(format!(":{}", app.input), theme.key()));
            left.push(Span::raw("▏ date: 2024, 2024-08, 2024-08-20"));
        }
        _ => {
            if let Some(p) = &app.loading {
                left.push(Span::styled(loading_gauge(p), theme.warning()));
            }
            let pos = if app.view.items.is_empty() {
                0
            } else {
                app.selected + 1
            };
            left.push(Span::raw(format!(" {pos}/{}", app.view.items.len())));
            if !app.query_text.is_empty() {
                left.push(Span::styled(format!("  /{}", app.query_text), theme.key()));
            }
            for f in app.filter_labels() {
                left.push(Span::raw(format!("  {f}")));
            }
        }
    }
    let left_width: usize = left.iter().map(|s| s.width()).sum();
    let right: Vec<Span> = match &app.message {
        Some(m) => vec![Span::styled(m.clone(), theme.warning())],
        None => {
            let mut spans = Vec::new();
            for (key, label) in hints(&app.mode, app.focus) {
                spans.push(Span::styled(key, theme.key()));
                spans.push(Span::raw(format!(" {label}  ")));
            }
            spans
        }
    };
    // Hints that do not fit are dropped from the end, whole.
    let room = width.saturating_sub(left_width + 2);
    let mut kept = Vec::new();
    let mut used = 0;
    for pair in right.chunks(if app.message.is_some() { 1 } else { 2 }) {
        let w: usize = pair.iter().map(|s| s.width()).sum();
        if used + w > room {
            break;
        }
        used += w;
        kept.extend_from_slice(pair);
    }
    let mut spans = left;
    spans.push(Span::raw(
        " ".repeat(width.saturating_sub(left_width + used)),
    ));
    spans.extend(kept);
    frame.render_widget(Line::from(spans).style(theme.status()), area);
}
