//! All integration tests in one binary (one link, shared helpers).

mod bad_input;
mod cache;
mod cli;
mod common;
mod real_corpus;
mod seeds;
mod tui_pty;
mod tui_snapshots;
