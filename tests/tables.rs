#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The tables' filters and sorting: typing narrows the roadmaps, the stakeholders
//! and the matrix; kind and roadmap filters; sort by any column with its direction.

mod common;

use common::{embedded, press, screen};
use insta::assert_snapshot;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, PickerState, RoadmapSort, Screen, SortKey, StakeholdersState, update};
use roadmap_tui::content::choices::{Choice, Facet};
use roadmap_tui::content::sort;
use roadmap_tui::keymap::Context;
use roadmap_tui::model::{Lang, Metric, OrgKind};
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

fn stakeholders(a: &App) -> &StakeholdersState {
    match a.screen() {
        Screen::Stakeholders(s) => s,
        s => panic!("not on the stakeholders: {s:?}"),
    }
}

fn picker(a: &App) -> &PickerState {
    a.layers.picker().expect("the picker is open")
}

#[test]
fn kind_and_roadmap_filters_are_chosen_from_a_list_and_combine() {
    let mut a = app();
    press(&mut a, "s K");
    assert_eq!(a.context(), Context::Picker);
    assert_eq!(picker(&a).selected(), Some(Choice::All), "all is in force");
    // Italian: "i" fits impresa and istituto di ricerca, "im" only impresa.
    press(&mut a, "i");
    assert_eq!(a.context(), Context::Picker, "two kinds begin with i");
    assert_eq!(picker(&a).typed, "i");
    press(&mut a, "m");
    assert_eq!(
        a.context(),
        Context::Stakeholders,
        "chosen, the list closes"
    );
    let s = stakeholders(&a);
    assert_eq!(s.kind, Some(OrgKind::Company));
    assert!(
        s.order
            .iter()
            .all(|&i| a.doc.organisations[i].kind == OrgKind::Company)
    );
    let companies = s.order.len();
    // A roadmap by its number: one key.
    press(&mut a, "R 2");
    assert_eq!(a.context(), Context::Stakeholders);
    let s = stakeholders(&a);
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
    // The list opens on the roadmap in force; j and Enter take the next one.
    press(&mut a, "R");
    assert_eq!(picker(&a).selected(), Some(Choice::Roadmap(2)));
    press(&mut a, "j Enter");
    assert_eq!(stakeholders(&a).roadmap, Some(3));
    // Back on the narrowed table shows it whole.
    press(&mut a, "Esc");
    let s = stakeholders(&a);
    assert_eq!((s.kind, s.roadmap), (None, None));
    assert_eq!(s.order.len(), a.doc.organisations.len());
}

#[test]
fn the_roadmap_picker_takes_a_typed_number() {
    let mut a = app();
    press(&mut a, "s R 7");
    assert!(a.layers.picker().is_none());
    let s = stakeholders(&a);
    assert_eq!(s.roadmap, Some(7));
    assert!(!s.order.is_empty());
    assert!(
        s.order
            .iter()
            .all(|&i| a.index.org_roadmap_numbers[i].contains(&7))
    );
    // The table's title still says which roadmap it shows.
    assert!(screen(&a).lines().nth(1).unwrap().contains("roadmap 7"));
    // Typing the first letters of "all" shows every roadmap again.
    press(&mut a, "R t");
    assert_eq!(stakeholders(&a).roadmap, None);
}

#[test]
fn the_kind_picker_chooses_by_letters_or_by_moving_and_enter() {
    let kinds = |a: &App| Facet::Kind.choices(&a.doc);
    // English: "ho" fits hospital only; accents and case do not matter.
    let mut a = embedded(Lang::En, (120, 40));
    press(&mut a, "s K H o");
    assert_eq!(stakeholders(&a).kind, Some(OrgKind::Hospital));
    let mut a = app();
    press(&mut a, "s K u");
    assert_eq!(stakeholders(&a).kind, Some(OrgKind::University));
    // j j Enter: the second kind after "all"; k and the arrows move too.
    press(&mut a, "K");
    assert_eq!(
        picker(&a).selected(),
        Some(Choice::Kind(OrgKind::University))
    );
    press(&mut a, "Home j j Down k Enter");
    let second = kinds(&a)[2];
    assert_eq!(
        Some(Choice::Kind(stakeholders(&a).kind.unwrap())),
        Some(second)
    );
    // Backspace takes back a letter typed.
    press(&mut a, "K i");
    assert_eq!(picker(&a).typed, "i");
    press(&mut a, "Backspace");
    assert_eq!(picker(&a).typed, "");
    // A letter no kind begins with does nothing; q is typed, not quit.
    press(&mut a, "q");
    assert!(!a.quit);
    assert_eq!(a.context(), Context::Picker);
}

