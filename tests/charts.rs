#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The matrix and the figures: `update` for their movement, sorting, opening and
//! mouse, and their snapshots.

mod common;

use common::{embedded, press, screen, small};
use insta::assert_snapshot;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, FiguresState, MatrixState, Screen, SortKey, update};
use roadmap_tui::model::Lang;
use roadmap_tui::place::{Chart, Place};

fn act(app: &mut App, a: Action) -> bool {
    update(app, Msg::Action(a))
}

fn matrix(a: &App) -> &MatrixState {
    match a.screen() {
        Screen::Matrix(m) => m,
        s => panic!("not on the matrix: {s:?}"),
    }
}

fn figures(a: &App) -> &FiguresState {
    match a.screen() {
        Screen::Figures(f) => f,
        s => panic!("not on the figures: {s:?}"),
    }
}

fn selected_org(a: &App) -> String {
    let m = matrix(a);
    a.doc.organisations[m.order[m.table.selected]].id.clone()
}

#[test]
fn matrix_opens_from_anywhere_once() {
    let mut a = embedded(Lang::It, (120, 40));
    press(&mut a, "2");
    assert!(act(&mut a, Action::GoMatrix));
    assert_eq!(a.place(), Place::Matrix);
    assert!(!act(&mut a, Action::GoMatrix), "already there");
    assert_eq!(a.stack().len(), 2, "straight above the overview");
}

#[test]
fn matrix_cursor_moves_over_rows_and_columns_and_clamps() {
    let mut a = embedded(Lang::It, (120, 40));
    act(&mut a, Action::GoMatrix);
    assert!(!act(&mut a, Action::FocusLeft), "already on the names");
    assert!(act(&mut a, Action::FocusRight));
    assert_eq!(matrix(&a).col, 1, "the count of roadmaps (Σ)");
    assert!(act(&mut a, Action::FocusRight));
    assert_eq!(matrix(&a).roadmap_col(), Some(0));
    for _ in 0..20 {
        act(&mut a, Action::FocusRight);
    }
    assert_eq!(
        matrix(&a).roadmap_col(),
        Some(6),
        "stops at the last roadmap"
    );
    assert!(act(&mut a, Action::Down));
    assert!(act(&mut a, Action::Bottom));
    assert_eq!(matrix(&a).table.selected, a.doc.organisations.len() - 1);
    assert!(!act(&mut a, Action::Down));
    assert!(act(&mut a, Action::PageUp));
    assert!(matrix(&a).table.selected < a.doc.organisations.len() - 10);
}

#[test]
fn matrix_scrolls_columns_when_roadmaps_outgrow_the_width() {
    // Thirty roadmaps cannot fit in 80 columns beside the names.
    let mut loaded = roadmap_tui::model::load_embedded().unwrap();
    let first = loaded.doc.roadmaps[0].clone();
    loaded.doc.roadmaps = (1..=30)
        .map(|n| {
            let mut r = first.clone();
            r.number = n;
            r
        })
        .collect();
    let mut a = App::new(loaded, Lang::It, (80, 24));
    act(&mut a, Action::GoMatrix);
    let cols = roadmap_tui::ui::layout::matrix(roadmap_tui::ui::layout::body(a.size), 30).cols;
    assert!(cols < 30);
    for _ in 0..25 {
        act(&mut a, Action::FocusRight);
        let m = matrix(&a);
        let c = m.roadmap_col().unwrap_or(m.col_offset);
        assert!(c >= m.col_offset && c < m.col_offset + cols, "{m:?}");
    }
    assert!(matrix(&a).col_offset > 0, "the view moved right");
    assert_snapshot!("matrix_scrolled_right_80x24", screen(&a));
    act(&mut a, Action::FocusLeft);
    for _ in 0..30 {
        act(&mut a, Action::FocusLeft);
    }
    assert_eq!((matrix(&a).col, matrix(&a).col_offset), (0, 0));
}

#[test]
fn matrix_enter_opens_the_organisation_or_the_roadmap_under_the_cursor() {
    let mut a = embedded(Lang::It, (120, 40));
    act(&mut a, Action::GoMatrix);
    let org = selected_org(&a);
    assert!(act(&mut a, Action::Open));
    assert_eq!(a.place(), Place::Stakeholder(org));
    act(&mut a, Action::Back);
    act(&mut a, Action::FocusRight);
    act(&mut a, Action::FocusRight);
    act(&mut a, Action::FocusRight);
    assert!(act(&mut a, Action::Open));
    assert_eq!(a.place(), Place::Roadmap(2));
    act(&mut a, Action::Back);
    assert_eq!(
        matrix(&a).roadmap_col(),
        Some(1),
        "the cursor is kept on the way back"
    );
}

