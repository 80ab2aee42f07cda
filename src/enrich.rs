//! Enrichment: people, organisations, topics and dated mentions found in an article's text.

pub mod dates;
pub mod gazetteer;
mod names;
pub mod organisations;
pub mod people;
pub mod span;

pub use dates::{DatedMention, Precision};
pub use gazetteer::Gazetteer;
pub use organisations::OrgMention;
pub use people::PersonMention;
