#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! `y` copies the selection's own text, `O` opens only web links: the effects
//! `update` leaves for the event loop.

mod common;

use common::{embedded, press};
use roadmap_tui::app::{App, Screen, Status};
use roadmap_tui::content::{ItemKey, document_items, is_web_link};
use roadmap_tui::model;
use roadmap_tui::model::Lang;

fn copied(app: &mut App, keys: &str) -> String {
    press(app, keys);
    let text = app.clipboard.take().expect("something copied");
    assert!(!text.chars().any(char::is_control), "{text:?}");
    assert_eq!(app.status, Some(Status::Copied(text.clone())));
    text
}

#[test]
fn y_copies_a_roadmap_paragraph_whole() {
    let mut a = embedded(Lang::It, (60, 20));
    let r = a.doc.roadmaps[0].clone();
    // The context section, its first paragraph: many lines on screen, one text copied.
    let text = copied(&mut a, "1 j l y");
    assert_eq!(text, r.context[0].to_string());
    assert!(text.chars().count() > 60);
}

#[test]
fn y_copies_a_stakeholder_row() {
    let mut a = embedded(Lang::En, (80, 24));
    // The first row by name, with every column the wide table shows that has a value.
    let text = copied(&mut a, "s y");
    assert_eq!(
        text,
        "Abiogen · Kind: company · Turnover: €183m (2020) · Employees: 380 · Roadmaps: 1"
    );
    // Another row, sorted otherwise: the selection, not the first of the data.
    let text = copied(&mut a, "j y");
    let second = a.doc.organisations[match a.screen() {
        Screen::Stakeholders(s) => s.order[1],
        s => panic!("not the table: {s:?}"),
    }]
    .name
    .to_string();
    assert!(text.starts_with(&format!("{second} · ")), "{text}");
}

#[test]
fn ctrl_y_copies_a_search_hit_whole() {
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "/ a t t r a t t i v i t à");
    let s = a.layers.search().expect("search open");
    let excerpt = s.hits[s.selected].text.clone();
    assert!(excerpt.starts_with('…'), "{excerpt}");
    // The whole paragraph, not the excerpt the overlay shows.
    let text = copied(&mut a, "C-y");
    assert!(text.starts_with("Oltre ad un sistema efficiente"), "{text}");
    assert!(text.contains(excerpt.trim_matches('…')));
    let r7 = a.doc.roadmaps.iter().find(|r| r.number == 7).unwrap();
    assert!(
        r7.context
            .iter()
            .chain(&r7.update)
            .chain(&r7.areas_intro)
            .any(|p| p.to_string() == text)
    );
    // The search stays open: copying is not choosing.
    assert!(a.layers.search().is_some());
}

#[test]
fn y_copies_a_matrix_name_and_a_roadmap_row() {
    let mut a = embedded(Lang::It, (120, 40));
    let r = a.doc.roadmaps[0].clone();
    assert_eq!(copied(&mut a, "y"), format!("{} {}", r.number, r.title));
    let text = copied(&mut a, "x l l y");
    assert!(
        a.doc
            .organisations
            .iter()
            .any(|o| o.name.to_string() == text)
    );
}

#[test]
fn nothing_to_copy_leaves_the_clipboard_alone() {
    let mut a = embedded(Lang::En, (80, 24));
    press(&mut a, "c y");
    assert_eq!(a.clipboard, None);
    assert_eq!(a.status, Some(Status::NothingToCopy));
}

/// The document screen with the first source's address selected, the address set to `url`.
fn on_source_address(url: &str) -> App {
    let mut loaded = model::load_embedded().unwrap();
    let n = loaded
        .doc
        .sources
        .iter()
        .position(|s| s.url.is_some())
        .unwrap();
    loaded.doc.sources[n].url = Some(url.into());
    let mut a = App::new(loaded, Lang::En, (80, 24));
    press(&mut a, "d");
    let items = document_items(&a.doc, &a.index, Lang::En);
    let at = items
        .iter()
        .position(|i| i.key == Some(ItemKey::SourceUrl(n)))
        .unwrap();
    let Screen::Detail(d) = a.screen_mut() else {
        panic!("not the document")
    };
    d.nav.selected = at;
    a.refresh();
    a
}

#[test]
fn o_hands_a_web_link_to_the_browser() {
    let url = "https://example.org/s3/roadmap.pdf";
    let mut a = on_source_address(url);
    press(&mut a, "O");
    assert_eq!(a.launch.as_deref(), Some(url));
    assert_eq!(a.status, Some(Status::Opening(url.into())));
    assert_eq!(copied(&mut a, "y"), url);
}

#[test]
fn o_refuses_what_is_not_a_web_link() {
    for url in [
        "ftp://example.org/a",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "www.example.org",
    ] {
        let mut a = on_source_address(url);
        press(&mut a, "O");
        assert_eq!(a.launch, None, "{url}");
        assert_eq!(a.status, Some(Status::NotWebLink(url.into())), "{url}");
    }
    // Where nothing selected has a link, nothing is opened either.
    let mut a = embedded(Lang::It, (80, 24));
    press(&mut a, "O");
    assert_eq!(a.launch, None);
    assert_eq!(a.status, Some(Status::NoLink));
}

#[test]
fn web_links_are_http_and_https_only() {
    assert!(is_web_link("https://example.org"));
    assert!(is_web_link("HTTP://example.org/a?b=1"));
    for bad in [
        "https://",
        "http:/x",
        "https://a b",
        "https://a\u{1b}]8;;",
        "mailto:a@b",
        "",
    ] {
        assert!(!is_web_link(bad), "{bad:?}");
    }
}
