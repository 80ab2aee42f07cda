//! Every style of the app. Readable on dark and light terminals: named colours only, and a
//! monochrome set (reverse, bold, underline) for NO_COLOR.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn new(color: bool) -> Self {
        Theme { color }
    }

    fn pick(&self, colored: Style, mono: Style) -> Style {
        if self.color { colored } else { mono }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::Cyan),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => Style::new().add_modifier(Modifier::DIM),
        }
    }
    pub fn title(&self, focused: bool) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if focused && self.color {
            s.fg(Color::Cyan)
        } else {
            s
        }
    }
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            self.pick(
                Style::new().bg(Color::DarkGray).fg(Color::White),
                Style::new().add_modifier(Modifier::UNDERLINED),
            )
        }
    }
    pub fn year(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
    pub fn date(&self) -> Style {
        self.pick(Style::new().fg(Color::Cyan), Style::new())
    }
    pub fn article_marker(&self) -> Style {
        self.pick(Style::new().fg(Color::Green), Style::new())
    }
    pub fn mention_marker(&self) -> Style {
        self.pick(Style::new().fg(Color::Yellow), Style::new())
    }
    pub fn mention_text(&self) -> Style {
        self.pick(
            Style::new().add_modifier(Modifier::ITALIC),
            Style::new().add_modifier(Modifier::ITALIC),
        )
    }
    pub fn tag(&self, name: &str) -> Style {
        let color = match name {
            "leadership" => Color::Magenta,
            "alliance" => Color::Blue,
            "election" => Color::Red,
            _ => Color::Gray,
        };
        self.pick(
            Style::new().fg(color),
            Style::new().add_modifier(Modifier::DIM),
        )
    }
    pub fn search_match(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }
    pub fn person(&self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Green)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }
    pub fn sentence(&self) -> Style {
        self.pick(
            Style::new().bg(Color::Blue).fg(Color::White),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }
    pub fn headline(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }
    pub fn heading(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
    pub fn density(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Blue),
            Style::new().add_modifier(Modifier::DIM),
        )
    }
    pub fn density_selected(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }
    pub fn status(&self) -> Style {
        self.pick(
            Style::new().bg(Color::Blue).fg(Color::White),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }
    pub fn key(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn warning(&self) -> Style {
        self.pick(
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }
}
