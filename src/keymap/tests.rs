use std::collections::HashSet;

use crossterm::event::KeyEvent;

use super::scope::is_text;
use super::*;
use crate::action::Msg;

/// Every context but `Global`.
const SCREENS: &[Context] = Context::ALL.split_at(1).1;

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
    // Presenting, every movement key turns the pages, digits type a roadmap
    // number, Enter opens the slide in the browser, Tab the agenda, and Esc and p
    // leave.
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
        "Tab",
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
    // Choosing from a list, j and k move (other letters are typed), Enter chooses,
    // Esc cancels and Backspace deletes a letter typed.
    expected
        .extend(["k", "↑", "j", "↓", "Enter", "Esc", "Backspace"].map(|k| format!("Picker {k}")));
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
fn in_a_picker_its_own_letters_act_and_the_others_are_typed() {
    let ch = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        message(Context::Picker, &ch('j')),
        Some(Msg::Action(Action::Down))
    );
    assert_eq!(
        message(Context::Picker, &ch('k')),
        Some(Msg::Action(Action::Up))
    );
    for c in ['7', 'u', 'q', 'g', 'S', 'L'] {
        assert_eq!(message(Context::Picker, &ch(c)), Some(Msg::Input(c)));
    }
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(
        message(Context::Picker, &esc),
        Some(Msg::Action(Action::Back))
    );
    let home = KeyEvent::new(KeyCode::Home, KeyModifiers::NONE);
    assert_eq!(
        message(Context::Picker, &home),
        Some(Msg::Action(Action::Top))
    );
}

#[test]
fn every_action_has_a_key_and_help() {
    for action in ALL_ACTIONS {
        let b = BINDINGS
            .iter()
            .find(|b| b.action == *action && b.help.is_some())
            .unwrap_or_else(|| panic!("{action:?} has no key with a help line"));
        assert!(!b.keys.is_empty());
        for lang in Lang::ALL {
            assert!(
                b.help(lang).is_some_and(|h| !h.is_empty()),
                "{action:?} has no help in {lang:?}"
            );
        }
    }
}

#[test]
fn keys_named_on_screen_come_from_the_table() {
    use Action as A;
    assert_eq!(
        say(Context::Search, &[A::Up, A::Down], "scegli"),
        "↑↓ scegli"
    );
    assert_eq!(
        hint_for(Context::Search, A::Open, Lang::En).as_deref(),
        Some("Enter go")
    );
    assert_eq!(
        hint_for(Context::Search, A::Back, Lang::It).as_deref(),
        Some("Esc chiudi")
    );
    assert_eq!(say(Context::Help, &[A::Up, A::Down], "x"), "↑↓ x");
    assert_eq!(say(Context::Help, &[A::Back], "closes"), "Esc closes");
    assert_eq!(say(Context::Filter, &[A::Open], "keeps"), "Enter keeps");
    assert_eq!(key_for(Context::Swot, A::Zoom).as_deref(), Some("z"));
    assert_eq!(key_for(Context::Figures, A::Open).as_deref(), Some("Enter"));
    assert_eq!(key_for(Context::Present, A::Digit(0)).as_deref(), Some("N"));
    assert_eq!(
        hint_for(Context::Present, A::PrevSlide, Lang::En).as_deref(),
        Some("← back")
    );
    assert_eq!(
        hint_for(Context::Present, A::TogglePresent, Lang::It).as_deref(),
        Some("p esci")
    );
    // An action with no key in a context names none.
    assert_eq!(key_for(Context::Overview, A::NextSlide), None);
    assert_eq!(say(Context::Overview, &[A::NextSlide], "x"), "x");
    // A binding without a footer hint gives no hint.
    assert_eq!(hint_for(Context::Global, A::Up, Lang::En), None);
}

#[test]
fn every_context_has_a_name_in_every_language() {
    for &ctx in SCREENS.iter().chain([&Context::Global]) {
        for lang in Lang::ALL {
            assert!(!ctx.name(lang).is_empty(), "{ctx:?} in {lang:?}");
        }
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
