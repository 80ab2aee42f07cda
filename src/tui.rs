//! The terminal app: Elm-style. `keymap` turns key events into `Action`s, `update` applies
//! them to the `App`, `ui` draws a frame from the `App` and nothing else.

mod action;
mod app;
mod clipboard;
mod keymap;
mod layout;
mod run;
mod search;
mod ui;
mod update;
#[cfg(test)]
mod update_tests;
mod wrap;

pub use action::Action;
pub use app::{App, Focus, Mode};
pub use keymap::{Context, action_for_key, bindings};
pub use layout::{Areas, areas};
pub use run::{Startup, run};
pub use ui::render;
pub use update::update;
