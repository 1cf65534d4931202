#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The fuzz target's property, bounded so that it runs with the test suite: the small
//! fixture with random damage (bit flips, control characters and RON punctuation
//! inserted, bytes deleted, the end cut off) never makes loading panic; a refusal
//! says why without a raw control character; and when the damaged file still loads,
//! every screen draws at several sizes without a panic and with no control or bidi
//! character in any cell.

mod common;

use proptest::prelude::*;
use proptest::sample::Index;
use roadmap_tui::app::App;
use roadmap_tui::model::{Lang, Loaded, parse_and_validate};

const SMALL: &[u8] = include_bytes!("fixtures/small.ron");

#[derive(Debug, Clone)]
enum Edit {
    FlipBit(Index, u8),
    Insert(Index, &'static str),
    /// Insert just inside a string literal, where the file most often still loads.
    IntoString(Index, &'static str),
    Delete(Index, usize),
    Truncate(Index),
}

/// Controls, sequences and invisible characters as raw text, their RON escapes, and
/// RON's punctuation.
const INSERTS: &[&str] = &[
    "\u{1b}",
    "\u{1b}[2J",
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]52;c;ZXZpbA==\u{7}",
    "\u{1b}]8;;http://x\u{1b}\\",
    "\u{9b}",
    "\u{9d}",
    "\u{85}",
    "\u{7}",
    "\u{0}",
    "\u{8}",
    "\r",
    "\t",
    "\u{7f}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{301}",
    "漢",
    "🚀",
    "\\u{1b}[2J",
    "\\u{9b}",
    "\\u{202e}",
    "\\u{0}",
    "\\t",
    "\\r",
    "\\\"",
    "\"",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "//",
    "/*",
    "r#\"",
    "Some(",
    "None",
    "-1",
    "1e309",
    "NaN",
    "255",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<Index>(), 0u8..8).prop_map(|(i, b)| Edit::FlipBit(i, b)),
        4 => (any::<Index>(), proptest::sample::select(INSERTS)).prop_map(|(i, s)| Edit::Insert(i, s)),
        10 => (any::<Index>(), proptest::sample::select(INSERTS)).prop_map(|(i, s)| Edit::IntoString(i, s)),
        1 => (any::<Index>(), 1usize..20).prop_map(|(i, n)| Edit::Delete(i, n)),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, e: &Edit) {
    if bytes.is_empty() {
        return;
    }
    match e {
        Edit::FlipBit(i, b) => {
            let at = i.index(bytes.len());
            bytes[at] ^= 1 << b;
        }
        Edit::Insert(i, s) => {
            let at = i.index(bytes.len() + 1);
            bytes.splice(at..at, s.bytes());
        }
        Edit::IntoString(i, s) => {
            // Every other quote opens a string (the fixture's comments hold none).
            let opening: Vec<usize> = bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'"')
                .map(|(at, _)| at + 1)
                .step_by(2)
                .collect();
            if !opening.is_empty() {
                let at = opening[i.index(opening.len())];
                bytes.splice(at..at, s.bytes());
            }
        }
        Edit::Delete(i, n) => {
            let at = i.index(bytes.len());
            let end = (at + n).min(bytes.len());
            bytes.drain(at..end);
        }
        Edit::Truncate(i) => bytes.truncate(i.index(bytes.len())),
    }
}

/// Sizes where layouts switch; the fuzz target also draws at 200×60.
const SIZES: [(u16, u16); 3] = [(1, 1), (20, 5), (80, 24)];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn damaged_files_never_panic_and_never_reach_the_terminal(
        edits in proptest::collection::vec(edit(), 1..5),
    ) {
        let mut bytes = SMALL.to_vec();
        for e in &edits {
            apply(&mut bytes, e);
        }
        // `load` refuses what is not UTF-8 before parsing, with the byte's position.
        let text = String::from_utf8_lossy(&bytes);
        match parse_and_validate("damaged.ron", &text) {
            Ok(doc) => {
                let loaded = Loaded { doc, name: "damaged.ron".into(), path: None };
                let app = App::new(loaded, Lang::It, (80, 24));
                common::walk::every_screen(&app, &SIZES, |what, buf| {
                    common::walk::assert_inert(buf, what);
                });
            }
            Err(e) => {
                for shown in [e.to_string(), e.headline()] {
                    let bad = shown.chars().find(|&c| c != '\n' && common::walk::forbidden(c));
                    prop_assert!(bad.is_none(), "{:?} in the error text: {}", bad, shown);
                }
            }
        }
    }
}

/// The damage is not so heavy that nothing ever loads: some mutated files must
/// reach the screens, or the property above would test only the parser.
#[test]
fn some_damaged_files_still_load() {
    let text = String::from_utf8(SMALL.to_vec()).expect("UTF-8");
    let title = "Tecnologie per nuovi farmaci";
    for insert in ["\u{1b}]0;pwned\u{7}", "\u{202e}", "\\u{9b}31m", "\t\r\u{0}"] {
        let damaged = text.replacen(title, &format!("Tecnologie {insert}per nuovi farmaci"), 1);
        let doc = parse_and_validate("damaged.ron", &damaged).expect("still loads");
        let app = App::new(
            Loaded {
                doc,
                name: "damaged.ron".into(),
                path: None,
            },
            Lang::En,
            (80, 24),
        );
        common::walk::every_screen(&app, &SIZES, |what, buf| {
            common::walk::assert_inert(buf, what);
        });
    }
}
