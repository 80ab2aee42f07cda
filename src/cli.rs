//! The command line: argument definitions and the non-interactive subcommands.

mod args;
mod commands;
mod json;
mod out;
mod people;

pub use args::{CacheAction, Cli, Command, SynthFormat};
pub use commands::{
    DIAGNOSTICS_SHOWN, EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE, load, load_options,
    report_diagnostics, run, run_cache, run_generate,
};
pub use people::{PersonSummary, summarise_people};
