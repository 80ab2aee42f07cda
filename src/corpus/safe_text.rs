use std::borrow::Cow;

/// Whether `s` can be written to a terminal as it is: no control characters (other than
/// newline) and so no escape sequences.
pub fn is_display_safe(s: &str) -> bool {
    !s.chars().any(is_unsafe)
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Append `c` as it may be shown on a terminal: tabs as four spaces, carriage returns dropped,
/// other control characters as visible control pictures (`␛` for ESC) or `�`.
pub fn push_display_char(out: &mut String, c: char) {
    match c {
        '\n' => out.push('\n'),
        '\t' => out.push_str("    "),
        '\r' => {}
        c if (c as u32) < 0x20 => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => out.push('\u{2421}'),
        c if is_unsafe(c) => out.push('\u{fffd}'),
        c => out.push(c),
    }
}

/// Text safe to write to a terminal: tabs become spaces, other control characters (ESC, BEL,
/// C1 controls, bidi overrides) become visible Unicode control pictures or `�`, so escape
/// sequences from article text can never act on the terminal. Newlines are kept.
pub fn display_safe(s: &str) -> Cow<'_, str> {
    if is_display_safe(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_display_char(&mut out, c);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_made_visible() {
        let s = "red \x1b[31malert\x1b[0m bell\x07 tab\tend\r\nnext";
        let safe = display_safe(s);
        assert!(!safe.contains('\x1b'));
        assert!(!safe.contains('\x07'));
        assert!(safe.contains("␛[31malert"));
        assert!(safe.contains("tab    end\nnext"));
        assert!(is_display_safe(&safe));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            display_safe("Kharge said.\nNext"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn c1_and_bidi_controls_replaced() {
        let safe = display_safe("a\u{9b}31mb\u{202e}c");
        assert_eq!(safe, "a\u{fffd}31mb\u{fffd}c");
    }
}
