//! Topic tags (`leadership`, `alliance`, `election`) by a lexicon compiled in from
//! `assets/topics.json`.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const LEXICON_JSON: &str = include_str!("../../assets/topics.json");

#[derive(Deserialize)]
struct LexiconFile {
    min_hits: usize,
    topics: BTreeMap<String, Vec<String>>,
}

/// A compiled lexicon: one automaton over every term, each term knowing its topic.
pub struct Topics {
    names: Vec<String>,
    term_topic: Vec<usize>,
    automaton: AhoCorasick,
    min_hits: usize,
}

impl Topics {
    pub fn builtin() -> &'static Topics {
        static CELL: OnceLock<Topics> = OnceLock::new();
        CELL.get_or_init(|| {
            let file: LexiconFile =
                serde_json::from_str(LEXICON_JSON).expect("assets/topics.json is valid (tested)");
            let mut names = Vec::new();
            let mut terms = Vec::new();
            let mut term_topic = Vec::new();
            for (i, (name, words)) in file.topics.into_iter().enumerate() {
                names.push(name);
                for w in words {
                    terms.push(w);
                    term_topic.push(i);
                }
            }
            let automaton = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&terms)
                .expect("topic lexicon builds");
            Topics {
                names,
                term_topic,
                automaton,
                min_hits: file.min_hits,
            }
        })
    }

    /// Every topic name, in display order.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The topics `headline` and `body` are about, in lexicon order.
    pub fn tags(&self, headline: &str, body: &str) -> Vec<String> {
        // Distinct terms count, not repetitions: one word said five times is not a topic.
        // A term in the headline counts double.
        let mut weight = vec![0usize; self.term_topic.len()];
        for (text, w) in [(headline, 2), (body, 1)] {
            for m in self.automaton.find_iter(text) {
                if on_word_boundary(text, m.start(), m.end()) {
                    let slot = &mut weight[m.pattern().as_usize()];
                    *slot = (*slot).max(w);
                }
            }
        }
        let mut hits = vec![0usize; self.names.len()];
        for (term, w) in weight.into_iter().enumerate() {
            hits[self.term_topic[term]] += w;
        }
        self.names
            .iter()
            .zip(hits)
            .filter(|(_, n)| *n >= self.min_hits)
            .map(|(name, _)| name.clone())
            .collect()
    }
}

fn on_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_lexicon_order() {
        assert_eq!(
            Topics::builtin().names(),
            ["alliance", "election", "leadership"]
        );
    }

    #[test]
    fn needs_enough_hits_on_word_boundaries() {
        let t = Topics::builtin();
        assert!(t.tags("", "One alliance mention only.").is_empty());
        assert!(
            t.tags("", "Alliance, alliance, alliance and alliance.")
                .is_empty(),
            "repetition is not breadth"
        );
        assert_eq!(
            t.tags(
                "",
                "The alliance partners discussed a seat-sharing formula."
            ),
            ["alliance"]
        );
        // "polls" inside "pollster" and "allies" inside "rallies" are not words of the lexicon.
        assert!(
            t.tags("", "Pollsters at rallies, pollsters at rallies, pollsters.")
                .is_empty()
        );
    }

    #[test]
    fn headline_counts_double() {
        let t = Topics::builtin();
        assert_eq!(t.tags("Alliance talks", "The coalition met."), ["alliance"]);
    }
}
