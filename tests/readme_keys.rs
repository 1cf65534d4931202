#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Keeps the README's table of keys in step with the keymap: every row of the
//! table must be a binding of the keymap (where, keys and what it does, as the
//! English help says it), and every binding the help lists must have its row.

use std::path::Path;

use roadmap_tui::keymap::{BINDINGS, key_label};
use roadmap_tui::model::Lang;

/// A row of the table: where, keys, what it does.
type Row = (String, String, String);

fn readme() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    std::fs::read_to_string(path).expect("README.md is readable")
}

/// The rows of the first table under "## Keys".
fn readme_rows() -> Vec<Row> {
    let text = readme();
    let keys = text
        .split("\n## Keys\n")
        .nth(1)
        .expect("README has a ## Keys section");
    let section = keys.split("\n## ").next().unwrap_or(keys);
    let table = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'));
    let rows: Vec<Row> = table
        .skip(2)
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 3, "a key row has three cells: {l}");
            (cells[0].into(), cells[1].into(), cells[2].into())
        })
        .collect();
    assert!(!rows.is_empty(), "the ## Keys section has no table");
    rows
}

/// The bindings the help lists, as the README writes them.
fn keymap_rows() -> Vec<Row> {
    BINDINGS
        .iter()
        .filter_map(|b| {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", key_label(k)))
                .collect();
            Some((
                b.context.name(Lang::En).to_owned(),
                keys.join(" "),
                b.help(Lang::En)?.to_owned(),
            ))
        })
        .collect()
}

fn table(rows: &[&Row]) -> String {
    rows.iter()
        .map(|(w, k, a)| format!("| {w} | {k} | {a} |"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_key_in_the_readme_is_bound_as_it_says() {
    let bound = keymap_rows();
    let readme = readme_rows();
    let stray: Vec<&Row> = readme.iter().filter(|r| !bound.contains(r)).collect();
    assert!(
        stray.is_empty(),
        "README.md lists keys the keymap does not bind that way:\n{}",
        table(&stray)
    );
}

#[test]
fn every_binding_the_help_lists_is_in_the_readme() {
    let readme = readme_rows();
    let bound = keymap_rows();
    let missing: Vec<&Row> = bound.iter().filter(|r| !readme.contains(r)).collect();
    assert!(
        missing.is_empty(),
        "README.md's key table lacks these rows:\n{}",
        table(&missing)
    );
}
