//! The configuration file: settings a person keeps between runs (language, theme,
//! mouse, keys), read once at start. Flags on the command line win over it, and it
//! wins over the locale and the defaults.
//!
//! ```ron
//! (
//!     lang: "en",
//!     theme: "light",
//!     mouse: false,
//!     keys: { "quit": ["q", "ctrl-c"], "open_search": ["/", "ctrl-f"] },
//! )
//! ```
//!
//! Problems are reported as a data file's are, `file:line:column` with the line and
//! a caret, every one of them; a broken file leaves the defaults in force.

use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;
use ron::Value;

use crate::action::Action;
use crate::keymap::custom::{self, Clash, KEY_NAMES};
use crate::keymap::{Binding, Key};
use crate::model::load::read_text;
use crate::model::locate::{locate, snippet};
use crate::model::text::sanitize;
use crate::model::validate::Problem;
use crate::model::{Lang, LoadError};
use crate::ui::theme::ThemeName;

/// The settings, all optional.
#[derive(Debug, Default)]
pub struct Config {
    pub lang: Option<Lang>,
    pub theme: Option<ThemeName>,
    pub mouse: Option<bool>,
    /// The key table with the file's keys, when it gives any.
    pub keys: Option<Vec<Binding>>,
}

/// The settings a file may hold.
const SETTINGS: &str = "lang, theme, mouse, keys";

/// Where the configuration file lives: `$XDG_CONFIG_HOME/roadmap-tui/config.ron`
/// (`~/.config/…` when that is unset) on Linux and macOS, the roaming application
/// data on Windows. None when there is no home directory to put it in.
pub fn default_path() -> Option<PathBuf> {
    let base = etcetera::choose_base_strategy().ok()?;
    Some(base.config_dir().join("roadmap-tui").join("config.ron"))
}

/// What reading the configuration found.
#[derive(Debug)]
pub enum Found {
    /// No file named and none at the usual place.
    Nothing,
    /// The settings, and the file they came from.
    Settings(Config, PathBuf),
}

/// Reads the file named with `--config`, or else the one at the usual place if it
/// exists. A file named but missing is an error; so is any problem in the file.
pub fn read(explicit: Option<&Path>) -> Result<Found, LoadError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match default_path() {
            Some(p) if p.exists() => p,
            _ => return Ok(Found::Nothing),
        },
    };
    let name = sanitize(&path.display().to_string());
    // An empty file is a file with no settings yet.
    if std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() == 0) {
        return Ok(Found::Settings(Config::default(), path));
    }
    let text = read_text(&path, &name)?;
    parse(&name, &text).map(|c| Found::Settings(c, path))
}

