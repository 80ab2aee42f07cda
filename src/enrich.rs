//! Enrichment: people, organisations, topics and dated mentions found in an article's text.

pub mod dates;
pub mod gazetteer;
mod names;
pub mod organisations;
pub mod people;
pub mod span;
pub mod topics;

pub use dates::{DatedMention, Precision, find_dates};
pub use gazetteer::Gazetteer;
pub use organisations::{OrgMention, find_organisations};
pub use people::{PersonMention, find_people};
pub use topics::Topics;

use crate::corpus::{Article, Enrichment};
use rayon::prelude::*;

/// Everything enrichment finds in one article.
pub fn enrich(article: &Article, gazetteer: &Gazetteer) -> Enrichment {
    Enrichment {
        people: find_people(&article.body, article.place.as_deref(), gazetteer),
        organisations: find_organisations(&article.body, gazetteer),
        tags: Topics::builtin().tags(&article.headline, &article.body),
        mentions: find_dates(&article.body, article.date),
    }
}

/// Enrich every article, in parallel: articles are independent.
pub fn enrich_all(articles: &mut [Article], gazetteer: &Gazetteer) {
    articles
        .par_iter_mut()
        .with_min_len(16)
        .for_each(|a| a.enrichment = enrich(a, gazetteer));
}
