#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! A document of another region (`tests/fixtures/other-region.ron`: Lombardia, its
//! territories, a previous review other than the embedded document's) shown on every
//! screen, every section, the help, the search and every slide page, in both
//! languages and at two sizes, and exported in every format: its own place names show
//! where the program names the place, and nothing of the embedded document's region
//! or review appears anywhere.

mod common;

use common::walk::every_screen_of;
use common::{Pick, fixture_path, press, screen};
use insta::assert_snapshot;
use roadmap_tui::app::App;
use roadmap_tui::export;
use roadmap_tui::model::{self, Lang};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];
const TERRITORIES: [&str; 3] = ["Italia", "Lombardia", "Provincia di Milano"];

fn other(lang: Lang, size: (u16, u16)) -> App {
    let mut loaded =
        model::load(Some(&fixture_path("other-region.ron"))).expect("the fixture loads");
    loaded.name = "tests/fixtures/other-region.ron".into();
    App::new(loaded, lang, size)
}

/// The embedded document's place word `text` holds, if any: a word beginning with
/// "toscan" or "tuscan" (Toscana, toscani, Tuscany) or the review "MTR".
fn foreign_place(text: &str) -> Option<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.starts_with("toscan") || w.starts_with("tuscan") || *w == "mtr")
        .map(str::to_owned)
}

fn assert_no_foreign_place(what: &str, text: &str) {
    if let Some(w) = foreign_place(text) {
        panic!("{what} names `{w}`:\n{text}");
    }
}

#[test]
fn the_check_for_foreign_places_finds_them() {
    assert_eq!(
        foreign_place("Il settore in Toscana"),
        Some("toscana".into())
    );
    assert_eq!(foreign_place("Tuscany's firms"), Some("tuscany".into()));
    assert_eq!(foreign_place("Aggiornamento MTR S3"), Some("mtr".into()));
    assert_eq!(foreign_place("Il settore in Lombardia"), None);
}

#[test]
fn the_fixture_itself_names_no_place_of_the_embedded_document() {
    let text = std::fs::read_to_string(fixture_path("other-region.ron")).unwrap();
    assert_no_foreign_place("other-region.ron", &text);
    for town in ["siena", "firenze", "pisa", "livorno", "lucca", "arezzo"] {
        assert!(!text.to_lowercase().contains(town), "{town}");
    }
}

/// Every screen, section, slide page and the help, as text, by what was drawn.
fn every_screen_text(lang: Lang) -> Vec<(String, String)> {
    let app = other(lang, (80, 24));
    let mut out = Vec::new();
    every_screen_of(&app, &SIZES, |what, _, buf| {
        out.push((what.to_owned(), roadmap_tui::ui::buffer_text(buf)));
    });
    out
}

