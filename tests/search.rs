#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The search overlay: typing finds organisations, areas, SWOT phrases and text;
//! Enter lands on the place and selects the item there.

mod common;
#[path = "support/synth.rs"]
mod synth;

use common::{embedded, press, screen};
use insta::assert_snapshot;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, Pane, Screen, update};
use roadmap_tui::content::{SECTIONS, Section};
use roadmap_tui::keymap::Context;
use roadmap_tui::model::{Lang, Text};
use roadmap_tui::place::{Place, Quadrant};
use roadmap_tui::search::{HitKind, SearchIndex, matcher};

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        update(a, Msg::Input(c));
    }
}

fn search(a: &mut App, text: &str) {
    press(a, "/");
    typed(a, text);
}

fn chosen(a: &App) -> &roadmap_tui::search::Hit {
    let s = a.search().expect("overlay open");
    &s.hits[s.selected]
}

#[test]
fn slash_opens_the_overlay_over_any_screen_and_esc_closes_it() {
    let mut a = embedded(Lang::It, (120, 40));
    press(&mut a, "w /");
    assert_eq!(a.context(), Context::Search);
    // Keys are typed, not obeyed.
    typed(&mut a, "qjk");
    assert!(!a.quit);
    assert_eq!(a.search().unwrap().query, "qjk");
    press(&mut a, "Esc");
    assert!(a.search().is_none());
    assert_eq!(a.place(), Place::Swot(None));
}

#[test]
fn a_few_letters_of_an_organisation_land_on_it() {
    let mut a = embedded(Lang::It, (120, 40));
    search(&mut a, "menarini");
    let hit = chosen(&a);
    assert_eq!(hit.kind, HitKind::Organisation);
    assert_eq!(hit.place, Place::Stakeholder("menarini".into()));
    assert_snapshot!("search_menarini_120x40", screen(&a));
    press(&mut a, "Enter");
    assert!(a.search().is_none());
    assert_eq!(a.place(), Place::Stakeholder("menarini".into()));
    press(&mut a, "Esc");
    assert_eq!(
        a.place(),
        Place::Overview,
        "Back returns where the search began"
    );
}

#[test]
fn accents_and_case_do_not_matter() {
    let mut a = embedded(Lang::It, (120, 40));
    search(&mut a, "UNIVERSITA DI PISA");
    assert_eq!(chosen(&a).place, Place::Stakeholder("unipi".into()));
}

#[test]
fn an_area_lands_on_the_area() {
    let mut a = embedded(Lang::En, (120, 40));
    search(&mut a, "diagnostica avanzata");
    let s = a.search().unwrap();
    let i = s
        .hits
        .iter()
        .position(|h| h.kind == HitKind::Area)
        .expect("an area hit");
    for _ in 0..i {
        press(&mut a, "Down");
    }
    assert_eq!(chosen(&a).kind, HitKind::Area);
    press(&mut a, "Enter");
    assert!(matches!(a.place(), Place::Area(id) if id.contains("diagnostica")));
}

#[test]
fn a_swot_phrase_lands_on_its_quadrant_with_the_item_selected() {
    let mut a = embedded(Lang::It, (80, 24));
    search(&mut a, "sostenibilita del sistema sanitario");
    let hit = chosen(&a).clone();
    assert_eq!(hit.kind, HitKind::Swot);
    assert_eq!(hit.quadrant, Some(Quadrant::Threats));
    assert_snapshot!("search_swot_phrase_80x24", screen(&a));
    press(&mut a, "Enter");
    let Screen::Swot(s) = a.screen() else {
        panic!("not on the SWOT")
    };
    assert_eq!(s.focus, Quadrant::Threats);
    let items = roadmap_tui::content::swot_items(&a.doc, Quadrant::Threats);
    // The item is short: the hit shows all of it.
    assert_eq!(items[s.lists[3].selected].text, hit.text);
}

