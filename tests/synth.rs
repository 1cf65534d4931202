#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The synthetic larger documents the benches and the tests at scale use
//! (`tests/support/synth.rs`): valid, as large as asked, each copy self-contained.

#[path = "support/synth.rs"]
mod synth;

use roadmap_tui::model::index::count_areas;
use roadmap_tui::model::validate::validate;
use roadmap_tui::model::{Document, load_embedded};
use synth::scaled;

fn areas(d: &Document) -> usize {
    d.roadmaps
        .iter()
        .flat_map(|r| &r.area_groups)
        .map(|g| count_areas(&g.areas))
        .sum()
}

#[test]
fn a_hundredfold_document_is_valid_and_a_hundred_times_larger() {
    let doc = load_embedded().unwrap().doc;
    let big = scaled(&doc, 100);
    let problems = validate(&big);
    assert!(
        problems.is_empty(),
        "{:?}",
        &problems[..problems.len().min(5)]
    );
    assert_eq!(big.roadmaps.len(), doc.roadmaps.len());
    assert_eq!(big.organisations.len(), 100 * doc.organisations.len());
    assert_eq!(big.sources.len(), 100 * doc.sources.len());
    assert_eq!(areas(&big), 100 * areas(&doc));
    assert_eq!(big.swot.threats.len(), 100 * doc.swot.threats.len());
    let links = |d: &Document| {
        d.roadmaps
            .iter()
            .map(|r| r.stakeholders.len())
            .sum::<usize>()
    };
    assert_eq!(links(&big), 100 * links(&doc));
    let invs = |d: &Document| {
        d.roadmaps
            .iter()
            .map(|r| r.investments.len())
            .sum::<usize>()
    };
    assert_eq!(invs(&big), 100 * invs(&doc));
}

#[test]
fn copies_point_at_their_own_copies() {
    let doc = load_embedded().unwrap().doc;
    let big = scaled(&doc, 3);
    let md = big
        .organisations
        .iter()
        .find(|o| o.id == "menarini-diagnostics.2")
        .unwrap();
    assert_eq!(md.group.as_deref(), Some("menarini.2"));
    let inv = big.roadmaps[0]
        .investments
        .iter()
        .find(|i| i.id == "r1-i-menarini-sesto.1")
        .unwrap();
    assert_eq!(inv.by, vec!["menarini.1".to_owned()]);
}

#[test]
fn factor_one_is_a_copy() {
    let doc = load_embedded().unwrap().doc;
    assert_eq!(scaled(&doc, 1), doc);
    assert_eq!(scaled(&doc, 0), doc);
}
