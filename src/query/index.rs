//! A search index for large corpora: each distinct short string (headline, name, alias,
//! organisation, place, tag) is stored and scored once per query, and the score mapped to
//! every article that has it, instead of scoring "Rahul Gandhi" again for each of the
//! thousands of articles that mention him.

use super::Matcher;
use super::matcher::{person_names, short_fields};
use crate::corpus::Article;
use crate::enrich::Gazetteer;
use fuzzy_matcher::skim::SkimMatcherV2;
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;

/// Articles are scored in chunks of this many; cancellation is checked between chunks.
const CHUNK: usize = 2048;

/// For each article, the ids of the distinct strings it has (compressed rows).
#[derive(Debug, Default, Clone)]
struct Rows {
    start: Vec<u32>,
    ids: Vec<u32>,
}

impl Rows {
    fn push(&mut self, ids: impl IntoIterator<Item = u32>) {
        if self.start.is_empty() {
            self.start.push(0);
        }
        self.ids.extend(ids);
        self.start.push(self.ids.len() as u32);
    }

    fn of(&self, article: usize) -> &[u32] {
        &self.ids[self.start[article] as usize..self.start[article + 1] as usize]
    }
}

#[derive(Debug, Default, Clone)]
pub struct SearchIndex {
    strings: Vec<Box<str>>,
    lookup: HashMap<Box<str>, u32>,
    fields: Rows,
    people: Rows,
}

impl SearchIndex {
    pub fn build(articles: &[Article], gazetteer: &Gazetteer) -> SearchIndex {
        let mut index = SearchIndex::default();
        index.extend(articles, gazetteer);
        index
    }

