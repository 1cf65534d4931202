#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The chrome: breadcrumbs that always show the current screen, jump keys that
//! keep the path short, a footer that always shows the modes and confirms their
//! changes, and the list of every problem of a reload that failed.

mod common;

use common::{embedded, open, press, small};
use insta::assert_snapshot;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, Layer, Status, update};
use roadmap_tui::model::{self, Lang};
use roadmap_tui::place::Place;
use roadmap_tui::ui::layout::crumb_spans;
use roadmap_tui::ui::theme::ThemeName;
use roadmap_tui::ui::{buffer_text, render_to_buffer};

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (160, 48)];

fn texts(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

fn lines(app: &App) -> Vec<String> {
    let buf = render_to_buffer(app, app.size.0, app.size.1);
    buffer_text(&buf).lines().map(str::to_owned).collect()
}

/// The top and bottom rows: breadcrumbs and footer.
fn chrome(app: &App) -> String {
    let l = lines(app);
    format!(
        "{}\n{}",
        l.first().cloned().unwrap_or_default(),
        l.last().cloned().unwrap_or_default()
    )
}

fn places(app: &App) -> Vec<String> {
    app.stack().iter().map(|s| s.place().to_string()).collect()
}

fn act(app: &mut App, action: Action) -> bool {
    update(app, Msg::Action(action))
}

/// Overview › Roadmap 2 › an area › one of its sub-areas: longer than 60 columns.
fn deep(lang: Lang, size: (u16, u16)) -> App {
    let mut a = embedded(lang, size);
    open(&mut a, "area:r2-diagnostica-avanzata");
    press(&mut a, "g j Enter");
    assert_eq!(a.stack().len(), 4, "{:?}", places(&a));
    a
}

#[test]
fn a_path_that_fits_is_laid_out_whole() {
    let t = texts(&["Overview", "Roadmap 3"]);
    assert_eq!(crumb_spans(&t, 80), [(1, 9), (12, 21)]);
}

#[test]
fn a_long_path_gives_way_on_the_left_and_keeps_the_current_screen() {
    let t = texts(&[
        "Overview",
        "Stakeholders",
        "Università di Firenze",
        "Roadmap 3",
    ]);
    // " … › Università di Firenze › Roadmap 3" is 38 columns.
    let spans = crumb_spans(&t, 40);
    assert_eq!(&spans[..2], [(0, 0); 2]);
    assert_eq!(spans[2], (5, 26));
    assert_eq!(spans[3], (29, 38));
    // Room for nothing but the current screen.
    let spans = crumb_spans(&t, 16);
    assert_eq!(&spans[..3], [(0, 0); 3]);
    assert_eq!(spans[3], (5, 14));
}

#[test]
fn the_breadcrumbs_show_the_current_screen_at_every_size_and_clicks_match_them() {
    for lang in Lang::ALL {
        for size in SIZES {
            let mut a = deep(lang, size);
            let crumbs = a.crumbs();
            let top = lines(&a).remove(0);
            let current = crumbs.last().unwrap();
            assert!(top.ends_with(current.as_str()), "{size:?}: {top}");
            // Each crumb drawn is where its span says, so a click on it finds it.
            let spans = crumb_spans(&crumbs, size.0);
            for (text, &(start, end)) in crumbs.iter().zip(&spans) {
                if end > start {
                    let cells: String = top.chars().skip(usize::from(start)).collect();
                    assert!(
                        cells.starts_with(text.as_str()),
                        "{size:?}: {text} in {top}"
                    );
                }
            }
            if spans[0] == (0, 0) {
                assert!(top.starts_with(" … › "), "{size:?}: {top}");
                // A click on "…" goes nowhere.
                assert!(!update(&mut a, Msg::Click { column: 1, row: 0 }));
            }
            // A click on the area's crumb, visible at every size, goes back to it.
            let (start, _) = spans[2];
            assert!(update(
                &mut a,
                Msg::Click {
                    column: start,
                    row: 0
                }
            ));
            assert_eq!(a.stack().len(), 3);
        }
    }
}

#[test]
fn jump_keys_go_to_their_screen_from_the_overview() {
    let mut a = embedded(Lang::En, (80, 24));
    open(&mut a, "stakeholder:esaote");
    assert_eq!(
        places(&a),
        ["overview", "stakeholders", "stakeholder:esaote"]
    );
    for (action, place) in [
        (Action::OpenRoadmap(3), "roadmap:3"),
        (Action::GoSwot, "swot"),
        (Action::GoMatrix, "matrix"),
        (Action::GoFigures, "figures:eu-contribution"),
        (Action::GoDocument, "document"),
        (Action::OpenRoadmap(1), "roadmap:1"),
        (Action::GoStakeholders, "stakeholders"),
    ] {
        assert!(act(&mut a, action), "{action:?}");
        assert_eq!(places(&a), ["overview", place]);
    }
    // What an opened screen sits under is still filled in.
    press(&mut a, "Enter");
    assert_eq!(a.stack().len(), 3);
    assert!(act(&mut a, Action::GoOverview));
    assert_eq!(places(&a), ["overview"]);
    // Back from a jump leads to the overview.
    press(&mut a, "w Esc");
    assert_eq!(a.place(), Place::Overview);
}

#[test]
fn a_jump_while_already_there_keeps_the_screen() {
    let mut a = embedded(Lang::En, (80, 24));
    press(&mut a, "s j j");
    let before = a.screen().clone();
    assert!(!act(&mut a, Action::GoStakeholders));
    assert_eq!(a.screen(), &before);
}

#[test]
fn mode_keys_are_confirmed_until_the_next_key() {
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "m");
    assert_eq!(a.status, Some(Status::Mouse(false)));
    assert!(chrome(&a).contains("✓ mouse no"), "{}", chrome(&a));
    press(&mut a, "L");
    assert_eq!(a.status, Some(Status::Lang(Lang::En)));
    assert!(chrome(&a).contains("✓ English"), "{}", chrome(&a));
    press(&mut a, "t");
    assert_eq!(a.status, Some(Status::Theme(ThemeName::Light)));
    assert!(chrome(&a).contains("✓ theme: light"), "{}", chrome(&a));
    // The next key, even one that does nothing, takes it away.
    assert!(act(&mut a, Action::Back));
    assert_eq!(a.status, None);
    assert!(!chrome(&a).contains('✓'));
    // A resize is not something the user did to the browser.
    press(&mut a, "m");
    update(
        &mut a,
        Msg::Resize {
            width: 100,
            height: 30,
        },
    );
    assert_eq!(a.status, Some(Status::Mouse(true)));
}

