#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The screens whose words, help and document reading were reworked, at the four
//! sizes people use (down to 60×20) in both languages: the priority written one way,
//! counts in their plural forms, empty sections dimmed, the help wrapped and showing
//! that it scrolls, the document's contents and section jumps, and the selection
//! marked in the margin.

mod common;

use common::{embedded, press, screen};
use insta::assert_snapshot;
use roadmap_tui::model::Lang;

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (160, 48)];

/// Key scripts from the overview.
const SCRIPTS: &[(&str, &str)] = &[
    ("overview", ""),
    ("roadmap_2", "2"),
    ("roadmap_4", "4"),
    ("roadmap_4_content", "4 l j j"),
    ("help", "?"),
    ("help_end", "? G"),
    ("help_document", "d ?"),
    ("document", "d"),
    ("document_sections", "d ] ] ] j"),
    ("slide_roadmap_1", "p Right Right"),
];

#[test]
fn reading_screens_at_every_size_in_both_languages() {
    for lang in Lang::ALL {
        for (w, h) in SIZES {
            for (name, script) in SCRIPTS {
                let mut app = embedded(lang, (w, h));
                press(&mut app, script);
                let code = lang.code();
                assert_snapshot!(format!("{name}_{code}_{w}x{h}"), screen(&app));
            }
        }
    }
}

#[test]
fn a_figure_whose_label_holds_its_year_says_it_once() {
    let mut app = embedded(Lang::It, (160, 48));
    press(&mut app, "1");
    let text = screen(&app);
    assert!(
        text.contains("nel 2030 (mondo): 80% (secondo OCSE)"),
        "{text}"
    );
    assert!(!text.contains("2030 2030"), "{text}");
}
