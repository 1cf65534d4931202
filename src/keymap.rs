//! The one table of key bindings. The key handler, the footer hints and the help
//! overlay all read it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::{Action, Msg};
use crate::model::Lang;

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
    /// Presentation mode.
    Present,
    /// The search overlay.
    Search,
    Help,
}

impl Context {
    /// Whether printable characters are typed here rather than looked up.
    pub fn takes_text(self) -> bool {
        matches!(self, Self::Filter | Self::Search)
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

/// One row of the table.
#[derive(Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// Help text (Italian, English).
    pub help: (&'static str, &'static str),
    /// A short footer hint, when the binding deserves one.
    pub hint: Option<(&'static str, &'static str)>,
    /// Listed in the help overlay (false for bindings another line already explains).
    pub listed: bool,
}

macro_rules! bind {
    ($ctx:ident, [$($key:expr),+], $action:expr, $it:literal, $en:literal) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], action: $action, help: ($it, $en), hint: None, listed: true }
    };
    ($ctx:ident, [$($key:expr),+], $action:expr, $it:literal, $en:literal, unlisted) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], action: $action, help: ($it, $en), hint: None, listed: false }
    };
    ($ctx:ident, [$($key:expr),+], $action:expr, $it:literal, $en:literal, hint: $hit:literal, $hen:literal) => {
        Binding { context: Context::$ctx, keys: &[$($key),+], action: $action, help: ($it, $en), hint: Some(($hit, $hen)), listed: true }
    };
}

use Action as A;
use KeyCode as K;

