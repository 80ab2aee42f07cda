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

    fn fuzzy(&self, text: &str, pattern: &str) -> Option<i64> {
        fuzzy_indices_compact(&self.skim, text, pattern).map(|(s, _)| s)
    }

    /// Whether (and how well) the article matches every text term. Date bounds are not
    /// checked here: they apply to each timeline entry's own date.
    pub fn match_article(&self, article: &Article, gazetteer: &Gazetteer) -> Option<ArticleMatch> {
        let mut score = 0;
        for (term, substring) in self.query.terms.iter().zip(&self.substrings) {
            score += match (term, substring) {
                (Term::Fuzzy(p), Some(sub)) => {
                    let field = short_fields(article, gazetteer)
                        .filter_map(|f| self.fuzzy(f, p))
                        .max();
                    match field {
                        Some(s) => s,
                        None if sub.in_text(&article.body) => 2 * p.chars().count() as i64,
                        None => return None,
                    }
                }
                (Term::Exact(p), Some(sub)) => {
                    if short_fields(article, gazetteer).any(|f| sub.in_text(f))
                        || sub.in_text(&article.body)
                    {
                        4 * p.chars().count() as i64
                    } else {
                        return None;
                    }
                }
                (Term::Exclude(_), Some(sub)) => {
                    if short_fields(article, gazetteer).any(|f| sub.in_text(f))
                        || sub.in_text(&article.body)
                    {
                        return None;
                    }
                    0
                }
                (Term::Person(p), _) => person_names(article, gazetteer)
                    .filter_map(|n| self.fuzzy(n, p))
                    .max()?,
                (Term::Tag(t), _) => {
                    let t = t.to_lowercase();
                    if article
                        .enrichment
                        .tags
                        .iter()
                        .any(|tag| tag.starts_with(&t))
                    {
                        1
                    } else {
                        return None;
                    }
                }
                _ => 0,
            };
        }
        Some(ArticleMatch { score })
    }
}

/// Names and aliases of everyone the article mentions.
fn person_names<'a>(
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
fn short_fields<'a>(
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
