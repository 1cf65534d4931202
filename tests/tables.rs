#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The tables' filters and sorting: typing narrows the roadmaps, the stakeholders
//! and the matrix; kind and roadmap filters; sort by any column with its direction.

mod common;

use common::{embedded, press, screen};
use insta::assert_snapshot;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, RoadmapSort, Screen, update};
use roadmap_tui::keymap::Context;
use roadmap_tui::model::{Lang, OrgKind};
use roadmap_tui::place::Place;

fn app() -> App {
    embedded(Lang::It, (120, 40))
}

/// The names listed by the table on screen, in order.
fn names(a: &App) -> Vec<String> {
    let order = match a.screen() {
        Screen::Stakeholders(s) => &s.order,
        Screen::Matrix(m) => &m.order,
        Screen::Overview(o) => {
            return o
                .order
                .iter()
                .map(|&i| a.doc.roadmaps[i].number.to_string())
                .collect();
        }
        s => panic!("not a table: {s:?}"),
    };
    order
        .iter()
        .map(|&i| a.doc.organisations[i].name.to_string())
        .collect()
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        update(a, Msg::Input(c));
    }
}

#[test]
fn typing_narrows_the_stakeholders_without_caring_for_case_or_accents() {
    let mut a = app();
    press(&mut a, "s f");
    assert_eq!(a.context(), Context::Filter);
    typed(&mut a, "UNIVERSITA");
    let listed = names(&a);
    assert!(!listed.is_empty());
    assert!(
        listed
            .iter()
            .all(|n| n.to_lowercase().contains("universit")),
        "{listed:?}"
    );
    assert!(listed.iter().any(|n| n == "Università di Pisa"));
    // Every word must occur somewhere: name, short name or place.
    typed(&mut a, " pisa");
    assert_eq!(
        names(&a),
        [
            "Azienda Ospedaliero Universitaria Pisana",
            "Università di Pisa"
        ]
    );
}

#[test]
fn characters_are_typed_not_taken_as_keys_while_filtering() {
    let mut a = app();
    press(&mut a, "s f q j S 1");
    assert!(!a.quit);
    assert_eq!(a.place(), Place::Stakeholders);
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.filter.text, "qjS1");
    assert!(s.order.is_empty());
}

#[test]
fn backspace_and_ctrl_u_edit_enter_keeps_and_esc_drops() {
    let mut a = app();
    let all = a.doc.organisations.len();
    press(&mut a, "s f");
    typed(&mut a, "menarinix");
    assert!(names(&a).is_empty());
    press(&mut a, "Backspace");
    assert_eq!(names(&a), ["Gruppo Menarini", "Menarini Diagnostics"]);
    press(&mut a, "Enter");
    assert_eq!(
        a.context(),
        Context::Stakeholders,
        "typing ended, filter kept"
    );
    assert_eq!(names(&a).len(), 2);
    // Esc on a filtered table clears the filter before going back.
    press(&mut a, "Esc");
    assert_eq!(a.place(), Place::Stakeholders);
    assert_eq!(names(&a).len(), all);
    press(&mut a, "Esc");
    assert_eq!(a.place(), Place::Overview);

    let mut a = app();
    press(&mut a, "s f");
    typed(&mut a, "pisa");
    press(&mut a, "C-u");
    assert_eq!(names(&a).len(), all);
    typed(&mut a, "pisa");
    press(&mut a, "Esc");
    assert_eq!(a.context(), Context::Stakeholders);
    assert_eq!(names(&a).len(), all, "Esc while typing drops the filter");
}

#[test]
fn the_selection_stays_on_the_same_organisation_while_the_filter_changes() {
    let mut a = app();
    press(&mut a, "s f");
    typed(&mut a, "menarini");
    press(&mut a, "Down");
    assert_eq!(
        common_selected(&a),
        "Menarini Diagnostics",
        "arrows move while typing"
    );
    press(&mut a, "Backspace Backspace");
    assert_eq!(common_selected(&a), "Menarini Diagnostics");
    press(&mut a, "Enter Enter");
    assert_eq!(a.place(), Place::Stakeholder("menarini-diagnostics".into()));
}