#[test]
fn roadmap_text_lands_on_its_section_with_the_paragraph_selected() {
    let mut a = embedded(Lang::It, (120, 40));
    // A phrase of roadmap 4's text, matched as a substring.
    search(&mut a, "integratori alimentari");
    let s = a.search().unwrap();
    let i = s
        .hits
        .iter()
        .position(|h| h.kind == HitKind::Text && h.roadmap == Some(4))
        .expect("text of roadmap 4");
    let hit = s.hits[i].clone();
    a.search_mut().unwrap().selected = i;
    press(&mut a, "Enter");
    assert_eq!(a.place(), Place::Roadmap(4));
    let Screen::Roadmap(r) = a.screen() else {
        panic!()
    };
    assert_eq!(r.focus, Pane::Content);
    let (items, _, _) = a.current_items().unwrap();
    // The paragraph is long: the hit shows a window of it, "…" where it was cut.
    assert!(
        items[r.content.selected]
            .text
            .contains(hit.text.trim_matches('…'))
    );
}

/// Opens hit `i` of `query`, as choosing it and pressing Enter does.
fn open_hit(a: &mut App, query: &str, i: usize) {
    search(a, query);
    a.search_mut().unwrap().selected = i;
    press(a, "Enter");
    assert!(a.search().is_none());
}

#[test]
fn the_same_text_twice_in_one_list_lands_on_the_occurrence_chosen() {
    let twice = "Zyxwv, un paragrafo che il documento ripete.";
    let mut loaded = roadmap_tui::model::load_embedded().unwrap();
    let r = &mut loaded.doc.roadmaps[1];
    r.context = vec![Text::new(twice), Text::new("Altro."), Text::new(twice)];
    let number = r.number;
    let s = &mut loaded.doc.swot;
    s.weaknesses = vec![Text::new(twice), Text::new("Altro"), Text::new(twice)];
    let hits = App::new(loaded.clone(), Lang::It, (120, 40))
        .search_index()
        .query("zyxwv", Lang::It, &mut roadmap_tui::search::matcher());
    assert_eq!(hits.len(), 4, "{hits:#?}");
    let (mut in_roadmap, mut in_swot) = (Vec::new(), Vec::new());
    for i in 0..hits.len() {
        let mut a = App::new(loaded.clone(), Lang::It, (120, 40));
        open_hit(&mut a, "zyxwv", i);
        match a.screen() {
            Screen::Roadmap(r) => {
                assert_eq!(a.place(), Place::Roadmap(number));
                assert_eq!(SECTIONS[r.section], Section::Context);
                assert_eq!(r.focus, Pane::Content);
                in_roadmap.push(r.content.selected);
            }
            Screen::Swot(s) => {
                assert_eq!(s.focus, Quadrant::Weaknesses);
                in_swot.push(s.lists[Quadrant::Weaknesses.index()].selected);
            }
            _ => panic!("hit {i} opened {}", a.place()),
        }
    }
    in_roadmap.sort_unstable();
    in_swot.sort_unstable();
    assert_eq!(
        in_roadmap,
        [0, 2],
        "each paragraph's hit selects that paragraph"
    );
    assert_eq!(in_swot, [0, 2], "each item's hit selects that item");
}

#[test]
fn a_partnership_lands_on_its_own_line_not_on_a_paragraph_naming_it() {
    let mut a = embedded(Lang::En, (120, 40));
    search(&mut a, "toscana pharma valley");
    let i = a
        .search()
        .unwrap()
        .hits
        .iter()
        .position(|h| h.kind == HitKind::Partnership)
        .expect("the partnership");
    press(&mut a, "Esc");
    open_hit(&mut a, "toscana pharma valley", i);
    assert_eq!(a.place(), Place::Roadmap(1));
    let Screen::Roadmap(r) = a.screen() else {
        panic!()
    };
    // Roadmap 1's update names the network too, in a paragraph of an earlier section.
    assert_eq!(SECTIONS[r.section], Section::EuProjects);
    let (items, _, _) = a.current_items().unwrap();
    let text = &items[r.content.selected].text;
    assert!(text.starts_with("Toscana Pharma Valley ("), "{text}");
}

