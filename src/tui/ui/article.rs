//! The article pane: headline, date line, and the wrapped body with highlights and a scrollbar.

use super::Theme;
use crate::corpus::push_display_char;
use crate::query::Term;
use crate::timeline::EntryKind;
use crate::tui::app::{App, Focus};
use crate::tui::layout::Areas;
use crate::tui::wrap::WrappedLine;
use aho_corasick::AhoCorasick;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap,
};
use std::ops::Range;

pub fn render(app: &App, theme: &Theme, areas: &Areas, frame: &mut Frame) {
    let focused = app.focus == Focus::Article;
    let total = app.article_line_count();
    let height = areas.article_text.height as usize;
    let percent = if total <= height {
        100
    } else {
        (app.article_scroll + height) * 100 / total
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border(focused))
        .title(Span::styled(" Article ", theme.title(focused)))
        .title_bottom(
            Line::styled(format!(" {}% ", percent.min(100)), theme.dim()).right_aligned(),
        );
    frame.render_widget(block, areas.article);
    let Some((_, article)) = app.selected_article() else {
        return;
    };

    let mut meta = vec![Span::styled(article.date.to_string(), theme.date())];
    if let Some(place) = &article.place {
        meta.push(Span::raw(" · "));
        meta.push(Span::raw(safe(place)));
    }
    for t in &article.enrichment.tags {
        meta.push(Span::raw(" "));
        meta.push(Span::styled(format!("#{t}"), theme.tag(t)));
    }
    if let Some(e) = app.selected_entry()
        && let EntryKind::Mention(m) = e.kind
    {
        let mention = &article.enrichment.mentions[m];
        let expr = article.body.get(mention.expression.clone()).unwrap_or("");
        meta.push(Span::styled(
            format!("  ◇ {} “{}”", mention.date, safe(expr)),
            theme.mention_marker(),
        ));
    }
    let header_rows = areas.article_header.height.saturating_sub(2) as usize;
    let header = Paragraph::new(vec![Line::styled(
        safe(&article.headline),
        theme.headline(),
    )])
    .wrap(Wrap { trim: true });
    let headline_area = ratatui::layout::Rect {
        height: header_rows as u16,
        ..areas.article_header
    };
    frame.render_widget(header, headline_area);
    let meta_area = ratatui::layout::Rect {
        y: areas.article_header.y + header_rows as u16,
        height: 1,
        ..areas.article_header
    };
    frame.render_widget(Line::from(meta), meta_area);

    let Some(layout) = &app.article_layout else {
        return;
    };
    let highlights = highlights(
        app,
        theme,
        &article.body,
        layout.lines.get(app.article_scroll..).unwrap_or(&[]),
        height,
    );
    for (y, line) in layout
        .lines
        .iter()
        .skip(app.article_scroll)
        .take(height)
        .enumerate()
    {
        let rect = ratatui::layout::Rect {
            y: areas.article_text.y + y as u16,
            height: 1,
            ..areas.article_text
        };
        frame.render_widget(render_line(&article.body, line, &highlights), rect);
    }
    if total > height {
        let mut state =
            ScrollbarState::new(total.saturating_sub(height)).position(app.article_scroll);
        let bar_area = ratatui::layout::Rect {
            x: areas.article_text.x + areas.article_text.width,
            width: 1,
            ..areas.article_text
        };
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            bar_area,
            &mut state,
        );
    }
}

fn safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_display_char(&mut out, if c == '\n' { ' ' } else { c });
    }
    out
}

/// Byte ranges to style, later ones drawn over earlier ones: the mention's sentence, then
/// the selected person's mentions, then search matches in the visible lines.
fn highlights(
    app: &App,
    theme: &Theme,
    body: &str,
    visible: &[WrappedLine],
    height: usize,
) -> Vec<(Range<usize>, Style)> {
    let mut out = Vec::new();
    if let Some(sentence) = app.selected_mention_sentence() {
        out.push((sentence, theme.sentence()));
    }
    if let Some((_, article)) = app.selected_article()
        && let Some(person) = article.enrichment.people.get(app.person_selected)
        && (app.focus == Focus::People || app.person_filter.as_ref() == Some(&person.name))
    {
        out.extend(person.spans.iter().map(|s| (s.clone(), theme.person())));
    }
    let terms: Vec<&str> = app
        .matcher
        .query
        .terms
        .iter()
        .filter_map(|t| match t {
            Term::Fuzzy(p) | Term::Exact(p) => Some(p.as_str()),
            _ => None,
        })
        .collect();
    if !terms.is_empty()
        && let (Some(first), Some(last)) = (
            visible.first(),
            visible.get(height.min(visible.len()).saturating_sub(1)),
        )
        && let Ok(finder) = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&terms)
    {
        let window = first.start..last.end;
        if let Some(text) = body.get(window.clone()) {
            for m in finder.find_iter(text) {
                out.push((
                    window.start + m.start()..window.start + m.end(),
                    theme.search_match(),
                ));
            }
        }
    }
    out
}

fn style_at(byte: usize, highlights: &[(Range<usize>, Style)]) -> Style {
    highlights
        .iter()
        .filter(|(r, _)| r.contains(&byte))
        .fold(Style::new(), |acc, (_, s)| acc.patch(*s))
}

fn render_line<'a>(
    body: &str,
    line: &WrappedLine,
    highlights: &[(Range<usize>, Style)],
) -> Line<'a> {
    let mut spans = Vec::new();
    let mut buf = String::new();
    let mut style = None;
    for (i, c) in body[line.start..line.end].char_indices() {
        let s = style_at(line.start + i, highlights);
        if style != Some(s) && !buf.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut buf),
                style.unwrap_or_default(),
            ));
        }
        style = Some(s);
        push_display_char(&mut buf, c);
    }
    if !buf.is_empty() {
        spans.push(Span::styled(buf, style.unwrap_or_default()));
    }
    Line::from(spans)
}
