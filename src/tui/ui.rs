//! Drawing a frame from the state, and nothing else.

mod article;
mod density;
mod help;
mod people;
mod status;
mod theme;
mod timeline;

pub use theme::Theme;

use super::App;
use super::app::Mode;
use ratatui::Frame;
use ratatui::text::Line;

/// Draw the whole app.
pub fn render(app: &App, frame: &mut Frame) {
    let theme = Theme::new(!app.no_color);
    let areas = super::areas(frame.area(), app);
    if areas.too_small {
        let (w, h) = (super::layout::MIN_WIDTH, super::layout::MIN_HEIGHT);
        let long = format!("terminal too small (need {w}×{h})");
        let msg = if long.chars().count() <= frame.area().width as usize {
            long
        } else {
            format!("too small: {w}×{h}")
        };
        frame.render_widget(Line::styled(msg, theme.warning()), frame.area());
        return;
    }
    timeline::render(app, &theme, &areas, frame);
    if areas.article.area() > 0 {
        article::render(app, &theme, &areas, frame);
    }
    if areas.people.area() > 0 {
        people::render(app, &theme, areas.people, frame);
    }
    status::render(app, &theme, areas.status, frame);
    if app.mode == Mode::Help {
        help::render(app, &theme, frame);
    }
}
