#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Presentation mode: moving through the slides the way clickers do, jumping to a
//! slide by number, stepping into the browser and back onto the same slide; and
//! the slides themselves in every theme.

mod common;
#[path = "support/synth.rs"]
mod synth;

use common::{Pick, embedded, press, screen};
use insta::assert_snapshot;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, update};
use roadmap_tui::content::slides::Slide;
use roadmap_tui::keymap::Context;
use roadmap_tui::model::Lang;
use roadmap_tui::place::{Chart, Place, Quadrant};
use roadmap_tui::ui::theme::ThemeName;

fn presenting(size: (u16, u16)) -> App {
    let mut a = embedded(Lang::It, size);
    a.start_presenting();
    a
}

fn slide(a: &App) -> Slide {
    a.slides[a.present.slide]
}

#[test]
fn clicker_keys_move_through_the_deck_and_stop_at_its_ends() {
    let mut a = presenting((120, 40));
    assert_eq!(a.context(), Context::Present);
    assert_eq!(slide(&a), Slide::Title);
    assert_eq!(press(&mut a, "Left"), 0, "already on the first slide");
    press(&mut a, "Right Space PgDn");
    assert_eq!(slide(&a), Slide::Roadmap(2));
    press(&mut a, "PgUp Left");
    assert_eq!(slide(&a), Slide::Overview);
    press(&mut a, "End");
    assert_eq!(slide(&a), Slide::Chart(Chart::Investments));
    assert_eq!(press(&mut a, "Right"), 0, "already on the last slide");
    press(&mut a, "Home");
    assert_eq!(a.present.slide, 0);
}

#[test]
fn a_number_and_enter_jump_to_that_slide() {
    let mut a = presenting((120, 40));
    press(&mut a, "1 1");
    assert_eq!(a.present.typed, "11");
    assert!(screen(&a).contains("→ 11_"), "the number typed is shown");
    press(&mut a, "Enter");
    assert_eq!(slide(&a), Slide::Quadrant(Quadrant::Strengths));
    assert!(a.present.typed.is_empty());
    // Past the end lands on the last slide; Esc forgets a number being typed.
    press(&mut a, "9 9 9 Enter");
    assert_eq!(a.present.slide, a.slides.len() - 1);
    press(&mut a, "4 Esc");
    assert!(a.presenting() && a.present.typed.is_empty());
}

#[test]
fn enter_opens_the_slide_in_the_browser_and_p_comes_back_to_it() {
    let mut a = presenting((120, 40));
    press(&mut a, "4 Enter");
    assert_eq!(slide(&a), Slide::Roadmap(2));
    press(&mut a, "Enter");
    assert!(!a.presenting());
    assert_eq!(a.place(), Place::Roadmap(2));
    // The browser works as usual, then `p` returns to the same slide.
    press(&mut a, "j j j j Enter");
    press(&mut a, "p");
    assert!(a.presenting());
    assert_eq!(slide(&a), Slide::Roadmap(2));
    // `p` and Esc leave the presentation where the browser was.
    press(&mut a, "p");
    assert!(!a.presenting());
    assert_eq!(a.place(), Place::Roadmap(2));
    press(&mut a, "p Esc");
    assert!(!a.presenting());
}

#[test]
fn every_slide_opens_its_own_place() {
    let mut a = presenting((120, 40));
    for i in 0..a.slides.len() {
        a.start_presenting();
        a.present.slide = i;
        let expected = a.slides[i].place();
        press(&mut a, "Enter");
        assert_eq!(a.place(), expected, "slide {}", i + 1);
    }
}

#[test]
fn the_mouse_moves_slides_too() {
    let mut a = presenting((120, 40));
    assert!(update(&mut a, Msg::Click { column: 5, row: 5 }));
    assert_eq!(a.present.slide, 1);
    assert!(update(
        &mut a,
        Msg::Scroll {
            column: 5,
            row: 5,
            lines: 3
        }
    ));
    assert_eq!(a.present.slide, 2);
    update(
        &mut a,
        Msg::Scroll {
            column: 5,
            row: 5,
            lines: -3,
        },
    );
    assert_eq!(a.present.slide, 1);
}

