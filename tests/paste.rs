#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! A paste is text: it goes into the field being typed (the search, a table's
//! filter) as one line, capped in length, and means nothing anywhere else. Its line
//! breaks never act as Enter, its letters never as keys.

mod common;

use common::{embedded, press};
use roadmap_tui::action::Msg;
use roadmap_tui::app::{App, update};
use roadmap_tui::keymap::Context;
use roadmap_tui::model::Lang;
use roadmap_tui::place::Place;

fn paste(a: &mut App, text: &str) -> bool {
    update(a, Msg::Paste(text.into()))
}

fn app() -> App {
    embedded(Lang::It, (120, 40))
}

fn filter_text(a: &App) -> String {
    a.filter().expect("a table with a filter").text.clone()
}

#[test]
fn a_paste_lands_in_the_search_as_one_line() {
    let mut a = app();
    press(&mut a, "/");
    assert!(paste(&mut a, "mena\r\nrini\x1b[2J\u{7}"));
    let s = a
        .search()
        .expect("still searching: the line break was no Enter");
    assert_eq!(s.query, "mena rini[2J");
    assert_eq!(a.place(), Place::Overview);
    // Typing goes on after the paste, and a paste after typing.
    press(&mut a, "Backspace Backspace Backspace");
    assert!(paste(&mut a, "\tq"));
    assert_eq!(a.search().unwrap().query, "mena rini q");
    assert!(!a.quit, "the q of a paste is text");
}

#[test]
fn a_pasted_name_is_searched_like_a_typed_one() {
    let mut typed = app();
    press(&mut typed, "/ m e n a r i n i");
    let mut pasted = app();
    press(&mut pasted, "/");
    paste(&mut pasted, "menarini\n");
    assert_eq!(
        pasted.search().unwrap().hits,
        typed.search().unwrap().hits,
        "the trailing line break is a space, which the search ignores"
    );
    assert!(!pasted.search().unwrap().hits.is_empty());
}

#[test]
fn a_paste_lands_in_a_table_filter() {
    let mut a = app();
    press(&mut a, "s f");
    assert_eq!(a.context(), Context::Filter);
    assert!(paste(&mut a, "univ\r\n"));
    assert_eq!(filter_text(&a), "univ ");
    assert_eq!(a.context(), Context::Filter, "still typing");
    press(&mut a, "Enter");
    assert_eq!(a.context(), Context::Stakeholders);
    assert_eq!(filter_text(&a), "univ ");
}

#[test]
fn a_long_paste_is_cut_to_the_field_length() {
    let mut a = app();
    press(&mut a, "/");
    paste(&mut a, &"abc ".repeat(100));
    assert_eq!(a.search().unwrap().query.chars().count(), 200);
    assert!(!paste(&mut a, "more"), "a full field takes nothing");
    press(&mut a, "x");
    assert_eq!(a.search().unwrap().query.chars().count(), 200, "nor a key");
    press(&mut a, "Backspace x");
    assert!(a.search().unwrap().query.ends_with('x'));
}

#[test]
fn a_paste_anywhere_else_changes_nothing() {
    for (keys, context) in [
        ("", Context::Overview),
        ("s", Context::Stakeholders),
        ("1", Context::Roadmap),
        ("?", Context::Help),
        ("p", Context::Present),
        ("w", Context::Swot),
    ] {
        let mut a = app();
        press(&mut a, keys);
        assert_eq!(a.context(), context);
        let (place, stack) = (a.place(), a.stack().len());
        let layers = a.layers.len();
        assert!(!paste(&mut a, "menarini\rq\r/x"), "{context:?}");
        assert_eq!(a.place(), place, "{context:?}");
        assert_eq!(a.stack().len(), stack, "{context:?}");
        assert_eq!(a.layers.len(), layers, "{context:?}");
        assert_eq!(a.context(), context);
        assert!(!a.quit);
    }
}