/// Every binding of the program.
pub static BINDINGS: &[Binding] = &[
    bind!(Global, [c('q'), ctrl('c')], A::Quit, "Esci", "Quit", hint: "esci", "quit"),
    bind!(Global, [k(K::Esc), k(K::Backspace)], A::Back, "Torna indietro", "Go back", hint: "indietro", "back"),
    bind!(Global, [c('k'), k(K::Up)], A::Up, "Su", "Up"),
    bind!(Global, [c('j'), k(K::Down)], A::Down, "Giù", "Down"),
    bind!(
        Global,
        [k(K::PageUp), ctrl('b')],
        A::PageUp,
        "Pagina su",
        "Page up"
    ),
    bind!(
        Global,
        [k(K::PageDown), ctrl('f')],
        A::PageDown,
        "Pagina giù",
        "Page down"
    ),
    bind!(Global, [c('g'), k(K::Home)], A::Top, "Inizio", "First item"),
    bind!(Global, [c('G'), k(K::End)], A::Bottom, "Fine", "Last item"),
    bind!(Global, [k(K::Enter)], A::Open, "Apri l’elemento selezionato", "Open the selected item", hint: "apri", "open"),
    bind!(
        Global,
        [k(K::Tab)],
        A::NextPane,
        "Riquadro successivo",
        "Next pane"
    ),
    bind!(
        Global,
        [k(K::BackTab)],
        A::PrevPane,
        "Riquadro precedente",
        "Previous pane"
    ),
    bind!(
        Global,
        [c('1')],
        A::OpenRoadmap(1),
        "Apri la roadmap 1 (1–9: roadmap N)",
        "Open roadmap 1 (1–9: roadmap N)"
    ),
    bind!(
        Global,
        [c('2')],
        A::OpenRoadmap(2),
        "Apri la roadmap 2",
        "Open roadmap 2",
        unlisted
    ),
    bind!(
        Global,
        [c('3')],
        A::OpenRoadmap(3),
        "Apri la roadmap 3",
        "Open roadmap 3",
        unlisted
    ),
    bind!(
        Global,
        [c('4')],
        A::OpenRoadmap(4),
        "Apri la roadmap 4",
        "Open roadmap 4",
        unlisted
    ),
    bind!(
        Global,
        [c('5')],
        A::OpenRoadmap(5),
        "Apri la roadmap 5",
        "Open roadmap 5",
        unlisted
    ),
    bind!(
        Global,
        [c('6')],
        A::OpenRoadmap(6),
        "Apri la roadmap 6",
        "Open roadmap 6",
        unlisted
    ),
    bind!(
        Global,
        [c('7')],
        A::OpenRoadmap(7),
        "Apri la roadmap 7",
        "Open roadmap 7",
        unlisted
    ),
    bind!(
        Global,
        [c('8')],
        A::OpenRoadmap(8),
        "Apri la roadmap 8",
        "Open roadmap 8",
        unlisted
    ),
    bind!(
        Global,
        [c('9')],
        A::OpenRoadmap(9),
        "Apri la roadmap 9",
        "Open roadmap 9",
        unlisted
    ),
    bind!(
        Global,
        [c('o')],
        A::GoOverview,
        "Vai alla panoramica",
        "Go to the overview"
    ),
    bind!(Global, [c('d')], A::GoDocument, "Il documento: premessa, posizionamento, priorità, fonti", "The document: preface, positioning, priorities, sources", hint: "documento", "document"),
    bind!(Global, [c('s')], A::GoStakeholders, "Vai alla tabella degli stakeholder", "Go to the stakeholder table", hint: "stakeholder", "stakeholders"),
    bind!(Global, [c('?'), k(K::F(1))], A::ToggleHelp, "Mostra o nascondi l’aiuto", "Show or hide help", hint: "aiuto", "help"),
    bind!(
        Global,
        [c('m')],
        A::ToggleMouse,
        "Mouse on/off (off: selezione del testo col terminale)",
        "Mouse on/off (off: select text with the terminal)"
    ),
    bind!(
        Global,
        [c('L')],
        A::ToggleLang,
        "Lingua: italiano / inglese",
        "Language: Italian / English"
    ),
    bind!(Global, [c('/')], A::OpenSearch, "Cerca in tutto il documento", "Search the whole document", hint: "cerca", "search"),
    bind!(Search, [k(K::Enter)], A::Open, "Vai al risultato scelto", "Go to the chosen result", hint: "vai", "go"),
    bind!(Search, [k(K::Esc)], A::Back, "Chiudi la ricerca", "Close the search", hint: "chiudi", "close"),
    bind!(
        Search,
        [k(K::Backspace)],
        A::DeleteChar,
        "Cancella l’ultimo carattere",
        "Delete the last character"
    ),
    bind!(
        Search,
        [ctrl('u')],
        A::ClearInput,
        "Cancella tutta la ricerca",
        "Clear the search"
    ),
    bind!(Global, [c('p')], A::TogglePresent, "Presentazione: slide per un pubblico (--present)", "Presentation: slides for an audience (--present)", hint: "presenta", "present"),
    bind!(Present, [k(K::Right), c(' '), k(K::PageDown), c('l'), c('j'), k(K::Down)], A::NextSlide, "Slide successiva", "Next slide", hint: "avanti", "next"),
    bind!(Present, [k(K::Left), k(K::PageUp), k(K::Backspace), c('h'), c('k'), k(K::Up)], A::PrevSlide, "Slide precedente", "Previous slide", hint: "indietro", "back"),
    bind!(
        Present,
        [k(K::Home), c('g')],
        A::Top,
        "Prima slide",
        "First slide"
    ),
    bind!(
        Present,
        [k(K::End), c('G')],
        A::Bottom,
        "Ultima slide",
        "Last slide"
    ),
    bind!(
        Present,
        [
            c('0'),
            c('1'),
            c('2'),
            c('3'),
            c('4'),
            c('5'),
            c('6'),
            c('7'),
            c('8'),
            c('9')
        ],
        A::Digit(0),
        "Numero di slide, poi Enter per andarci",
        "A slide number, then Enter to go there"
    ),
    bind!(Present, [k(K::Enter)], A::Open, "Apri la slide nel browser (p per tornare)", "Open the slide in the browser (p to come back)", hint: "apri", "open"),
    bind!(
        Present,
        [k(K::Esc)],
        A::Back,
        "Esci dalla presentazione",
        "Leave the presentation"
    ),
    bind!(Present, [c('p')], A::TogglePresent, "Esci dalla presentazione", "Leave the presentation", hint: "esci", "leave"),
    bind!(
        Global,
        [c('t')],
        A::CycleTheme,
        "Tema: scuro / chiaro (proiettori) / alto contrasto",
        "Theme: dark / light (projectors) / high contrast"
    ),
    bind!(
        Roadmap,
        [c('h'), k(K::Left)],
        A::PrevPane,
        "Riquadro delle sezioni",
        "Sections pane"
    ),
    bind!(
        Roadmap,
        [c('l'), k(K::Right)],
        A::NextPane,
        "Riquadro del contenuto",
        "Content pane"
    ),
    bind!(Global, [c('w')], A::GoSwot, "Vai alla SWOT del settore", "Go to the sector SWOT", hint: "SWOT", "SWOT"),
    bind!(
        Swot,
        [c('h'), k(K::Left)],
        A::FocusLeft,
        "Quadrante a sinistra",
        "Quadrant to the left"
    ),
    bind!(
        Swot,
        [c('l'), k(K::Right)],
        A::FocusRight,
        "Quadrante a destra",
        "Quadrant to the right"
    ),
    bind!(
        Swot,
        [c('k'), k(K::Up)],
        A::FocusUp,
        "Quadrante sopra",
        "Quadrant above"
    ),
    bind!(
        Swot,
        [c('j'), k(K::Down)],
        A::FocusDown,
        "Quadrante sotto",
        "Quadrant below"
    ),
    bind!(Swot, [c('z'), k(K::Enter)], A::Zoom, "Ingrandisci il quadrante", "Zoom the quadrant", hint: "zoom", "zoom"),
    bind!(
        SwotZoom,
        [c('h'), k(K::Left)],
        A::PrevPane,
        "Quadrante precedente",
        "Previous quadrant"
    ),
    bind!(
        SwotZoom,
        [c('l'), k(K::Right)],
        A::NextPane,
        "Quadrante successivo",
        "Next quadrant"
    ),
    bind!(SwotZoom, [c('z'), k(K::Enter)], A::Zoom, "Torna alla griglia", "Back to the grid", hint: "griglia", "grid"),
    bind!(
        Global,
        [c('x')],
        A::GoMatrix,
        "Matrice organizzazioni × roadmap: chi fa da ponte",
        "Organisation × roadmap matrix: who bridges roadmaps"
    ),
    bind!(
        Global,
        [c('c')],
        A::GoFigures,
        "Grafici: contributo UE, fatturato, addetti, investimenti",
        "Charts: EU contribution, turnover, employees, investments"
    ),
    bind!(
        Matrix,
        [c('h'), k(K::Left)],
        A::FocusLeft,
        "Colonna a sinistra",
        "Column to the left"
    ),
    bind!(Matrix, [k(K::Right), c('l')], A::FocusRight, "Colonna a destra", "Column to the right", hint: "colonna", "column"),
    bind!(Matrix, [c('S')], A::CycleSort, "Ordina: nome, numero di roadmap, poi ogni roadmap", "Sort: name, number of roadmaps, then each roadmap", hint: "ordina", "sort"),
    bind!(
        Matrix,
        [c('r')],
        A::ReverseSort,
        "Inverti l’ordine",
        "Reverse the order"
    ),
    bind!(
        Figures,
        [c('h'), k(K::Left)],
        A::PrevPane,
        "Grafico precedente",
        "Previous chart"
    ),
    bind!(Figures, [k(K::Right), c('l')], A::NextPane, "Grafico successivo (anche Tab)", "Next chart (Tab too)", hint: "grafico", "chart"),
    bind!(Overview, [c('f')], A::Filter, "Filtra la tabella scrivendo", "Filter the table by typing", hint: "filtra", "filter"),
    bind!(Overview, [c('S')], A::CycleSort, "Ordina per la colonna successiva", "Sort by the next column", hint: "ordina", "sort"),
    bind!(
        Overview,
        [c('r')],
        A::ReverseSort,
        "Inverti l’ordine",
        "Reverse the order"
    ),
    bind!(Stakeholders, [c('f')], A::Filter, "Filtra per nome o luogo scrivendo", "Filter by name or place by typing", hint: "filtra", "filter"),
    bind!(
        Stakeholders,
        [c('K')],
        A::CycleKind,
        "Solo un tipo di organizzazione (ciclo; Esc: tutti)",
        "Only one kind of organisation (cycles; Esc: all)"
    ),
    bind!(
        Stakeholders,
        [c('R')],
        A::CycleRoadmap,
        "Solo chi è in una roadmap (ciclo; Esc: tutte)",
        "Only those in one roadmap (cycles; Esc: all)"
    ),
    bind!(Matrix, [c('f')], A::Filter, "Filtra per nome o luogo scrivendo", "Filter by name or place by typing", hint: "filtra", "filter"),
    bind!(Filter, [k(K::Enter)], A::Open, "Conferma il filtro", "Keep the filter", hint: "conferma", "keep"),
    bind!(Filter, [k(K::Esc)], A::Back, "Annulla il filtro", "Drop the filter", hint: "annulla", "drop"),
    bind!(
        Filter,
        [k(K::Backspace)],
        A::DeleteChar,
        "Cancella l’ultimo carattere",
        "Delete the last character"
    ),
    bind!(
        Filter,
        [ctrl('u')],
        A::ClearInput,
        "Cancella tutto il testo",
        "Delete all the text"
    ),
    bind!(Stakeholders, [c('S')], A::CycleSort, "Ordina per la colonna successiva", "Sort by the next column", hint: "ordina", "sort"),
    bind!(
        Stakeholders,
        [c('r')],
        A::ReverseSort,
        "Inverti l’ordine",
        "Reverse the order"
    ),
];

