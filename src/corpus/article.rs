use crate::enrich::{DatedMention, OrgMention, PersonMention};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One article as loaded, plus what enrichment found in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Unique within a corpus: the file stem, the `id` field, or `<file stem>#<row>`.
    pub id: String,
    pub date: NaiveDate,
    pub place: Option<String>,
    pub headline: String,
    /// The text exactly as loaded (decoded to UTF-8). All spans point into it.
    pub body: String,
    /// A summary column kept beside the full text (CSV `text`/`summary`).
    pub summary: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// The file it came from (`builtin:` for the compiled-in corpus).
    pub origin: String,
    pub enrichment: Enrichment,
}

/// People, organisations, topic tags and dated mentions found in an article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrichment {
    pub people: Vec<PersonMention>,
    pub organisations: Vec<OrgMention>,
    pub tags: Vec<String>,
    pub mentions: Vec<DatedMention>,
}

impl Article {
    /// A raw article with no enrichment yet.
    pub fn new(id: String, date: NaiveDate, body: String, origin: String) -> Self {
        Article {
            id,
            date,
            place: None,
            headline: String::new(),
            body,
            summary: None,
            url: None,
            source: None,
            origin,
            enrichment: Enrichment::default(),
        }
    }
}
