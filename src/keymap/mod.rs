//! The one table of key bindings. The key handler, the footer hints, the help
//! overlay and every key named on screen read it; the words of each binding are in
//! the language tables ([`crate::words`]).

use crossterm::event::{KeyCode, KeyModifiers};

use crate::action::Action;
use crate::words::{Lang, Words};

pub mod custom;
mod lookup;
mod scope;

pub use lookup::{
    bindings_for, chain, help_entries, hint_for, hints, key_for, key_label, keys_label, lookup,
    message, say,
};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Overview,
    Document,
    Roadmap,
    Area,
    Stakeholders,
    Stakeholder,
    Swot,
    SwotZoom,
    Matrix,
    Figures,
    /// Typing a table's filter.
    Filter,
    /// Choosing a table's kind or roadmap from a list: typed characters jump to
    /// an option, except the list's own keys (j, k).
    Picker,
    /// Presentation mode.
    Present,
    /// The search overlay.
    Search,
    Help,
    /// The list of problems of a reload that failed.
    Problems,
}

impl Context {
    /// Every context, `Global` first.
    pub const ALL: [Self; 17] = [
        Self::Global,
        Self::Overview,
        Self::Document,
        Self::Roadmap,
        Self::Area,
        Self::Stakeholders,
        Self::Stakeholder,
        Self::Swot,
        Self::SwotZoom,
        Self::Matrix,
        Self::Figures,
        Self::Filter,
        Self::Picker,
        Self::Present,
        Self::Search,
        Self::Help,
        Self::Problems,
    ];

    /// Whether printable characters are typed here rather than looked up.
    pub fn takes_text(self) -> bool {
        matches!(self, Self::Filter | Self::Search | Self::Picker)
    }

    /// The context's name, as the help overlay heads its keys.
    pub fn name(self, lang: Lang) -> &'static str {
        let w = &lang.words().contexts;
        match self {
            Self::Global => w.global,
            Self::Overview => w.overview,
            Self::Document => w.document,
            Self::Roadmap => w.roadmap,
            Self::Area => w.area,
            Self::Stakeholders => w.stakeholders,
            Self::Stakeholder => w.stakeholder,
            Self::Swot => w.swot,
            Self::SwotZoom => w.swot_zoom,
            Self::Matrix => w.matrix,
            Self::Figures => w.figures,
            Self::Filter => w.filter,
            Self::Picker => w.picker,
            Self::Present => w.present,
            Self::Search => w.search,
            Self::Help => w.help,
            Self::Problems => w.problems,
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        mods: KeyModifiers::CONTROL,
    }
}

/// A binding's words, looked up in the language's table.
pub type Say = fn(&Words) -> &'static str;

/// One row of the table.
#[derive(Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// The help line; none for bindings another line already explains, which
    /// the help overlay leaves out.
    pub help: Option<Say>,
    /// A short footer hint, when the binding deserves one.
    pub hint: Option<Say>,
}

impl Binding {
    /// The help line in `lang`.
    pub fn help(&self, lang: Lang) -> Option<&'static str> {
        self.help.map(|say| say(lang.words()))
    }

    /// The footer hint in `lang`.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        self.hint.map(|say| say(lang.words()))
    }
}

/// `bind!(context, [keys], action, help, hint)`: help and hint name fields of
/// `Words::keys` and `Words::hints`; `-` for help leaves the binding out of the help.
macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $action:ident $(($n:literal))?, -) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], action: Action::$action $(($n))?, help: None, hint: None }
    };
    ($ctx:ident, [$($key:expr),+], $action:ident $(($n:literal))?, $help:ident) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], action: Action::$action $(($n))?, help: Some(|w| w.keys.$help), hint: None }
    };
    ($ctx:ident, [$($key:expr),+], $action:ident $(($n:literal))?, $help:ident, $hint:ident) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], action: Action::$action $(($n))?, help: Some(|w| w.keys.$help), hint: Some(|w| w.hints.$hint) }
    };
}

