#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The keys that prompts, overlays and slides name on screen, in both languages.
//! They are generated from the keymap; these are the sentences they make.

mod common;

use common::{Pick, embedded, open, press, screen};
use roadmap_tui::app::App;
use roadmap_tui::model::Lang;

fn app(lang: Lang) -> App {
    embedded(lang, (160, 48))
}

#[track_caller]
fn shows(a: &App, it: &str, en: &str) {
    let text = screen(a);
    let want = a.lang.pick(it, en);
    assert!(text.contains(want), "{want:?} is not on screen:\n{text}");
}

#[test]
fn the_search_says_how_to_choose_go_and_close() {
    for lang in Lang::ALL {
        let mut a = app(lang);
        press(&mut a, "/");
        shows(
            &a,
            " ↑↓ scegli · Enter vai · Esc chiudi ",
            " ↑↓ choose · Enter go · Esc close ",
        );
    }
}

#[test]
fn a_filter_being_typed_says_how_to_keep_or_drop_it() {
    for lang in Lang::ALL {
        let mut a = app(lang);
        press(&mut a, "s f u");
        shows(
            &a,
            " Enter conferma · Esc annulla ",
            " Enter keeps · Esc drops ",
        );
    }
}

#[test]
fn the_help_says_how_to_scroll_and_close_it() {
    for lang in Lang::ALL {
        let mut a = app(lang);
        press(&mut a, "?");
        // The English line is wider than the overlay, which cuts it.
        shows(
            &a,
            "rotella scorre. ↑↓ scorre l’aiuto.",
            "the wheel scrolls. ↑↓ scroll",
        );
        shows(&a, " Esc chiude ", " Esc closes ");
    }
}

#[test]
fn the_swot_and_the_charts_say_what_their_keys_do() {
    for lang in Lang::ALL {
        let mut a = app(lang);
        open(&mut a, "swot");
        shows(&a, " · z ingrandisce", " · z zooms");
        open(&mut a, "figures");
        shows(
            &a,
            " · Enter apre la roadmap o l’organizzazione",
            " · Enter opens the roadmap or organisation",
        );
    }
}

#[test]
fn the_slides_show_no_keys_and_help_has_them() {
    for lang in Lang::ALL {
        let mut a = app(lang);
        press(&mut a, "p Right");
        let text = screen(&a);
        for hint in ["Enter", "→", "avanti", "next", " esci", "leave"] {
            assert!(!text.contains(hint), "{hint} on a slide:\n{text}");
        }
        assert!(text.contains("2 / "), "the counter stays:\n{text}");
        press(&mut a, "?");
        let help = screen(&a);
        assert!(
            help.contains(lang.pick("Slide successiva", "Next slide")),
            "{help}"
        );
    }
}
