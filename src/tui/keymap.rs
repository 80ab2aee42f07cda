//! The one table of keys: `action_for_key` reads it, and the help screen and the footer hints
//! are built from it, so they cannot drift from what the keys do.

use super::Action;
use super::app::{Focus, Mode};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Timeline,
    Article,
    People,
    /// The search and jump input lines.
    Input,
    Help,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Anywhere",
            Context::Timeline => "Timeline",
            Context::Article => "Article",
            Context::People => "People",
            Context::Input => "Search and jump lines",
            Context::Help => "Help",
        }
    }
}

/// One key: a code and whether Ctrl is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}
const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

impl Key {
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// A row of the key table.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Shown in the footer when its context is active.
    pub hint: Option<&'static str>,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint,
    }
}

use Context::*;
static BINDINGS: &[Binding] = &[
    bind(
        Global,
        &[k('q'), ctrl('c')],
        Action::Quit,
        "quit",
        Some("quit"),
    ),
    bind(
        Global,
        &[k('?')],
        Action::ToggleHelp,
        "help: every key",
        Some("help"),
    ),
    bind(
        Global,
        &[code(KeyCode::Tab)],
        Action::FocusNext,
        "focus the next pane",
        Some("pane"),
    ),
    bind(
        Global,
        &[code(KeyCode::BackTab)],
        Action::FocusPrev,
        "focus the previous pane",
        None,
    ),
    bind(
        Global,
        &[code(KeyCode::Esc)],
        Action::Escape,
        "close overlay, else clear search, else clear filters",
        None,
    ),
    bind(
        Global,
        &[k('/')],
        Action::StartSearch,
        "search (filters as you type)",
        Some("search"),
    ),
    bind(
        Global,
        &[k('p')],
        Action::TogglePeople,
        "people pane in place of the article (narrow terminals)",
        None,
    ),
    bind(
        Timeline,
        &[k('j'), code(KeyCode::Down)],
        Action::Down,
        "next entry",
        Some("move"),
    ),
    bind(
        Timeline,
        &[k('k'), code(KeyCode::Up)],
        Action::Up,
        "previous entry",
        None,
    ),
    bind(
        Timeline,
        &[ctrl('d')],
        Action::HalfPageDown,
        "half a page down",
        None,
    ),
    bind(
        Timeline,
        &[ctrl('u')],
        Action::HalfPageUp,
        "half a page up",
        None,
    ),
    bind(
        Timeline,
        &[code(KeyCode::PageDown), k(' ')],
        Action::PageDown,
        "a page down",
        None,
    ),
    bind(
        Timeline,
        &[code(KeyCode::PageUp)],
        Action::PageUp,
        "a page up",
        None,
    ),
    bind(
        Timeline,
        &[k('g'), code(KeyCode::Home)],
        Action::Top,
        "first entry",
        None,
    ),
    bind(
        Timeline,
        &[k('G'), code(KeyCode::End)],
        Action::Bottom,
        "last entry",
        None,
    ),
    bind(
        Timeline,
        &[k('[')],
        Action::PrevMonth,
        "previous month",
        None,
    ),
    bind(
        Timeline,
        &[k(']')],
        Action::NextMonth,
        "next month",
        Some("month"),
    ),
    bind(Timeline, &[k('{')], Action::PrevYear, "previous year", None),
    bind(Timeline, &[k('}')], Action::NextYear, "next year", None),
    bind(
        Timeline,
        &[k(':')],
        Action::StartJump,
        "jump to a date (2024, 2024-08, 2024-08-20)",
        Some("date"),
    ),
    bind(
        Timeline,
        &[code(KeyCode::Enter)],
        Action::FocusArticle,
        "read the article",
        Some("read"),
    ),
    bind(Timeline, &[k('n')], Action::NextMatch, "next match", None),
    bind(
        Timeline,
        &[k('N')],
        Action::PrevMatch,
        "previous match",
        None,
    ),
    bind(
        Timeline,
        &[k('t')],
        Action::CycleTag,
        "cycle the tag filter",
        Some("tag"),
    ),
    bind(
        Timeline,
        &[k('m')],
        Action::ToggleMentions,
        "hide or show dated mentions",
        Some("mentions"),
    ),
    bind(
        Timeline,
        &[k('o')],
        Action::ReverseOrder,
        "reverse the order",
        None,
    ),
    bind(
        Timeline,
        &[k('y')],
        Action::Copy,
        "copy the article (OSC 52)",
        None,
    ),
    bind(
        Article,
        &[k('j'), code(KeyCode::Down)],
        Action::Down,
        "scroll down",
        Some("scroll"),
    ),
    bind(
        Article,
        &[k('k'), code(KeyCode::Up)],
        Action::Up,
        "scroll up",
        None,
    ),
    bind(
        Article,
        &[code(KeyCode::PageDown), k(' '), ctrl('d')],
        Action::PageDown,
        "a page down",
        None,
    ),
    bind(
        Article,
        &[code(KeyCode::PageUp), ctrl('u')],
        Action::PageUp,
        "a page up",
        None,
    ),
    bind(
        Article,
        &[k('g'), code(KeyCode::Home)],
        Action::Top,
        "top",
        None,
    ),
    bind(
        Article,
        &[k('G'), code(KeyCode::End)],
        Action::Bottom,
        "end",
        None,
    ),
    bind(
        Article,
        &[k('J')],
        Action::NextEntry,
        "next entry",
        Some("next"),
    ),
    bind(
        Article,
        &[k('K')],
        Action::PrevEntry,
        "previous entry",
        None,
    ),
    bind(
        Article,
        &[k('y')],
        Action::Copy,
        "copy the article (OSC 52)",
        None,
    ),
    bind(
        People,
        &[k('j'), code(KeyCode::Down)],
        Action::Down,
        "next person",
        Some("move"),
    ),
    bind(
        People,
        &[k('k'), code(KeyCode::Up)],
        Action::Up,
        "previous person",
        None,
    ),
    bind(
        People,
        &[code(KeyCode::Enter)],
        Action::FilterPerson,
        "only entries mentioning this person",
        Some("filter"),
    ),
    bind(
        Input,
        &[code(KeyCode::Enter)],
        Action::InputSubmit,
        "keep the result",
        Some("keep"),
    ),
    bind(
        Input,
        &[code(KeyCode::Esc)],
        Action::InputCancel,
        "cancel",
        Some("cancel"),
    ),
    bind(
        Input,
        &[ctrl('s')],
        Action::ToggleRanking,
        "best match first / date order",
        Some("rank"),
    ),
    bind(
        Input,
        &[code(KeyCode::Backspace)],
        Action::InputBackspace,
        "delete a character",
        None,
    ),
    bind(
        Input,
        &[ctrl('w')],
        Action::InputDeleteWord,
        "delete a word",
        None,
    ),
    bind(
        Input,
        &[ctrl('u')],
        Action::InputClear,
        "clear the line",
        None,
    ),
    bind(
        Help,
        &[code(KeyCode::Esc), k('?'), k('q')],
        Action::ToggleHelp,
        "close help",
        Some("close"),
    ),
    bind(
        Help,
        &[k('j'), code(KeyCode::Down)],
        Action::Down,
        "scroll down",
        None,
    ),
    bind(
        Help,
        &[k('k'), code(KeyCode::Up)],
        Action::Up,
        "scroll up",
        None,
    ),
];

