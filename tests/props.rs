#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Random key sequences and terminal sizes never panic and keep every selection in range.

mod common;

use proptest::prelude::*;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, ViewState, update};
use roadmap_tui::content::SECTIONS;
use roadmap_tui::keymap::ALL_ACTIONS;
use roadmap_tui::model::Lang;
use roadmap_tui::place::Quadrant;

fn msg() -> impl Strategy<Value = Msg> {
    let actions: Vec<Action> = ALL_ACTIONS
        .iter()
        .copied()
        .chain((1..=9).map(Action::OpenRoadmap))
        .filter(|a| *a != Action::Quit)
        .collect();
    prop_oneof![
        8 => proptest::sample::select(actions).prop_map(Msg::Action),
        1 => proptest::char::range('a', 'z').prop_map(Msg::Input),
        1 => (1u16..=300, 1u16..=100).prop_map(|(width, height)| Msg::Resize { width, height }),
        1 => (0u16..300, 0u16..100).prop_map(|(column, row)| Msg::Click { column, row }),
        1 => (0u16..300, 0u16..100, prop_oneof![Just(-3i8), Just(3i8)])
            .prop_map(|(column, row, lines)| Msg::Scroll { column, row, lines }),
    ]
}

fn assert_in_range(app: &App) {
    assert!(!app.stack.is_empty());
    for view in &app.stack {
        match &view.state {
            ViewState::Overview(s) => {
                assert!(s.table.selected < s.order.len().max(1));
                assert!(s.order.len() <= app.doc.roadmaps.len());
            }
            ViewState::Stakeholders(s) => {
                assert!(s.table.selected < s.order.len().max(1));
                assert!(s.order.len() <= app.doc.organisations.len());
                assert!(s.table.offset <= s.table.selected || s.order.is_empty());
            }
            ViewState::Roadmap(r) => assert!(r.section < SECTIONS.len()),
            ViewState::Matrix(m) => {
                assert!(m.table.selected < m.order.len().max(1));
                assert!(m.col <= app.doc.roadmaps.len());
                assert!(m.col_offset < app.doc.roadmaps.len().max(1));
                if m.col > 0 {
                    assert!(
                        m.col_offset < m.col,
                        "the cursor's column is not left of the view"
                    );
                }
            }
            ViewState::Figures(f) => {
                assert!(f.selected < f.data.bar_count().max(1));
                assert!(f.offset < f.data.rows.len().max(1));
            }
            ViewState::Area(_) | ViewState::Document(_) | ViewState::Stakeholder(_) => {}
            ViewState::Swot(s) => {
                // Every quadrant's scroll stays in range, not just the focused one.
                let body = roadmap_tui::ui::layout::body(app.size);
                let rects = roadmap_tui::ui::layout::swot(body, s.focus.index(), s.zoomed);
                for q in Quadrant::ALL {
                    let items = roadmap_tui::content::swot_items(&app.doc, q);
                    let nav = s.lists[q.index()];
                    assert!(nav.selected < items.len());
                    let (rows, width) = roadmap_tui::ui::layout::content_viewport(rects[q.index()]);
                    if view == app.view() && rows > 0 {
                        let total: usize =
                            roadmap_tui::content::heights(&items, width).iter().sum();
                        assert!(
                            nav.offset <= total.saturating_sub(rows),
                            "{q:?} scrolled past its end"
                        );
                    }
                }
            }
        }
    }
    // Item lists: the selection names an existing item.
    if let Some((items, _, _)) = app.current_items() {
        let nav = match &app.view().state {
            ViewState::Roadmap(r) => r.content,
            ViewState::Area(n) | ViewState::Document(n) | ViewState::Stakeholder(n) => *n,
            ViewState::Swot(s) => s.lists[s.focus.index()],
            _ => unreachable!(),
        };
        assert!(
            nav.selected < items.len(),
            "{} of {}",
            nav.selected,
            items.len()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_input_never_panics(
        size in (1u16..=300, 1u16..=100),
        msgs in proptest::collection::vec(msg(), 1..60),
        english in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::It };
        let mut app = common::embedded(lang, size);
        for m in msgs {
            update(&mut app, m);
            assert_in_range(&app);
        }
        // Every reachable state draws at the size it ended with.
        let _ = roadmap_tui::ui::render_to_buffer(&app, app.size.0, app.size.1);
        // Back always leads home: it may first close the help, end a filter being
        // typed and clear a table's filters, at most three presses per screen.
        let bound = 3 * app.stack.len() + 1;
        for _ in 0..bound {
            update(&mut app, Msg::Action(Action::Back));
        }
        prop_assert_eq!(app.stack.len(), 1);
        prop_assert!(app.help.is_none());
    }
}
