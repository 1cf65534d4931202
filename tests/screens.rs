#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Snapshots of every screen, driven by key scripts, on the small fixture and on the
//! embedded document, at 80×24 and 160×48. Each snapshot ends with a fingerprint of
//! the cell styles, so colour changes are caught too.

mod common;

use common::{embedded, press, screen, small};
use insta::assert_snapshot;
use roadmap_tui::model::Lang;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// Key scripts reaching each screen from the overview.
const SCRIPTS: &[(&str, &str)] = &[
    ("overview", ""),
    ("overview_moved", "j j"),
    ("roadmap", "Enter"),
    ("roadmap_areas", "Enter j j Enter"),
    ("roadmap_stakeholders", "Enter j j j j Enter"),
    ("roadmap_eu", "Enter j j j j j Enter"),
    ("area", "Enter j j Enter j j Enter"),
    ("document", "d"),
    ("document_scrolled", "d PgDn PgDn"),
    ("stakeholders", "s"),
    ("stakeholders_by_turnover", "s S S S"),
    ("stakeholder", "s Enter"),
    ("help", "?"),
    ("help_on_roadmap", "Enter ?"),
    ("help_on_swot", "w ?"),
];

fn run(doc: &str, make: fn(Lang, (u16, u16)) -> roadmap_tui::app::App) {
    for (w, h) in SIZES {
        for (name, script) in SCRIPTS {
            let mut app = make(Lang::It, (w, h));
            press(&mut app, script);
            assert_snapshot!(format!("{doc}_{name}_{w}x{h}"), screen(&app));
        }
    }
}

#[test]
fn small_fixture_screens() {
    run("small", small);
}

#[test]
fn embedded_document_screens() {
    run("embedded", embedded);
}

#[test]
fn english_interface() {
    let mut app = embedded(Lang::En, (120, 40));
    assert_snapshot!("embedded_overview_en_120x40", screen(&app));
    press(&mut app, "2 j j j j Enter");
    assert_snapshot!("embedded_roadmap2_stakeholders_en_120x40", screen(&app));
}

#[test]
fn stakeholder_of_roadmap_two_with_figures() {
    // "Who backs roadmap 2, with what turnover?"
    let mut app = embedded(Lang::It, (120, 40));
    common::open(&mut app, "stakeholder:esaote");
    assert_snapshot!("embedded_stakeholder_esaote_120x40", screen(&app));
}

#[test]
fn too_small_notice() {
    for (w, h) in [(59, 24), (80, 15), (20, 5), (1, 1)] {
        let app = small(Lang::It, (w, h));
        assert_snapshot!(format!("too_small_{w}x{h}"), screen(&app));
    }
}

#[test]
fn priority_and_selection_have_colour() {
    let mut app = embedded(Lang::It, (120, 40));
    let sel = common::style_at(&app, "1   Nuovi prodotti").expect("selected row");
    assert_eq!(sel.bg, app.theme.selected.bg);
    // Off the selected row, the priority cells carry their own colour.
    press(&mut app, "j");
    let on = common::style_at(&app, "■").expect("priority cells shown");
    assert_eq!(on.fg, app.theme.priority_on.fg);
}

#[test]
fn swot_grid_each_quadrant_focused_and_zoomed() {
    const FOCUS: [(&str, &str); 4] = [
        ("strengths", ""),
        ("weaknesses", "Tab"),
        ("opportunities", "Tab Tab"),
        ("threats", "Tab Tab Tab"),
    ];
    for (w, h) in [(160, 48), (80, 24), (60, 20)] {
        for (name, keys) in FOCUS {
            for (zoom, z) in [("grid", ""), ("zoomed", "z")] {
                let mut app = embedded(Lang::It, (w, h));
                press(&mut app, &format!("w {keys} {z}"));
                assert_snapshot!(format!("swot_{name}_{zoom}_{w}x{h}"), screen(&app));
            }
        }
    }
}

#[test]
fn swot_quadrants_have_their_own_colours() {
    let app = embedded(Lang::En, (160, 48));
    let mut app = app;
    press(&mut app, "w");
    for (q, title) in ["Strengths", "Weaknesses", "Opportunities", "Threats"]
        .iter()
        .enumerate()
    {
        let style = common::style_at(&app, title).expect("quadrant title shown");
        assert_eq!(style.fg, app.theme.swot[q].fg, "{title}");
    }
    assert_ne!(app.theme.swot[0].fg, app.theme.swot[3].fg);
}

#[test]
fn every_theme_on_the_overview_the_swot_and_the_figures() {
    use roadmap_tui::ui::theme::ThemeName;
    for (theme, no_color) in [
        (ThemeName::Light, false),
        (ThemeName::Contrast, false),
        (ThemeName::Dark, true),
    ] {
        let name = if no_color { "no_color" } else { theme.name() };
        for (screen_name, keys) in [("overview", ""), ("swot", "w"), ("figures", "c l l")] {
            let mut app = embedded(Lang::It, (80, 24));
            app.set_theme(theme, no_color);
            press(&mut app, keys);
            assert_snapshot!(format!("theme_{name}_{screen_name}_80x24"), screen(&app));
        }
    }
}

#[test]
fn the_theme_key_cycles_and_no_color_stays_without_colour() {
    use roadmap_tui::ui::theme::{Theme, ThemeName};
    let mut app = embedded(Lang::It, (80, 24));
    for expected in [ThemeName::Light, ThemeName::Contrast, ThemeName::Dark] {
        assert_eq!(press(&mut app, "t"), 1);
        assert_eq!(app.theme_name, expected);
        assert_eq!(app.theme, Theme::new(expected, false));
    }
    app.set_theme(ThemeName::Dark, true);
    // A key that does nothing takes the last confirmation away; then `t` changes nothing.
    assert_eq!(press(&mut app, "Esc"), 1);
    assert_eq!(press(&mut app, "t"), 0);
    let buf = roadmap_tui::ui::render_to_buffer(&app, 80, 24);
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
}