#[test]
fn esc_closes_the_picker_and_leaves_the_table_as_it_was() {
    let mut a = app();
    press(&mut a, "s R 3");
    let before = stakeholders(&a).clone();
    press(&mut a, "R j j i Esc");
    assert_eq!(a.context(), Context::Stakeholders);
    assert_eq!(stakeholders(&a), &before);
    press(&mut a, "K j Esc");
    assert_eq!(stakeholders(&a), &before);
    assert_eq!(
        a.place(),
        Place::Stakeholders,
        "Esc closed the list, no more"
    );
}

#[test]
fn a_click_on_an_option_chooses_it_and_a_click_outside_cancels() {
    let mut a = app();
    press(&mut a, "s R");
    let body = roadmap_tui::ui::layout::body(a.size);
    let geo = picker(&a).geometry(&a.doc, a.lang, body);
    // Outside the list: closed, nothing chosen.
    assert!(update(
        &mut a,
        Msg::Click {
            column: 0,
            row: body.y + 1
        }
    ));
    assert!(a.layers.picker().is_none());
    assert_eq!(stakeholders(&a).roadmap, None);
    press(&mut a, "R");
    // The fifth row of the list: "all", then roadmaps 1 to 4.
    let click = Msg::Click {
        column: geo.list.x + 2,
        row: geo.list.y + 4,
    };
    assert!(update(&mut a, click));
    assert!(a.layers.picker().is_none());
    assert_eq!(stakeholders(&a).roadmap, Some(4));
}

#[test]
fn the_picker_fits_small_terminals_in_both_languages() {
    let mut a = embedded(Lang::It, (60, 20));
    press(&mut a, "s K");
    assert_snapshot!("picker_kind_it_60x20", screen(&a));
    let mut a = embedded(Lang::En, (60, 20));
    press(&mut a, "s K");
    assert_snapshot!("picker_kind_en_60x20", screen(&a));
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "s R 2 R 5");
    press(&mut a, "R");
    assert_snapshot!("picker_roadmap_it_80x24", screen(&a));
    // Every option of the longest list shows at 60×20: nothing to scroll.
    let mut a = embedded(Lang::It, (60, 20));
    press(&mut a, "s K");
    let p = picker(&a);
    let geo = p.geometry(&a.doc, a.lang, roadmap_tui::ui::layout::body(a.size));
    assert_eq!(usize::from(geo.list.height), p.choices.len());
    assert!(geo.frame.width <= 60);
}

#[test]
fn the_picker_follows_a_resize_and_a_reload() {
    let mut a = app();
    press(&mut a, "s K End");
    let last = picker(&a).choices.len() - 1;
    assert_eq!(picker(&a).nav.selected, last);
    update(
        &mut a,
        Msg::Resize {
            width: 60,
            height: 12,
        },
    );
    let p = picker(&a);
    let rows = usize::from(
        p.geometry(&a.doc, a.lang, roadmap_tui::ui::layout::body(a.size))
            .list
            .height,
    );
    assert!(rows < p.choices.len(), "the list scrolls at 60×12");
    assert!(p.nav.offset <= last && last < p.nav.offset + rows, "{p:?}");
    // New data with three roadmaps: the roadmap list shows those.
    let mut a = app();
    press(&mut a, "s R");
    let mut loaded = roadmap_tui::model::load_embedded().unwrap();
    loaded.doc.roadmaps.truncate(3);
    a.reload(Ok(loaded));
    assert_eq!(picker(&a).choices.len(), 4, "all, then roadmaps 1 to 3");
    press(&mut a, "3");
    assert_eq!(stakeholders(&a).roadmap, Some(3));
}

