//! The stable JSON shapes of `list`, `show`, `people` and `search`.

use super::PersonSummary;
use crate::corpus::Article;
use crate::enrich::{Gazetteer, Precision};
use crate::timeline::{Entry, EntryKind};
use serde::Serialize;

#[derive(Serialize)]
pub struct EntryJson<'a> {
    pub kind: &'static str,
    pub id: &'a str,
    pub date: String,
    pub precision: Precision,
    pub headline: &'a str,
    pub place: Option<&'a str>,
    pub people: Vec<&'a str>,
    pub tags: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expression: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i64>,
}

/// The sentence of a mention with its white space folded.
pub fn sentence_text(article: &Article, sentence: &std::ops::Range<usize>) -> String {
    article
        .body
        .get(sentence.clone())
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn entry<'a>(entry: &Entry, articles: &'a [Article], score: Option<i64>) -> EntryJson<'a> {
    let a = &articles[entry.article];
    let (kind, expression, text) = match entry.kind {
        EntryKind::Article => ("article", None, None),
        EntryKind::Mention(m) => {
            let mention = &a.enrichment.mentions[m];
            (
                "mention",
                a.body.get(mention.expression.clone()),
                Some(sentence_text(a, &mention.sentence)),
            )
        }
    };
    EntryJson {
        kind,
        id: &a.id,
        date: entry.date.format("%Y-%m-%d").to_string(),
        precision: entry.precision,
        headline: &a.headline,
        place: a.place.as_deref(),
        people: a
            .enrichment
            .people
            .iter()
            .map(|p| p.name.as_str())
            .collect(),
        tags: &a.enrichment.tags,
        expression,
        text,
        score,
    }
}

#[derive(Serialize)]
pub struct PersonJson<'a> {
    pub name: &'a str,
    pub role: Option<&'a str>,
    pub party: Option<&'a str>,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct OrgJson<'a> {
    pub name: &'a str,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct MentionJson<'a> {
    pub date: String,
    pub precision: Precision,
    pub expression: &'a str,
    pub text: String,
}

#[derive(Serialize)]
pub struct ArticleJson<'a> {
    pub id: &'a str,
    pub date: String,
    pub place: Option<&'a str>,
    pub headline: &'a str,
    pub body: &'a str,
    pub people: Vec<PersonJson<'a>>,
    pub organisations: Vec<OrgJson<'a>>,
    pub tags: &'a [String],
    pub mentions: Vec<MentionJson<'a>>,
}

pub fn article<'a>(a: &'a Article, gazetteer: &'a Gazetteer) -> ArticleJson<'a> {
    ArticleJson {
        id: &a.id,
        date: a.date.format("%Y-%m-%d").to_string(),
        place: a.place.as_deref(),
        headline: &a.headline,
        body: &a.body,
        people: a
            .enrichment
            .people
            .iter()
            .map(|p| {
                let known = p.gazetteer.and_then(|i| gazetteer.people.get(i));
                PersonJson {
                    name: &p.name,
                    role: known
                        .and_then(|k| k.role_on(a.date))
                        .map(|r| r.title.as_str()),
                    party: known.and_then(|k| k.party.as_deref()),
                    mentions: p.spans.len(),
                }
            })
            .collect(),
        organisations: a
            .enrichment
            .organisations
            .iter()
            .map(|o| OrgJson {
                name: &o.name,
                mentions: o.spans.len(),
            })
            .collect(),
        tags: &a.enrichment.tags,
        mentions: a
            .enrichment
            .mentions
            .iter()
            .map(|m| MentionJson {
                date: m.date.format("%Y-%m-%d").to_string(),
                precision: m.precision,
                expression: a.body.get(m.expression.clone()).unwrap_or(""),
                text: sentence_text(a, &m.sentence),
            })
            .collect(),
    }
}

#[derive(Serialize)]
pub struct PersonSummaryJson<'a> {
    pub name: &'a str,
    pub role: Option<&'a str>,
    pub party: Option<&'a str>,
    pub articles: usize,
    pub mentions: usize,
    pub first: String,
    pub last: String,
}

pub fn person_summary<'a>(p: &'a PersonSummary) -> PersonSummaryJson<'a> {
    PersonSummaryJson {
        name: &p.name,
        role: p.role.as_deref(),
        party: p.party.as_deref(),
        articles: p.articles,
        mentions: p.mentions,
        first: p.first.format("%Y-%m-%d").to_string(),
        last: p.last.format("%Y-%m-%d").to_string(),
    }
}