/// The whole key table.
pub fn bindings() -> &'static [Binding] {
    BINDINGS
}

/// The contexts that apply, most specific first.
pub fn contexts(mode: &Mode, focus: Focus) -> &'static [Context] {
    match mode {
        Mode::Help => &[Context::Help],
        Mode::Search | Mode::Jump => &[Context::Input],
        Mode::Normal => match focus {
            Focus::Timeline => &[Context::Timeline, Context::Global],
            Focus::Article => &[Context::Article, Context::Global],
            Focus::People => &[Context::People, Context::Global],
        },
    }
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let code_matches = match (key.code, event.code) {
        // Letters arrive as the character typed; Shift is already in the case.
        (KeyCode::Char(a), KeyCode::Char(b)) => a == b || (ctrl && a.eq_ignore_ascii_case(&b)),
        (a, b) => a == b,
    };
    code_matches && key.ctrl == ctrl
}

/// The action for a key press in this mode and focus, if any. Pure.
pub fn action_for_key(event: &KeyEvent, mode: &Mode, focus: Focus) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctxs = contexts(mode, focus);
    let bound = ctxs.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .filter(|b| b.context == *ctx)
            .find(|b| b.keys.iter().any(|key| matches(key, event)))
            .map(|b| b.action)
    });
    if bound.is_some() {
        return bound;
    }
    let ctrl_or_alt = event
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match (mode, event.code) {
        (Mode::Search | Mode::Jump, KeyCode::Char(c)) if !ctrl_or_alt => Some(Action::Input(c)),
        (Mode::Search | Mode::Jump, KeyCode::Char('c')) if ctrl_or_alt => Some(Action::Quit),
        (Mode::Help, KeyCode::Char('c')) if ctrl_or_alt => Some(Action::Quit),
        _ => None,
    }
}

