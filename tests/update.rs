#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! `update` for every action and message, without a terminal.

mod common;

use common::{embedded, press, small};
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, Pane, Screen, SortKey, update};
use roadmap_tui::model::Lang;
use roadmap_tui::place::{Place, Quadrant};

fn act(app: &mut App, a: Action) -> bool {
    update(app, Msg::Action(a))
}

fn overview_selected(app: &App) -> usize {
    match app.screen() {
        Screen::Overview(s) => s.table.selected,
        s => panic!("not on the overview: {s:?}"),
    }
}

fn app() -> App {
    embedded(Lang::It, (120, 40))
}

#[test]
fn starts_on_the_overview_with_the_first_roadmap_selected() {
    let a = app();
    assert_eq!(a.place(), Place::Overview);
    assert_eq!(overview_selected(&a), 0);
    assert_eq!(a.stack().len(), 1);
}

#[test]
fn quit() {
    let mut a = app();
    assert!(act(&mut a, Action::Quit));
    assert!(a.quit);
}

#[test]
fn ctrl_z_asks_to_suspend_and_changes_nothing_else() {
    for keys in ["", "/ a b", "s f"] {
        let mut a = app();
        common::press(&mut a, keys);
        let (place, context) = (a.place(), a.context());
        common::press(&mut a, "C-z");
        assert!(a.suspend, "after {keys:?}");
        assert!(!a.quit);
        assert_eq!((a.place(), a.context()), (place, context));
    }
}

#[test]
fn up_down_top_bottom_clamp_on_the_overview() {
    let mut a = app();
    assert!(!act(&mut a, Action::Up));
    assert!(act(&mut a, Action::Down));
    assert_eq!(overview_selected(&a), 1);
    assert!(act(&mut a, Action::Bottom));
    assert_eq!(overview_selected(&a), 6);
    assert!(!act(&mut a, Action::Down));
    assert!(act(&mut a, Action::Top));
    assert_eq!(overview_selected(&a), 0);
}

#[test]
fn page_down_and_up_move_by_a_screen_in_the_stakeholder_table() {
    let mut a = app();
    act(&mut a, Action::GoStakeholders);
    assert!(act(&mut a, Action::PageDown));
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert!(s.table.selected > 10, "moved a page: {}", s.table.selected);
    assert!(act(&mut a, Action::PageUp));
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.table.selected, 0);
}

#[test]
fn open_drills_in_and_back_returns() {
    let mut a = app();
    act(&mut a, Action::Down);
    assert!(act(&mut a, Action::Open));
    assert_eq!(a.place(), Place::Roadmap(2));
    assert!(act(&mut a, Action::Back));
    assert_eq!(a.place(), Place::Overview);
    assert_eq!(
        overview_selected(&a),
        1,
        "the selection survives going back"
    );
    assert!(!act(&mut a, Action::Back), "the root is never popped");
    assert_eq!(a.stack().len(), 1);
}

#[test]
fn open_on_sections_focuses_content_then_follows_links() {
    let mut a = app();
    press(&mut a, "2 j j");
    let Screen::Roadmap(s) = a.screen() else {
        panic!()
    };
    assert_eq!((s.section, s.focus), (2, Pane::Sections));
    assert!(act(&mut a, Action::Open));
    let Screen::Roadmap(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.focus, Pane::Content);
    // Areas of roadmap 2: intro paragraph, group heading, then the first area link.
    press(&mut a, "j j");
    assert!(act(&mut a, Action::Open));
    assert!(matches!(a.place(), Place::Area(_)), "on {:?}", a.place());
}

#[test]
fn panes_switch_on_the_roadmap_only() {
    let mut a = app();
    assert!(!act(&mut a, Action::NextPane));
    act(&mut a, Action::OpenRoadmap(1));
    assert!(act(&mut a, Action::NextPane));
    assert!(!act(&mut a, Action::NextPane));
    assert!(act(&mut a, Action::PrevPane));
    let Screen::Roadmap(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.focus, Pane::Sections);
}

#[test]
fn number_keys_open_existing_roadmaps_only() {
    let mut a = app();
    assert!(act(&mut a, Action::OpenRoadmap(7)));
    assert_eq!(a.place(), Place::Roadmap(7));
    assert!(
        !act(&mut a, Action::OpenRoadmap(7)),
        "same place twice is not stacked"
    );
    assert!(!act(&mut a, Action::OpenRoadmap(9)));
    assert_eq!(a.stack().len(), 2);
}

