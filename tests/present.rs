#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Presentation mode: moving through the pages the way clickers do, jumping to a
//! roadmap's slide by its number or from the agenda, blanking the screen,
//! stepping into the browser and back onto the same page; and the slides
//! themselves at every size, with nothing cut and nothing of the browser.

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
    a.slides()[a.present.slide()]
}

/// Goes to the first page of the `n`th slide of the deck.
fn show(a: &mut App, n: usize) {
    let page = a.cache.deck().first_page(n).unwrap();
    a.present.go(page, a.cache.deck());
}

/// Every page of the deck as the screen shows it.
fn pages(a: &mut App) -> Vec<String> {
    let n = a.cache.deck().pages.len();
    (0..n)
        .map(|i| {
            a.present.go(i, a.cache.deck());
            screen(a)
        })
        .collect()
}

/// Text with every run of white space made one space: wrapped lines read on.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn clicker_keys_move_through_the_pages_and_stop_at_the_ends_of_the_deck() {
    let mut a = presenting((120, 40));
    assert_eq!(a.context(), Context::Present);
    assert_eq!(slide(&a), Slide::Title);
    assert_eq!(press(&mut a, "Left"), 0, "already on the first page");
    press(&mut a, "Right Space");
    assert_eq!(slide(&a), Slide::Roadmap(1));
    press(&mut a, "Left");
    assert_eq!(slide(&a), Slide::Overview);
    press(&mut a, "End");
    assert_eq!(slide(&a), Slide::Chart(Chart::Investments));
    assert_eq!(a.present.page, a.cache.deck().pages.len() - 1);
    assert_eq!(press(&mut a, "Right"), 0, "already on the last page");
    press(&mut a, "Home");
    assert_eq!(a.present.page, 0);
}

#[test]
fn a_slide_that_does_not_fit_continues_on_the_next_page_and_says_so() {
    let mut a = presenting((80, 24));
    press(&mut a, "1 Enter");
    assert_eq!(slide(&a), Slide::Roadmap(1));
    let first = screen(&a);
    assert!(first.contains("Roadmap 1 · 1/2"), "{first}");
    press(&mut a, "Right");
    assert_eq!(slide(&a), Slide::Roadmap(1));
    let second = screen(&a);
    assert!(second.contains("Roadmap 1 · 2/2"), "{second}");
    assert!(
        second.contains("tecnologie per terapie avanzate"),
        "{second}"
    );
    // A slide on one page says nothing of parts.
    press(&mut a, "Home");
    assert!(!screen(&a).contains(" · 1/1"));
}

#[test]
fn a_roadmap_number_and_enter_go_to_its_slide_whatever_the_size() {
    for size in [(60, 18), (80, 24), (200, 60)] {
        let mut a = presenting(size);
        press(&mut a, "3");
        assert_eq!(a.present.typed, "3");
        assert!(
            screen(&a).contains("Roadmap 3_"),
            "the number typed is shown"
        );
        press(&mut a, "Enter");
        assert_eq!(slide(&a), Slide::Roadmap(3));
        let first = a.cache.deck().first_page(a.present.slide()).unwrap();
        assert_eq!(a.present.page, first, "its first page");
        assert!(a.present.typed.is_empty());
    }
    // No such roadmap: the page stays; Esc forgets a number being typed.
    let mut a = presenting((80, 24));
    press(&mut a, "9 9 Enter");
    assert_eq!(slide(&a), Slide::Title);
    press(&mut a, "4 Esc");
    assert!(a.presenting() && a.present.typed.is_empty());
}

#[test]
fn the_agenda_lists_every_slide_and_jumps_to_one() {
    let mut a = presenting((80, 24));
    press(&mut a, "a");
    let text = screen(&a);
    assert!(text.contains("Indice delle slide"), "{text}");
    assert!(text.contains("SWOT · Minacce future"), "{text}");
    // Down to the SWOT grid, then Enter.
    let swot = a.slides().iter().position(|s| *s == Slide::Swot).unwrap();
    for _ in 0..swot {
        press(&mut a, "j");
    }
    assert_eq!(a.present.page, 0, "moving in the agenda turns no page");
    press(&mut a, "Enter");
    assert_eq!(slide(&a), Slide::Swot);
    assert!(a.present.agenda.is_none());
    // Every title whole, wrapped where the list is narrow.
    for (w, h) in [(60, 18), (80, 24)] {
        for lang in [Lang::It, Lang::En] {
            let mut a = presenting((w, h));
            if lang == Lang::En {
                press(&mut a, "L");
            }
            press(&mut a, "a j j j j j");
            let text = screen(&a);
            assert!(!text.contains('…'), "{text}");
            assert!(
                flat(&text.replace('│', " ")).contains(
                    "Alimenti funzionali, integratori alimentari e derivati di origine naturale"
                ),
                "{text}"
            );
            assert_snapshot!(format!("agenda_{}_{w}x{h}", lang.pick("it", "en")), text);
        }
    }
    // Esc closes it where it was; a second `a` too.
    press(&mut a, "a Esc");
    assert!(a.presenting() && a.present.agenda.is_none());
    assert_eq!(slide(&a), Slide::Swot);
}

