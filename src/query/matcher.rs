use super::{Query, Term};
use crate::corpus::Article;
use crate::enrich::Gazetteer;
use aho_corasick::AhoCorasick;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// How an article matched: the sum of its terms' scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleMatch {
    pub score: i64,
}

/// A substring finder honouring smart case: case-insensitive unless the needle has a capital.
struct Substring {
    finder: AhoCorasick,
}

impl Substring {
    fn new(needle: &str) -> Self {
        let insensitive = !needle.chars().any(char::is_uppercase);
        let finder = AhoCorasick::builder()
            .ascii_case_insensitive(insensitive)
            .build([needle])
            .expect("a single literal pattern builds");
        Substring { finder }
    }

    fn in_text(&self, text: &str) -> bool {
        self.finder.is_match(text)
    }
}

/// A compiled query, ready to test articles. Each thread should own one (the fuzzy matcher
/// keeps per-call scratch space).
pub struct Matcher {
    pub query: Query,
    skim: SkimMatcherV2,
    substrings: Vec<Option<Substring>>,
}

/// Fuzzy-match `pattern` in `text` with smart case, keeping only matches whose letters stand
/// close together: letters scattered in order across a long text are no match.
/// Returns the score and the matched char indices.
pub fn fuzzy_indices_compact(
    skim: &SkimMatcherV2,
    text: &str,
    pattern: &str,
) -> Option<(i64, Vec<usize>)> {
    let (score, indices) = skim.fuzzy_indices(text, pattern)?;
    let len = pattern.chars().count();
    let span = indices.last()? - indices.first()? + 1;
    (span <= 2 * len + 2).then_some((score, indices))
}

impl Matcher {
    pub fn new(query: Query) -> Self {
        let substrings = query
            .terms
            .iter()
            .map(|t| match t {
                Term::Fuzzy(s) | Term::Exact(s) | Term::Exclude(s) => Some(Substring::new(s)),
                _ => None,
            })
            .collect();
        Matcher {
            query,
            skim: SkimMatcherV2::default().smart_case(),
            substrings,
        }
    }

    pub fn skim(&self) -> &SkimMatcherV2 {
        &self.skim
    }

    /// Term `t`'s value on one short string (a headline, a name, an alias, a place, a tag):
    /// the fuzzy score, or `Some(0)` when an exact or excluded substring occurs in it.
    pub(crate) fn on_string(&self, skim: &SkimMatcherV2, t: usize, text: &str) -> Option<i64> {
        match (&self.query.terms[t], &self.substrings[t]) {
            (Term::Fuzzy(p) | Term::Person(p), _) => {
                fuzzy_indices_compact(skim, text, p).map(|(s, _)| s)
            }
            (Term::Exact(_) | Term::Exclude(_), Some(sub)) => sub.in_text(text).then_some(0),
            _ => None,
        }
    }

    /// Whether term `t` looks at the people's names (and not at all short fields).
    pub(crate) fn is_person_term(&self, t: usize) -> bool {
        matches!(self.query.terms[t], Term::Person(_))
    }

    /// Term `t`'s score for an article, given its best value over the short strings it looks
    /// at (`field`); `None` when the article fails the term. The body is read only when the
    /// short fields do not decide.
    pub(crate) fn term_score(
        &self,
        t: usize,
        field: Option<i64>,
        article: &Article,
    ) -> Option<i64> {
        let body = || {
            self.substrings[t]
                .as_ref()
                .is_some_and(|sub| sub.in_text(&article.body))
        };
        match &self.query.terms[t] {
            Term::Fuzzy(p) => field.or_else(|| body().then(|| 2 * p.chars().count() as i64)),
            Term::Exact(p) => (field.is_some() || body()).then(|| 4 * p.chars().count() as i64),
            Term::Exclude(_) => (field.is_none() && !body()).then_some(0),
            Term::Person(_) => field,
            Term::Tag(tag) => {
                let tag = tag.to_lowercase();
                article
                    .enrichment
                    .tags
                    .iter()
                    .any(|x| x.starts_with(&tag))
                    .then_some(1)
            }
            Term::Date(_) => Some(0),
        }
    }

    /// Whether (and how well) the article matches every text term. Date bounds are not
    /// checked here: they apply to each timeline entry's own date.
    pub fn match_article(&self, article: &Article, gazetteer: &Gazetteer) -> Option<ArticleMatch> {
        let mut score = 0;
        for t in 0..self.query.terms.len() {
            let field = if self.is_person_term(t) {
                person_names(article, gazetteer)
                    .filter_map(|n| self.on_string(&self.skim, t, n))
                    .max()
            } else {
                short_fields(article, gazetteer)
                    .filter_map(|f| self.on_string(&self.skim, t, f))
                    .max()
            };
            score += self.term_score(t, field, article)?;
        }
        Some(ArticleMatch { score })
    }
}

