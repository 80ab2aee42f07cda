//! The people pane: who the selected article mentions, with the role held that day; then
//! the organisations.

use super::Theme;
use crate::tui::app::{App, Focus};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

pub fn render(app: &App, theme: &Theme, area: Rect, frame: &mut Frame) {
    let focused = app.focus == Focus::People;
    let mut title = " People ".to_string();
    if let Some(p) = &app.person_filter {
        title = format!(" People · filter @{p} ");
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(title, theme.title(focused)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some((_, article)) = app.selected_article() else {
        return;
    };
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let name_w = article
        .enrichment
        .people
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    for (i, p) in article.enrichment.people.iter().enumerate() {
        let known = p.gazetteer.and_then(|g| app.gazetteer.people.get(g));
        let role = known
            .and_then(|k| k.role_on(article.date))
            .map(|r| r.title.as_str())
            .unwrap_or("");
        let party = known.and_then(|k| k.party.as_deref()).unwrap_or("");
        let count = format!("×{}", p.spans.len());
        let mut spans = vec![
            Span::styled(format!("{:<name_w$}", p.name), theme.headline()),
            Span::raw("  "),
        ];
        let rest = [role, party]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        let room = width.saturating_sub(name_w + 2 + count.len() + 1);
        let rest: String = if rest.chars().count() > room {
            let cut: String = rest.chars().take(room.saturating_sub(1)).collect();
            format!("{cut}…")
        } else {
            rest
        };
        let pad = width.saturating_sub(name_w + 2 + rest.chars().count() + count.len());
        spans.push(Span::styled(rest, theme.dim()));
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(count, theme.dim()));
        let line = Line::from(spans);
        lines.push(if i == app.person_selected {
            line.style(theme.selected(focused))
        } else {
            line
        });
    }
    if article.enrichment.people.is_empty() {
        lines.push(Line::styled("no people found", theme.dim()));
    }
    if !article.enrichment.organisations.is_empty() {
        lines.push(Line::styled("Organisations", theme.heading()));
        for o in &article.enrichment.organisations {
            lines.push(Line::from(vec![
                Span::raw(o.name.clone()),
                Span::styled(format!("  ×{}", o.spans.len()), theme.dim()),
            ]));
        }
    }
    // Keep the selected person in view on short panes.
    let skip = (app.person_selected + 1).saturating_sub(inner.height as usize);
    for (y, line) in lines
        .into_iter()
        .skip(skip)
        .take(inner.height as usize)
        .enumerate()
    {
        frame.render_widget(
            line,
            Rect {
                y: inner.y + y as u16,
                height: 1,
                ..inner
            },
        );
    }
}
