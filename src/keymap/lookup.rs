//! Reading the table: the action of a key press, the help of a context, the
//! footer hints and the keys named in prompts.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::custom::table;
use super::scope::{applies, keys_in};
use super::{Binding, Context, Key};
use crate::action::{Action, Msg};
use crate::words::Lang;

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
        // The context's own character keys act (a picker's j and k); the rest are typed.
        let own = table()
            .iter()
            .filter(|b| b.context == context)
            .find(|b| b.keys.iter().any(|key| matches(key, event)));
        return Some(own.map_or(Msg::Input(ch), |b| Msg::Action(b.action)));
    }
    lookup(context, event).map(Msg::Action)
}

/// The bindings that apply in `context`, most specific first.
pub fn bindings_for(context: Context) -> impl Iterator<Item = &'static Binding> {
    chain(context).into_iter().flat_map(move |ctx| {
        table()
            .iter()
            .filter(move |b| b.context == ctx && applies(b, context))
    })
}

/// The bindings in force in `context` as help and hints show them: global ones
/// whose keys the screen has all taken over are left out.
fn shown(context: Context) -> impl Iterator<Item = &'static Binding> {
    let own: Vec<Key> = table()
        .iter()
        .filter(|b| b.context == context)
        .flat_map(|b| b.keys.iter().copied())
        .collect();
    bindings_for(context)
        .filter(move |b| b.context == context || !b.keys.iter().all(|k| own.contains(k)))
}

/// The bindings the help overlay lists for `context`.
pub fn help_entries(context: Context) -> Vec<&'static Binding> {
    shown(context).filter(|b| b.help.is_some()).collect()
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
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
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
        .filter_map(|b| Some((rank(b), shown_key(b, context)?, b.hint(lang)?)))
        .collect();
    out.sort_by_key(|(r, _, _)| *r);
    out.into_iter().map(|(_, k, w)| (k, w)).collect()
}

/// The key a hint names for a binding in `context`: its first key that acts there,
/// an arrow before the letter that stands for it (↑ rather than k), and "N" for the
/// digits of a number.
fn shown_key(b: &Binding, context: Context) -> Option<String> {
    if matches!(b.action, Action::Digit(_)) {
        return Some("N".to_owned());
    }
    let arrow = |k: &&Key| {
        matches!(
            k.code,
            KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right
        )
    };
    keys_in(b, context)
        .find(arrow)
        .or_else(|| keys_in(b, context).next())
        .map(key_label)
}

/// The binding of `action` in force in `context`.
fn binding_of(context: Context, action: Action) -> Option<&'static Binding> {
    bindings_for(context).find(|b| b.action == action)
}

/// The key that does `action` in `context`, as on-screen hints name it: "Enter", "↑".
pub fn key_for(context: Context, action: Action) -> Option<String> {
    shown_key(binding_of(context, action)?, context)
}

/// The key for `action` in `context` with the binding's footer hint: "Enter apri".
pub fn hint_for(context: Context, action: Action, lang: Lang) -> Option<String> {
    let b = binding_of(context, action)?;
    Some(format!("{} {}", shown_key(b, context)?, b.hint(lang)?))
}

/// The keys for `actions` in `context` written together, then what they do there:
/// "↑↓ scegli", "Esc chiude". A prompt or overlay says it in its own words; the
/// keys still come from the table.
pub fn say(context: Context, actions: &[Action], what: &str) -> String {
    let keys: String = actions
        .iter()
        .filter_map(|a| key_for(context, *a))
        .collect();
    if keys.is_empty() {
        what.to_owned()
    } else {
        format!("{keys} {what}")
    }
}