#[test]
fn b_blanks_the_screen_and_any_key_brings_the_same_page_back() {
    let mut a = presenting((80, 24));
    press(&mut a, "Right Right");
    let page = a.present.page;
    let before = screen(&a);
    press(&mut a, "b");
    let blank = screen(&a);
    assert!(
        blank
            .lines()
            .filter(|l| !l.starts_with("styles:"))
            .all(|l| l.trim().is_empty()),
        "nothing on a blank screen:\n{blank}"
    );
    press(&mut a, "Right");
    assert_eq!(a.present.page, page, "the key only brings the slide back");
    assert_eq!(screen(&a), before);
}

#[test]
fn p_in_the_browser_opens_the_slide_of_the_screen_on_view() {
    let mut a = embedded(Lang::It, (80, 24));
    a.open(Place::Roadmap(3));
    press(&mut a, "p");
    assert_eq!(slide(&a), Slide::Roadmap(3));
    press(&mut a, "p");
    a.open(Place::Swot(Some(Quadrant::Threats)));
    press(&mut a, "p");
    assert_eq!(slide(&a), Slide::Swot);
    press(&mut a, "p");
    a.open(Place::Figures(Chart::Turnover));
    press(&mut a, "p");
    assert_eq!(slide(&a), Slide::Chart(Chart::Turnover));
    // A screen no slide shows: back to the page that was on.
    press(&mut a, "p");
    a.open(Place::Matrix);
    press(&mut a, "p");
    assert_eq!(slide(&a), Slide::Chart(Chart::Turnover));
}

#[test]
fn enter_opens_the_slide_in_the_browser_and_p_comes_back_to_the_same_page() {
    let mut a = presenting((80, 24));
    press(&mut a, "2 Enter Right");
    assert_eq!(slide(&a), Slide::Roadmap(2));
    let page = a.present.page;
    assert!(
        a.cache.deck().pages[page].part > 0,
        "on a later page of the slide"
    );
    press(&mut a, "Enter");
    assert!(!a.presenting());
    assert_eq!(a.place(), Place::Roadmap(2));
    press(&mut a, "j j j j");
    press(&mut a, "p");
    assert!(a.presenting());
    assert_eq!(a.present.page, page);
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
    for i in 0..a.slides().len() {
        a.start_presenting();
        show(&mut a, i);
        let expected = a.slides()[i].place();
        press(&mut a, "Enter");
        assert_eq!(a.place(), expected, "slide {}", i + 1);
    }
}

#[test]
fn a_resize_lays_the_deck_out_again_on_the_same_slide() {
    let mut a = presenting((60, 18));
    press(&mut a, "7 Enter Right");
    assert_eq!(slide(&a), Slide::Roadmap(7));
    let small = a.cache.deck().pages.len();
    update(
        &mut a,
        Msg::Resize {
            width: 200,
            height: 60,
        },
    );
    assert_eq!(slide(&a), Slide::Roadmap(7));
    assert!(a.cache.deck().pages.len() < small);
    assert!(screen(&a).contains(&format!("/ {}", a.cache.deck().pages.len())));
    update(
        &mut a,
        Msg::Resize {
            width: 60,
            height: 18,
        },
    );
    assert_eq!(slide(&a), Slide::Roadmap(7));
}

#[test]
fn the_mouse_moves_pages_too() {
    let mut a = presenting((120, 40));
    assert!(update(&mut a, Msg::Click { column: 5, row: 5 }));
    assert_eq!(a.present.page, 1);
    assert!(update(
        &mut a,
        Msg::Scroll {
            column: 5,
            row: 5,
            lines: 3
        }
    ));
    assert_eq!(a.present.page, 2);
    update(
        &mut a,
        Msg::Scroll {
            column: 5,
            row: 5,
            lines: -3,
        },
    );
    assert_eq!(a.present.page, 1);
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
    assert!(text.contains("Schermo vuoto"));
}