#[test]
fn go_overview_and_go_stakeholders() {
    let mut a = app();
    press(&mut a, "3 s Enter");
    assert!(matches!(a.place(), Place::Stakeholder(_)));
    assert!(act(&mut a, Action::GoOverview));
    assert_eq!(a.stack().len(), 1);
    assert!(act(&mut a, Action::GoStakeholders));
    assert_eq!(a.place(), Place::Stakeholders);
    assert!(!act(&mut a, Action::GoStakeholders));
}

#[test]
fn go_document_opens_the_preface_and_its_links_lead_to_roadmaps() {
    let mut a = app();
    assert!(act(&mut a, Action::GoDocument));
    assert_eq!(a.place(), Place::Document);
    assert!(!act(&mut a, Action::GoDocument));
    // Preface heading, then its paragraphs, then the MTR roadmaps heading and links:
    // walk down to the first link and follow it (MTR roadmap 7 became roadmap 4).
    let items = a.current_items().expect("item list").0;
    let seventh = items
        .iter()
        .position(|i| i.text.starts_with("7)"))
        .expect("MTR roadmap 7 listed");
    for _ in 0..seventh {
        press(&mut a, "j");
    }
    // Tall paragraphs take extra steps; keep going until the link is selected.
    while matches!(a.screen(), Screen::Detail(d) if d.nav.selected < seventh) {
        press(&mut a, "j");
    }
    assert!(act(&mut a, Action::Open));
    assert_eq!(a.place(), Place::Roadmap(4));
}

#[test]
fn sorting_cycles_columns_and_reverses() {
    let mut a = app();
    act(&mut a, Action::GoStakeholders);
    let first_by_name = |a: &App| {
        let Screen::Stakeholders(s) = a.screen() else {
            panic!()
        };
        (
            s.sort,
            s.descending,
            a.doc.organisations[s.order[0]].id.clone(),
        )
    };
    assert_eq!(first_by_name(&a).0, SortKey::Name);
    press(&mut a, "S S S");
    let (key, desc, top) = first_by_name(&a);
    assert_eq!((key, desc), (SortKey::Turnover, true));
    assert_eq!(top, "menarini", "largest turnover first (3,75 mld €)");
    assert!(act(&mut a, Action::ReverseSort));
    let (_, desc, top) = first_by_name(&a);
    assert!(!desc);
    assert_ne!(top, "menarini");
    press(&mut a, "S S S");
    assert_eq!(
        first_by_name(&a).0,
        SortKey::Name,
        "cycles back to the name"
    );
}

#[test]
fn sort_keeps_the_selected_organisation() {
    let mut a = app();
    press(&mut a, "s j j j");
    let id = |a: &App| {
        let Screen::Stakeholders(s) = a.screen() else {
            panic!()
        };
        a.doc.organisations[s.order[s.table.selected]].id.clone()
    };
    let before = id(&a);
    press(&mut a, "S");
    assert_eq!(id(&a), before);
}

#[test]
fn help_opens_scrolls_and_closes() {
    // At 120×40 the overview's help fits: it has nothing to scroll.
    let mut a = app();
    assert!(act(&mut a, Action::ToggleHelp));
    assert!(!act(&mut a, Action::Down));
    let mut a = embedded(Lang::It, (80, 24));
    assert!(act(&mut a, Action::ToggleHelp));
    assert_eq!(a.help(), Some(0));
    assert!(act(&mut a, Action::Down));
    assert_eq!(a.help(), Some(1));
    assert!(!act(&mut a, Action::Open), "Enter does nothing under help");
    assert_eq!(a.place(), Place::Overview);
    assert!(act(&mut a, Action::Back));
    assert_eq!(a.help(), None);
    act(&mut a, Action::ToggleHelp);
    assert!(act(&mut a, Action::ToggleHelp));
    assert_eq!(a.help(), None);
}

#[test]
fn mouse_and_language_toggle() {
    let mut a = app();
    assert!(a.mouse);
    assert!(act(&mut a, Action::ToggleMouse));
    assert!(!a.mouse);
    assert!(act(&mut a, Action::ToggleLang));
    assert_eq!(a.lang, Lang::En);
}

#[test]
fn click_selects_then_opens_a_row() {
    let mut a = app();
    // Overview at 120×40: the table's border and header come before its rows.
    let table =
        roadmap_tui::ui::layout::overview(roadmap_tui::ui::layout::body(a.size), &a.doc, a.lang)
            .table;
    let row_of = |i: u16| table.y + 2 + i;
    assert!(update(
        &mut a,
        Msg::Click {
            column: 10,
            row: row_of(2)
        }
    ));
    assert_eq!(overview_selected(&a), 2);
    assert!(update(
        &mut a,
        Msg::Click {
            column: 10,
            row: row_of(2)
        }
    ));
    assert_eq!(a.place(), Place::Roadmap(3));
    assert!(!update(
        &mut a,
        Msg::Click {
            column: 119,
            row: 39
        }
    ));
}

