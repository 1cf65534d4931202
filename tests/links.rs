#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Web addresses are shown whole: a long one wraps after a `/`, never cut with "…".

mod common;

use common::embedded;
use roadmap_tui::action::Msg;
use roadmap_tui::app::{App, Screen, update};
use roadmap_tui::content::{ItemKind, SECTIONS, Section, document_items};
use roadmap_tui::model::Lang;
use roadmap_tui::ui::layout;

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (160, 48)];

/// The rows of the list pane's text on screen, as drawn, each trimmed.
fn pane_rows(a: &App) -> Vec<String> {
    let pane = a.screen().panes(layout::body(a.size)).remove(0);
    let text = layout::list_text(pane.rect);
    let buf = roadmap_tui::ui::render_to_buffer(a, a.size.0, a.size.1);
    (text.top()..text.bottom())
        .map(|y| {
            (text.left()..text.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .collect()
}

/// Whether `url` is on consecutive rows, whole, each break after a `/` unless no
/// `/` fell in the line.
fn shown_whole(rows: &[String], url: &str) -> bool {
    (0..rows.len()).any(|start| {
        let mut joined = String::new();
        for row in &rows[start..] {
            if !url[joined.len()..].starts_with(row.as_str()) || row.is_empty() {
                return false;
            }
            joined.push_str(row);
            if joined == url {
                return true;
            }
            // A break inside the address comes after a `/`, when one past the
            // scheme fell in the line.
            let past_scheme = row.find("://").map_or(row.as_str(), |i| &row[i + 3..]);
            if !row.ends_with('/') && past_scheme.contains('/') {
                return false;
            }
        }
        false
    })
}

/// Keeps the selection in view at the app's size, as a resize does.
fn refit(a: &mut App) {
    let (width, height) = a.size;
    update(a, Msg::Resize { width, height });
}

#[test]
fn every_address_of_the_document_is_shown_whole_on_its_screen() {
    for lang in [Lang::It, Lang::En] {
        for size in SIZES {
            let mut a = embedded(lang, size);
            common::press(&mut a, "d");
            let items = document_items(&a.doc, &a.index, lang);
            let urls: Vec<(usize, String)> = items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.kind == ItemKind::Note && i.url.is_some())
                .map(|(n, i)| (n, i.text.clone()))
                .collect();
            assert_eq!(urls.len(), 14, "the document's addresses");
            let mut wrapped = 0;
            for (n, url) in urls {
                let Screen::Detail(d) = a.screen_mut() else {
                    panic!("not the document")
                };
                d.nav.selected = n;
                refit(&mut a);
                let rows = pane_rows(&a);
                assert!(
                    shown_whole(&rows, &url),
                    "{url} at {size:?} in {lang:?}:\n{}",
                    rows.join("\n")
                );
                wrapped += usize::from(!rows.iter().any(|r| r == &url));
            }
            // At 60 columns some addresses are longer than the line.
            assert!(size.0 > 60 || wrapped > 0, "{size:?}");
        }
    }
}

#[test]
fn every_address_of_a_roadmap_sources_section_is_shown_whole() {
    let sources = SECTIONS
        .iter()
        .position(|s| *s == Section::Sources)
        .unwrap();
    for size in SIZES {
        let mut a = embedded(Lang::It, size);
        let numbers: Vec<u8> = a.doc.roadmaps.iter().map(|r| r.number).collect();
        let mut seen = 0;
        for number in numbers {
            common::press(&mut a, &number.to_string());
            let r = a.doc.roadmaps.iter().find(|r| r.number == number).unwrap();
            let items = roadmap_tui::content::roadmap_section(
                &a.doc,
                &a.index,
                r,
                Section::Sources,
                Lang::It,
            );
            for (n, item) in items.iter().enumerate() {
                if item.kind != ItemKind::Note || item.url.is_none() {
                    continue;
                }
                let Screen::Roadmap(s) = a.screen_mut() else {
                    panic!("not a roadmap")
                };
                s.land(sources, Some(n));
                refit(&mut a);
                let rows = pane_rows(&a);
                assert!(
                    shown_whole(&rows, &item.text),
                    "{} at {size:?}:\n{}",
                    item.text,
                    rows.join("\n")
                );
                seen += 1;
            }
        }
        assert!(seen > 0, "no roadmap lists an address");
    }
}
