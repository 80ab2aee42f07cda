//! Word-wrapping an article body to a width, keeping byte offsets so highlights (people,
//! search matches, a mention's sentence) can be drawn on the wrapped lines.

use unicode_width::UnicodeWidthChar;

/// One wrapped line: the byte range of the body it shows (empty for a paragraph break).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrappedLine {
    pub start: usize,
    pub end: usize,
}

/// The display width of a character as the article pane draws it.
pub fn char_width(c: char) -> usize {
    match c {
        '\t' => 4,
        '\r' => 0,
        c if c.is_control() => 1,
        c => c.width().unwrap_or(0),
    }
}

/// Wrap `body` to `width` columns: words are kept whole where they fit, single line breaks
/// are kept, and runs of blank lines become one empty line between paragraphs.
pub fn wrap(body: &str, width: usize) -> Vec<WrappedLine> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut offset = 0;
    for raw_line in body.split('\n') {
        let line_start = offset;
        offset += raw_line.len() + 1;
        if raw_line.trim().is_empty() {
            if out.last().is_some_and(|l: &WrappedLine| l.start != l.end) {
                out.push(WrappedLine {
                    start: line_start,
                    end: line_start,
                });
            }
            continue;
        }
        wrap_line(raw_line, line_start, width, &mut out);
    }
    while out.last().is_some_and(|l| l.start == l.end) {
        out.pop();
    }
    out
}

fn wrap_line(line: &str, base: usize, width: usize, out: &mut Vec<WrappedLine>) {
    let mut current: Option<(usize, usize)> = None; // (start, end) bytes in body
    let mut used = 0;
    for (word_start, word) in words(line) {
        let w: usize = word.chars().map(char_width).sum();
        let start = base + word_start;
        let end = start + word.len();
        match current {
            Some((s, _)) if used + 1 + w <= width => {
                current = Some((s, end));
                used += 1 + w;
            }
            _ => {
                if let Some((s, e)) = current.take() {
                    out.push(WrappedLine { start: s, end: e });
                }
                if w <= width {
                    current = Some((start, end));
                    used = w;
                } else {
                    // A word wider than the pane is broken by characters.
                    let mut piece_start = start;
                    let mut piece_width = 0;
                    for (i, c) in word.char_indices() {
                        let cw = char_width(c);
                        if piece_width + cw > width && piece_width > 0 {
                            out.push(WrappedLine {
                                start: piece_start,
                                end: start + i,
                            });
                            piece_start = start + i;
                            piece_width = 0;
                        }
                        piece_width += cw;
                    }
                    current = Some((piece_start, end));
                    used = piece_width;
                }
            }
        }
    }
    if let Some((s, e)) = current {
        out.push(WrappedLine { start: s, end: e });
    }
}

/// Words of a line with their byte offsets, split on spaces and tabs.
fn words(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split([' ', '\t', '\r'])
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(body: &'a str, lines: &[WrappedLine]) -> Vec<&'a str> {
        lines.iter().map(|l| &body[l.start..l.end]).collect()
    }

    #[test]
    fn greedy_word_wrap_keeps_paragraphs() {
        let body = "Kharge and Tharoor are contesting.\n\n\n\nDelegates vote on Monday.";
        let lines = wrap(body, 12);
        assert_eq!(
            texts(body, &lines),
            [
                "Kharge and",
                "Tharoor are",
                "contesting.",
                "",
                "Delegates",
                "vote on",
                "Monday."
            ]
        );
    }

    #[test]
    fn long_words_are_broken() {
        let body = "#CongressPresidentPolls ok";
        let lines = wrap(body, 10);
        assert_eq!(texts(body, &lines), ["#CongressP", "residentPo", "lls ok"]);
    }

    #[test]
    fn wide_characters_count_double() {
        let body = "中文 中文 中文";
        assert_eq!(texts(body, &wrap(body, 9)), ["中文 中文", "中文"]);
    }

    #[test]
    fn offsets_point_into_the_body() {
        let body = "  Leading spaces and a\ttab.";
        for l in wrap(body, 8) {
            assert!(body.is_char_boundary(l.start) && body.is_char_boundary(l.end));
            assert!(!body[l.start..l.end].starts_with(' '));
        }
    }
}
