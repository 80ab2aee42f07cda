//! People mentioned in an article: gazetteer names, aliases and handles, plus rule-found names,
//! each resolved to one canonical full name.

use super::gazetteer::Gazetteer;
use super::span::Span;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PersonMention {
    /// Canonical full name (the gazetteer's when known).
    pub name: String,
    /// Index into `Gazetteer::people` when the person is in the gazetteer.
    pub gazetteer: Option<usize>,
    /// Byte spans of every mention, in order.
    pub spans: Vec<Span>,
}

/// Everyone mentioned in `body`, in order of first mention. `place` is the dateline place,
/// which is never a person.
pub fn find_people(body: &str, place: Option<&str>, gazetteer: &Gazetteer) -> Vec<PersonMention> {
    let _ = (body, place, gazetteer);
    Vec::new()
}
