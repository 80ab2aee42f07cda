use serde::{Deserialize, Serialize};
use std::fmt;

/// How bad a problem is: an error means a file or row was not loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Warning,
    Error,
}

/// Where in a file a problem was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Location {
    /// 1-based line of a text or JSON Lines file.
    Line(usize),
    /// 1-based data row of a CSV file (the header is row 0), with the line it starts on.
    Row { row: usize, line: usize },
    /// 0-based index of an item in a JSON array.
    Item(usize),
}

/// A problem met while loading, naming the file and, where known, the line, row or field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    pub location: Option<Location>,
    pub field: Option<String>,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            location: None,
            field: None,
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {}", self.path)?;
        match &self.location {
            Some(Location::Line(n)) => write!(f, ":{n}")?,
            Some(Location::Row { row, line }) => write!(f, ": row {row} (line {line})")?,
            Some(Location::Item(i)) => write!(f, ": item {i}")?,
            None => {}
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", super::display_safe(&self.message))
    }
}