#[test]
fn click_on_a_breadcrumb_goes_back_there() {
    let mut a = app();
    press(&mut a, "1 s Enter");
    assert_eq!(a.stack().len(), 3);
    assert!(update(&mut a, Msg::Click { column: 2, row: 0 }));
    assert_eq!(a.stack().len(), 1);
}

#[test]
fn click_on_a_section_then_a_link() {
    let mut a = app();
    press(&mut a, "2");
    // Sections pane starts at body row 1 + header 3; its first line is one below the border.
    let first_section_row = 1 + 3 + 1;
    assert!(update(
        &mut a,
        Msg::Click {
            column: 3,
            row: first_section_row + 4
        }
    ));
    let Screen::Roadmap(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.section, 4);
    // The stakeholder section starts with a heading, then the first key player.
    assert!(update(
        &mut a,
        Msg::Click {
            column: 40,
            row: first_section_row + 1
        }
    ));
    assert!(update(
        &mut a,
        Msg::Click {
            column: 40,
            row: first_section_row + 1
        }
    ));
    assert!(
        matches!(a.place(), Place::Stakeholder(_)),
        "on {:?}",
        a.place()
    );
}

#[test]
fn wheel_scrolls_tables_and_text() {
    let mut a = app();
    assert!(update(
        &mut a,
        Msg::Scroll {
            column: 5,
            row: 12,
            lines: 3
        }
    ));
    assert_eq!(overview_selected(&a), 3);
    // Roadmap 1's update since the review is long: the wheel scrolls its text.
    press(&mut a, "1 j j j Tab");
    assert!(update(
        &mut a,
        Msg::Scroll {
            column: 40,
            row: 12,
            lines: 3
        }
    ));
    let Screen::Roadmap(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.content.offset, 3);
}

#[test]
fn resize_keeps_selections_in_range() {
    let mut a = small(Lang::It, (80, 24));
    press(&mut a, "s G");
    assert!(update(
        &mut a,
        Msg::Resize {
            width: 1,
            height: 1
        }
    ));
    assert!(update(
        &mut a,
        Msg::Resize {
            width: 300,
            height: 100
        }
    ));
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert!(s.table.selected < a.doc.organisations.len());
    assert_eq!(s.table.offset, 0, "everything fits, nothing scrolled off");
}

#[test]
fn open_place_puts_it_above_the_overview() {
    let mut a = app();
    common::open(&mut a, "roadmap:4");
    assert_eq!(a.stack().len(), 2);
    assert!(act(&mut a, Action::Back));
    assert_eq!(a.place(), Place::Overview);
}

#[test]
fn unknown_places_list_the_valid_forms() {
    let a = app();
    let e = Place::parse("nowhere", &a.doc, &a.index).unwrap_err();
    assert!(e.contains("overview, document, roadmap:N"), "{e}");
    let e = Place::parse("roadmap:12", &a.doc, &a.index).unwrap_err();
    assert!(e.contains("1, 2, 3, 4, 5, 6, 7"), "{e}");
    assert!(Place::parse("stakeholder:nobody", &a.doc, &a.index).is_err());
    assert_eq!(
        Place::parse("area:r2-diagnostica-avanzata", &a.doc, &a.index),
        Ok(Place::Area("r2-diagnostica-avanzata".into()))
    );
}

#[test]
fn an_unknown_id_in_a_place_suggests_the_nearest() {
    let a = app();
    let e = Place::parse("stakeholder:menarni", &a.doc, &a.index).unwrap_err();
    assert!(
        e.starts_with(
            "no organisation with id `menarni`; did you mean `menarini` (Gruppo Menarini)"
        ),
        "{e}"
    );
    let e = Place::parse("area:r2-diagnostica", &a.doc, &a.index).unwrap_err();
    assert!(
        e.starts_with("no area with id `r2-diagnostica`; did you mean "),
        "{e}"
    );
    assert!(
        e.contains("`r2-diagnostica-avanzata` (diagnostica avanzata)"),
        "{e}"
    );
    // Nothing near: no suggestion.
    let e = Place::parse("stakeholder:nobody", &a.doc, &a.index).unwrap_err();
    assert_eq!(e, "no organisation with id `nobody`");
}

