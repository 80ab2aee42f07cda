//! The event loop: the only place with terminal I/O.

use super::search::{SearchJob, Searcher};
use super::{Action, App, action_for_key, render, update};
use crate::corpus::{Batch, Corpus, LoadOptions, load_streaming};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

/// How long the loop waits for input when nothing else is under way.
const POLL: Duration = Duration::from_millis(200);
/// How often it wakes while a corpus loads or a search runs, to show what has arrived.
const POLL_BUSY: Duration = Duration::from_millis(8);

/// What the app starts with.
pub enum Startup {
    /// A corpus already loaded (the built-in one).
    Ready(Corpus),
    /// Paths to load in the background while the app is already drawn and usable.
    Load(Vec<PathBuf>, LoadOptions),
}

enum LoadEvent {
    Batch(Batch),
    Done(Result<crate::corpus::LoadStats, String>),
}

fn spawn_loader(paths: Vec<PathBuf>, options: LoadOptions) -> mpsc::Receiver<LoadEvent> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = load_streaming(&paths, &options, |batch| {
            let _ = tx.send(LoadEvent::Batch(batch));
        });
        let _ = tx.send(LoadEvent::Done(result.map_err(|e| e.to_string())));
    });
    rx
}

/// Run the app full-screen until the user quits; returns the corpus as far as it loaded (for
/// the problems to be reported). The terminal is restored on quit, on error, on panic (the
/// report printed after the restore) and on SIGTERM or SIGHUP.
pub fn run(startup: Startup, no_color: bool) -> io::Result<Corpus> {
    // SIGTERM and SIGHUP end the app from a thread of their own: a hung-up terminal can
    // leave the input reader spinning, so the event loop cannot be relied on to notice.
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = execute!(io::stdout(), DisableMouseCapture, crossterm::cursor::Show);
            ratatui::restore();
            std::process::exit(128 + signal);
        }
    });
    let mut terminal = ratatui::try_init()?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let result = execute!(io::stdout(), EnableMouseCapture).and_then(|_| {
        let size = terminal.size()?;
        let (corpus, loader) = match startup {
            Startup::Ready(corpus) => (corpus, None),
            Startup::Load(paths, options) => {
                (Corpus::default(), Some(spawn_loader(paths, options)))
            }
        };
        let mut app = App::new(corpus, size.width, size.height, no_color);
        app.async_search = true;
        if loader.is_some() {
            app.loading = Some(Default::default());
        }
        event_loop(&mut terminal, &mut app, loader)?;
        Ok(app.corpus)
    });
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    mut loader: Option<mpsc::Receiver<LoadEvent>>,
) -> io::Result<()> {
    let searcher = Searcher::spawn();
    // The generation of the search under way; batches wait while it runs, so the articles
    // it reads are not copied.
    let mut searching: Option<u64> = None;
    terminal.draw(|f| render(app, f))?;
    while !app.quit {
        let mut redraw = false;
        while let Ok(result) = searcher.results.try_recv() {
            if result.complete && searching == Some(result.generation) {
                searching = None;
            }
            app.apply_scores(
                result.generation,
                result.range,
                result.scores,
                result.complete,
            );
            redraw = true;
        }
        if searching.is_none() && loader.as_ref().is_some_and(|rx| take_batches(app, rx)) {
            if app.loading.is_none() {
                loader = None;
            }
            redraw = true;
        }
        if let Some(generation) = app.search_request.take() {
            searching = Some(generation);
            searcher.submit(SearchJob {
                generation,
                query: app.query_text.clone(),
                articles: Arc::clone(&app.corpus.articles),
                index: Arc::clone(&app.index),
            });
        }
        if searching.is_some_and(|g| g != app.search_generation) {
            // Superseded without a new request (the query was cleared): stop waiting for it.
            searching = None;
        }
        if redraw {
            terminal.draw(|f| render(app, f))?;
        }
        let busy = loader.is_some() || searching.is_some();
        if !event::poll(if busy { POLL_BUSY } else { POLL })? {
            continue;
        }
        let Some(action) = to_action(event::read()?, app) else {
            continue;
        };
        update(app, action);
        if let Some(text) = app.clipboard.take() {
            let mut out = io::stdout();
            out.write_all(super::clipboard::osc52(&text).as_bytes())?;
            out.flush()?;
        }
        terminal.draw(|f| render(app, f))?;
    }
    Ok(())
}

fn take_batches(app: &mut App, rx: &mpsc::Receiver<LoadEvent>) -> bool {
    let mut any = false;
    // Merge what is waiting into one batch so the timeline is rebuilt once per wake-up.
    let mut merged: Option<Batch> = None;
    while let Ok(event) = rx.try_recv() {
        any = true;
        match event {
            LoadEvent::Batch(b) => match &mut merged {
                Some(m) => {
                    m.articles.extend(b.articles);
                    m.diagnostics.extend(b.diagnostics);
                    m.progress = b.progress;
                }
                None => merged = Some(b),
            },
            LoadEvent::Done(result) => {
                if let Some(m) = merged.take() {
                    app.extend(m);
                }
                app.loading = None;
                match result {
                    Ok(stats) => app.corpus.stats = stats,
                    Err(e) => app.message = Some(e),
                }
                return true;
            }
        }
    }
    if let Some(m) = merged {
        app.extend(m);
    }
    any
}

fn to_action(event: Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) => action_for_key(&key, &app.mode, app.focus),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::WheelDown(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::WheelUp(m.column, m.row)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}
