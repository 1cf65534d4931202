//! What the user can ask for. Keys map to these through the keymap; mouse and
//! terminal events are separate messages.

/// A command bound to a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    NextPane,
    PrevPane,
    OpenRoadmap(u8),
    GoOverview,
    GoDocument,
    GoStakeholders,
    GoSwot,
    GoMatrix,
    GoFigures,
    FocusLeft,
    FocusRight,
    FocusUp,
    FocusDown,
    Zoom,
    CycleSort,
    ReverseSort,
    /// Start typing a filter on a table.
    Filter,
    /// The search overlay, over the whole document.
    OpenSearch,
    /// Delete the last character typed.
    DeleteChar,
    /// Delete everything typed.
    ClearInput,
    /// Choose the kind of organisation a table shows, from a list.
    PickKind,
    /// Choose the roadmap a table shows, from a list.
    PickRoadmap,
    /// The next heading of a long page, and the one before.
    NextHeading,
    PrevHeading,
    ToggleHelp,
    ToggleMouse,
    ToggleLang,
    CycleTheme,
    /// The list of every problem of a reload that failed.
    ShowProblems,
    /// Presentation mode on or off.
    TogglePresent,
    NextSlide,
    PrevSlide,
    /// The list of the slides, to jump to one.
    Agenda,
    /// A blank screen until the next key, as presentation software does.
    Blank,
    /// Shows where the audience can follow along, with its QR code.
    Share,
    /// A digit of a roadmap number, to jump to its slide.
    Digit(u8),
    /// Give the terminal back and stop, as Ctrl-Z does in a shell; `fg` resumes.
    Suspend,
    /// Copy the selected item's text to the system clipboard.
    Copy,
    /// Open the selected web link in the browser.
    OpenLink,
}

/// Everything `update` reacts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Action(Action),
    /// A left click at a terminal cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The wheel turned over a cell: positive is down.
    Scroll {
        column: u16,
        row: u16,
        lines: i8,
    },
    Resize {
        width: u16,
        height: u16,
    },
    /// A character typed into a text field (a filter, the search).
    Input(char),
    /// Text pasted (bracketed paste): typed into the text field being edited, as text
    /// and never as keys; ignored elsewhere.
    Paste(String),
}