#[test]
fn sorting_skips_the_columns_a_filter_made_all_alike() {
    let mut a = app();
    // Hospitals: one kind, and neither turnover nor employees given for any.
    press(&mut a, "s K o");
    let s = stakeholders(&a);
    assert_eq!(s.kind, Some(OrgKind::Hospital));
    let no_figures = s.order.iter().all(|&i| {
        let o = &a.doc.organisations[i];
        o.figures
            .iter()
            .all(|f| !matches!(f.metric, Metric::Turnover | Metric::Employees))
    });
    assert!(no_figures, "the hospitals give no turnover nor employees");
    press(&mut a, "S");
    assert_eq!(stakeholders(&a).sort, SortKey::Place, "kind is skipped");
    press(&mut a, "S");
    assert_eq!(
        stakeholders(&a).sort,
        SortKey::Roadmaps,
        "turnover and employees, all blank, are skipped"
    );
    press(&mut a, "S");
    assert_eq!(stakeholders(&a).sort, SortKey::Name);
    // One roadmap left on the overview: no column has anything to sort.
    let mut a = app();
    press(&mut a, "f");
    typed(&mut a, "nutra");
    press(&mut a, "Enter");
    assert!(!update(&mut a, Msg::Action(Action::CycleSort)));
    let Screen::Overview(o) = a.screen() else {
        panic!()
    };
    assert_eq!(o.sort, RoadmapSort::Number);
}

/// The rows a table shows at once on screen.
fn rows_in_view(a: &App) -> usize {
    let body = roadmap_tui::ui::layout::body(a.size);
    if let Screen::Matrix(_) = a.screen() {
        roadmap_tui::ui::layout::matrix(body, a.doc.roadmaps.len()).rows
    } else {
        let [table, _] = roadmap_tui::ui::layout::stakeholders(body);
        roadmap_tui::ui::layout::table_rows(table)
    }
}

/// An organisation far down the list `before` (at `pos`) that the order `after`
/// puts on the first page but not first (at `new`): scrolled to it from where the
/// view was, it would hide the rows above it.
fn org_that_moves_up(before: &[usize], after: &[usize], rows: usize) -> (usize, usize) {
    before
        .iter()
        .enumerate()
        .find_map(|(pos, o)| {
            let new = after.iter().position(|x| x == o)?;
            (new > 0 && new < rows && new + rows <= pos).then_some((pos, new))
        })
        .expect("some organisation moves from below the view to the first page")
}

#[test]
fn after_a_sort_the_view_starts_at_the_top_with_the_selection_kept() {
    // The stakeholders, their names Z to A.
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "s");
    let rows = rows_in_view(&a);
    let z_to_a = sort::organisations(&a.doc, &a.index, SortKey::Name, true);
    let (pos, new) = org_that_moves_up(&stakeholders(&a).order.clone(), &z_to_a, rows);
    for _ in 0..pos {
        press(&mut a, "j");
    }
    let s = stakeholders(&a);
    let id = s.order[s.table.selected];
    assert!(s.table.offset > new, "the view is below where the row goes");
    press(&mut a, "r");
    let s = stakeholders(&a);
    assert!(s.descending);
    assert_eq!(s.order[s.table.selected], id, "the same organisation");
    assert_eq!((s.table.selected, s.table.offset), (new, 0));
    // Sorted by kind, it goes down the list: in view, as near the top as can be.
    press(&mut a, "S");
    let s = stakeholders(&a);
    assert_eq!(s.sort, SortKey::Kind);
    assert_eq!(s.order[s.table.selected], id);
    assert_eq!(s.table.offset, s.table.selected.saturating_sub(rows - 1));

    // The matrix, sorted by roadmap 1's column: the key players come first, in view.
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "x");
    let rows = rows_in_view(&a);
    let Screen::Matrix(m) = a.screen() else {
        panic!()
    };
    let by_r1 = sort::organisations(&a.doc, &a.index, SortKey::InRoadmap(0), false);
    let (pos, new) = org_that_moves_up(&m.order.clone(), &by_r1, rows);
    for _ in 0..pos {
        press(&mut a, "j");
    }
    press(&mut a, "l l S");
    let Screen::Matrix(m) = a.screen() else {
        panic!()
    };
    assert_eq!(m.sort, SortKey::InRoadmap(0));
    assert_eq!((m.table.selected, m.table.offset), (new, 0));
    assert_eq!(m.order[new], by_r1[new]);
}