/// Reads the settings in `text`, listing every problem.
pub fn parse(name: &str, text: &str) -> Result<Config, LoadError> {
    let invalid = |problems| LoadError::Invalid {
        file: name.to_owned(),
        problems,
    };
    let value: Value = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(text)
        .map_err(|e| invalid(vec![Problem::syntax(text, &e)]))?;
    let mut problems = Vec::new();
    let mut problem = |path: String, message: String| {
        let position = locate(text, &path);
        problems.push(Problem {
            snippet: position.and_then(|(l, c)| snippet(text, l, c)),
            path,
            message,
            position,
            ..Problem::default()
        });
    };
    // `()` sets nothing.
    let map = match value {
        Value::Unit => Value::Map(ron::Map::new()),
        other => other,
    };
    let Value::Map(map) = map else {
        problem(
            String::new(),
            format!(
                "expected the settings in parentheses, e.g. `(lang: \"en\")`; the settings are {SETTINGS}"
            ),
        );
        return Err(invalid(problems));
    };
    let mut config = Config::default();
    let mut overrides: Vec<(Action, Vec<Key>)> = Vec::new();
    // Where each configured key was written, to point at a clash.
    let mut written: Vec<(Action, Key, String)> = Vec::new();
    for (field, value) in map.iter() {
        let Value::String(field) = field else {
            problem(
                String::new(),
                format!("a setting's name is a word; the settings are {SETTINGS}"),
            );
            continue;
        };
        let field = field.as_str();
        match field {
            "lang" => match string(value)
                .and_then(|code| Lang::ALL.into_iter().find(|l| l.code() == code))
            {
                Some(lang) => config.lang = Some(lang),
                None => problem(
                    field.into(),
                    format!(
                        "`lang` is a language: {}",
                        one_of(Lang::ALL.iter().map(|l| l.code()))
                    ),
                ),
            },
            "theme" => match string(value).and_then(theme_named) {
                Some(theme) => config.theme = Some(theme),
                None => problem(
                    field.into(),
                    "`theme` is \"dark\", \"light\" or \"contrast\" (also \"high-contrast\")"
                        .into(),
                ),
            },
            "mouse" => match value {
                Value::Bool(on) => config.mouse = Some(*on),
                _ => problem(field.into(), "`mouse` is true or false".into()),
            },
            "keys" => {
                let Value::Map(keys) = value else {
                    problem(field.into(), "`keys` maps an action to its keys, e.g. `keys: { \"quit\": [\"q\", \"ctrl-c\"] }`".into());
                    continue;
                };
                for (action, list) in keys.iter() {
                    let Some(action_text) = string(action) else {
                        problem(
                            field.into(),
                            "an action's name is a string, e.g. \"quit\"".into(),
                        );
                        continue;
                    };
                    let at = format!("keys[\"{action_text}\"]");
                    let Some(action) = custom::action_named(action_text) else {
                        problem(at, unknown_action(action_text));
                        continue;
                    };
                    let Value::Seq(names) = list else {
                        problem(
                            at,
                            format!(
                                "the keys of `{action_text}` are a list, e.g. [\"q\", \"ctrl-c\"]"
                            ),
                        );
                        continue;
                    };
                    if names.is_empty() {
                        problem(
                            at,
                            format!(
                                "give `{action_text}` at least one key, or leave it out to keep its own"
                            ),
                        );
                        continue;
                    }
                    let mut keys = Vec::new();
                    for (i, name) in names.iter().enumerate() {
                        let at = format!("{at}[{i}]");
                        match string(name).and_then(custom::parse_key) {
                            Some(key) => {
                                if !keys.contains(&key) {
                                    keys.push(key);
                                    written.push((action, key, at));
                                }
                            }
                            None => problem(
                                at,
                                format!(
                                    "{} is not a key name; write {KEY_NAMES}",
                                    string(name).map_or_else(
                                        || "this".to_owned(),
                                        |n| format!("`{}`", sanitize(n))
                                    )
                                ),
                            ),
                        }
                    }
                    if !keys.is_empty() {
                        overrides.push((action, keys));
                    }
                }
            }
            other => problem(
                other.into(),
                format!(
                    "unknown setting `{}`; the settings are {SETTINGS}",
                    sanitize(other)
                ),
            ),
        }
    }
    if !overrides.is_empty() {
        match custom::build(&overrides) {
            Ok(table) => config.keys = Some(table),
            Err(clashes) => {
                for clash in clashes {
                    problem(clash_at(&written, &clash), clash.describe());
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        problems.sort_by_key(|p| p.position);
        Err(invalid(problems))
    }
}

fn string(value: &Value) -> Option<&str> {
    match value {
        Value::String(s) => Some(s),
        _ => None,
    }
}

fn theme_named(name: &str) -> Option<ThemeName> {
    match name {
        "high-contrast" => Some(ThemeName::Contrast),
        _ => ThemeName::ALL.into_iter().find(|t| t.name() == name),
    }
}

fn one_of<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn unknown_action(name: &str) -> String {
    let names: Vec<String> = custom::configurable().map(|(n, _)| n).collect();
    format!(
        "unknown action `{}`; the actions are {}",
        sanitize(name),
        names.join(", ")
    )
}

/// Where the clashing key was written.
fn clash_at(written: &[(Action, Key, String)], clash: &Clash) -> String {
    written
        .iter()
        .find(|(a, k, _)| *a == clash.action && *k == clash.key)
        .map_or_else(|| "keys".to_owned(), |(_, _, at)| at.clone())
}
