#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Keys chosen in a configuration file: they act, and the footer and the help
//! name them. The table is installed once for this whole test binary, as the
//! program installs it once at start.

mod common;

use std::sync::Once;

use common::{embedded, press, screen};
use roadmap_tui::app::App;
use roadmap_tui::config::parse;
use roadmap_tui::keymap::{self, Context, custom};
use roadmap_tui::model::Lang;

const CONFIG: &str = r#"(
    keys: {
        "toggle_help": ["H", "f2"],
        "open_search": ["ctrl-k"],
        "go_swot": ["W"],
    },
)"#;

fn app(lang: Lang) -> App {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let config = parse("config.ron", CONFIG).unwrap_or_else(|e| panic!("{e}"));
        custom::install(config.keys.expect("keys"));
    });
    embedded(lang, (160, 48))
}

fn footer(a: &App) -> String {
    let text = screen(a);
    text.lines().nth(47).expect("the footer line").to_owned()
}

#[test]
fn configured_keys_act_and_the_old_ones_do_not() {
    let mut a = app(Lang::En);
    press(&mut a, "?");
    assert!(!screen(&a).contains("Help —"), "? still opens the help");
    press(&mut a, "H");
    assert!(screen(&a).contains("Help —"), "H does not open the help");
    press(&mut a, "Esc w");
    assert!(!screen(&a).contains("Strengths"), "w still opens the SWOT");
    press(&mut a, "W");
    assert!(screen(&a).contains("Strengths"), "W does not open the SWOT");
    press(&mut a, "C-k u n i");
    assert!(
        screen(&a).contains("uni"),
        "Ctrl-k does not open the search"
    );
}

#[test]
fn the_footer_names_the_configured_keys() {
    for lang in Lang::ALL {
        let a = app(lang);
        let f = footer(&a);
        let (help, search) = match lang {
            Lang::It => ("H aiuto", "Ctrl-k cerca"),
            Lang::En => ("H help", "Ctrl-k search"),
        };
        assert!(f.contains(help), "{help:?} not in the footer: {f}");
        assert!(f.contains(search), "{search:?} not in the footer: {f}");
        assert!(!f.contains("? "), "the footer still names ?: {f}");
    }
}

#[test]
fn the_help_lists_the_configured_keys() {
    let mut a = app(Lang::En);
    press(&mut a, "H");
    let text = screen(&a);
    assert!(text.contains("H/F2"), "H/F2 not in the help:\n{text}");
    assert!(text.contains("Ctrl-k"), "Ctrl-k not in the help:\n{text}");
    assert!(
        !text.contains("?/F1"),
        "the old keys are still in the help:\n{text}"
    );
    let entry = keymap::help_entries(Context::Global)
        .into_iter()
        .find(|b| b.action == roadmap_tui::action::Action::GoSwot)
        .expect("go_swot in the help");
    assert_eq!(keymap::keys_label(entry, Context::Global), "W");
}