#[test]
fn slide_keys_do_nothing_in_the_browser() {
    let mut a = embedded(Lang::It, (120, 40));
    assert!(!update(&mut a, Msg::Action(Action::NextSlide)));
    assert!(!update(&mut a, Msg::Action(Action::Digit(3))));
    // Digits still open roadmaps there.
    press(&mut a, "3");
    assert_eq!(a.place(), Place::Roadmap(3));
}

#[test]
fn help_lists_the_presentation_keys() {
    let mut a = presenting((120, 40));
    press(&mut a, "F1");
    let text = screen(&a);
    assert!(text.contains("Aiuto — Presentazione"), "{text}");
    assert!(text.contains("Slide successiva"));
}

#[test]
fn every_slide_in_the_dark_theme() {
    for (w, h) in [(120, 40), (80, 24)] {
        let mut a = presenting((w, h));
        for i in 0..a.slides.len() {
            a.present.slide = i;
            assert_snapshot!(format!("slide_{:02}_dark_{w}x{h}", i + 1), screen(&a));
        }
    }
}

#[test]
fn slides_in_the_light_and_high_contrast_themes() {
    for theme in [ThemeName::Light, ThemeName::Contrast] {
        for (w, h) in [(120, 40), (80, 24)] {
            let mut a = presenting((w, h));
            a.set_theme(theme, false);
            // Title, overview, a roadmap, the SWOT grid, a quadrant, a chart.
            for i in [0, 1, 3, 9, 13, 15] {
                a.present.slide = i;
                assert_snapshot!(
                    format!("slide_{:02}_{}_{w}x{h}", i + 1, theme.name()),
                    screen(&a)
                );
            }
        }
    }
}

#[test]
fn a_roadmap_slide_names_a_few_rows_of_key_players_and_counts_the_rest() {
    let mut embedded = embedded(Lang::It, (120, 40));
    embedded.start_presenting();
    embedded.present.slide = 2;
    assert_eq!(slide(&embedded), Slide::Roadmap(1));
    let text = screen(&embedded);
    assert!(
        text.contains(
            "Attori principali: Menarini, GSK, Lilly, Kedrion, Abiogen, Molteni, Farmigea\n"
        ),
        "all seven named, none left to count:\n{text}"
    );
    assert!(!text.contains("… e altri"), "{text}");
    let loaded = roadmap_tui::model::Loaded {
        doc: synth::scaled(&embedded.doc, 100),
        ..roadmap_tui::model::load_embedded().unwrap()
    };
    for lang in [Lang::It, Lang::En] {
        let mut a = App::new(loaded.clone(), lang, (120, 40));
        a.start_presenting();
        a.present.slide = a
            .slides
            .iter()
            .position(|s| *s == Slide::Roadmap(1))
            .unwrap();
        let text = screen(&a);
        let label = lang.pick("Attori principali: ", "Key players: ");
        let rows: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.contains(label))
            .take_while(|l| !l.trim().is_empty())
            .collect();
        assert!(
            (2..=3).contains(&rows.len()),
            "{} rows of key players:\n{text}",
            rows.len()
        );
        let more = lang.pick("… e altri ", "… and ");
        let last = rows.last().unwrap();
        let count = last.split(more).nth(1).unwrap_or_else(|| panic!("{last}"));
        let count: usize = count
            .trim()
            .trim_end_matches(" more")
            .parse()
            .unwrap_or_else(|_| panic!("{last}"));
        let shown = rows.join(" ").matches(", ").count() + 1;
        // Roadmap 1 has seven key players, a hundred times over.
        assert_eq!(shown + count, 700, "{last}");
        // The areas follow below the names, on the same slide.
        assert!(text.contains("Ambiti applicativi"), "{text}");
    }
}
