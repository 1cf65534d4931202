#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The wheel scrolls the pane under the pointer, focused or not.

mod common;

use common::{embedded, press};
use roadmap_tui::action::Msg;
use roadmap_tui::app::{App, Pane, Screen, update};
use roadmap_tui::model::Lang;
use roadmap_tui::place::{Place, Quadrant};
use roadmap_tui::ui::layout;

fn wheel(a: &mut App, (column, row): (u16, u16), lines: i8) -> bool {
    update(a, Msg::Scroll { column, row, lines })
}

/// The middle of `rect`.
fn inside(rect: ratatui::layout::Rect) -> (u16, u16) {
    (rect.x + rect.width / 2, rect.y + rect.height / 2)
}

#[test]
fn the_wheel_over_an_unfocused_quadrant_scrolls_it_and_leaves_the_focus() {
    let mut a = embedded(Lang::It, (80, 24));
    a.open(Place::Swot(None));
    let rects = layout::swot(layout::body(a.size), 0, false);
    let threats = Quadrant::Threats.index();
    assert!(wheel(&mut a, inside(rects[threats]), 3));
    let Screen::Swot(s) = a.screen() else {
        panic!("not on the SWOT");
    };
    assert_eq!(s.focus, Quadrant::Strengths, "the focus stays");
    assert_eq!(
        s.lists[threats].offset, 3,
        "the quadrant under the pointer scrolled"
    );
    assert_eq!(s.lists[0].offset, 0, "the focused quadrant did not");
}

#[test]
fn the_wheel_over_a_roadmaps_content_scrolls_it_while_the_sections_have_the_focus() {
    let mut a = embedded(Lang::En, (80, 24));
    press(&mut a, "1");
    let Screen::Roadmap(r) = a.screen() else {
        panic!("not on a roadmap");
    };
    let [_, sections, content] = layout::roadmap(
        layout::body(a.size),
        &r.title,
        r.facts_width,
        r.sections_width,
    );
    assert!(wheel(&mut a, inside(content), 3));
    let Screen::Roadmap(r) = a.screen() else {
        panic!("not on a roadmap");
    };
    assert_eq!((r.focus, r.section), (Pane::Sections, 0));
    assert_eq!(r.content.offset, 3, "the content scrolled");
    // Over the sections it moves through them.
    assert!(wheel(&mut a, inside(sections), 3));
    let Screen::Roadmap(r) = a.screen() else {
        panic!("not on a roadmap");
    };
    assert_eq!(r.section, 3);
}
