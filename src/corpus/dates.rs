//! Publication dates as corpora write them.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d", "%Y/%m/%d", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y", "%d.%m.%Y",
];
const DATETIME_FORMATS: &[&str] = &[
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
];

/// Parse a publication date: ISO dates and datetimes (with or without offset), `2017/08/03`,
/// `03 Aug 2017,Thursday`, `3 August 2017`, `Aug 3, 2017`, `August 3, 2017`.
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(d) = parse_plain(s) {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    for f in DATETIME_FORMATS {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, f) {
            return Some(dt.date());
        }
    }
    // `03 Aug 2017,Thursday`: a trailing weekday after the last comma.
    if let Some((head, tail)) = s.rsplit_once(',')
        && tail.trim().chars().all(|c| c.is_ascii_alphabetic())
        && !tail.trim().is_empty()
        && let Some(d) = parse_plain(head.trim())
    {
        return Some(d);
    }
    // `Thursday, 3 August 2017`: a leading weekday.
    if let Some((head, tail)) = s.split_once(',')
        && head.trim().chars().all(|c| c.is_ascii_alphabetic())
    {
        return parse_date(tail);
    }
    None
}

fn parse_plain(s: &str) -> Option<NaiveDate> {
    // `Aug 3, 2017` → `Aug 3 2017`; ordinals `3rd` → `3`.
    let cleaned: String = s.replace(',', " ");
    let cleaned = strip_ordinals(&cleaned);
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    DATE_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&cleaned, f).ok())
}

fn strip_ordinals(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            if !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(
                    suffix.to_ascii_lowercase().as_str(),
                    "st" | "nd" | "rd" | "th"
                )
            {
                digits
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn every_documented_form() {
        for raw in [
            "2017-08-03",
            "2017-08-03T10:15:00Z",
            "2017-08-03T10:15:00+05:30",
            "2017-08-03 10:15:00",
            "03 Aug 2017,Thursday",
            "3 August 2017",
            "Aug 3, 2017",
            "August 3, 2017",
            "2017/08/03",
            "3rd August 2017",
            "Thursday, 3 August 2017",
            "Thu, 03 Aug 2017 10:15:00 +0000",
            "  2017-08-03  ",
        ] {
            assert_eq!(parse_date(raw), Some(d("2017-08-03")), "{raw}");
        }
    }

    #[test]
    fn impossible_and_garbage_rejected() {
        for raw in [
            "2024-13-45",
            "2023-02-29",
            "",
            "yesterday",
            "03 Aug",
            "Thursday",
            "12345",
        ] {
            assert_eq!(parse_date(raw), None, "{raw}");
        }
    }
}
