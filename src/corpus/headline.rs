/// The longest headline derived from a body, in characters (before the ellipsis).
const MAX_HEADLINE_CHARS: usize = 90;

/// A headline for an article that has none: its first sentence, cut at a word boundary to at
/// most 90 characters with an ellipsis.
pub fn headline_from_body(body: &str) -> String {
    let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = first_sentence(&text);
    if sentence.chars().count() <= MAX_HEADLINE_CHARS {
        return sentence.to_string();
    }
    let cut = sentence
        .char_indices()
        .nth(MAX_HEADLINE_CHARS)
        .map_or(sentence.len(), |(i, _)| i);
    let head = &sentence[..cut];
    let at_word = match head.rfind(' ') {
        Some(_) if sentence[cut..].starts_with(' ') => head,
        Some(space) => &head[..space],
        None => head,
    };
    format!(
        "{}…",
        at_word.trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c))
    )
}

fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let next = bytes.get(i + 1).copied();
            let prev_word = text[..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = prev_word.len() <= 2
                || prev_word.contains('.')
                || matches!(
                    prev_word,
                    "Mr" | "Mrs" | "Dr" | "Smt" | "Shri" | "Prof" | "St" | "No"
                );
            if next.is_none_or(|b| b == b' ') && !abbreviation {
                return &text[..=i];
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_first_sentence_whole() {
        assert_eq!(
            headline_from_body("Kharge won. Tharoor lost."),
            "Kharge won."
        );
    }

    #[test]
    fn abbreviations_do_not_end_a_sentence() {
        assert_eq!(
            headline_from_body("Mr. Kharge met K.C. Venugopal today. Then he left."),
            "Mr. Kharge met K.C. Venugopal today."
        );
    }

    #[test]
    fn long_sentence_cut_at_word_with_ellipsis() {
        let body = "Setting the stage for a broad based coalition with INDIA partners, Congress president Mallikarjun Kharge said on Thursday that they must win.";
        let h = headline_from_body(body);
        assert!(h.ends_with('…'), "{h}");
        assert!(h.chars().count() <= MAX_HEADLINE_CHARS + 1, "{h}");
        let words = h.trim_end_matches('…');
        assert!(body.starts_with(words));
        assert!(body[words.len()..].starts_with(' '), "cut mid-word: {h}");
    }

    #[test]
    fn newlines_folded() {
        assert_eq!(
            headline_from_body("First\nline here.\n\nNext."),
            "First line here."
        );
    }
}
