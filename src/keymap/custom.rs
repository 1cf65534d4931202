//! Keys chosen in the configuration file: key names, action names, and the table
//! they make from [`BINDINGS`], built once at start. Everything that reads keys
//! reads [`table`], so the handler, the hints and the help agree.

use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyModifiers};

use super::scope::{applies, keys_in};
use super::{BINDINGS, Binding, Context, Key};
use crate::action::Action;
use crate::words::Lang;

static TABLE: OnceLock<Vec<Binding>> = OnceLock::new();

/// The bindings in force: the built-in table, or the one [`install`] was given.
pub fn table() -> &'static [Binding] {
    TABLE.get().map_or(BINDINGS, Vec::as_slice)
}

/// Makes `table` the bindings in force for the rest of the run; only the first call
/// counts (the table is chosen once, before the browser starts).
pub fn install(table: Vec<Binding>) {
    let _ = TABLE.set(table);
}

/// The actions a configuration file may give keys to, by name. Those that carry a
/// number (a roadmap, a slide's digit) keep their keys.
pub fn configurable() -> impl Iterator<Item = (String, Action)> {
    super::ALL_ACTIONS
        .iter()
        .filter(|a| !matches!(a, Action::OpenRoadmap(_) | Action::Digit(_)))
        .map(|a| (action_name(*a), *a))
}

/// An action's name in a configuration file: `page_down` for `PageDown`.
pub fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let base = debug.split('(').next().unwrap_or_default();
    let mut out = String::new();
    for (i, ch) in base.chars().enumerate() {
        if ch.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The action called `name`, if a configuration file may set its keys.
pub fn action_named(name: &str) -> Option<Action> {
    configurable().find(|(n, _)| n == name).map(|(_, a)| a)
}

/// The keys written by name in a configuration file, besides single characters.
const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("shift-tab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pgup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("space", KeyCode::Char(' ')),
];

/// What a key name may be, for messages.
pub const KEY_NAMES: &str = "a character (q, Q, /), ctrl-x or alt-x, enter, esc, tab, shift-tab, \
    backspace, up, down, left, right, home, end, pgup, pgdn, space, f1 to f12";

/// Reads a key name: `q`, `Q`, `ctrl-c`, `alt-x`, `enter`, `f1`, `pgdn`, `space`.
/// Names are read without regard to case, except a lone character.
pub fn parse_key(name: &str) -> Option<Key> {
    if let Some(code) = single(name) {
        return Some(Key {
            code,
            mods: KeyModifiers::NONE,
        });
    }
    let lower = name.to_ascii_lowercase();
    for (prefix, mods) in [
        ("ctrl-", KeyModifiers::CONTROL),
        ("alt-", KeyModifiers::ALT),
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            // Terminals send Ctrl with a letter as the lower-case letter.
            let code = single(rest).or_else(|| named(rest))?;
            return Some(Key { code, mods });
        }
    }
    named(&lower).map(|code| Key {
        code,
        mods: KeyModifiers::NONE,
    })
}

fn single(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(ch), None) if !ch.is_control() && ch != ' ' => Some(KeyCode::Char(ch)),
        _ => None,
    }
}

fn named(lower: &str) -> Option<KeyCode> {
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=12).contains(&n).then_some(KeyCode::F(n));
    }
    let alias = match lower {
        "escape" => "esc",
        "return" => "enter",
        "pageup" => "pgup",
        "pagedown" | "pgdown" => "pgdn",
        "backtab" => "shift-tab",
        other => other,
    };
    NAMED
        .iter()
        .find(|(n, _)| *n == alias)
        .map(|(_, code)| *code)
}

/// Two bindings that answer the same key in a context where both act, one of them
/// given its keys by the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    /// The configured action whose key clashes, and that key.
    pub action: Action,
    pub key: Key,
    /// The other action that key does there.
    pub other: Action,
    pub context: Context,
}

impl Clash {
    /// What is wrong and what to write instead.
    pub fn describe(&self) -> String {
        let other = action_name(self.other);
        format!(
            "`{}` given to `{}` also does `{other}` under \"{}\" in the help; pick another \
             key, or give `{other}` other keys too",
            super::key_label(&self.key),
            action_name(self.action),
            self.context.name(Lang::En),
        )
    }
}

/// The built-in table with `overrides` (an action and the keys that replace its
/// keys wherever it is bound), or the clashes they make.
pub fn build(overrides: &[(Action, Vec<Key>)]) -> Result<Vec<Binding>, Vec<Clash>> {
    let keys_of = |b: &Binding| -> &'static [Key] {
        match overrides.iter().find(|(a, _)| *a == b.action) {
            Some((_, keys)) => Box::leak(keys.clone().into_boxed_slice()),
            None => b.keys,
        }
    };
    let table: Vec<Binding> = BINDINGS
        .iter()
        .map(|b| Binding {
            context: b.context,
            keys: keys_of(b),
            action: b.action,
            help: b.help,
            hint: b.hint,
        })
        .collect();
    let changed = |b: &Binding| overrides.iter().any(|(a, _)| *a == b.action);
    let mut clashes: Vec<Clash> = Vec::new();
    for context in Context::ALL {
        let chain: &[Context] = if context == Context::Global {
            &[Context::Global]
        } else {
            &[context, Context::Global]
        };
        let active: Vec<usize> = chain
            .iter()
            .flat_map(|ctx| {
                let table = &table;
                (0..table.len()).filter(move |&i| table[i].context == *ctx)
            })
            .filter(|&i| applies(&table[i], context))
            .collect();
        for (n, &i) in active.iter().enumerate() {
            for &j in &active[n + 1..] {
                let (a, b) = (&table[i], &table[j]);
                if a.action == b.action || !(changed(a) || changed(b)) {
                    continue;
                }
                for key in keys_in(a, context) {
                    let shared = keys_in(b, context).any(|k| k == key);
                    // A screen's key that stands in for a global one is by design.
                    let built_in = BINDINGS[i].keys.contains(key) && BINDINGS[j].keys.contains(key);
                    if !shared || built_in {
                        continue;
                    }
                    let (mine, other) = if changed(a) { (a, b) } else { (b, a) };
                    let clash = Clash {
                        action: mine.action,
                        key: *key,
                        other: other.action,
                        context,
                    };
                    let seen = clashes.iter().any(|c| {
                        c.key == clash.key
                            && ((c.action, c.other) == (clash.action, clash.other)
                                || (c.action, c.other) == (clash.other, clash.action))
                    });
                    if !seen {
                        clashes.push(clash);
                    }
                }
            }
        }
    }
    if clashes.is_empty() {
        Ok(table)
    } else {
        Err(clashes)
    }
}