const SIZES: [(u16, u16); 4] = [(60, 18), (80, 24), (120, 40), (200, 60)];

#[test]
fn every_page_at_four_sizes_in_the_light_theme() {
    for (w, h) in SIZES {
        let mut a = presenting((w, h));
        a.set_theme(ThemeName::Light, false);
        for (i, text) in pages(&mut a).into_iter().enumerate() {
            assert_snapshot!(format!("page_{:02}_light_{w}x{h}", i + 1), text);
        }
    }
}

#[test]
fn every_area_swot_item_bar_and_investment_is_on_some_page_at_small_sizes() {
    for size in [(60, 18), (80, 24)] {
        for lang in [Lang::It, Lang::En] {
            let mut a = presenting(size);
            if lang == Lang::En {
                press(&mut a, "L");
            }
            let deck = flat(&pages(&mut a).join("\n"));
            let doc = a.doc.clone();
            let mut areas = Vec::new();
            for r in &doc.roadmaps {
                for g in &r.area_groups {
                    let mut stack: Vec<_> = g.areas.iter().collect();
                    while let Some(area) = stack.pop() {
                        areas.push(area.title.to_string());
                        stack.extend(area.children.iter());
                    }
                }
            }
            assert!(areas.len() > 50);
            for t in &areas {
                assert!(deck.contains(&flat(t)), "{size:?} {lang:?}: area {t}");
            }
            let s = &doc.swot;
            for item in [&s.strengths, &s.weaknesses, &s.opportunities, &s.threats]
                .into_iter()
                .flatten()
            {
                assert!(deck.contains(&flat(item)), "{size:?}: SWOT item {item}");
            }
            for c in Chart::ALL {
                let data = roadmap_tui::content::figures::chart(&doc, &a.index, c, lang);
                for b in data.bars() {
                    assert!(deck.contains(&flat(&b.text)), "{size:?} {c:?}: {}", b.text);
                    for word in b.label.split_whitespace() {
                        assert!(deck.contains(word), "{size:?} {c:?}: {}", b.label);
                    }
                }
            }
            // Investments without an amount are named under the chart.
            for r in &doc.roadmaps {
                for inv in r.investments.iter().filter(|i| i.amount.is_none()) {
                    for id in &inv.by {
                        let o = a.index.org(&doc, id).unwrap();
                        let name = o.short_name.as_deref().unwrap_or(&o.name);
                        assert!(deck.contains(name), "{size:?}: investment by {name}");
                    }
                }
            }
        }
    }
}

#[test]
fn no_page_holds_a_selection_a_key_hint_or_a_cut_word() {
    for theme in [ThemeName::Light, ThemeName::Contrast, ThemeName::Dark] {
        for (w, h) in [(60, 18), (80, 24)] {
            let mut a = presenting((w, h));
            a.set_theme(theme, false);
            let selected = a.theme.selected;
            let n = a.cache.deck().pages.len();
            for i in 0..n {
                a.present.go(i, a.cache.deck());
                let buf = roadmap_tui::ui::render_to_buffer(&a, w, h);
                for cell in buf.content() {
                    assert!(
                        !(selected.bg.is_some() && cell.bg == selected.bg.unwrap()),
                        "page {} at {w}x{h} holds a selection",
                        i + 1
                    );
                    assert!(!cell.modifier.contains(ratatui::style::Modifier::REVERSED));
                }
                let text = screen(&a);
                assert!(!text.contains('…'), "page {} cut:\n{text}", i + 1);
                assert!(!text.contains("Enter"), "page {}:\n{text}", i + 1);
                for action in [
                    Action::NextSlide,
                    Action::PrevSlide,
                    Action::Open,
                    Action::TogglePresent,
                ] {
                    if let Some(hint) =
                        roadmap_tui::keymap::hint_for(Context::Present, action, Lang::It)
                    {
                        assert!(!text.contains(&hint), "page {}: {hint}", i + 1);
                    }
                }
            }
        }
    }
}

#[test]
fn a_roadmap_slide_names_a_few_rows_of_key_players_and_counts_the_rest() {
    let mut embedded = presenting((120, 40));
    press(&mut embedded, "1 Enter");
    assert_eq!(slide(&embedded), Slide::Roadmap(1));
    let text = screen(&embedded);
    assert!(
        flat(&text).contains(
            "Attori principali: Menarini, GSK, Lilly, Kedrion, Abiogen, Molteni, Farmigea"
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
        press(&mut a, "1 Enter");
        assert_eq!(slide(&a), Slide::Roadmap(1));
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
    }
}