/// The values of column `metric` down the stakeholder table.
fn figures_down(a: &App, metric: Metric) -> Vec<Option<f64>> {
    stakeholders(a)
        .order
        .iter()
        .map(|&i| {
            a.doc.organisations[i]
                .figures
                .iter()
                .find(|f| f.metric == metric)
                .map(|f| f.value)
        })
        .collect()
}

/// Whether every value comes before every blank, the values in order.
fn blanks_last<T: PartialOrd + Copy>(column: &[Option<T>], descending: bool) -> bool {
    let values: Vec<T> = column.iter().map_while(|v| *v).collect();
    let rest_blank = column[values.len()..].iter().all(Option::is_none);
    let ordered = values.windows(2).all(|w| {
        if descending {
            w[0] >= w[1]
        } else {
            w[0] <= w[1]
        }
    });
    rest_blank && ordered && !values.is_empty() && values.len() < column.len()
}

#[test]
fn blanks_sort_last_in_both_directions() {
    let mut a = app();
    // Name, kind, place, then turnover: largest first.
    press(&mut a, "s S S S");
    assert_eq!(stakeholders(&a).sort, SortKey::Turnover);
    assert!(stakeholders(&a).descending);
    assert!(blanks_last(&figures_down(&a, Metric::Turnover), true));
    press(&mut a, "r");
    assert!(blanks_last(&figures_down(&a, Metric::Turnover), false));
    // The first row ascending is the smallest turnover given, not a blank.
    let s = stakeholders(&a);
    assert!(figures_down(&a, Metric::Turnover)[0].is_some());
    assert_eq!(s.table.offset, 0);
    press(&mut a, "S");
    assert!(blanks_last(&figures_down(&a, Metric::Employees), true));
    press(&mut a, "r");
    assert!(blanks_last(&figures_down(&a, Metric::Employees), false));

    // The matrix: a roadmap's column lists its members first both ways.
    let mut a = app();
    press(&mut a, "x l l S");
    let roles = |a: &App| {
        let Screen::Matrix(m) = a.screen() else {
            panic!()
        };
        m.order
            .iter()
            .map(|&o| a.index.role_in(&a.doc, o, 0))
            .collect::<Vec<_>>()
    };
    assert!(blanks_last(&roles(&a), false));
    press(&mut a, "S");
    let Screen::Matrix(m) = a.screen() else {
        panic!()
    };
    assert!(m.descending, "S again on the same column reverses");
    assert!(blanks_last(&roles(&a), true));
    press(&mut a, "r");
    assert!(blanks_last(&roles(&a), false));
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
    // Smallest first, and the roadmaps without EU projects still last.
    assert_eq!(names(&a)[..3], ["3", "1", "2"]);
    press(&mut a, "g j j Enter");
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
    assert!(!update(&mut a, Msg::Action(Action::PickKind)));
    assert!(!update(&mut a, Msg::Action(Action::DeleteChar)));
}

/// A place longer than its column is written whole when the names leave room, and
/// the kind column is as wide as its longest label, no wider.
#[test]
fn a_long_place_takes_the_room_the_names_leave() {
    let mut loaded =
        roadmap_tui::model::load(Some(&common::fixture_path("small.ron"))).expect("small loads");
    let place = "Tavarnelle Val di Pesa, Firenze";
    loaded.doc.organisations[0].place = Some(place.into());
    let mut a = App::new(loaded, Lang::En, (160, 48));
    common::open(&mut a, "stakeholders");
    let s = screen(&a);
    assert!(s.contains(place), "{s}");
    let header = s.lines().find(|l| l.contains("Kind")).expect("header");
    let longest = a
        .doc
        .organisations
        .iter()
        .map(|o| o.kind.label(Lang::En).chars().count())
        .max()
        .unwrap_or(0);
    let kind_column = header.find("Kind").unwrap();
    let next = header[kind_column..].find("Place").unwrap();
    assert_eq!(next, longest.max("Kind".len()) + 1, "{header}");
}