/// The footer hints for this mode and focus: `key label` pairs, from the table.
pub fn hints(mode: &Mode, focus: Focus) -> Vec<(String, &'static str)> {
    // Global hints first: they matter most and narrow terminals cut from the end.
    let mut ctxs = contexts(mode, focus).to_vec();
    ctxs.reverse();
    ctxs.iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == *ctx))
        .filter_map(|b| {
            let hint = b.hint?;
            let keys: Vec<String> = b.keys.iter().map(Key::label).collect();
            let keys = if b.action == Action::Down && b.keys.len() > 1 {
                "j/k".to_string()
            } else {
                keys.first().cloned().unwrap_or_default()
            };
            Some((keys, hint))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }
    fn ctrl_press(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }
    fn normal(focus: Focus, ev: KeyEvent) -> Option<Action> {
        action_for_key(&ev, &Mode::Normal, focus)
    }

    #[test]
    fn timeline_keys() {
        let t = Focus::Timeline;
        let cases = [
            (press(KeyCode::Char('j')), Action::Down),
            (press(KeyCode::Down), Action::Down),
            (press(KeyCode::Char('k')), Action::Up),
            (ctrl_press('d'), Action::HalfPageDown),
            (ctrl_press('u'), Action::HalfPageUp),
            (press(KeyCode::PageDown), Action::PageDown),
            (press(KeyCode::Char(' ')), Action::PageDown),
            (press(KeyCode::Char('g')), Action::Top),
            (press(KeyCode::Home), Action::Top),
            (
                KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT),
                Action::Bottom,
            ),
            (press(KeyCode::End), Action::Bottom),
            (press(KeyCode::Char('[')), Action::PrevMonth),
            (press(KeyCode::Char(']')), Action::NextMonth),
            (press(KeyCode::Char('{')), Action::PrevYear),
            (press(KeyCode::Char('}')), Action::NextYear),
            (press(KeyCode::Char(':')), Action::StartJump),
            (press(KeyCode::Enter), Action::FocusArticle),
            (press(KeyCode::Char('/')), Action::StartSearch),
            (press(KeyCode::Char('n')), Action::NextMatch),
            (press(KeyCode::Char('N')), Action::PrevMatch),
            (press(KeyCode::Char('t')), Action::CycleTag),
            (press(KeyCode::Char('m')), Action::ToggleMentions),
            (press(KeyCode::Char('o')), Action::ReverseOrder),
            (press(KeyCode::Char('y')), Action::Copy),
            (press(KeyCode::Char('q')), Action::Quit),
            (ctrl_press('c'), Action::Quit),
            (press(KeyCode::Char('?')), Action::ToggleHelp),
            (press(KeyCode::Tab), Action::FocusNext),
            (press(KeyCode::BackTab), Action::FocusPrev),
            (press(KeyCode::Esc), Action::Escape),
        ];
        for (ev, want) in cases {
            assert_eq!(normal(t, ev), Some(want), "{ev:?}");
        }
        assert_eq!(normal(t, press(KeyCode::Char('z'))), None);
    }

    #[test]
    fn article_and_people_keys() {
        let a = Focus::Article;
        assert_eq!(normal(a, press(KeyCode::Char('j'))), Some(Action::Down));
        assert_eq!(
            normal(a, press(KeyCode::Char('J'))),
            Some(Action::NextEntry)
        );
        assert_eq!(
            normal(a, press(KeyCode::Char('K'))),
            Some(Action::PrevEntry)
        );
        assert_eq!(normal(a, press(KeyCode::Char(' '))), Some(Action::PageDown));
        assert_eq!(normal(a, press(KeyCode::Char('G'))), Some(Action::Bottom));
        let p = Focus::People;
        assert_eq!(normal(p, press(KeyCode::Enter)), Some(Action::FilterPerson));
        assert_eq!(normal(p, press(KeyCode::Esc)), Some(Action::Escape));
        assert_eq!(normal(p, press(KeyCode::Char('k'))), Some(Action::Up));
    }

    #[test]
    fn input_mode_types_letters() {
        let m = Mode::Search;
        let f = Focus::Timeline;
        assert_eq!(
            action_for_key(&press(KeyCode::Char('q')), &m, f),
            Some(Action::Input('q'))
        );
        assert_eq!(
            action_for_key(&press(KeyCode::Char('j')), &m, f),
            Some(Action::Input('j'))
        );
        assert_eq!(
            action_for_key(&press(KeyCode::Enter), &m, f),
            Some(Action::InputSubmit)
        );
        assert_eq!(
            action_for_key(&press(KeyCode::Esc), &m, f),
            Some(Action::InputCancel)
        );
        assert_eq!(
            action_for_key(&ctrl_press('s'), &m, f),
            Some(Action::ToggleRanking)
        );
        assert_eq!(
            action_for_key(&ctrl_press('w'), &m, f),
            Some(Action::InputDeleteWord)
        );
        assert_eq!(action_for_key(&ctrl_press('c'), &m, f), Some(Action::Quit));
        assert_eq!(
            action_for_key(&press(KeyCode::Backspace), &m, f),
            Some(Action::InputBackspace)
        );
    }

    #[test]
    fn releases_are_ignored() {
        let mut ev = press(KeyCode::Char('j'));
        ev.kind = KeyEventKind::Release;
        assert_eq!(normal(Focus::Timeline, ev), None);
    }

    #[test]
    fn help_keys_close() {
        for c in ['?', 'q'] {
            assert_eq!(
                action_for_key(&press(KeyCode::Char(c)), &Mode::Help, Focus::Timeline),
                Some(Action::ToggleHelp)
            );
        }
    }

    #[test]
    fn hints_come_from_the_table() {
        let h = hints(&Mode::Normal, Focus::Timeline);
        assert!(h.contains(&("j/k".to_string(), "move")));
        assert!(h.contains(&("/".to_string(), "search")));
        assert!(h.contains(&("q".to_string(), "quit")));
        for (_, label) in &h {
            assert!(BINDINGS.iter().any(|b| b.hint == Some(label)));
        }
    }

    #[test]
    fn every_action_reachable_by_a_key_is_documented() {
        for b in BINDINGS {
            assert!(!b.help.is_empty() && !b.keys.is_empty());
        }
    }
}
