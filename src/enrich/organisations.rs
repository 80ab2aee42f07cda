//! Organisations mentioned in an article (parties, alliances, bodies), by gazetteer name and alias.
//!
//! One Aho-Corasick automaton over every name and alias (case-sensitive) and one over the
//! social handles (ASCII case-insensitive) are built once per gazetteer ([`OrgMatcher`]); the
//! builtin gazetteer's matcher is cached. Matches must be whole words (a hashtag or handle is not
//! a word, so `#CongressPresidentPolls` does not mention Congress), and the longest match wins
//! (`Election Commission of India` over `Election Commission`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use super::gazetteer::Gazetteer;
use super::names::{self, Lex};
use super::span::Span;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrgMention {
    /// Canonical name from the gazetteer.
    pub name: String,
    /// Index into `Gazetteer::organisations`.
    pub gazetteer: usize,
    pub spans: Vec<Span>,
}

/// The automatons for one gazetteer's organisations. Build once, use for many articles.
#[derive(Debug, Clone)]
pub struct OrgMatcher {
    names: Vec<String>,
    words: Option<AhoCorasick>,
    /// Per pattern of `words`: organisation index, and whether the pattern is one capitalised
    /// word (`Congress`), which another party's name can end with (`Trinamool Congress`).
    word_pats: Vec<(usize, bool)>,
    handles: Option<AhoCorasick>,
    handle_orgs: Vec<usize>,
}

/// Words before a one-word party name that make it another party's or country's body.
#[rustfmt::skip]
const FOREIGN_PREFIXES: &[&str] = &[
    "Trinamool", "Nationalist", "YSR", "US", "U.S.", "American", "Science", "World", "Maanila",
    "Mexican", "Peruvian", "Brazilian", "Philippine", "Nepali", "Kerala", "People's", "Peoples",
    "Socialist", "National",
];

/// Words before a one-word party name that keep it the party's (its units and wings).
#[rustfmt::skip]
const OWN_PREFIXES: &[&str] = &[
    "Youth", "Mahila", "Seva", "Pradesh", "District", "City", "State", "Senior", "Rebel", "Former",
    "Local", "Minority", "Kisan", "Dalit",
];

impl OrgMatcher {
    pub fn new(gazetteer: &Gazetteer) -> Self {
        let mut word_patterns: Vec<&str> = Vec::new();
        let mut word_pats = Vec::new();
        let mut handle_patterns: Vec<&str> = Vec::new();
        let mut handle_orgs = Vec::new();
        for (i, org) in gazetteer.organisations.iter().enumerate() {
            for p in std::iter::once(&org.name).chain(org.aliases.iter()) {
                let p = p.trim();
                if p.is_empty() {
                    continue;
                }
                if p.starts_with('@') {
                    handle_patterns.push(p);
                    handle_orgs.push(i);
                } else {
                    let one_cap_word =
                        !p.contains(' ') && p.chars().nth(1).is_some_and(char::is_lowercase);
                    word_patterns.push(p);
                    word_pats.push((i, one_cap_word));
                }
            }
        }
        let build = |pats: &[&str], ci: bool| {
            if pats.is_empty() {
                None
            } else {
                Some(
                    AhoCorasickBuilder::new()
                        .match_kind(MatchKind::LeftmostLongest)
                        .kind(Some(AhoCorasickKind::DFA))
                        .ascii_case_insensitive(ci)
                        .build(pats)
                        .expect("organisation patterns build"),
                )
            }
        };
        OrgMatcher {
            names: gazetteer
                .organisations
                .iter()
                .map(|o| o.name.clone())
                .collect(),
            words: build(&word_patterns, false),
            word_pats,
            handles: build(&handle_patterns, true),
            handle_orgs,
        }
    }

    /// The matcher for the compiled-in gazetteer, built once.
    pub fn builtin() -> &'static OrgMatcher {
        static CELL: OnceLock<OrgMatcher> = OnceLock::new();
        CELL.get_or_init(|| OrgMatcher::new(Gazetteer::builtin()))
    }

    /// Every organisation mention as `(organisation index, span)`, in text order, not
    /// overlapping, longest first at any one place.
    pub fn mentions(&self, body: &str) -> Vec<(usize, Span)> {
        let mut found: Vec<(usize, Span)> = Vec::new();
        if let Some(ac) = &self.words {
            let ok = |s: usize, e: usize| names::is_word_boundary_match(body, s, e);
            whole_matches(ac, body, ok, |pat, span| {
                let (org, one_word) = self.word_pats[pat];
                if !(one_word && part_of_other_name(body, span.start)) {
                    found.push((org, span));
                }
            });
        }
        if let Some(ac) = &self.handles
            && memchr::memchr(b'@', body.as_bytes()).is_some()
        {
            let ok = |s: usize, e: usize| names::is_handle_boundary_match(body, s, e);
            whole_matches(ac, body, ok, |pat, span| {
                found.push((self.handle_orgs[pat], span));
            });
        }
        longest_non_overlapping(&mut found);
        found
    }

    /// Every organisation mentioned in `body`, in order of first mention.
    pub fn find(&self, body: &str) -> Vec<OrgMention> {
        let mut out: Vec<OrgMention> = Vec::new();
        for (org, span) in self.mentions(body) {
            match out.iter_mut().find(|o| o.gazetteer == org) {
                Some(o) => o.spans.push(span),
                None => out.push(OrgMention {
                    name: self.names[org].clone(),
                    gazetteer: org,
                    spans: vec![span],
                }),
            }
        }
        out
    }
}

