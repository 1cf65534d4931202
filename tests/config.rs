#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The configuration file read on its own: the settings it holds and every kind of
//! mistake, each reported where it was written.

use roadmap_tui::config::{Config, parse};
use roadmap_tui::model::{Lang, LoadError};
use roadmap_tui::ui::theme::ThemeName;

fn ok(text: &str) -> Config {
    parse("config.ron", text).unwrap_or_else(|e| panic!("{e}"))
}

/// Every problem, one headline each: `config.ron:LINE:COL: message (at path)`.
fn problems(text: &str) -> Vec<String> {
    match parse("config.ron", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(LoadError::Invalid { file, problems }) => {
            problems.iter().map(|p| p.headline(&file)).collect()
        }
        Err(e) => panic!("unreadable: {e}"),
    }
}

/// The 1-based line and column of the first `needle` in `text`.
fn at(text: &str, needle: &str) -> String {
    let i = text.find(needle).expect("needle");
    let line = text[..i].matches('\n').count() + 1;
    let col = text[..i].rfind('\n').map_or(i, |n| i - n - 1) + 1;
    format!("config.ron:{line}:{col}:")
}

#[test]
fn settings_are_read() {
    let c = ok(r#"(lang: "en", theme: "light", mouse: false)"#);
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(c.theme, Some(ThemeName::Light));
    assert_eq!(c.mouse, Some(false));
    assert!(c.keys.is_none());
    assert_eq!(
        ok(r#"(theme: "high-contrast")"#).theme,
        Some(ThemeName::Contrast)
    );
    assert_eq!(
        ok(r#"(theme: "contrast")"#).theme,
        Some(ThemeName::Contrast)
    );
    let c = ok("// nothing set\n()");
    assert!(c.lang.is_none() && c.theme.is_none() && c.mouse.is_none());
}

#[test]
fn an_unknown_setting_is_shown_where_it_is() {
    let text = "(\n    lang: \"it\",\n    colour: \"red\",\n)";
    let p = problems(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with(&at(text, "\"red\"")), "{p:?}");
    assert!(
        p[0].contains("unknown setting `colour`; the settings are lang, theme, mouse, keys"),
        "{p:?}"
    );
}

#[test]
fn an_unknown_action_is_shown_where_it_is_with_the_actions_there_are() {
    let text = "(keys: {\n    \"quit\": [\"q\"],\n    \"search\": [\"/\"],\n})";
    let p = problems(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with(&at(text, "[\"/\"]")), "{p:?}");
    assert!(
        p[0].contains("unknown action `search`; the actions are quit, back,"),
        "{p:?}"
    );
    assert!(p[0].contains("open_search"), "{p:?}");
    assert!(p[0].ends_with("(at keys[\"search\"])"), "{p:?}");
}

#[test]
fn a_bad_key_name_is_shown_where_it_is_with_the_names_there_are() {
    let text = "(keys: {\n    \"quit\": [\"q\", \"ctrl-\", \"hyper-q\"],\n})";
    let p = problems(text);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with(&at(text, "\"ctrl-\"")), "{p:?}");
    assert!(
        p[0].contains("`ctrl-` is not a key name; write a character (q, Q, /), ctrl-x"),
        "{p:?}"
    );
    assert!(p[1].starts_with(&at(text, "\"hyper-q\"")), "{p:?}");
}

#[test]
fn key_names() {
    use crossterm::event::{KeyCode, KeyModifiers};
    use roadmap_tui::keymap::{Key, custom::parse_key};
    let key = |code, mods| Some(Key { code, mods });
    let none = KeyModifiers::NONE;
    assert_eq!(parse_key("q"), key(KeyCode::Char('q'), none));
    assert_eq!(parse_key("Q"), key(KeyCode::Char('Q'), none));
    assert_eq!(
        parse_key("ctrl-c"),
        key(KeyCode::Char('c'), KeyModifiers::CONTROL)
    );
    assert_eq!(
        parse_key("Ctrl-C"),
        key(KeyCode::Char('c'), KeyModifiers::CONTROL)
    );
    assert_eq!(
        parse_key("alt-x"),
        key(KeyCode::Char('x'), KeyModifiers::ALT)
    );
    assert_eq!(parse_key("enter"), key(KeyCode::Enter, none));
    assert_eq!(parse_key("Esc"), key(KeyCode::Esc, none));
    assert_eq!(parse_key("tab"), key(KeyCode::Tab, none));
    assert_eq!(parse_key("shift-tab"), key(KeyCode::BackTab, none));
    assert_eq!(parse_key("up"), key(KeyCode::Up, none));
    assert_eq!(parse_key("f1"), key(KeyCode::F(1), none));
    assert_eq!(parse_key("F12"), key(KeyCode::F(12), none));
    assert_eq!(parse_key("pgdn"), key(KeyCode::PageDown, none));
    assert_eq!(parse_key("space"), key(KeyCode::Char(' '), none));
    for bad in ["", " ", "f13", "f0", "ctrl-", "ctrl-enterx", "qq", "\u{1b}"] {
        assert_eq!(parse_key(bad), None, "{bad:?}");
    }
}

#[test]
fn a_key_given_to_two_actions_is_a_clash_shown_at_the_key() {
    // Two configured actions on one key, and a configured key that another
    // action keeps.
    let text = "(keys: {\n    \"go_swot\": [\"W\"],\n    \"go_matrix\": [\"W\"],\n    \"quit\": [\"s\"],\n})";
    let p = problems(text);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with(&at(text, "\"W\"]")), "{p:?}");
    assert!(
        p[0].contains("`W` given to `go_swot` also does `go_matrix`"),
        "{p:?}"
    );
    assert!(p[1].starts_with(&at(text, "\"s\"")), "{p:?}");
    assert!(
        p[1].contains("`s` given to `quit` also does `go_stakeholders` under \"Everywhere\" in the help; pick another key, or give `go_stakeholders` other keys too"),
        "{p:?}"
    );
}

#[test]
fn a_global_key_that_a_screen_already_uses_is_a_clash_there() {
    let text = "(keys: { \"go_swot\": [\"z\"] })";
    let p = problems(text);
    assert!(p.iter().all(|p| p.starts_with(&at(text, "\"z\""))), "{p:?}");
    assert!(
        p.iter()
            .any(|p| p.contains("also does `zoom` under \"SWOT\"")),
        "{p:?}"
    );
}

#[test]
fn keys_that_stand_in_for_the_global_ones_as_before_are_no_clash() {
    // The SWOT moves its focus with k and ↑, as the global `up` does: no clash when
    // `up` keeps them; nor does the SWOT's zoom on Enter, which opens elsewhere.
    let c = ok("(keys: { \"up\": [\"k\", \"up\"], \"zoom\": [\"z\", \"enter\"] })");
    assert!(c.keys.is_some());
}

#[test]
fn a_syntax_error_is_shown_where_it_is() {
    let text = "(\n    lang: \"en\"\n    theme: \"light\",\n)";
    let p = problems(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("config.ron:3:"), "{p:?}");
}

#[test]
fn every_problem_is_listed_in_the_order_of_the_file() {
    let text = "(\n    theme: \"pink\",\n    lang: \"fr\",\n    mouse: \"no\",\n    sound: true,\n    keys: {\n        \"quit\": [],\n        \"up\": \"k\",\n    },\n)";
    let p = problems(text);
    let want = [
        (
            at(text, "\"pink\""),
            "`theme` is \"dark\", \"light\" or \"contrast\"",
        ),
        (at(text, "\"fr\""), "`lang` is a language: \"it\" or \"en\""),
        (at(text, "\"no\""), "`mouse` is true or false"),
        (at(text, "true"), "unknown setting `sound`"),
        (at(text, "[]"), "give `quit` at least one key"),
        (at(text, "\"k\""), "the keys of `up` are a list"),
    ];
    assert_eq!(p.len(), want.len(), "{p:?}");
    for (got, (pos, msg)) in p.iter().zip(&want) {
        assert!(
            got.starts_with(pos.as_str()) && got.contains(msg),
            "{got:?} is not {pos} {msg}"
        );
    }
}

/// The README's section on the configuration.
fn readme_section() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let text = std::fs::read_to_string(path).expect("README.md");
    let section = text
        .split("\n## Configuration\n")
        .nth(1)
        .expect("a Configuration section");
    section.split("\n## ").next().unwrap_or(section).to_owned()
}

#[test]
fn the_readme_example_is_a_valid_configuration() {
    let section = readme_section();
    let example = section
        .split("```ron\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("a ron example");
    let c = ok(example);
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(c.theme, Some(ThemeName::Light));
    assert_eq!(c.mouse, Some(false));
    assert!(c.keys.is_some());
}

#[test]
fn the_readme_names_every_action_a_configuration_may_set() {
    let section = readme_section();
    for (name, _) in roadmap_tui::keymap::custom::configurable() {
        assert!(
            section.contains(&format!("`{name}`")),
            "the README does not name `{name}`"
        );
    }
}
