//! congress-timeline: the data layer (loading, validation, enrichment, timeline, query).
//! `corpus`, `enrich`, `timeline` and `query` know nothing about the terminal; the command line
//! (`cli`) and the terminal app are two faces on them.

pub mod corpus;
pub mod enrich;
pub mod query;
pub mod synth;
pub mod timeline;

pub mod cli;
pub mod tui;