/// Every leftmost-longest match of `ac` in `body` that `ok` accepts (a whole word), as
/// `(pattern index, span)`. After a rejected match the search goes on from its second byte, so
/// a glued match (`Congressman`) does not hide a later one.
pub(crate) fn whole_matches(
    ac: &AhoCorasick,
    body: &str,
    ok: impl Fn(usize, usize) -> bool,
    mut found: impl FnMut(usize, Span),
) {
    let mut at = 0;
    while at < body.len() {
        let Some(m) = ac.find(Input::new(body).range(at..)) else {
            break;
        };
        if ok(m.start(), m.end()) {
            found(m.pattern().as_usize(), m.start()..m.end());
            at = m.end();
        } else {
            at = m.start() + 1;
        }
    }
}

/// Keep, at each place, the longest match, and drop matches overlapping a kept one.
pub(crate) fn longest_non_overlapping<T>(found: &mut Vec<(T, Span)>) {
    found.sort_by(|a, b| a.1.start.cmp(&b.1.start).then(b.1.end.cmp(&a.1.end)));
    let mut last_end = 0;
    found.retain(|(_, span)| {
        if span.start >= last_end {
            last_end = span.end;
            true
        } else {
            false
        }
    });
}

/// Is the one-word name at `start` the tail of another name: `Trinamool Congress`,
/// `US Congress`, `Tamil Maanila Congress`?
pub(crate) fn part_of_other_name(body: &str, start: usize) -> bool {
    let before = &body[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return false;
    }
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.' || *c == '\'' || *c == '’')
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    let prev = &trimmed[word_start..];
    if prev.is_empty() {
        return false;
    }
    if FOREIGN_PREFIXES.contains(&prev) {
        return true;
    }
    let mut chars = prev.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    if !capitalised || OWN_PREFIXES.contains(&prev) {
        return false;
    }
    // A known non-name word (a state, a title, a sentence starter) keeps the party's name;
    // an unknown capitalised word before it is another party's name (`Maanila Congress`).
    !matches!(
        names::lex(prev),
        Some(Lex::Taint | Lex::Title | Lex::Neutral | Lex::Function | Lex::Honorific)
    )
}

/// Every gazetteer organisation mentioned in `body`, in order of first mention.
///
/// Uses the cached matcher for [`Gazetteer::builtin`]; for another gazetteer it builds one per
/// call, so for many articles build an [`OrgMatcher`] once and call [`OrgMatcher::find`].
pub fn find_organisations(body: &str, gazetteer: &Gazetteer) -> Vec<OrgMention> {
    if std::ptr::eq(gazetteer, Gazetteer::builtin()) {
        OrgMatcher::builtin().find(body)
    } else {
        OrgMatcher::new(gazetteer).find(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::gazetteer::Organisation;

    fn org(name: &str, aliases: &[&str]) -> Organisation {
        Organisation {
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            kind: None,
        }
    }

    fn gaz() -> Gazetteer {
        Gazetteer {
            people: vec![],
            organisations: vec![
                org(
                    "Indian National Congress",
                    &["Congress", "INC", "@INCIndia", "Congress party"],
                ),
                org("Congress Working Committee", &["CWC"]),
                org(
                    "Election Commission of India",
                    &["ECI", "Election Commission"],
                ),
                org(
                    "Jammu and Kashmir National Conference",
                    &["National Conference", "NC"],
                ),
                org("Bharatiya Janata Party", &["BJP", "@BJP4India"]),
                org("Lok Sabha", &[]),
                org(
                    "All India Trinamool Congress",
                    &["Trinamool Congress", "TMC"],
                ),
            ],
        }
    }

    fn names_and_texts(body: &str) -> Vec<(String, Vec<&str>)> {
        find_organisations(body, &gaz())
            .into_iter()
            .map(|o| {
                let texts = o.spans.iter().map(|s| &body[s.clone()]).collect();
                (o.name, texts)
            })
            .collect()
    }

    #[test]
    fn longest_match_wins_and_aliases_resolve() {
        let got = names_and_texts(
            "The Congress Working Committee met after the Election Commission of India (ECI) \
             announced polls; the Election Commission said the BJP and the Congress party agree.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Congress Working Committee".to_string(),
                    vec!["Congress Working Committee"]
                ),
                (
                    "Election Commission of India".to_string(),
                    vec!["Election Commission of India", "ECI", "Election Commission"]
                ),
                ("Bharatiya Janata Party".to_string(), vec!["BJP"]),
                (
                    "Indian National Congress".to_string(),
                    vec!["Congress party"]
                ),
            ]
        );
    }

    #[test]
    fn hashtags_are_not_words_but_handles_and_curly_possessives_count() {
        let got = names_and_texts(
            "#CongressPresidentPolls and #Congress trend; @incindia and @BJP4India tweeted. \
             Congress’ Kerala unit said Congress-led fronts and INCIndia grow.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Indian National Congress".to_string(),
                    vec!["@incindia", "Congress", "Congress"]
                ),
                ("Bharatiya Janata Party".to_string(), vec!["@BJP4India"]),
            ]
        );
    }

    #[test]
    fn other_parties_ending_in_congress_are_not_congress() {
        let got = names_and_texts(
            "The Trinamool Congress, the Nationalist Congress Party, the US Congress and the \
             Tamil Maanila Congress; Gujarat Congress chief and Youth Congress workers; NC and \
             National Conference (NC) leaders; the NCP; Lok Sabha.",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "All India Trinamool Congress",
                "Indian National Congress",
                "Jammu and Kashmir National Conference",
                "Lok Sabha"
            ]
        );
        assert_eq!(got[1].1, ["Congress", "Congress"]);
        assert_eq!(got[2].1, ["NC", "National Conference", "NC"]);
    }

    #[test]
    fn spans_are_on_char_boundaries() {
        let body = "“Congress’ stand” — the BJP’s reply, then Congress…";
        for o in find_organisations(body, &gaz()) {
            for s in o.spans {
                assert!(body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
            }
        }
    }
}