#[test]
fn typing_backspace_and_ctrl_u_search_again_and_choose_the_first_hit() {
    let mut a = embedded(Lang::It, (120, 40));
    // Two typos: nothing; one: found.
    search(&mut a, "kedrionxy");
    assert!(a.search().unwrap().hits.is_empty());
    press(&mut a, "Backspace");
    assert_eq!(chosen(&a).place, Place::Stakeholder("kedrion".into()));
    press(&mut a, "Down Down");
    press(&mut a, "C-u");
    let s = a.search().unwrap();
    assert!(s.query.is_empty() && s.hits.is_empty() && s.selected == 0);
    assert!(
        !update(&mut a, Msg::Action(Action::Open)),
        "nothing to open"
    );
}

#[test]
fn the_chosen_hit_stays_in_view_while_moving() {
    let mut a = embedded(Lang::It, (80, 24));
    search(&mut a, "a");
    let visible = usize::from(
        roadmap_tui::ui::layout::search(roadmap_tui::ui::layout::full(a.size))
            .results
            .height,
    );
    for _ in 0..60 {
        press(&mut a, "Down");
        let s = a.search().unwrap();
        let row = s
            .rows()
            .iter()
            .position(|r| *r == roadmap_tui::app::ResultRow::Hit(s.selected))
            .unwrap();
        assert!(row >= s.offset && row < s.offset + visible);
    }
    press(&mut a, "PgDn End");
    let s = a.search().unwrap();
    assert_eq!(s.selected, s.hits.len() - 1);
}

#[test]
fn clicks_choose_then_go_and_outside_closes() {
    let mut a = embedded(Lang::It, (120, 40));
    search(&mut a, "esaote");
    let geo = roadmap_tui::ui::layout::search(roadmap_tui::ui::layout::full(a.size));
    // Row 0 is the group heading, row 1 the first hit, row 2 the second if any.
    assert!(update(
        &mut a,
        Msg::Click {
            column: geo.results.x + 2,
            row: geo.results.y + 1
        }
    ));
    assert!(a.search().is_none(), "a click on the chosen hit goes there");
    assert_eq!(a.place(), Place::Stakeholder("esaote".into()));
    search(&mut a, "esaote");
    assert!(update(&mut a, Msg::Click { column: 0, row: 0 }));
    assert!(a.search().is_none(), "a click outside closes");
}

#[test]
fn open_search_place_starts_with_the_overlay_on_that_query() {
    let mut a = embedded(Lang::It, (120, 40));
    a.open_search("biobanche");
    assert!(!a.search().unwrap().hits.is_empty());
    assert_snapshot!("search_biobanche_120x40", screen(&a));
}

#[test]
fn the_index_is_rebuilt_on_reload() {
    let mut a = embedded(Lang::It, (120, 40));
    let mut loaded = roadmap_tui::model::load_embedded().unwrap();
    loaded.doc.organisations[0].name = "Zyxwv Pharma".into();
    assert!(a.reload(Ok(loaded)));
    search(&mut a, "zyxwv");
    assert_eq!(chosen(&a).kind, HitKind::Organisation);
}

#[test]
fn a_scaled_document_finds_every_copy() {
    let doc = synth::scaled(&roadmap_tui::model::load_embedded().unwrap().doc, 3);
    let hits = SearchIndex::new(&doc).query("menarini diagnostics", Lang::It, &mut matcher());
    let n = hits
        .iter()
        .filter(|h| h.kind == HitKind::Organisation && h.text == "Menarini Diagnostics")
        .count();
    assert_eq!(n, 3);
}

#[test]
fn few_results_in_english_on_an_italian_document_say_so() {
    let mut a = embedded(Lang::En, (60, 20));
    search(&mut a, "shipbuilding");
    assert!(a.search().unwrap().hits.is_empty());
    assert!(screen(&a).contains("The document is in Italian"));
    assert_snapshot!("search_other_language_en_60x20", screen(&a));
    // Enough results, or the document's own language: no note.
    press(&mut a, "C-u");
    typed(&mut a, "clinical trials");
    assert!(a.search().unwrap().hits.len() > 3);
    assert!(!screen(&a).contains("The document is in"));
    let mut it = embedded(Lang::It, (60, 20));
    search(&mut it, "good health");
    assert!(!screen(&it).contains("Il documento è in"));
}