#[test]
fn matrix_sorts_by_the_column_under_the_cursor() {
    let mut a = embedded(Lang::It, (120, 40));
    act(&mut a, Action::GoMatrix);
    assert_eq!(matrix(&a).sort, SortKey::Name);
    // On the names, already sorted by them: S reverses, Z to A.
    assert!(act(&mut a, Action::CycleSort));
    let m = matrix(&a);
    assert_eq!((m.sort, m.descending), (SortKey::Name, true));
    // On Σ: the number of roadmaps, largest first.
    act(&mut a, Action::FocusRight);
    assert!(act(&mut a, Action::CycleSort));
    let m = matrix(&a);
    assert_eq!((m.sort, m.descending), (SortKey::Roadmaps, true));
    let counts: Vec<usize> = m.order.iter().map(|&o| a.index.roadmap_count(o)).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // The bridges come first: Fondazione Toscana Life Sciences spans three roadmaps.
    assert!(counts[0] >= 3);
    assert!(act(&mut a, Action::ReverseSort));
    let m = matrix(&a);
    let counts: Vec<usize> = m.order.iter().map(|&o| a.index.roadmap_count(o)).collect();
    assert!(counts.windows(2).all(|w| w[0] <= w[1]));
    // On roadmap 2's column: its members first, key players before the rest.
    act(&mut a, Action::FocusRight);
    act(&mut a, Action::FocusRight);
    assert!(act(&mut a, Action::CycleSort));
    let m = matrix(&a);
    assert_eq!((m.sort, m.descending), (SortKey::InRoadmap(1), false));
    let roles: Vec<_> = m
        .order
        .iter()
        .map(|&o| a.index.role_in(&a.doc, o, 1))
        .collect();
    let members = roles.iter().take_while(|r| r.is_some()).count();
    assert_eq!(members, a.index.roadmap_org_counts[1]);
    assert!(roles[..members].windows(2).all(|w| w[0] <= w[1]));
    assert!(roles[members..].iter().all(Option::is_none));
    assert_snapshot!("matrix_by_roadmap_2_120x40", screen(&a));
    // Back on the names, S sorts by them again, A to Z.
    for _ in 0..3 {
        act(&mut a, Action::FocusLeft);
    }
    assert!(act(&mut a, Action::CycleSort));
    let m = matrix(&a);
    assert_eq!((m.sort, m.descending), (SortKey::Name, false));
}

#[test]
fn matrix_sort_does_nothing_on_a_column_all_alike() {
    let mut a = embedded(Lang::En, (120, 40));
    press(&mut a, "x f");
    for c in "fondazione toscana".chars() {
        update(&mut a, Msg::Input(c));
    }
    press(&mut a, "Enter");
    // Neither Fondazione is in roadmap 3: nothing to sort by there.
    press(&mut a, "l l l l");
    assert_eq!(matrix(&a).roadmap_col(), Some(2));
    assert!(matrix(&a).order.len() > 1);
    assert!(!act(&mut a, Action::CycleSort));
    assert_eq!(matrix(&a).sort, SortKey::Name);
}

#[test]
fn matrix_click_selects_a_cell_then_opens_it() {
    let mut a = embedded(Lang::It, (120, 40));
    act(&mut a, Action::GoMatrix);
    let g = roadmap_tui::ui::layout::matrix(roadmap_tui::ui::layout::body(a.size), 7);
    let (x, y) = (g.col_x(2) + 1, g.inner.y + 3);
    assert!(update(&mut a, Msg::Click { column: x, row: y }));
    assert_eq!(
        (matrix(&a).table.selected, matrix(&a).roadmap_col()),
        (2, Some(2))
    );
    assert!(update(&mut a, Msg::Click { column: x, row: y }));
    assert_eq!(a.place(), Place::Roadmap(3));
    // The header, the totals and the border are not cells.
    act(&mut a, Action::Back);
    assert!(!update(
        &mut a,
        Msg::Click {
            column: x,
            row: g.inner.y
        }
    ));
}

