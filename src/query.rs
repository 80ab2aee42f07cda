//! The query language shared by the TUI's `/`, `list --query` and `search`:
//! space-separated terms that must all match; `'word` exact substring, `!word` excludes,
//! `@name` a person, `#tag` a topic, `>=2024-01` / `<2023` date bounds.

mod index;
mod matcher;
mod parse;

pub use index::{Prepared, SearchIndex};
pub use matcher::{ArticleMatch, Matcher, fuzzy_indices_compact};
pub use parse::{DateBound, Query, QueryError, Term, parse};

use crate::corpus::Article;
use crate::enrich::Gazetteer;
use crate::timeline::Entry;

/// The entries (indices into `entries`) whose article matches the query and whose own date
/// passes its date bounds, in timeline order, each with its article's score.
pub fn matching_entries(
    matcher: &Matcher,
    entries: &[Entry],
    articles: &[Article],
    gazetteer: &Gazetteer,
) -> Vec<(usize, i64)> {
    let scores: Vec<Option<i64>> = if matcher.query.has_text_terms() {
        SearchIndex::build(articles, gazetteer)
            .scores(matcher, articles, 0..articles.len(), &|| false)
            .unwrap_or_default()
    } else {
        vec![Some(0); articles.len()]
    };
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| matcher.query.admits_date(e.date))
        .filter_map(|(i, e)| scores[e.article].map(|s| (i, s)))
        .collect()
}

/// Best first; equal scores keep timeline order.
pub fn rank(mut matches: Vec<(usize, i64)>) -> Vec<(usize, i64)> {
    matches.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    matches
}

/// The first day of `2024`, `2024-08` or `2024-08-20`.
pub fn period_start(value: &str) -> Option<chrono::NaiveDate> {
    parse::period(value).map(|(first, _)| first)
}
