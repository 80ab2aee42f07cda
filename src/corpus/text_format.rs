//! The seed format: ` date YYYY-MM-DD Place: body` on the first line, paragraphs after.

use super::dates::parse_date;
use super::{Article, Diagnostic, Location};

/// The longest dateline place, in characters.
const MAX_PLACE_CHARS: usize = 40;

/// Parse one seed-format file. `id` is the file stem.
pub fn parse(path: &str, id: &str, text: &str) -> Result<Article, Diagnostic> {
    if text.trim().is_empty() {
        let what = if text.is_empty() {
            "empty file"
        } else {
            "only white space"
        };
        return Err(Diagnostic::error(path, format!("{what}: no article")));
    }
    let start = text.len() - text.trim_start().len();
    let line_no = text[..start].matches('\n').count() + 1;
    let rest = &text[start..];
    let Some(after_keyword) = rest.strip_prefix("date") else {
        return Err(no_date_line(path, line_no));
    };
    if !after_keyword.starts_with([' ', '\t', ':']) {
        return Err(no_date_line(path, line_no));
    }
    let after_keyword = after_keyword
        .trim_start_matches(':')
        .trim_start_matches([' ', '\t']);
    let token_end = after_keyword
        .find(char::is_whitespace)
        .unwrap_or(after_keyword.len());
    let token = &after_keyword[..token_end];
    let Some(date) = parse_date(token) else {
        return Err(Diagnostic::error(
            path,
            format!("impossible or unreadable date `{token}` (expected YYYY-MM-DD)"),
        )
        .at(Location::Line(line_no)));
    };
    let after_date = after_keyword[token_end..].trim_start_matches([' ', '\t']);
    let (place, body) = split_place(after_date);
    if body.trim().is_empty() {
        return Err(Diagnostic::warning(path, "empty body: skipped").at(Location::Line(line_no)));
    }
    let mut article = Article::new(id.to_string(), date, body.to_string(), path.to_string());
    article.place = place.map(str::to_string);
    Ok(article)
}

fn no_date_line(path: &str, line: usize) -> Diagnostic {
    Diagnostic::error(
        path,
        "no date line: the first line must start with `date YYYY-MM-DD`",
    )
    .at(Location::Line(line))
}

/// Split `Place: body` when the text before the first colon is short and reads like a place.
fn split_place(s: &str) -> (Option<&str>, &str) {
    let first_line = s.split('\n').next().unwrap_or("");
    if let Some(colon) = first_line.find(':') {
        let candidate = first_line[..colon].trim();
        let short = candidate.chars().count() <= MAX_PLACE_CHARS;
        let no_punctuation =
            !candidate.contains(['.', ',', ';', '!', '?', '"', '“', '”', '(', ')']);
        if !candidate.is_empty() && short && no_punctuation && reads_like_a_name(candidate) {
            return (
                Some(candidate),
                s[colon + 1..].trim_start_matches([' ', '\t']),
            );
        }
    }
    (None, s)
}

/// Places are capitalised words with small connectors: `New Delhi`, `Jammu and Kashmir`.
fn reads_like_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() <= 5
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "and" | "of" | "on" | "upon" | "&" | "-")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_line_with_place() {
        let a = parse(
            "x.txt",
            "x",
            " date 2022-10-04 New Delhi: In run up.\n\nNext.",
        )
        .unwrap();
        assert_eq!(a.date.to_string(), "2022-10-04");
        assert_eq!(a.place.as_deref(), Some("New Delhi"));
        assert_eq!(a.body, "In run up.\n\nNext.");
        assert_eq!(a.id, "x");
    }

    #[test]
    fn no_place_when_colon_is_far_or_after_punctuation() {
        let a = parse(
            "x.txt",
            "x",
            "date 2017-02-10 The Varanasi administration said: no rally.",
        )
        .unwrap();
        assert_eq!(a.place, None);
        assert!(a.body.starts_with("The Varanasi"));
        let b = parse("x.txt", "x", "date 2017-02-10 He said. Then: more").unwrap();
        assert_eq!(b.place, None);
    }

    #[test]
    fn bad_files_are_named_with_line() {
        let e = parse("a.txt", "a", "").unwrap_err();
        assert!(e.message.contains("empty file"));
        let e = parse("a.txt", "a", "  \n\t\n").unwrap_err();
        assert!(e.message.contains("white space"));
        let e = parse("a.txt", "a", "\n\nJust text, no date.").unwrap_err();
        assert!(e.message.contains("no date line"));
        assert_eq!(e.location, Some(Location::Line(3)));
        let e = parse("a.txt", "a", "date 2024-13-45 Delhi: text").unwrap_err();
        assert!(e.message.contains("2024-13-45"), "{}", e.message);
        assert!(e.is_error());
        let e = parse("a.txt", "a", "date 2024-01-05 Delhi:   ").unwrap_err();
        assert!(!e.is_error(), "an empty body is a warning");
    }

    #[test]
    fn dateword_must_be_a_word() {
        assert!(parse("a.txt", "a", "dated 2024-01-05 text").is_err());
    }
}