/// Every action, for the completeness test and the help overlay.
pub const ALL_ACTIONS: &[Action] = &[
    A::Quit,
    A::Back,
    A::Up,
    A::Down,
    A::PageUp,
    A::PageDown,
    A::Top,
    A::Bottom,
    A::Open,
    A::NextPane,
    A::PrevPane,
    A::OpenRoadmap(1),
    A::GoOverview,
    A::GoDocument,
    A::GoStakeholders,
    A::GoSwot,
    A::GoMatrix,
    A::GoFigures,
    A::FocusLeft,
    A::FocusRight,
    A::FocusUp,
    A::FocusDown,
    A::Zoom,
    A::CycleSort,
    A::ReverseSort,
    A::Filter,
    A::OpenSearch,
    A::DeleteChar,
    A::ClearInput,
    A::CycleKind,
    A::CycleRoadmap,
    A::ToggleHelp,
    A::ToggleMouse,
    A::ToggleLang,
    A::CycleTheme,
    A::TogglePresent,
    A::NextSlide,
    A::PrevSlide,
    A::Digit(0),
];

/// Contexts consulted for a screen context, most specific first.
pub fn chain(context: Context) -> [Context; 2] {
    [context, Context::Global]
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    match (key.code, event.code) {
        // Shifted letters arrive as the upper-case char, with or without SHIFT.
        (KeyCode::Char(a), KeyCode::Char(b)) => a == b && key.mods == mods,
        (KeyCode::BackTab, KeyCode::BackTab) => true,
        (a, b) => a == b && key.mods == mods,
    }
}

