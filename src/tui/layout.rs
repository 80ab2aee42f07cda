//! Where each pane goes, for a terminal size. Shared by drawing and by mouse hit-testing.

use super::App;
use super::app::Focus;
use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest usable terminal.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    pub too_small: bool,
    /// The timeline block (with its border).
    pub timeline: Rect,
    /// The density sparkline inside the timeline block.
    pub density: Rect,
    /// The rows of the timeline.
    pub list: Rect,
    /// The article block (zero when hidden).
    pub article: Rect,
    /// Headline and date lines of the article.
    pub article_header: Rect,
    /// The wrapped body of the article (the scrollbar is beside it).
    pub article_text: Rect,
    /// The people block (zero when hidden).
    pub people: Rect,
    pub status: Rect,
}

/// Rows the headline takes at most.
const HEADLINE_ROWS: u16 = 2;

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// The panes for `size` and the app's layout choices.
pub fn areas(size: Rect, app: &App) -> Areas {
    if size.width < MIN_WIDTH || size.height < MIN_HEIGHT {
        return Areas {
            too_small: true,
            status: size,
            ..Areas::default()
        };
    }
    let [main, status] = size.layout(&Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
    ]));
    let (timeline, article, people) = if app.narrow() {
        let [top, bottom] = main.layout(&Layout::vertical([
            Constraint::Percentage(45),
            Constraint::Percentage(55),
        ]));
        if app.show_people || (app.focus == Focus::People) {
            (top, Rect::default(), bottom)
        } else {
            (top, bottom, Rect::default())
        }
    } else {
        let [left, right] = main.layout(&Layout::horizontal([
            Constraint::Percentage(45),
            Constraint::Percentage(55),
        ]));
        let [article, people] = right.layout(&Layout::vertical([
            Constraint::Percentage(65),
            Constraint::Percentage(35),
        ]));
        (left, article, people)
    };
    let t = inner(timeline);
    let [density, list] = t.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    let a = inner(article);
    let headline_rows = app.selected_article().map_or(1, |(_, art)| {
        let w = unicode_width::UnicodeWidthStr::width(art.headline.as_str()) as u16;
        w.div_ceil(a.width.max(1)).clamp(1, HEADLINE_ROWS)
    });
    let header_height = (headline_rows + 2).min(a.height);
    let [article_header, body] = a.layout(&Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Min(0),
    ]));
    // One column on the right for the scrollbar.
    let article_text = Rect {
        width: body.width.saturating_sub(1),
        ..body
    };
    Areas {
        too_small: false,
        timeline,
        density,
        list,
        article,
        article_header,
        article_text,
        people,
        status,
    }
}
