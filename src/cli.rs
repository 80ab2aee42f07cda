//! The command line: argument definitions and the non-interactive subcommands.

mod args;
mod commands;
mod json;
mod out;
mod people;

pub use args::{Cli, Command};
pub use commands::{
    DIAGNOSTICS_SHOWN, EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE, load, report_diagnostics, run,
};
pub use people::{PersonSummary, summarise_people};