/// A key that types its character where text is typed.
fn is_text(key: &Key) -> bool {
    matches!(key.code, KeyCode::Char(_)) && !key.mods.intersects(KeyModifiers::CONTROL)
}

/// Whether `b` is in force in `context`: where text is typed, global bindings of
/// plain characters give way to typing.
fn applies(b: &Binding, context: Context) -> bool {
    b.context == context
        || (b.context == Context::Global && !(context.takes_text() && b.keys.iter().all(is_text)))
}

/// The action bound to `event` in `context` (or globally).
pub fn lookup(context: Context, event: &KeyEvent) -> Option<Action> {
    bindings_for(context)
        .find(|b| b.keys.iter().any(|key| matches(key, event)))
        .map(|b| match (b.action, event.code) {
            // One binding covers the ten digits; the action carries the one pressed.
            (Action::Digit(_), KeyCode::Char(ch)) => {
                Action::Digit(ch.to_digit(10).map_or(0, |d| d as u8))
            }
            (action, _) => action,
        })
}

/// What a key press asks for in `context`: a bound action, or where text is typed,
/// the character itself.
pub fn message(context: Context, event: &KeyEvent) -> Option<Msg> {
    if context.takes_text()
        && let KeyCode::Char(ch) = event.code
        && !event
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Msg::Input(ch));
    }
    lookup(context, event).map(Msg::Action)
}

