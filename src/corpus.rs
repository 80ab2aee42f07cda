//! Loading articles from disk or from the built-in corpus: formats, decoding, validation.

mod article;
mod builtin;
pub mod cache;
mod csv_format;
mod dates;
mod decode;
mod diagnostic;
mod headline;
mod json_format;
mod load;
mod safe_text;
mod text_format;

pub use article::{Article, Enrichment};
pub use builtin::{BUILTIN_SOURCE, builtin_articles};
pub use dates::parse_date;
pub use diagnostic::{Diagnostic, Location, Severity};
pub use headline::headline_from_body;
pub use load::{
    Batch, Corpus, LoadError, LoadOptions, LoadProgress, LoadStats, load_paths,
    load_paths_with_progress, load_streaming,
};
pub use safe_text::{display_safe, is_display_safe, push_display_char};
