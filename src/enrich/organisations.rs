//! Organisations mentioned in an article (parties, alliances, bodies), by gazetteer name and alias.

use super::gazetteer::Gazetteer;
use super::span::Span;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OrgMention {
    /// Canonical name from the gazetteer.
    pub name: String,
    /// Index into `Gazetteer::organisations`.
    pub gazetteer: usize,
    pub spans: Vec<Span>,
}

/// Every gazetteer organisation mentioned in `body`, in order of first mention.
pub fn find_organisations(body: &str, gazetteer: &Gazetteer) -> Vec<OrgMention> {
    let _ = (body, gazetteer);
    Vec::new()
}