#[test]
fn figures_switch_charts_with_wrap_and_select_bars() {
    let mut a = embedded(Lang::It, (120, 40));
    assert!(act(&mut a, Action::GoFigures));
    assert_eq!(figures(&a).chart, Chart::EuContribution);
    assert!(act(&mut a, Action::PrevPane));
    assert_eq!(figures(&a).chart, Chart::Investments, "wraps backwards");
    assert!(act(&mut a, Action::NextPane));
    assert!(act(&mut a, Action::NextPane));
    assert!(act(&mut a, Action::NextPane));
    assert_eq!(figures(&a).chart, Chart::Turnover);
    assert!(act(&mut a, Action::Down));
    assert_eq!(figures(&a).selected, 1);
    assert!(act(&mut a, Action::Bottom));
    let f = figures(&a);
    assert_eq!(f.selected, f.data.bar_count() - 1);
    assert!(!act(&mut a, Action::Down));
    assert!(act(&mut a, Action::NextPane));
    assert_eq!(
        figures(&a).selected,
        0,
        "a new chart starts at its first bar"
    );
}

#[test]
fn figures_enter_opens_the_roadmap_or_organisation_of_the_bar() {
    let mut a = embedded(Lang::It, (120, 40));
    act(&mut a, Action::GoFigures);
    assert!(act(&mut a, Action::Open));
    assert_eq!(a.place(), Place::Roadmap(2), "the largest EU contribution");
    act(&mut a, Action::Back);
    common::open(&mut a, "figures:turnover");
    assert!(act(&mut a, Action::Open));
    assert_eq!(a.place(), Place::Stakeholder("menarini".into()));
}

#[test]
fn figures_scroll_keeps_the_selected_bar_and_its_heading_in_view() {
    let mut a = embedded(Lang::It, (80, 18));
    common::open(&mut a, "figures:turnover");
    for _ in 0..30 {
        act(&mut a, Action::Down);
        let f = figures(&a);
        let rows = usize::from(
            roadmap_tui::ui::layout::figures(roadmap_tui::ui::layout::body(a.size), &f.data)
                .rows
                .height,
        );
        let row = f.data.row_of_bar(f.selected).unwrap();
        assert!(row >= f.offset && row < f.offset + rows, "bar in view");
    }
    act(&mut a, Action::Top);
    assert_eq!(figures(&a).offset, 0, "back on top the first heading shows");
}

#[test]
fn figures_follow_the_language_and_the_terminal_size() {
    let mut a = embedded(Lang::It, (120, 40));
    common::open(&mut a, "figures:turnover");
    let it = figures(&a).data.bars().next().unwrap().text.clone();
    act(&mut a, Action::ToggleLang);
    let en = figures(&a).data.bars().next().unwrap().text.clone();
    assert_eq!(
        (it.as_str(), en.as_str()),
        ("oltre 3,75 mld €", "more than €3.75bn")
    );
    act(&mut a, Action::Bottom);
    update(
        &mut a,
        Msg::Resize {
            width: 60,
            height: 16,
        },
    );
    let f = figures(&a);
    let row = f.data.row_of_bar(f.selected).unwrap();
    assert!(row >= f.offset);
}

#[test]
fn figures_click_on_a_tab_and_on_a_bar() {
    let mut a = embedded(Lang::It, (120, 40));
    act(&mut a, Action::GoFigures);
    let body = roadmap_tui::ui::layout::body(a.size);
    let tabs = roadmap_tui::ui::layout::figures(body, &figures(&a).data).tabs;
    let spans = roadmap_tui::ui::layout::tab_spans(Lang::It, tabs);
    assert!(update(
        &mut a,
        Msg::Click {
            column: spans[2].0,
            row: tabs.y
        }
    ));
    assert_eq!(figures(&a).chart, Chart::Turnover);
    let rows = roadmap_tui::ui::layout::figures(body, &figures(&a).data).rows;
    // Row 0 is the 2020 heading; row 2 is the second bar.
    assert!(!update(
        &mut a,
        Msg::Click {
            column: rows.x + 3,
            row: rows.y
        }
    ));
    assert!(update(
        &mut a,
        Msg::Click {
            column: rows.x + 3,
            row: rows.y + 2
        }
    ));
    assert_eq!(figures(&a).selected, 1);
    assert!(update(
        &mut a,
        Msg::Click {
            column: rows.x + 3,
            row: rows.y + 2
        }
    ));
    assert!(matches!(a.place(), Place::Stakeholder(_)));
}

