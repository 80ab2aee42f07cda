//! congress-timeline: the data layer (loading, validation, enrichment, timeline, query).
//! Nothing in here knows about the terminal; the TUI and the CLI are two faces on it.

pub mod corpus;
pub mod enrich;