use KeyCode::{
    BackTab, Backspace, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// Every binding of the program: everywhere first, then each screen, overlays
/// last. Within a context the first binding of a key wins, and the help lists
/// the bindings in this order.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // context          keys                                                   action            help              footer hint
    bind!(Global,       [c('q'), ctrl('c')],                                   Quit,             quit,             quit),
    bind!(Global,       [k(Esc), k(Backspace)],                                Back,             back,             back),
    bind!(Global,       [c('k'), k(Up)],                                       Up,               up),
    bind!(Global,       [c('j'), k(Down)],                                     Down,             down),
    bind!(Global,       [k(PageUp), ctrl('b')],                                PageUp,           page_up),
    bind!(Global,       [k(PageDown), ctrl('f')],                              PageDown,         page_down),
    bind!(Global,       [c('g'), k(Home)],                                     Top,              top),
    bind!(Global,       [c('G'), k(End)],                                      Bottom,           bottom),
    bind!(Global,       [k(Enter)],                                            Open,             open,             open),
    bind!(Global,       [k(Tab)],                                              NextPane,         next_pane),
    bind!(Global,       [k(BackTab)],                                          PrevPane,         prev_pane),
    bind!(Global,       [c('1')],                                              OpenRoadmap(1),   open_roadmap),
    bind!(Global,       [c('2')],                                              OpenRoadmap(2),   -),
    bind!(Global,       [c('3')],                                              OpenRoadmap(3),   -),
    bind!(Global,       [c('4')],                                              OpenRoadmap(4),   -),
    bind!(Global,       [c('5')],                                              OpenRoadmap(5),   -),
    bind!(Global,       [c('6')],                                              OpenRoadmap(6),   -),
    bind!(Global,       [c('7')],                                              OpenRoadmap(7),   -),
    bind!(Global,       [c('8')],                                              OpenRoadmap(8),   -),
    bind!(Global,       [c('9')],                                              OpenRoadmap(9),   -),
    bind!(Global,       [c('o')],                                              GoOverview,       go_overview),
    bind!(Global,       [c('d')],                                              GoDocument,       go_document,      document),
    bind!(Global,       [c('s')],                                              GoStakeholders,   go_stakeholders,  stakeholders),
    bind!(Global,       [c('?'), k(F(1))],                                     ToggleHelp,       toggle_help,      help),
    bind!(Global,       [c('m')],                                              ToggleMouse,      toggle_mouse),
    bind!(Global,       [c('L')],                                              ToggleLang,       toggle_lang),
    bind!(Global,       [c('/')],                                              OpenSearch,       open_search,      search),
    bind!(Global,       [c('p')],                                              TogglePresent,    toggle_present,   present),
    bind!(Global,       [c('t')],                                              CycleTheme,       cycle_theme),
    bind!(Global,       [c('e')],                                              ShowProblems,     show_problems),
    bind!(Global,       [c('w')],                                              GoSwot,           go_swot,          swot),
    bind!(Global,       [c('x')],                                              GoMatrix,         go_matrix),
    bind!(Global,       [c('c')],                                              GoFigures,        go_figures),
    bind!(Global,       [ctrl('z')],                                           Suspend,          suspend),
    bind!(Global,       [c('y')],                                              Copy,             copy),
    bind!(Global,       [c('O')],                                              OpenLink,         open_link),

    bind!(Overview,     [c('f')],                                              Filter,           filter_table,     filter),
    bind!(Overview,     [c('S')],                                              CycleSort,        sort_next_column, sort),
    bind!(Overview,     [c('r')],                                              ReverseSort,      reverse_sort),

    bind!(Document,     [c(']')],                                              NextHeading,      next_heading,     section),
    bind!(Document,     [c('[')],                                              PrevHeading,      prev_heading),

    bind!(Roadmap,      [c('h'), k(Left)],                                     PrevPane,         sections_pane),
    bind!(Roadmap,      [c('l'), k(Right)],                                    NextPane,         content_pane),

    bind!(Swot,         [c('h'), k(Left)],                                     FocusLeft,        quadrant_left),
    bind!(Swot,         [c('l'), k(Right)],                                    FocusRight,       quadrant_right),
    bind!(Swot,         [c('k'), k(Up)],                                       FocusUp,          quadrant_up),
    bind!(Swot,         [c('j'), k(Down)],                                     FocusDown,        quadrant_down),
    bind!(Swot,         [c('z'), k(Enter)],                                    Zoom,             zoom,             zoom),

    bind!(SwotZoom,     [c('h'), k(Left)],                                     PrevPane,         prev_quadrant),
    bind!(SwotZoom,     [c('l'), k(Right)],                                    NextPane,         next_quadrant),
    bind!(SwotZoom,     [c('z'), k(Enter)],                                    Zoom,             unzoom,           grid),

    bind!(Matrix,       [c('h'), k(Left)],                                     FocusLeft,        column_left),
    bind!(Matrix,       [k(Right), c('l')],                                    FocusRight,       column_right,     column),
    bind!(Matrix,       [c('S')],                                              CycleSort,        matrix_sort,      sort),
    bind!(Matrix,       [c('r')],                                              ReverseSort,      reverse_sort),
    bind!(Matrix,       [c('f')],                                              Filter,           filter_by_name,   filter),

    bind!(Figures,      [c('h'), k(Left)],                                     PrevPane,         prev_chart),
    bind!(Figures,      [k(Right), c('l')],                                    NextPane,         next_chart,       chart),

    bind!(Stakeholders, [c('f')],                                              Filter,           filter_by_name,   filter),
    bind!(Stakeholders, [c('K')],                                              PickKind,         pick_kind),
    bind!(Stakeholders, [c('R')],                                              PickRoadmap,      pick_roadmap),
    bind!(Stakeholders, [c('S')],                                              CycleSort,        sort_next_column, sort),
    bind!(Stakeholders, [c('r')],                                              ReverseSort,      reverse_sort),

    bind!(Filter,       [k(Enter)],                                            Open,             filter_keep,      keep),
    bind!(Filter,       [k(Esc)],                                              Back,             filter_drop,      drop),
    bind!(Filter,       [k(Backspace)],                                        DeleteChar,       delete_char),
    bind!(Filter,       [ctrl('u')],                                           ClearInput,       filter_clear),

    bind!(Picker,       [c('k'), k(Up)],                                       Up,               up),
    bind!(Picker,       [c('j'), k(Down)],                                     Down,             down),
    bind!(Picker,       [k(Enter)],                                            Open,             picker_choose,    choose),
    bind!(Picker,       [k(Esc)],                                              Back,             picker_cancel,    cancel),
    bind!(Picker,       [k(Backspace)],                                        DeleteChar,       delete_char),

    bind!(Search,       [k(Enter)],                                            Open,             search_open,      go),
    bind!(Search,       [k(Esc)],                                              Back,             search_close,     close),
    bind!(Search,       [k(Backspace)],                                        DeleteChar,       delete_char),
    bind!(Search,       [ctrl('u')],                                           ClearInput,       search_clear),
    bind!(Search,       [ctrl('y')],                                           Copy,             search_copy),

    bind!(Present,      [k(Right), c(' '), k(PageDown), c('l'), c('j'), k(Down)],  NextSlide,    next_slide,       next),
    bind!(Present,      [k(Left), k(PageUp), k(Backspace), c('h'), c('k'), k(Up)], PrevSlide,    prev_slide,       back),
    bind!(Present,      [k(Home), c('g')],                                     Top,              first_slide),
    bind!(Present,      [k(End), c('G')],                                      Bottom,           last_slide),
    bind!(Present,      [c('0'), c('1'), c('2'), c('3'), c('4'), c('5'), c('6'), c('7'), c('8'), c('9')], Digit(0), slide_number),
    bind!(Present,      [c('a'), k(Tab)],                                      Agenda,           agenda),
    bind!(Present,      [c('b'), c('.')],                                      Blank,            blank),
    bind!(Present,      [c('@')],                                              Share,            share),
    bind!(Present,      [k(Enter)],                                            Open,             open_slide,       open),
    bind!(Present,      [k(Esc)],                                              Back,             leave_present),
    bind!(Present,      [c('p')],                                              TogglePresent,    leave_present,    leave),
];

