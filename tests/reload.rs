#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Reloading the data file: new data keeps the place, broken data keeps the last
//! good data under a banner, and the real binary picks up saves within a second.

mod common;

use common::{fixture_path, press, screen, small};
use insta::assert_snapshot;
use roadmap_tui::app::Screen;
use roadmap_tui::model::{self, Lang};
use roadmap_tui::place::Place;

fn small_text() -> String {
    std::fs::read_to_string(fixture_path("small.ron")).unwrap()
}

fn load_text(text: &str) -> Result<model::Loaded, model::LoadError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("district.ron");
    std::fs::write(&path, text).unwrap();
    model::load(Some(&path)).map(|mut l| {
        l.name = "district.ron".into();
        l
    })
}

#[test]
fn a_valid_change_shows_and_keeps_the_place_and_selection() {
    let mut app = small(Lang::It, (100, 30));
    press(&mut app, "s j Enter");
    let place = app.place().clone();
    assert!(matches!(place, Place::Stakeholder(_)));
    let edited = small_text().replace("Tecnologie per nuovi farmaci", "Farmaci di domani");
    assert!(app.reload(load_text(&edited)));
    assert_eq!(app.place(), place, "still on the same organisation");
    assert_eq!(app.stack().len(), 3);
    assert!(app.banner.is_none());
    press(&mut app, "Esc");
    let Screen::Stakeholders(s) = app.screen() else {
        panic!()
    };
    assert_eq!(s.table.selected, 1, "the table keeps its row");
    press(&mut app, "o");
    assert!(screen(&app).contains("Farmaci di domani"));
}

#[test]
fn a_place_that_no_longer_exists_is_left_for_the_nearest_one_above() {
    let mut app = small(Lang::It, (100, 30));
    common::open(&mut app, "area:r2-robotica");
    assert_eq!(app.stack().len(), 3);
    let edited = small_text().replace("r2-robotica", "r2-robotica-chirurgica");
    assert!(app.reload(load_text(&edited)));
    assert_eq!(app.place(), Place::Roadmap(2));
}

#[test]
fn broken_data_keeps_the_last_good_data_under_a_banner_until_fixed() {
    let mut app = small(Lang::It, (100, 30));
    press(&mut app, "1");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("district.ron");
    let save = |app: &mut roadmap_tui::app::App, text: &str| {
        std::fs::write(&path, text).unwrap();
        app.reload(model::load(Some(&path)))
    };
    // A comma missing after a roadmap's number.
    let broken = small_text().replacen("number: 1,\n", "number: 1\n", 1);
    assert!(save(&mut app, &broken));
    assert!(
        !save(&mut app, &broken),
        "the same error again changes nothing on screen"
    );
    let shown = path.display().to_string();
    let banner = app.banner.clone().expect("a banner");
    assert_eq!(banner, format!("{shown}:43:13: expected comma"));
    assert_eq!(app.place(), Place::Roadmap(1));
    let text = screen(&app);
    assert!(
        text.contains("Tecnologie per nuovi farmaci"),
        "the last good data stays"
    );
    assert_snapshot!("reload_banner_100x30", text.replace(&shown, "<file>"));
    assert!(save(&mut app, &small_text()));
    assert!(app.banner.is_none());
}
