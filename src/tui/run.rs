//! The event loop: the only place with terminal I/O.

use super::{Action, App, action_for_key, render, update};
use crate::corpus::Corpus;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use crossterm::execute;
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the loop wakes with no input, to notice SIGTERM.
const POLL: Duration = Duration::from_millis(200);

/// Run the app full-screen until the user quits. The terminal is restored on quit, on
/// error, on panic (the report printed after the restore) and on SIGTERM or SIGHUP.
pub fn run(corpus: Corpus, no_color: bool) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let result = execute!(io::stdout(), EnableMouseCapture).and_then(|_| {
        let size = terminal.size()?;
        let mut app = App::new(corpus, size.width, size.height, no_color);
        event_loop(&mut terminal, &mut app, &stop)
    });
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    stop: &AtomicBool,
) -> io::Result<()> {
    terminal.draw(|f| render(app, f))?;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if !event::poll(POLL)? {
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