    /// How many articles are indexed (the first `len()` of the corpus).
    pub fn len(&self) -> usize {
        self.fields.start.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many distinct short strings there are.
    pub fn distinct_strings(&self) -> usize {
        self.strings.len()
    }

    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.lookup.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.into());
        self.lookup.insert(s.into(), id);
        id
    }

    /// Index articles appended to the corpus since the last call.
    pub fn extend(&mut self, new_articles: &[Article], gazetteer: &Gazetteer) {
        for a in new_articles {
            let fields: Vec<u32> = short_fields(a, gazetteer).map(|s| self.intern(s)).collect();
            let people: Vec<u32> = person_names(a, gazetteer).map(|s| self.intern(s)).collect();
            self.fields.push(fields);
            self.people.push(people);
        }
    }

    /// An empty preparation for this query: no string scored yet.
    pub fn prepared(&self, matcher: &Matcher) -> Prepared {
        let n = self.strings.len();
        Prepared {
            per_string: vec![vec![None; n]; matcher.query.terms.len()],
            ready: vec![false; n],
        }
    }

    /// Score, once for each term, every distinct string that the articles in `range` have and
    /// that is not scored yet; every thread with its own matcher. False when `cancelled`
    /// turned true.
    pub fn prepare_range(
        &self,
        matcher: &Matcher,
        prepared: &mut Prepared,
        range: Range<usize>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> bool {
        let range = range.start..range.end.min(self.len());
        let mut wanted: Vec<u32> = Vec::new();
        for i in range {
            for &id in self.fields.of(i).iter().chain(self.people.of(i)) {
                if !prepared.ready[id as usize] {
                    prepared.ready[id as usize] = true;
                    wanted.push(id);
                }
            }
        }
        for (t, values) in prepared.per_string.iter_mut().enumerate() {
            if cancelled() {
                return false;
            }
            let scored: Vec<Option<i64>> = wanted
                .par_iter()
                .with_min_len(4096)
                .map_init(
                    || SkimMatcherV2::default().smart_case(),
                    |skim, &id| matcher.on_string(skim, t, &self.strings[id as usize]),
                )
                .collect();
            for (&id, v) in wanted.iter().zip(scored) {
                values[id as usize] = v;
            }
        }
        !cancelled()
    }

    /// The score of each article in `range` (`None`: no match), or `None` overall when
    /// `cancelled` turned true before the work was done. The range must be prepared.
    pub fn score_range(
        &self,
        matcher: &Matcher,
        prepared: &Prepared,
        articles: &[Article],
        range: Range<usize>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Option<i64>>> {
        let range = range.start..range.end.min(self.len()).min(articles.len());
        let chunks: Vec<Range<usize>> = range
            .clone()
            .step_by(CHUNK)
            .map(|s| s..(s + CHUNK).min(range.end))
            .collect();
        let scored: Option<Vec<Vec<Option<i64>>>> = chunks
            .into_par_iter()
            .map(|chunk| {
                if cancelled() {
                    return None;
                }
                Some(
                    chunk
                        .map(|i| self.score_article(matcher, prepared, &articles[i], i))
                        .collect(),
                )
            })
            .collect();
        Some(scored?.into_iter().flatten().collect())
    }

    fn score_article(
        &self,
        matcher: &Matcher,
        prepared: &Prepared,
        article: &Article,
        i: usize,
    ) -> Option<i64> {
        let mut score = 0;
        for (t, values) in prepared.per_string.iter().enumerate() {
            let rows = if matcher.is_person_term(t) {
                &self.people
            } else {
                &self.fields
            };
            let field = rows
                .of(i)
                .iter()
                .filter_map(|&id| values[id as usize])
                .max();
            score += matcher.term_score(t, field, article)?;
        }
        Some(score)
    }

    /// `prepare` and `score_range` in one.
    pub fn scores(
        &self,
        matcher: &Matcher,
        articles: &[Article],
        range: Range<usize>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Option<i64>>> {
        let mut prepared = self.prepared(matcher);
        if !self.prepare_range(matcher, &mut prepared, range.clone(), cancelled) {
            return None;
        }
        self.score_range(matcher, &prepared, articles, range, cancelled)
    }
}

/// A query's scores for the distinct strings scored so far, ready to be mapped to articles.
pub struct Prepared {
    per_string: Vec<Vec<Option<i64>>>,
    ready: Vec<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::query::parse;

    #[test]
    fn same_answers_as_matching_each_article() {
        let corpus = Corpus::builtin();
        let g = Gazetteer::builtin();
        let index = SearchIndex::build(&corpus.articles, g);
        assert_eq!(index.len(), 3);
        for q in [
            "abdullah",
            "kharge",
            "'tie-up",
            "!tharoor",
            "@omar",
            "#alli",
            "srinagr",
            "congress nc",
            "zzz",
            "dhankar @modi",
        ] {
            let m = Matcher::new(parse(q).unwrap());
            let direct: Vec<Option<i64>> = corpus
                .articles
                .iter()
                .map(|a| m.match_article(a, g).map(|x| x.score))
                .collect();
            let fast = index.scores(&m, &corpus.articles, 0..3, &|| false).unwrap();
            assert_eq!(fast, direct, "{q}");
        }
    }

    #[test]
    fn shared_strings_are_stored_once() {
        let corpus = Corpus::builtin();
        let index = SearchIndex::build(&corpus.articles, Gazetteer::builtin());
        let kharge = index
            .strings
            .iter()
            .filter(|s| &***s == "Mallikarjun Kharge")
            .count();
        assert_eq!(kharge, 1);
    }

    #[test]
    fn cancelled_search_returns_nothing() {
        let corpus = Corpus::builtin();
        let index = SearchIndex::build(&corpus.articles, Gazetteer::builtin());
        let m = Matcher::new(parse("kharge").unwrap());
        assert!(index.scores(&m, &corpus.articles, 0..3, &|| true).is_none());
    }

    #[test]
    fn ranges_and_extension() {
        let corpus = Corpus::builtin();
        let g = Gazetteer::builtin();
        let mut index = SearchIndex::build(&corpus.articles[..1], g);
        index.extend(&corpus.articles[1..], g);
        let m = Matcher::new(parse("srinagar").unwrap());
        let tail = index.scores(&m, &corpus.articles, 1..3, &|| false).unwrap();
        assert_eq!(tail.len(), 2);
        assert!(tail[1].is_some() && tail[0].is_none());
    }
}