#[test]
fn open_fills_in_the_path_above_areas_and_organisations() {
    let mut a = app();
    common::open(&mut a, "area:r2-diagnostica-avanzata");
    let places: Vec<String> = a.stack().iter().map(|v| v.place().to_string()).collect();
    assert_eq!(
        places,
        ["overview", "roadmap:2", "area:r2-diagnostica-avanzata"]
    );
    let mut a = app();
    common::open(&mut a, "stakeholder:esaote");
    let places: Vec<String> = a.stack().iter().map(|v| v.place().to_string()).collect();
    assert_eq!(places, ["overview", "stakeholders", "stakeholder:esaote"]);
}

fn swot(a: &App) -> roadmap_tui::app::SwotState {
    match a.screen() {
        Screen::Swot(s) => s.clone(),
        s => panic!("not on the SWOT: {s:?}"),
    }
}

#[test]
fn swot_opens_from_anywhere_with_strengths_focused() {
    let mut a = app();
    press(&mut a, "3 s");
    assert!(act(&mut a, Action::GoSwot));
    assert_eq!(a.place(), Place::Swot(None));
    let s = swot(&a);
    assert_eq!((s.focus, s.zoomed), (Quadrant::Strengths, false));
    assert!(!act(&mut a, Action::GoSwot), "already there");
}

#[test]
fn swot_focus_moves_across_the_grid() {
    let mut a = embedded(Lang::It, (160, 48));
    act(&mut a, Action::GoSwot);
    assert!(act(&mut a, Action::FocusRight));
    assert_eq!(swot(&a).focus, Quadrant::Weaknesses);
    assert!(
        !act(&mut a, Action::FocusRight),
        "no quadrant further right"
    );
    assert!(act(&mut a, Action::FocusDown));
    assert_eq!(swot(&a).focus, Quadrant::Threats);
    assert!(act(&mut a, Action::FocusLeft));
    assert_eq!(swot(&a).focus, Quadrant::Opportunities);
    assert!(act(&mut a, Action::FocusUp));
    assert_eq!(swot(&a).focus, Quadrant::Strengths);
    assert!(act(&mut a, Action::PrevPane), "Shift-Tab wraps around");
    assert_eq!(swot(&a).focus, Quadrant::Threats);
    assert!(act(&mut a, Action::NextPane));
    assert_eq!(swot(&a).focus, Quadrant::Strengths);
}

#[test]
fn swot_focus_walks_the_column_on_narrow_terminals() {
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "w j j");
    assert_eq!(swot(&a).focus, Quadrant::Opportunities, "down the column");
    press(&mut a, "k");
    assert_eq!(swot(&a).focus, Quadrant::Weaknesses);
}

#[test]
fn swot_zoom_toggles_and_arrows_scroll_while_zoomed() {
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "w Tab Tab");
    assert!(act(&mut a, Action::Zoom));
    assert!(swot(&a).zoomed);
    assert_eq!(a.context(), roadmap_tui::keymap::Context::SwotZoom);
    // Zoomed, j scrolls the quadrant instead of moving the focus.
    press(&mut a, "j j j");
    let s = swot(&a);
    assert_eq!(s.focus, Quadrant::Opportunities);
    assert!(s.lists[2].selected > 0);
    assert!(act(&mut a, Action::Open), "Enter zooms back out too");
    assert!(!swot(&a).zoomed);
    assert_eq!(
        swot(&a).lists[2],
        s.lists[2],
        "each quadrant keeps its own scroll"
    );
}

#[test]
fn swot_place_opens_zoomed_on_a_quadrant() {
    let mut a = app();
    common::open(&mut a, "swot:threats");
    let s = swot(&a);
    assert_eq!((s.focus, s.zoomed), (Quadrant::Threats, true));
    assert!(Place::parse("swot:nothing", &a.doc, &a.index).is_err());
}

#[test]
fn swot_click_focuses_the_quadrant_under_the_pointer() {
    let mut a = embedded(Lang::It, (160, 48));
    act(&mut a, Action::GoSwot);
    // Bottom-right quadrant of the grid.
    assert!(update(
        &mut a,
        Msg::Click {
            column: 120,
            row: 40
        }
    ));
    assert_eq!(swot(&a).focus, Quadrant::Threats);
}

#[test]
fn swot_page_down_scrolls_the_focused_quadrant_only() {
    let mut a = embedded(Lang::It, (60, 20));
    press(&mut a, "w PgDn");
    let s = swot(&a);
    assert!(s.lists[0].offset > 0);
    assert_eq!(s.lists[1], roadmap_tui::nav::ListNav::default());
}