#[test]
fn places_name_the_matrix_and_every_chart() {
    let a = embedded(Lang::It, (120, 40));
    for c in Chart::ALL {
        let name = format!("figures:{}", c.name());
        let p = Place::parse(&name, &a.doc, &a.index).unwrap();
        assert_eq!(p, Place::Figures(c));
        assert_eq!(p.to_string(), name);
    }
    assert_eq!(
        Place::parse("matrix", &a.doc, &a.index).unwrap(),
        Place::Matrix
    );
    let err = Place::parse("figures:pie", &a.doc, &a.index).unwrap_err();
    assert!(err.contains("figures:eu-contribution|"), "{err}");
}

#[test]
fn matrix_and_figures_snapshots() {
    const SCRIPTS: &[(&str, &str)] = &[
        ("matrix", "x"),
        ("matrix_moved", "x j j l l l"),
        ("matrix_by_roadmaps", "x l S"),
        ("figures", "c"),
        ("figures_turnover", "c l l j"),
        ("figures_employees", "c l l l"),
        ("figures_investments", "c h"),
    ];
    for (w, h) in [(80, 24), (160, 48)] {
        for (name, script) in SCRIPTS {
            let mut app = embedded(Lang::It, (w, h));
            press(&mut app, script);
            assert_snapshot!(format!("{name}_{w}x{h}"), screen(&app));
        }
    }
    let mut app = small(Lang::En, (100, 30));
    press(&mut app, "x");
    assert_snapshot!("small_matrix_en_100x30", screen(&app));
    press(&mut app, "c");
    assert_snapshot!("small_figures_en_100x30", screen(&app));
}

#[test]
fn the_selected_cell_and_the_key_players_have_their_styles() {
    let mut app = embedded(Lang::En, (120, 40));
    press(&mut app, "x l l");
    let g = roadmap_tui::ui::layout::matrix(roadmap_tui::ui::layout::body(app.size), 7);
    let buf = roadmap_tui::ui::render_to_buffer(&app, 120, 40);
    let row = g.inner.y + 1;
    // Abiogen, first by name, is a key player of roadmap 1: its cell is the cursor.
    let cursor = &buf[(g.col_x(0) + 1, row)];
    assert_eq!(cursor.symbol(), "K");
    assert_eq!(cursor.bg, app.theme.selected.bg.unwrap());
    // Off the cursor, a key player's mark is bold in the figure colour.
    press(&mut app, "j");
    let buf = roadmap_tui::ui::render_to_buffer(&app, 120, 40);
    let mark = &buf[(g.col_x(0) + 1, row)];
    assert_eq!(mark.symbol(), "K");
    assert_eq!(mark.fg, app.theme.figure.fg.unwrap());
    assert!(mark.modifier.contains(ratatui::style::Modifier::BOLD));
}

#[test]
fn on_the_row_under_the_cursor_the_marks_keep_their_colours_on_the_rows_background() {
    use roadmap_tui::ui::theme::ThemeName;
    for theme in [ThemeName::Light, ThemeName::Contrast] {
        let mut app = embedded(Lang::En, (120, 40));
        app.set_theme(theme, false);
        // The cursor on the name column: the rest of the row is the unfocused selection.
        press(&mut app, "x");
        let t = app.theme;
        let g = roadmap_tui::ui::layout::matrix(roadmap_tui::ui::layout::body(app.size), 7);
        let buf = roadmap_tui::ui::render_to_buffer(&app, 120, 40);
        let row = g.inner.y + 1;
        let row_bg = t.selected_unfocused.bg.unwrap();
        assert_ne!(row_bg, t.base.bg.unwrap());
        // Abiogen is a key player of roadmap 1: its mark in the key player's colour.
        let key_player = &buf[(g.col_x(0) + 1, row)];
        assert_eq!(key_player.symbol(), "K");
        assert_eq!(
            (key_player.fg, key_player.bg),
            (t.strong.fg.unwrap(), row_bg)
        );
        // A roadmap it is not in: the muted dot, on the row's background too.
        let dot = (0..g.cols)
            .map(|i| &buf[(g.col_x(i) + 1, row)])
            .find(|c| c.symbol() == "·")
            .expect("a roadmap without Abiogen in view");
        assert_eq!((dot.fg, dot.bg), (t.muted.fg.unwrap(), row_bg));
        // The count of its roadmaps, in the figure colour.
        let count = &buf[(g.col_x(0) - 2, row)];
        assert!(
            count.symbol().chars().all(|c| c.is_ascii_digit()),
            "{count:?}"
        );
        assert_eq!((count.fg, count.bg), (t.figure.fg.unwrap(), row_bg));
    }
}
