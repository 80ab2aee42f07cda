/// Everything the user can ask for. Keys and mouse events become these; `update` applies them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Show or hide the help screen.
    ToggleHelp,
    /// Close the overlay, else clear the search, else clear the filters.
    Escape,
    /// Move down one row (timeline, people) or scroll down one line (article).
    Down,
    /// Move up one row or scroll up one line.
    Up,
    /// Half a page down.
    HalfPageDown,
    /// Half a page up.
    HalfPageUp,
    /// A page down.
    PageDown,
    /// A page up.
    PageUp,
    /// To the first row, or the top of the article.
    Top,
    /// To the last row, or the end of the article.
    Bottom,
    /// To the first entry of the previous month.
    PrevMonth,
    /// To the first entry of the next month.
    NextMonth,
    /// To the first entry of the previous year.
    PrevYear,
    /// To the first entry of the next year.
    NextYear,
    /// Ask for a date to jump to (`2024`, `2024-08`, `2024-08-20`).
    StartJump,
    /// Focus the article pane.
    FocusArticle,
    /// Open the search line.
    StartSearch,
    /// The next search match.
    NextMatch,
    /// The previous search match.
    PrevMatch,
    /// Cycle the tag filter: all, then each topic.
    CycleTag,
    /// Hide or show the dated mentions.
    ToggleMentions,
    /// Reverse the timeline order.
    ReverseOrder,
    /// Copy the article (headline, date, place, body) to the clipboard (OSC 52).
    Copy,
    /// The next timeline entry, staying in the article pane.
    NextEntry,
    /// The previous timeline entry, staying in the article pane.
    PrevEntry,
    /// Filter the timeline to entries mentioning the selected person.
    FilterPerson,
    /// Show the people pane instead of the article (narrow terminals).
    TogglePeople,
    /// Best match first, or date order, while searching.
    ToggleRanking,
    /// Type a character into the input line.
    Input(char),
    /// Delete the character before the cursor.
    InputBackspace,
    /// Delete the word before the cursor.
    InputDeleteWord,
    /// Clear the input line.
    InputClear,
    /// Accept the input line.
    InputSubmit,
    /// Abandon the input line.
    InputCancel,
    /// A mouse click at a column and row.
    Click(u16, u16),
    /// The wheel scrolled down over a column and row.
    WheelDown(u16, u16),
    /// The wheel scrolled up over a column and row.
    WheelUp(u16, u16),
    /// The terminal was resized to a width and height.
    Resize(u16, u16),
}