/// The screen drawn as `what`, with every run of white space made one space, so
/// that a wrapped line reads on.
fn drawn(screens: &[(String, String)], what: &str) -> String {
    let text = &screens
        .iter()
        .find(|(w, _)| w == what)
        .unwrap_or_else(|| panic!("{what} was not drawn"))
        .1;
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_screen_or_slide_names_the_embedded_documents_place() {
    for lang in [Lang::It, Lang::En] {
        let screens = every_screen_text(lang);
        // 2 sizes × (overview, document, stakeholders, swot, matrix, 10 areas, 12
        // organisations, 4 quadrants, 5 charts, each twice; 2 roadmaps × 10 sections × 2;
        // the help; the slides).
        assert!(screens.len() > 2 * (2 * 35 + 40), "{} drawn", screens.len());
        let pages = screens
            .iter()
            .filter(|(w, _)| w.starts_with("page "))
            .count();
        assert!(pages >= 2 * 10, "{pages} slide pages");
        for (what, text) in &screens {
            assert_no_foreign_place(&format!("{what} ({lang:?})"), text);
        }
    }
}

#[test]
fn the_screens_name_the_region_its_territories_and_its_review() {
    for lang in [Lang::It, Lang::En] {
        let screens = every_screen_text(lang);
        for size in ["80x24", "160x48"] {
            let overview = drawn(&screens, &format!("overview at {size}"));
            let sector_in = lang.pick("Il settore in Lombardia", "The sector in Lombardia");
            assert!(overview.contains(sector_in), "{overview}");
            let update = drawn(&screens, &format!("roadmap:1 section 3 at {size}"));
            let since = lang.pick("Aggiornamento S3 2014-2020", "Update since S3 2014-2020");
            assert!(update.contains(since), "{update}");
        }
        // At 80 columns the line wraps beside the sections pane.
        let eu = drawn(&screens, "roadmap:1 section 5 at 160x48");
        let coordinated = lang.pick("5 coordinati in Lombardia", "5 coordinated in Lombardia");
        assert!(eu.contains(coordinated), "{eu}");
        let document = drawn(&screens, "document at 160x48");
        for t in TERRITORIES {
            assert!(document.contains(&format!("• {t}")), "{t}:\n{document}");
        }
        let earlier = lang.pick(
            "Le roadmap della revisione S3 2014-2020",
            "The roadmaps of the S3 2014-2020 review",
        );
        assert!(document.contains(earlier), "{document}");
    }
}

#[test]
fn search_results_name_no_place_of_the_embedded_document() {
    for lang in [Lang::It, Lang::En] {
        for (w, h) in SIZES {
            for query in [
                "lombardia",
                "aggiornamento",
                "update",
                "settore",
                "latte",
                "coordinati",
            ] {
                let mut app = other(lang, (w, h));
                app.open_search(query);
                let text = screen(&app);
                assert_no_foreign_place(&format!("search {query} ({lang:?}, {w}x{h})"), &text);
            }
        }
        let mut app = other(lang, (160, 48));
        app.open_search("lombardia");
        let text = screen(&app);
        assert!(text.contains("Regione Lombardia"), "{text}");
    }
}

#[test]
fn the_handouts_name_the_region_its_territories_and_its_review_and_no_other() {
    let doc = model::load(Some(&fixture_path("other-region.ron")))
        .unwrap()
        .doc;
    let json = serde_json::to_string_pretty(&doc).unwrap();
    assert_no_foreign_place("json", &json);
    assert!(json.contains("\"region\": \"Lombardia\""), "{json}");
    for lang in [Lang::It, Lang::En] {
        for (format, text) in [
            ("markdown", export::markdown(&doc, lang)),
            ("html", export::html(&doc, lang)),
        ] {
            let what = format!("{format} ({lang:?})");
            assert_no_foreign_place(&what, &text);
            for t in TERRITORIES {
                assert!(
                    text.contains(&format!("{t}</h3>")) || text.contains(&format!("### {t}\n")),
                    "{what}: {t}"
                );
            }
            let coordinated = lang.pick("5 coordinati in Lombardia", "5 coordinated in Lombardia");
            assert!(text.contains(coordinated), "{what}");
            let since = lang.pick("Aggiornamento S3 2014-2020", "Update since S3 2014-2020");
            assert!(text.contains(since), "{what}");
        }
    }
}

#[test]
fn overview_and_document_of_another_region() {
    for lang in [Lang::It, Lang::En] {
        let code = lang.pick("it", "en");
        let mut app = other(lang, (80, 24));
        assert_snapshot!(format!("other_region_overview_{code}_80x24"), screen(&app));
        press(&mut app, "d ]");
        assert_snapshot!(
            format!("other_region_document_positioning_{code}_80x24"),
            screen(&app)
        );
    }
}

#[test]
fn the_update_section_is_named_in_full_where_it_fits_and_short_where_not() {
    // At 160 columns the sections list holds "Aggiornamento S3 2014-2020"; at 80
    // it reads "Aggiornamento", whole, and the pane it opens is titled in full.
    let mut wide = other(Lang::It, (160, 48));
    press(&mut wide, "1");
    assert!(
        screen(&wide).contains("│Aggiornamento S3 2014-2020"),
        "{}",
        screen(&wide)
    );
    let mut narrow = other(Lang::It, (80, 24));
    press(&mut narrow, "1");
    let text = screen(&narrow);
    assert!(text.contains("│Aggiornamento    "), "{text}");
    assert!(!text.contains("Aggiornamento S3 2014-20…"), "{text}");
    press(&mut narrow, "j j j");
    assert!(
        screen(&narrow).contains("Aggiornamento S3 2014-2020"),
        "{}",
        screen(&narrow)
    );
}