#[test]
fn every_hit_says_where_it_is() {
    let mut a = embedded(Lang::En, (80, 24));
    search(&mut a, "clinical trials");
    assert_snapshot!("search_clinical_trials_en_80x24", screen(&a));
    let s = a.search().unwrap();
    for h in &s.hits {
        let at = roadmap_tui::ui::search::location(&a, h);
        assert!(!at.is_empty(), "{h:?}");
        if let Some(n) = h.roadmap {
            assert!(at.contains(&format!("Roadmap {n}")), "{at}");
        }
        if h.place == Place::Document {
            assert!(at.starts_with("Document · "), "{at}");
        }
    }
    press(&mut a, "Esc");
    search(&mut a, "shock");
    let h = chosen(&a);
    let q = h.quadrant.expect("a SWOT item");
    assert_eq!(
        roadmap_tui::ui::search::location(&a, h),
        format!("SWOT · {}", roadmap_tui::place::quadrant_label(q, Lang::En))
    );
}

#[test]
fn an_sdg_is_found_by_its_official_name_in_either_language() {
    let index = SearchIndex::new(&roadmap_tui::model::load_embedded().unwrap().doc);
    for (q, lang, name) in [
        ("good health", Lang::En, "Good health and well-being"),
        ("salute e benessere", Lang::It, "Salute e benessere"),
    ] {
        let hits = index.query(q, lang, &mut matcher());
        assert!(
            hits.iter()
                .any(|h| h.kind == HitKind::Sdg && h.text.contains(name)),
            "{q}: {:?}",
            hits.iter().map(|h| &h.text).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_index_waits_for_the_search_and_the_first_query_finds_everything() {
    let mut a = embedded(Lang::It, (120, 40));
    let whole = SearchIndex::new(&a.doc);
    let expect = |q: &str| whole.query(q, Lang::It, &mut matcher());
    // Nothing before the first frame or while browsing builds it.
    assert!(!a.search_ready(), "built before the first frame");
    press(&mut a, "d Down Down L L Esc s");
    assert!(!a.search_ready(), "built by browsing");
    // Typed at once after `/`: the query finds what the whole index finds.
    search(&mut a, "univ");
    assert!(a.search_ready());
    assert_eq!(a.search().unwrap().hits, expect("univ"));
    // Typed into the overlay opened by name, as `--open search:TEXT` does.
    let mut b = embedded(Lang::It, (120, 40));
    b.open_search("clinical trials");
    assert_eq!(b.search().unwrap().hits, expect("clinical trials"));
    // A reload brings a new document, whose index is built anew when the overlay
    // next opens.
    press(&mut a, "Esc");
    let mut loaded = roadmap_tui::model::load_embedded().unwrap();
    loaded.doc.swot.threats[0] = Text::new("Qwertyuiop, una minaccia nuova.");
    assert!(a.reload(Ok(loaded)));
    assert!(!a.search_ready());
    search(&mut a, "qwertyuiop");
    assert_eq!(a.search().unwrap().hits.len(), 1);
}

#[test]
fn a_hit_near_the_end_of_a_long_document_lands_on_its_paragraph_in_view() {
    let phrase = "Qwertz, l'ultima parola dell'aggiornamento.";
    let mut loaded = roadmap_tui::model::load_embedded().unwrap();
    loaded.doc = synth::scaled(&loaded.doc, 100);
    *loaded.doc.preface.update.last_mut().unwrap() = Text::new(phrase);
    for size in [(60, 20), (80, 24), (160, 48)] {
        let mut a = App::new(loaded.clone(), Lang::It, size);
        let hits = a.search_index().query("qwertz", Lang::It, &mut matcher());
        let i = hits
            .iter()
            .position(|h| h.place == Place::Document)
            .expect("a hit in the document");
        open_hit(&mut a, "qwertz", i);
        let Screen::Detail(d) = a.screen() else {
            panic!("hit opened {}", a.place());
        };
        assert_eq!(a.place(), Place::Document);
        let pane = a.panes()[0].clone();
        let list = a.list(&pane);
        assert_eq!(list.items[d.nav.selected].text, phrase, "{size:?}");
        assert!(d.nav.selected > 1000, "{size:?}: not near the end");
        assert!(screen(&a).contains("Qwertz"), "{size:?}:\n{}", screen(&a));
    }
}
