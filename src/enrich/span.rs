//! Byte spans into an article body.

use std::ops::Range;

/// A half-open byte range into an article's body, always on `char` boundaries.
pub type Span = Range<usize>;