/// The bindings that apply in `context`, most specific first.
pub fn bindings_for(context: Context) -> impl Iterator<Item = &'static Binding> {
    chain(context).into_iter().flat_map(move |ctx| {
        BINDINGS
            .iter()
            .filter(move |b| b.context == ctx && applies(b, context))
    })
}

/// The bindings in force in `context` as help and hints show them: global ones
/// whose keys the screen has all taken over are left out.
fn shown(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own: Vec<Key> = BINDINGS
        .iter()
        .filter(|b| b.context == context)
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    bindings_for(context)
        .filter(move |b| b.context == context || !b.keys.iter().all(|k| own.contains(k)))
}

/// The bindings the help overlay lists for `context`.
pub fn help_entries(context: Context) -> Vec<&'static Binding> {
    shown(context).filter(|b| b.listed).collect()
}

/// How a key is written in help and hints.
pub fn key_label(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(ch) => ch.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
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
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// The keys of a binding that act in `context` (where text is typed, plain
/// characters are typed instead).
fn keys_in(b: &Binding, context: Context) -> impl Iterator<Item = &'static Key> {
    b.keys
        .iter()
        .filter(move |k| !(context.takes_text() && b.context == Context::Global && is_text(k)))
}

/// The keys of a binding that act in `context`: "j/↓".
pub fn keys_label(b: &Binding, context: Context) -> String {
    keys_in(b, context)
        .map(key_label)
        .collect::<Vec<_>>()
        .join("/")
}

