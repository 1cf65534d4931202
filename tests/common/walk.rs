//! Every screen of an app drawn at several sizes, and the check that no cell of a
//! drawn screen holds anything a terminal would act on. Shared by the tests and by
//! the fuzz target (`fuzz/fuzz_targets/load_and_render.rs` includes this file), so it
//! uses nothing but the library and std.

use ratatui::buffer::Buffer;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, Pane, RoadmapState, Screen, update};
use roadmap_tui::content::SECTIONS;
use roadmap_tui::model::{Area, Document};
use roadmap_tui::place::{Chart, Place, Quadrant};

/// From a single cell to a large terminal, through the sizes where layouts switch.
pub const SIZES: [(u16, u16); 4] = [(1, 1), (20, 5), (80, 24), (200, 60)];

/// Whether `c` may not appear in a drawn cell: C0 and C1 controls, ESC and DEL,
/// bidirectional embeddings, overrides and isolates, zero-width and invisible
/// formatting characters.
pub fn forbidden(c: char) -> bool {
    c.is_control()
        || matches!(
            u32::from(c),
            0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2069 | 0xFEFF
        )
}

/// Fails when a cell of `buf` holds a [`forbidden`] character.
pub fn assert_inert(buf: &Buffer, what: &str) {
    let width = usize::from(buf.area.width.max(1));
    for (i, cell) in buf.content.iter().enumerate() {
        if let Some(c) = cell.symbol().chars().find(|&c| forbidden(c)) {
            panic!(
                "{what}: cell ({}, {}) holds U+{:04X} in {:?}",
                i % width,
                i / width,
                u32::from(c),
                cell.symbol()
            );
        }
    }
}

fn area_ids(areas: &[Area], out: &mut Vec<String>) {
    for a in areas {
        out.push(a.id.clone());
        area_ids(&a.children, out);
    }
}

/// Every place of `doc`: the overview, the document, each roadmap, area and
/// organisation, the stakeholder table, the SWOT and each quadrant zoomed, the
/// matrix and each chart.
pub fn places(doc: &Document) -> Vec<Place> {
    let mut v = vec![
        Place::Overview,
        Place::Document,
        Place::Stakeholders,
        Place::Swot(None),
        Place::Matrix,
    ];
    v.extend(doc.roadmaps.iter().map(|r| Place::Roadmap(r.number)));
    let mut areas = Vec::new();
    for r in &doc.roadmaps {
        for g in &r.area_groups {
            area_ids(&g.areas, &mut areas);
        }
    }
    v.extend(areas.into_iter().map(Place::Area));
    v.extend(
        doc.organisations
            .iter()
            .map(|o| Place::Stakeholder(o.id.clone())),
    );
    v.extend(Quadrant::ALL.map(|q| Place::Swot(Some(q))));
    v.extend(Chart::ALL.map(Place::Figures));
    v
}

/// Draws every screen of `app` at each of `sizes` and hands each drawing to `check`
/// with a description: every place, every section of every roadmap (at its start
/// and scrolled to its end), the help overlay and every presentation slide.
pub fn every_screen(app: &App, sizes: &[(u16, u16)], mut check: impl FnMut(&str, &Buffer)) {
    every_screen_of(app, sizes, |what, _, buf| check(what, buf));
}

/// [`every_screen`], handing `check` the app that was drawn too.
pub fn every_screen_of(
    app: &App,
    sizes: &[(u16, u16)],
    mut check: impl FnMut(&str, &App, &Buffer),
) {
    let places = places(&app.doc);
    for &(width, height) in sizes {
        let mut base = app.clone();
        base.truncate(1);
        base.layers.clear();
        update(&mut base, Msg::Resize { width, height });
        let mut draw = |a: &App, what: &dyn Fn() -> String| {
            let buf = roadmap_tui::ui::render_to_buffer(a, width, height);
            check(&format!("{} at {width}x{height}", what()), a, &buf);
        };
        for place in &places {
            let mut a = base.clone();
            a.open(place.clone());
            if let Place::Roadmap(_) = place {
                for section in 0..SECTIONS.len() {
                    if let Screen::Roadmap(r) = a.screen_mut() {
                        *r = RoadmapState {
                            section,
                            focus: Pane::Content,
                            content: roadmap_tui::nav::ListNav::default(),
                            ..r.clone()
                        };
                    }
                    a.refresh();
                    draw(&a, &|| format!("{place} section {section}"));
                    update(&mut a, Msg::Action(Action::Bottom));
                    draw(&a, &|| format!("{place} section {section}, at its end"));
                }
                continue;
            }
            draw(&a, &|| place.to_string());
            update(&mut a, Msg::Action(Action::Bottom));
            draw(&a, &|| format!("{place}, at its end"));
        }
        let mut a = base.clone();
        a.open_help();
        draw(&a, &|| "help".to_owned());
        let mut a = base.clone();
        a.start_presenting();
        for page in 0..a.cache.deck().pages.len() {
            a.present.go(page, a.cache.deck());
            a.refresh();
            draw(&a, &|| format!("page {}", page + 1));
        }
    }
}