fn common_selected(a: &App) -> String {
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    a.doc.organisations[s.order[s.table.selected]]
        .name
        .to_string()
}

#[test]
fn kind_and_roadmap_filters_cycle_and_combine() {
    let mut a = app();
    press(&mut a, "s K");
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.kind, Some(OrgKind::Company));
    assert!(
        s.order
            .iter()
            .all(|&i| a.doc.organisations[i].kind == OrgKind::Company)
    );
    let companies = s.order.len();
    press(&mut a, "R R");
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.roadmap, Some(2));
    assert!(s.order.len() < companies);
    assert!(
        s.order
            .iter()
            .all(|&i| a.index.org_roadmap_numbers[i].contains(&2))
    );
    // "Who backs roadmap 2, with what turnover?"
    assert!(names(&a).contains(&"Esaote".to_owned()));
    assert_snapshot!("stakeholders_companies_of_roadmap_2_120x40", screen(&a));
    // Cycling past the last roadmap shows all again.
    for _ in 2..=a.doc.roadmaps.len() {
        press(&mut a, "R");
    }
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.roadmap, None);
    press(&mut a, "Esc");
    let Screen::Stakeholders(s) = a.screen() else {
        panic!()
    };
    assert_eq!((s.kind, s.roadmap), (None, None));
    assert_eq!(s.order.len(), a.doc.organisations.len());
}

#[test]
fn the_roadmap_table_sorts_by_every_column_and_opens_the_row_under_the_cursor() {
    let mut a = app();
    let sorts = [
        RoadmapSort::Title,
        RoadmapSort::Sector,
        RoadmapSort::Priority,
        RoadmapSort::Areas,
        RoadmapSort::Stakeholders,
        RoadmapSort::EuProjects,
        RoadmapSort::EuContribution,
        RoadmapSort::Number,
    ];
    for expected in sorts {
        assert!(update(&mut a, Msg::Action(Action::CycleSort)));
        let Screen::Overview(s) = a.screen() else {
            panic!()
        };
        assert_eq!(s.sort, expected);
    }
    press(&mut a, "S S S S S S S");
    // By EU contribution, largest first: roadmap 2 (20 M€), 1 (19), 3 (2.5), then none.
    assert_eq!(names(&a)[..3], ["2", "1", "3"]);
    assert_snapshot!("overview_by_eu_contribution_120x40", screen(&a));
    press(&mut a, "r");
    assert_eq!(names(&a)[4..], ["3", "1", "2"]);
    press(&mut a, "G Enter");
    assert_eq!(a.place(), Place::Roadmap(2));
}

#[test]
fn the_roadmap_table_filters_by_title_and_sector() {
    let mut a = app();
    press(&mut a, "f");
    typed(&mut a, "nutra");
    assert_eq!(names(&a), ["4"]);
    assert_snapshot!("overview_filtering_120x40", screen(&a));
    press(&mut a, "Enter Enter");
    assert_eq!(a.place(), Place::Roadmap(4));
    press(&mut a, "Esc");
    assert_eq!(
        names(&a),
        ["4"],
        "the filter is still there on the way back"
    );
}

#[test]
fn the_matrix_filters_too() {
    let mut a = embedded(Lang::En, (80, 24));
    press(&mut a, "x f");
    typed(&mut a, "fondazione");
    assert!(!names(&a).is_empty());
    assert!(
        names(&a)
            .iter()
            .all(|n| n.to_lowercase().contains("fondazione"))
    );
    assert_snapshot!("matrix_filtering_80x24", screen(&a));
}

#[test]
fn filter_keys_do_nothing_off_the_tables() {
    let mut a = app();
    press(&mut a, "w");
    assert!(!update(&mut a, Msg::Action(Action::Filter)));
    assert!(!update(&mut a, Msg::Input('x')));
    assert!(!update(&mut a, Msg::Action(Action::CycleKind)));
    assert!(!update(&mut a, Msg::Action(Action::DeleteChar)));
}