fn broken_text() -> String {
    // Five problems: a duplicate id, a roadmap number used twice and out of order,
    // and two references to the roadmap 2 that is gone.
    std::fs::read_to_string(common::fixture_path("small.ron"))
        .unwrap()
        .replace("number: 2,", "number: 1,")
        .replacen("id: \"r1-vaccini\"", "id: \"r1-poc\"", 1)
}

fn reload_text(app: &mut App, text: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("district.ron");
    std::fs::write(&path, text).unwrap();
    let result = model::load(Some(&path)).map_err(|e| match e {
        model::LoadError::Invalid { problems, .. } => model::LoadError::Invalid {
            file: "district.ron".into(),
            problems,
        },
        other @ model::LoadError::Unreadable { .. } => other,
    });
    app.reload(result)
}

#[test]
fn a_reload_is_confirmed_and_a_failed_one_lists_every_problem() {
    let mut a = small(Lang::En, (60, 20));
    let good = std::fs::read_to_string(common::fixture_path("small.ron")).unwrap();
    assert!(reload_text(&mut a, &good));
    assert_eq!(a.status, Some(Status::Reloaded));
    assert!(chrome(&a).contains("✓ data reloaded"), "{}", chrome(&a));

    act(&mut a, Action::ShowProblems);
    assert!(a.layers.is_empty(), "nothing to list");
    assert!(reload_text(&mut a, &broken_text()));
    assert_eq!(a.status, None);
    let footer = chrome(&a);
    assert!(footer.contains("⚠ e 5 problems"), "{footer}");
    // Where the footer has room, the first problem too.
    a.size = (120, 40);
    let footer = chrome(&a);
    assert!(footer.contains("⚠ district.ron:58:38"), "{footer}");
    a.size = (60, 20);

    // Open, scroll, close.
    let lines_of_list = a.problem_lines();
    assert_eq!(
        lines_of_list.len(),
        15,
        "a headline and a snippet of two lines each"
    );
    assert!(act(&mut a, Action::ShowProblems));
    assert_eq!(a.layers.top(), Some(&Layer::Problems { offset: 0 }));
    let text = lines(&a).join("\n");
    assert!(text.contains("duplicate area id `r1-poc`; first"), "{text}");
    assert!(text.contains("defined at 52:30"), "{text}");
    assert!(text.contains("1–"), "the list says where it stands: {text}");
    press(&mut a, "j j");
    assert_eq!(a.layers.top(), Some(&Layer::Problems { offset: 2 }));
    press(&mut a, "G");
    let Some(&Layer::Problems { offset: last }) = a.layers.top() else {
        panic!("the list is open");
    };
    assert!(
        last > 2 && last < 14,
        "scrolled until the last line is in view: {last}"
    );
    let text = lines(&a).join("\n");
    assert!(
        text.contains("roadmaps[0].cross_refs[0].roadmap)"),
        "{text}"
    );
    assert!(!act(&mut a, Action::Down), "the last line is the end");
    press(&mut a, "Esc");
    assert!(a.layers.is_empty());
    // A fixed file closes the list and takes the banner away.
    press(&mut a, "e");
    assert!(reload_text(&mut a, &good));
    assert!(a.layers.is_empty());
    assert!(a.banner.is_none() && a.load_error.is_none());
}

#[test]
fn problems_list_snapshots() {
    for lang in Lang::ALL {
        for size in [(60, 20), (80, 24), (120, 40)] {
            let mut a = small(lang, size);
            reload_text(&mut a, &broken_text());
            press(&mut a, "e");
            let name = format!("problems_{}_{}x{}", lang.code(), size.0, size.1);
            assert_snapshot!(name, lines(&a).join("\n"));
        }
    }
}

#[test]
fn chrome_snapshots() {
    for lang in Lang::ALL {
        for size in SIZES {
            let (w, h) = size;
            let code = lang.code();
            let a = embedded(lang, size);
            assert_snapshot!(format!("chrome_overview_{code}_{w}x{h}"), chrome(&a));
            let a = deep(lang, size);
            assert_snapshot!(format!("chrome_deep_{code}_{w}x{h}"), chrome(&a));
            let mut a = embedded(lang, size);
            press(&mut a, "s m");
            assert_snapshot!(format!("chrome_mouse_off_{code}_{w}x{h}"), chrome(&a));
            let mut a = small(lang, size);
            press(&mut a, "1");
            reload_text(&mut a, &broken_text());
            assert_snapshot!(format!("chrome_reload_failed_{code}_{w}x{h}"), chrome(&a));
        }
    }
}
