//! Writing to stdout that survives `| head` and never leaks control characters.

use crate::corpus::display_safe;
use std::io::{self, IsTerminal, Write};

/// ANSI styles for human output, or none.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub color: bool,
}

impl Palette {
    /// Colour only on a terminal, and never with NO_COLOR (any value) or `--no-color`.
    pub fn detect(no_color_flag: bool) -> Self {
        let color =
            !no_color_flag && std::env::var_os("NO_COLOR").is_none() && io::stdout().is_terminal();
        Palette { color }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    pub fn date(&self, s: &str) -> String {
        self.paint("36", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn tag(&self, s: &str) -> String {
        self.paint("33", s)
    }
}

/// Human text made safe for a terminal, with runs of white space (newlines too) folded.
pub fn one_line(s: &str) -> String {
    display_safe(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cut to at most `max` display columns, with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut width = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if width + w > max.saturating_sub(1) {
            let rest_width: usize = s[out.len()..].chars().map(|c| c.width().unwrap_or(0)).sum();
            if width + rest_width <= max {
                return s.to_string();
            }
            out.push('…');
            return out;
        }
        width += w;
        out.push(c);
    }
    out
}

/// Pad with spaces to `width` display columns.
pub fn pad(s: &str, width: usize) -> String {
    let w = unicode_width::UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Write everything, treating a closed pipe (`| head`) as a normal end.
pub fn emit(text: &str) -> io::Result<()> {
    let stdout = io::stdout();
    let mut lock = stdout.lock();
    match lock.write_all(text.as_bytes()).and_then(|_| lock.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_by_width() {
        assert_eq!(truncate("Kharge", 10), "Kharge");
        assert_eq!(truncate("Kharge and Tharoor", 10), "Kharge an…");
        assert_eq!(truncate("ab", 2), "ab");
        assert_eq!(truncate("中文中文", 5), "中文…");
    }

    #[test]
    fn one_line_folds_and_sanitises() {
        assert_eq!(one_line("a\n\n b\x1b[2J"), "a b␛[2J");
    }
}
