//! The built-in corpus: the three seed articles and our headlines, compiled into the binary.

use super::{Article, text_format};
use std::collections::HashMap;

/// The origin shown for built-in articles.
pub const BUILTIN_SOURCE: &str = "builtin";

const FILES: &[(&str, &str)] = &[
    (
        "000_8484a5aa547fe6ce",
        include_str!("../../assets/articles/000_8484a5aa547fe6ce.txt"),
    ),
    (
        "001_7845587b02b2fbfe",
        include_str!("../../assets/articles/001_7845587b02b2fbfe.txt"),
    ),
    (
        "002_493beed99443fa9a",
        include_str!("../../assets/articles/002_493beed99443fa9a.txt"),
    ),
];

const HEADLINES_JSON: &str = include_str!("../../assets/headlines.json");

/// The seed articles, parsed, with our headlines, not yet enriched.
pub fn builtin_articles() -> Vec<Article> {
    let headlines: HashMap<String, String> =
        serde_json::from_str(HEADLINES_JSON).expect("assets/headlines.json is valid (tested)");
    FILES
        .iter()
        .map(|(stem, text)| {
            let origin = format!("{BUILTIN_SOURCE}:{stem}.txt");
            let mut a =
                text_format::parse(&origin, stem, text).expect("seed articles parse (tested)");
            a.headline = headlines.get(*stem).cloned().unwrap_or_default();
            a
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_seeds_with_headlines() {
        let a = builtin_articles();
        assert_eq!(a.len(), 3);
        for art in &a {
            assert!(!art.headline.is_empty(), "{} has no headline", art.id);
            assert!(!art.body.is_empty());
        }
        assert_eq!(a[0].place.as_deref(), Some("New Delhi"));
        assert_eq!(a[2].place.as_deref(), Some("Srinagar"));
        assert_eq!(a[2].date.to_string(), "2024-08-20");
    }
}