/// Names and aliases of everyone the article mentions.
pub(crate) fn person_names<'a>(
    article: &'a Article,
    gazetteer: &'a Gazetteer,
) -> impl Iterator<Item = &'a str> {
    article.enrichment.people.iter().flat_map(move |p| {
        let aliases = p
            .gazetteer
            .and_then(|i| gazetteer.people.get(i))
            .map(|g| g.aliases.as_slice())
            .unwrap_or_default();
        std::iter::once(p.name.as_str()).chain(aliases.iter().map(String::as_str))
    })
}

/// The short fields fuzzy terms look at: headline, place, tags, people, organisations.
pub(crate) fn short_fields<'a>(
    article: &'a Article,
    gazetteer: &'a Gazetteer,
) -> impl Iterator<Item = &'a str> {
    let orgs = article.enrichment.organisations.iter().flat_map(move |o| {
        let aliases = gazetteer
            .organisations
            .get(o.gazetteer)
            .map(|g| g.aliases.as_slice())
            .unwrap_or_default();
        std::iter::once(o.name.as_str()).chain(aliases.iter().map(String::as_str))
    });
    std::iter::once(article.headline.as_str())
        .chain(article.place.as_deref())
        .chain(article.enrichment.tags.iter().map(String::as_str))
        .chain(person_names(article, gazetteer))
        .chain(orgs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::PersonMention;
    use crate::query::parse;
    use chrono::NaiveDate;

    fn article(headline: &str, body: &str, people: &[&str], tags: &[&str]) -> Article {
        let mut a = Article::new(
            "a".into(),
            NaiveDate::from_ymd_opt(2024, 8, 20).unwrap(),
            body.into(),
            "t".into(),
        );
        a.headline = headline.into();
        a.enrichment.people = people
            .iter()
            .map(|n| PersonMention {
                name: n.to_string(),
                gazetteer: None,
                spans: vec![],
            })
            .collect();
        a.enrichment.tags = tags.iter().map(|t| t.to_string()).collect();
        a
    }

    fn matches(q: &str, a: &Article) -> bool {
        Matcher::new(parse(q).unwrap())
            .match_article(a, &Gazetteer::default())
            .is_some()
    }

    #[test]
    fn fuzzy_on_headline_and_people() {
        let a = article(
            "Congress weighs NC tie-up",
            "Text.",
            &["Omar Abdullah"],
            &["alliance"],
        );
        assert!(matches("abdlh", &a));
        assert!(matches("tieup", &a));
        assert!(matches("congress omar", &a));
        assert!(!matches("congress bjp", &a), "all terms must match");
    }

    #[test]
    fn scattered_letters_are_not_a_match() {
        let a = article(
            "Kharge or Tharoor: Congress asks office-bearers to stay neutral in party president poll",
            "",
            &[],
            &[],
        );
        // a..b..d..u..l..l..a..h do occur in order, but spread over the whole headline.
        assert!(!matches("abdullah", &a));
    }

    #[test]
    fn body_is_matched_by_word_substring_not_scattered_letters() {
        let body = "The delegates met at the residence. Later the party said so.";
        let a = article("H", body, &[], &[]);
        assert!(matches("residen", &a));
        assert!(matches("legat", &a));
        assert!(!matches("dlgtsmt", &a));
    }

    #[test]
    fn exact_exclude_person_tag() {
        let a = article(
            "Kharge in Srinagar",
            "A pre-poll tie-up.",
            &["Omar Abdullah"],
            &["alliance"],
        );
        assert!(matches("'pre-poll", &a));
        assert!(!matches("'prepoll", &a));
        assert!(!matches("!tie-up", &a));
        assert!(matches("!bjp", &a));
        assert!(matches("@omar", &a));
        assert!(
            !matches("@kharge", &a),
            "Kharge is in the headline, not a mention here"
        );
        assert!(matches("#alli", &a));
        assert!(!matches("#lead", &a));
    }

    #[test]
    fn smart_case_in_body() {
        let a = article("H", "The NC met.", &[], &[]);
        assert!(matches("nc", &a));
        assert!(matches("NC", &a));
        assert!(!matches("Nc", &a));
    }

    #[test]
    fn better_matches_score_higher() {
        let m = Matcher::new(parse("abdullah").unwrap());
        let g = Gazetteer::default();
        let field = article("Abdullah speaks", "", &[], &[]);
        let body = article("Other", "Abdullah spoke.", &[], &[]);
        assert!(
            m.match_article(&field, &g).unwrap().score > m.match_article(&body, &g).unwrap().score
        );
    }
}
