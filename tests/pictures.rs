#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! `render --format svg|ansi`: pictures of screens, and the README's pictures kept
//! up to date. `UPDATE_PICTURES=1 cargo test --test pictures` writes them again.

use std::path::PathBuf;
use std::process::Command;

use unicode_width::UnicodeWidthStr;

/// The README's pictures: file name and the `render` arguments that draw it.
const PICTURES: &[(&str, &[&str])] = &[
    (
        "overview",
        &["overview", "--size", "100x30", "--lang", "en"],
    ),
    (
        "roadmap",
        &["roadmap:2", "--size", "100x30", "--lang", "en"],
    ),
    ("swot", &["swot", "--size", "100x30", "--lang", "en"]),
    (
        "slide",
        &[
            "slide:3", "--size", "100x30", "--lang", "en", "--theme", "light",
        ],
    ),
];

/// Width of a cell in the SVG, as `ui::picture` draws it.
const CELL_W: f64 = 8.4;

fn render(args: &[&str], format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_roadmap-tui"))
        .arg("render")
        .args(args)
        .args(["--format", format])
        .env_remove("NO_COLOR")
        .output()
        .expect("run render");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The text of an SVG picture, row by row: each text element put at its column.
fn svg_rows(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let height: f64 = root.attribute("height").unwrap().parse().unwrap();
    let rows = (height / 17.0).round() as usize;
    let mut grid: Vec<Vec<(usize, String)>> = vec![Vec::new(); rows];
    for t in root.children().filter(|n| n.has_tag_name("text")) {
        let x: f64 = t.attribute("x").unwrap().parse().unwrap();
        let y: f64 = t.attribute("y").unwrap().parse().unwrap();
        let row = (y / 17.0).floor() as usize;
        let col = (x / CELL_W).round() as usize;
        grid[row].push((col, t.text().unwrap_or_default().to_owned()));
    }
    grid.into_iter()
        .map(|mut items| {
            items.sort_by_key(|i| i.0);
            let mut line = String::new();
            for (col, text) in items {
                let at = UnicodeWidthStr::width(line.as_str());
                line.push_str(&" ".repeat(col.saturating_sub(at)));
                line.push_str(&text);
            }
            line.trim_end().to_owned()
        })
        .collect()
}

#[test]
fn an_svg_holds_every_line_of_the_text_render_at_its_columns() {
    for (_, args) in PICTURES {
        let text = render(args, "text");
        let svg = render(args, "svg");
        let rows = svg_rows(&svg);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(rows.len(), lines.len(), "{args:?}");
        for (i, (row, line)) in rows.iter().zip(&lines).enumerate() {
            assert_eq!(row, line.trim_end(), "{args:?} row {i}");
        }
        assert!(!svg.contains('\x1b'), "no escape sequence in an image");
    }
}

#[test]
fn ansi_keeps_the_text_and_adds_only_colour_sequences() {
    let args = PICTURES[0].1;
    let text = render(args, "text");
    let ansi = render(args, "ansi");
    assert!(ansi.contains("\x1b[0;"), "colour sequences");
    // Without its SGR sequences, the coloured render is the text render.
    let mut plain = String::new();
    let mut chars = ansi.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    let plain: Vec<&str> = plain.lines().map(str::trim_end).collect();
    let text: Vec<&str> = text.lines().map(str::trim_end).collect();
    assert_eq!(plain, text);
}

#[test]
fn a_slide_is_rendered_by_its_number_and_an_unknown_one_is_an_error() {
    let slide = render(&["slide:1", "--size", "80x24", "--lang", "en"], "text");
    assert!(!slide.trim().is_empty());
    let out = Command::new(env!("CARGO_BIN_EXE_roadmap-tui"))
        .args(["render", "slide:999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown slide 999"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn the_readme_pictures_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/pictures");
    let update = std::env::var_os("UPDATE_PICTURES").is_some();
    let mut stale = Vec::new();
    for (name, args) in PICTURES {
        let path = dir.join(format!("{name}.svg"));
        let svg = render(args, "svg");
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &svg).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(svg.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `UPDATE_PICTURES=1 cargo test --test pictures`"
    );
}

#[test]
fn hostile_text_makes_a_well_formed_svg_and_an_ansi_render_with_colour_sequences_only() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.ron");
    let path = path.to_str().unwrap();
    for place in ["overview", "document", "stakeholders", "swot"] {
        let args = [place, "--size", "120x40", "--lang", "en", path];
        let svg = render(&args, "svg");
        let rows = svg_rows(&svg);
        let text = render(&args, "text");
        assert_eq!(rows.len(), text.lines().count(), "{place}");
        assert!(!svg.chars().any(|c| c.is_control() && c != '\n'), "{place}");
        let ansi = render(&args, "ansi");
        // Every escape begins a colour sequence: `ESC [` digits and `;` then `m`.
        for (i, _) in ansi.match_indices('\x1b') {
            let seq: String = ansi[i + 1..].chars().take_while(|&c| c != 'm').collect();
            assert!(
                seq.starts_with('[') && seq[1..].chars().all(|c| c.is_ascii_digit() || c == ';'),
                "{place}: {seq:?}"
            );
        }
    }
}