/// Lists one of every action and checks the list: the `match` has no wildcard, so
/// a new `Action` does not compile until it is listed here.
macro_rules! every_action {
    ($($action:ident $(($n:literal))?),+ $(,)?) => {
        /// Every action, one of each kind (a digit or a roadmap number stands for all
        /// of them), for the completeness test and the property tests.
        pub const ALL_ACTIONS: &[Action] = &[$(Action::$action $(($n))?),+];

        const _: fn(Action) = |action| match action {
            $(Action::$action { .. } => {})+
        };
    };
}

every_action! {
    Quit, Back, Up, Down, PageUp, PageDown, Top, Bottom, Open, NextPane, PrevPane,
    OpenRoadmap(1), GoOverview, GoDocument, GoStakeholders, GoSwot, GoMatrix, GoFigures,
    FocusLeft, FocusRight, FocusUp, FocusDown, Zoom, CycleSort, ReverseSort, Filter, OpenSearch,
    DeleteChar, ClearInput, PickKind, PickRoadmap, NextHeading, PrevHeading, ToggleHelp, ToggleMouse, ToggleLang,
    CycleTheme, ShowProblems, TogglePresent, NextSlide, PrevSlide, Agenda, Blank, Share, Digit(0), Suspend,
    Copy, OpenLink,
}

#[cfg(test)]
mod tests;