/// Footer hints for `context`: ("Enter", "apri"), … Open and back come first, then
/// the screen's own keys, help and quit; the keys that go to other screens come
/// last, so they are the ones a narrow footer drops.
pub fn hints(context: Context, lang: Lang) -> Vec<(String, &'static str)> {
    let rank = |b: &Binding| match (b.context, b.action) {
        (_, Action::Open) => 0,
        (_, Action::Back) => 1,
        (Context::Global, Action::ToggleHelp) => 7,
        (Context::Global, Action::Quit) => 8,
        (Context::Global, _) => 9,
        _ => 2,
    };
    let mut out: Vec<(u8, String, &'static str)> = shown(context)
        .filter_map(|b| {
            let (it, en) = b.hint?;
            let key = keys_in(b, context).next()?;
            Some((rank(b), key_label(key), lang.pick(it, en)))
        })
        .collect();
    out.sort_by_key(|(r, _, _)| *r);
    out.into_iter().map(|(_, k, w)| (k, w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const SCREENS: &[Context] = &[
        Context::Overview,
        Context::Document,
        Context::Roadmap,
        Context::Area,
        Context::Stakeholders,
        Context::Stakeholder,
        Context::Swot,
        Context::SwotZoom,
        Context::Matrix,
        Context::Figures,
        Context::Filter,
        Context::Present,
        Context::Search,
        Context::Help,
    ];

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for &ctx in SCREENS.iter().chain([&Context::Global]) {
            let mut seen = HashSet::new();
            for b in BINDINGS.iter().filter(|b| b.context == ctx) {
                for key in b.keys {
                    assert!(
                        seen.insert(*key),
                        "{} bound twice in {ctx:?}",
                        key_label(key)
                    );
                }
            }
        }
    }

    #[test]
    fn screens_shadow_global_keys_only_on_purpose() {
        let global: HashSet<Key> = BINDINGS
            .iter()
            .filter(|b| b.context == Context::Global)
            .flat_map(|b| b.keys.iter().copied())
            .collect();
        let mut shadowed: Vec<String> = Vec::new();
        for &ctx in SCREENS {
            for b in BINDINGS.iter().filter(|b| b.context == ctx) {
                for key in b.keys.iter().filter(|k| global.contains(k)) {
                    shadowed.push(format!("{ctx:?} {}", key_label(key)));
                }
            }
        }
        // On the SWOT grid the vertical keys move between quadrants instead of
        // scrolling; zoomed, they scroll again. Enter zooms there. Typing a filter, Enter keeps it, Esc
        // drops it and Backspace deletes a character instead of going back.
        // Presenting, every movement key turns the slides, digits type a slide
        // number, Enter opens the slide in the browser and Esc and p leave.
        let presenting: Vec<String> = [
            "PgDn",
            "j",
            "↓",
            "PgUp",
            "Backspace",
            "k",
            "↑",
            "Home",
            "g",
            "End",
            "G",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "Enter",
            "Esc",
            "p",
        ]
        .iter()
        .map(|k| format!("Present {k}"))
        .collect();
        let mut expected: Vec<String> = [
            "Swot k",
            "Swot ↑",
            "Swot j",
            "Swot ↓",
            "Swot Enter",
            "SwotZoom Enter",
            "Filter Enter",
            "Filter Esc",
            "Filter Backspace",
        ]
        .iter()
        .map(ToString::to_string)
        .collect();
        expected.extend(presenting);
        // In the search overlay, as in a filter.
        expected.extend(["Search Enter", "Search Esc", "Search Backspace"].map(String::from));
        assert_eq!(shadowed, expected);
    }

    #[test]
    fn where_text_is_typed_characters_are_input_and_control_keys_still_act() {
        let ch = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        for c in ['q', 'j', '1', '?', 'S', ' '] {
            assert_eq!(message(Context::Filter, &ch(c)), Some(Msg::Input(c)));
        }
        let down = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
        assert_eq!(
            message(Context::Filter, &down),
            Some(Msg::Action(Action::Down))
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            message(Context::Filter, &ctrl_c),
            Some(Msg::Action(Action::Quit))
        );
        let bs = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(
            message(Context::Filter, &bs),
            Some(Msg::Action(Action::DeleteChar))
        );
        // Elsewhere the same characters are keys.
        assert_eq!(
            message(Context::Stakeholders, &ch('q')),
            Some(Msg::Action(Action::Quit))
        );
        // Help and hints do not offer character keys that would be typed.
        assert!(
            help_entries(Context::Filter)
                .iter()
                .all(|b| b.context == Context::Filter || !b.keys.iter().all(is_text))
        );
        assert!(
            hints(Context::Filter, Lang::En)
                .iter()
                .all(|(k, _)| k != "q")
        );
    }

    #[test]
    fn every_action_has_a_key_and_help() {
        for action in ALL_ACTIONS {
            let b = BINDINGS
                .iter()
                .find(|b| b.action == *action)
                .unwrap_or_else(|| panic!("{action:?} has no key"));
            assert!(!b.keys.is_empty());
            assert!(
                !b.help.0.is_empty() && !b.help.1.is_empty(),
                "{action:?} has no help"
            );
        }
    }

    #[test]
    fn lookup_prefers_the_screen_context() {
        let left = KeyEvent::new(KeyCode::Left, KeyModifiers::NONE);
        assert_eq!(lookup(Context::Roadmap, &left), Some(Action::PrevPane));
        assert_eq!(lookup(Context::Overview, &left), None);
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(lookup(Context::Area, &q), Some(Action::Quit));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Context::Overview, &ctrl_c), Some(Action::Quit));
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(Context::Overview, &shift_g), Some(Action::Bottom));
    }
}
