#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! A data file full of hostile text (`tests/fixtures/hostile.ron`: escape sequences,
//! OSC title, clipboard and hyperlink sequences, C1 controls, BEL, NUL, backspace,
//! carriage returns, tabs, bidi overrides, zero-width characters, a 5,000-character
//! word, wide characters, emoji, combining accents) must never act on the terminal
//! nor break a screen's layout: in the browser (checked on the raw bytes it writes
//! and on the screen a terminal makes of them), in `render`, in `check`'s snippets
//! and in the handouts.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use roadmap_tui::app::App;
use roadmap_tui::model::{self, Lang};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");

fn hostile_path() -> PathBuf {
    common::fixture_path("hostile.ron")
}

fn hostile_text() -> String {
    std::fs::read_to_string(hostile_path()).expect("hostile fixture")
}

fn hostile_app(lang: Lang, size: (u16, u16)) -> App {
    App::new(
        model::load(Some(&hostile_path())).expect("the hostile fixture loads"),
        lang,
        size,
    )
}

/// Bidi embeddings, overrides and isolates, zero-width and other invisible formatting
/// characters: shown as they are, they hide text or reorder what is around them.
fn is_bidi_or_invisible(c: char) -> bool {
    matches!(
        u32::from(c),
        0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2069 | 0xFEFF
    )
}

/// Fails when `text` holds a control character other than those in `allowed`, a C1
/// control, or a bidi or invisible formatting character.
fn assert_plain(what: &str, text: &str, allowed: &[char]) {
    for (line_no, line) in text.split('\n').enumerate() {
        if let Some(c) = line
            .chars()
            .find(|&c| (c.is_control() && !allowed.contains(&c)) || is_bidi_or_invisible(c))
        {
            panic!(
                "{what}: line {} holds U+{:04X}: {line:?}",
                line_no + 1,
                u32::from(c)
            );
        }
    }
}

/// The display columns of `line` as a terminal lays them out: each character takes
/// its width, a wide one leaves its second column empty (`None`), zero-width ones
/// join the character before.
fn columns(line: &str) -> Vec<Option<char>> {
    let mut cols = Vec::new();
    for c in line.chars() {
        match UnicodeWidthChar::width(c).unwrap_or(0) {
            0 => {}
            w => {
                cols.push(Some(c));
                cols.extend(std::iter::repeat_n(None, w - 1));
            }
        }
    }
    cols
}

const VERTICAL: &str = "│┃║█▐▌";
const OPENS_DOWN: &str = "┌┐┏┓╭╮┬┳├┤┣┫";
const OPENS_UP: &str = "└┘┗┛╰╯┴┻├┤┣┫";

/// The boxes of a screen printed as text are intact: no line is wider than the
/// screen, and on every line that starts inside a box each vertical border
/// continues the border above it and is continued below, so no border moved sideways.
fn assert_boxes_intact(what: &str, text: &str, width: usize) {
    let lines: Vec<&str> = text.lines().collect();
    let grid: Vec<Vec<Option<char>>> = lines.iter().map(|l| columns(l)).collect();
    for (y, row) in grid.iter().enumerate() {
        assert!(
            row.len() <= width,
            "{what}: line {} is {} columns wide, the screen {width}:\n{text}",
            y + 1,
            row.len()
        );
        // Only rows that begin on a box's left edge are inside a box from column 0.
        let boxed = matches!(row.first(), Some(Some(c)) if VERTICAL.contains(*c));
        if !boxed {
            continue;
        }
        let at = |y: usize, x: usize| grid.get(y).and_then(|r| r.get(x)).copied().flatten();
        for (x, c) in row.iter().enumerate() {
            let Some(c) = c else { continue };
            if !"│┃║".contains(*c) {
                continue;
            }
            let above = y.checked_sub(1).and_then(|y| at(y, x));
            let below = at(y + 1, x);
            let ok_above = above.is_some_and(|a| VERTICAL.contains(a) || OPENS_DOWN.contains(a));
            let ok_below = below.is_some_and(|b| VERTICAL.contains(b) || OPENS_UP.contains(b));
            assert!(
                ok_above && ok_below,
                "{what}: the border at line {}, column {x} is not continued (above {above:?}, below {below:?}):\n{text}",
                y + 1
            );
        }
    }
}

/// The text and layout checks catch what they are meant to catch.
#[test]
fn the_checks_catch_controls_and_moved_borders() {
    assert_plain("plain", "a\nb 漢字 e\u{301} ␛[2J", &['\n']);
    for bad in [
        "\u{1b}[2J",
        "\u{9b}",
        "\u{7}",
        "\t",
        "\r",
        "\u{0}",
        "\u{202e}",
        "\u{2069}",
        "\u{200b}",
    ] {
        let text = format!("ok\nx{bad}y");
        let caught = std::panic::catch_unwind(|| assert_plain("bad", &text, &['\n']));
        assert!(caught.is_err(), "{bad:?} was not caught");
    }
    assert_boxes_intact("good", "┌──┐\n│ab│\n│漢│\n└──┘\n", 4);
    for bad in [
        // A border moved left, a line too wide, a border moved right by a wide character.
        ("┌──┐\n│a│\n└──┘\n", 4),
        ("┌──┐\n│abc│\n└──┘\n", 4),
        ("┌──┐\n│漢a│\n└──┘\n", 10),
    ] {
        let caught = std::panic::catch_unwind(|| assert_boxes_intact("bad", bad.0, bad.1));
        assert!(caught.is_err(), "{bad:?} was not caught");
    }
}

#[test]
fn the_hostile_fixture_loads_and_keeps_its_text_visible() {
    let app = hostile_app(Lang::It, (80, 24));
    let title = app.doc.meta.title.as_str();
    assert!(title.contains("␛[2J␛[31mrosso␛[0m"), "{title:?}");
    let r1 = &app.doc.roadmaps[0];
    assert!(
        r1.title.contains("⟨U+202E⟩per nuovi⟨U+202C⟩"),
        "{:?}",
        r1.title
    );
    let long = app.doc.preface.paragraphs[1].as_str();
    assert_eq!(long.chars().count(), 5000);
}

#[test]
fn no_drawn_cell_of_any_screen_holds_a_control_or_bidi_character() {
    let app = hostile_app(Lang::It, (80, 24));
    let mut screens = 0;
    common::walk::every_screen(
        &app,
        &[(1, 1), (20, 5), (60, 16), (80, 24), (120, 40), (200, 60)],
        |what, buf| {
            common::walk::assert_inert(buf, what);
            screens += 1;
        },
    );
    assert!(screens > 300, "only {screens} screens drawn");
}

// ---------------------------------------------------------------------------------
// render
// ---------------------------------------------------------------------------------

fn run(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .env("LANG", "it_IT.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run the binary");
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

#[test]
fn render_prints_every_place_as_plain_text_with_its_boxes_intact() {
    let app = hostile_app(Lang::It, (80, 24));
    let path = hostile_path();
    let places = common::walk::places(&app.doc);
    for (w, h) in [(80u16, 24u16), (61, 17), (200, 60)] {
        for place in &places {
            let place = place.to_string();
            let size = format!("{w}x{h}");
            let (code, out, err) = run(&[
                "render".as_ref(),
                place.as_ref(),
                "--size".as_ref(),
                size.as_ref(),
                path.as_os_str(),
            ]);
            let what = format!("render {place} --size {size}");
            assert_eq!(code, Some(0), "{what}: {err}");
            assert!(err.is_empty(), "{what}: {err}");
            assert!(!out.contains('\u{1b}'), "{what}: ESC in the output");
            assert_plain(&what, &out, &['\n']);
            assert_eq!(out.lines().count(), usize::from(h), "{what}:\n{out}");
            assert_boxes_intact(&what, &out, usize::from(w));
        }
    }
    // The sequences are there to be read, as inert text.
    let (_, out, _) = run(&[
        "render".as_ref(),
        "overview".as_ref(),
        hostile_path().as_os_str(),
    ]);
    for shown in ["␛[2J␛[31mrosso", "␛]0;pwned␇", "⟨U+009B⟩31m", "⟨U+202E⟩per"] {
        assert!(out.contains(shown), "`{shown}` not shown:\n{out}");
    }
}

// ---------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------

/// Raw hostile characters, as an editor would save them (not as RON escapes).
const RAW: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}\tx\u{9b}31m 製薬 \u{202e}AB\u{202c} e\u{301}\u{200b}\u{0}\u{8}\r🚀 ";

/// One `error:` block of `check`'s output: line, column, the source line and the
/// caret line, without their gutters.
struct Located {
    line: usize,
    col: usize,
    source: String,
    caret: String,
}

fn located(stderr: &str, file: &str, line: usize) -> Located {
    let prefix = format!("error: {file}:{line}:");
    let lines: Vec<&str> = stderr.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no problem on line {line}:\n{stderr}"));
    let col = lines[i][prefix.len()..]
        .split(':')
        .next()
        .and_then(|c| c.parse().ok())
        .expect("a column");
    let gutter = line.to_string();
    let source = lines[i + 1]
        .strip_prefix(&format!("{gutter} | "))
        .expect("the source line's gutter")
        .to_owned();
    let caret = lines[i + 2]
        .strip_prefix(&format!("{} | ", " ".repeat(gutter.len())))
        .expect("the caret line's gutter")
        .to_owned();
    Located {
        line,
        col,
        source,
        caret,
    }
}

/// The text of `source` from the display column the caret stands on.
fn under_caret(l: &Located) -> String {
    assert!(
        l.caret.ends_with('^') && l.caret.trim_start() == "^",
        "caret line: {:?}",
        l.caret
    );
    let pad = l.caret.width() - 1;
    let mut w = 0;
    let mut chars = l.source.chars();
    while w < pad {
        let c = chars
            .next()
            .unwrap_or_else(|| panic!("the caret is past the line: {:?}", l.source));
        w += UnicodeWidthChar::width(c).unwrap_or(0);
    }
    assert_eq!(
        w, pad,
        "the caret stands in the middle of a wide character: {:?}",
        l.source
    );
    chars.collect()
}

/// Writes `text` with `old` (which must occur once) replaced by `new`.
fn write_broken(dir: &Path, text: &str, old: &str, new: &str) -> (PathBuf, usize) {
    assert_eq!(text.matches(old).count(), 1, "`{old}` occurs once");
    let broken = text.replace(old, new);
    let at = broken.find(new).expect("replaced");
    let line = broken[..at].matches('\n').count() + 1;
    let path = dir.join("broken.ron");
    std::fs::write(&path, broken).expect("write");
    (path, line)
}

#[test]
fn check_shows_a_hostile_source_line_inert_with_the_caret_in_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = hostile_text();
    // A missing comma after a name full of raw controls: the error is at `kind`.
    let (path, line) = write_broken(
        dir.path(),
        &text,
        r#"name: "Device B \u{9b}31m", kind"#,
        &format!("name: \"Device {RAW}B\" kind"),
    );
    let (code, out, err) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(1), "{err}");
    assert!(out.is_empty());
    assert!(!err.contains('\u{1b}'), "ESC in check's output:\n{err:?}");
    assert_plain("check", &err, &['\n']);
    let file = path.display().to_string();
    let l = located(&err, &file, line);
    assert!(err.contains("expected comma"), "{err}");
    let raw_line = std::fs::read_to_string(&path)
        .expect("read")
        .lines()
        .nth(line - 1)
        .expect("line")
        .to_owned();
    let kind = raw_line.find(" kind").expect("kind") + 1;
    assert_eq!(
        l.col,
        raw_line[..kind].chars().count() + 1,
        "the column counts characters"
    );
    assert!(
        under_caret(&l).starts_with("kind"),
        "caret on {:?}\n{}\n{}",
        under_caret(&l),
        l.source,
        l.caret
    );
    assert!(l.source.contains("␛[2J␛]0;pwned␇"), "{}", l.source);
    assert!(l.source.contains("⟨U+202E⟩AB⟨U+202C⟩"), "{}", l.source);
    assert_eq!(l.line, line);

    // A problem found by validation, located by its path, behind the same characters.
    let (path, line) = write_broken(
        dir.path(),
        &text,
        r#"cross_refs: [(roadmap: 2, topic: "sperimentazione \u{1b}[31m clinica")]"#,
        &format!("cross_refs: [(topic: \"{RAW}\", roadmap: 9)]"),
    );
    let (code, _, err) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(1), "{err}");
    assert_plain("check", &err, &['\n']);
    let l = located(&err, &path.display().to_string(), line);
    assert!(err.contains("roadmap 9 does not exist"), "{err}");
    assert!(
        under_caret(&l).starts_with("9)]"),
        "caret on {:?}\n{}\n{}",
        under_caret(&l),
        l.source,
        l.caret
    );
}

// ---------------------------------------------------------------------------------
// export
// ---------------------------------------------------------------------------------

#[test]
fn handouts_carry_no_raw_controls() {
    for format in ["markdown", "html"] {
        let (code, out, err) = run(&[
            "export".as_ref(),
            "--format".as_ref(),
            format.as_ref(),
            hostile_path().as_os_str(),
        ]);
        assert_eq!(code, Some(0), "{err}");
        assert!(!out.contains('\u{1b}'), "{format}: ESC in the handout");
        assert_plain(format, &out, &['\n']);
        // Markdown escapes the brackets; the rest reads the same in both.
        let bracket = if format == "markdown" { "\\]" } else { "]" };
        for shown in [
            format!("␛{bracket}0;pwned␇"),
            format!("␛{bracket}52;c;ZXZpbA==␇"),
            "⟨U+009B⟩31m".to_owned(),
            "⟨U+202E⟩per nuovi⟨U+202C⟩".to_owned(),
        ] {
            assert!(out.contains(&shown), "{format}: `{shown}` not shown");
        }
    }
}

// ---------------------------------------------------------------------------------
// The browser in a terminal
// ---------------------------------------------------------------------------------

#[cfg(unix)]
#[path = "common/pty.rs"]
mod pty;

#[cfg(unix)]
mod terminal {
    use ratatui::buffer::Buffer;
    use roadmap_tui::action::Msg;
    use roadmap_tui::app::{App, update};
    use roadmap_tui::keymap;
    use roadmap_tui::model::Lang;
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

    use super::pty::{Recorder, Session};
    use super::{common, hostile_app, hostile_path, is_bidi_or_invisible};

    /// Each row as (column, contents) of the cells a terminal shows, leaving out the
    /// columns covered by a wide character.
    type Rows = Vec<Vec<(u16, String)>>;

    fn buffer_rows(buf: &Buffer) -> Rows {
        let area = buf.area;
        (area.top()..area.bottom())
            .map(|y| {
                let mut row = Vec::new();
                let mut covered = 0;
                for x in area.left()..area.right() {
                    if covered > 0 {
                        covered -= 1;
                        continue;
                    }
                    let s = buf[(x, y)].symbol();
                    row.push((x, s.to_owned()));
                    covered = s.width().saturating_sub(1);
                }
                row
            })
            .collect()
    }

    fn screen_rows(screen: &vt100::Screen) -> Rows {
        let (rows, cols) = screen.size();
        (0..rows.get())
            .map(|y| {
                (0..cols.get())
                    .filter_map(|x| {
                        let cell = screen.cell(y, x)?;
                        if cell.is_wide_continuation() {
                            return None;
                        }
                        let s = cell.contents();
                        Some((
                            x,
                            if s.is_empty() {
                                " ".to_owned()
                            } else {
                                s.to_owned()
                            },
                        ))
                    })
                    .collect()
            })
            .collect()
    }

    fn show(rows: &Rows) -> String {
        let mut out = String::new();
        for (y, r) in rows.iter().enumerate() {
            let text: String = r.iter().map(|(_, s)| s.as_str()).collect();
            out.push_str(&format!("{y:2} {text}\n"));
        }
        out
    }

    /// The column of every character of `rows`: a cell's first character at the
    /// cell's column, the others after it by their own widths. A program and a
    /// terminal may cut the same text into cells differently (a flag is one cell to
    /// one, two to the other) and still show every character in the same place.
    fn placed(rows: &Rows) -> Vec<Vec<(u16, char)>> {
        rows.iter()
            .map(|row| {
                let mut out = Vec::new();
                for (x, s) in row {
                    let mut at = *x;
                    for c in s.chars() {
                        out.push((at, c));
                        at += u16::try_from(c.width().unwrap_or(0)).unwrap_or(0);
                    }
                }
                out
            })
            .collect()
    }

    /// Where the terminal's screen differs from what the program drew.
    fn differences(expected: &Rows, screen: &vt100::Screen) -> Option<String> {
        let got = screen_rows(screen);
        let (want, have) = (placed(expected), placed(&got));
        if want == have {
            return None;
        }
        let rows: Vec<String> = want
            .iter()
            .zip(&have)
            .enumerate()
            .filter(|(_, (e, g))| e != g)
            .map(|(y, (e, g))| {
                let first = e
                    .iter()
                    .zip(g.iter())
                    .find(|(a, b)| a != b)
                    .map(|(a, b)| format!("expected {a:?}, shown {b:?}"));
                format!(
                    "row {y}: {}",
                    first.unwrap_or_else(|| "lengths differ".into())
                )
            })
            .collect();
        Some(format!(
            "{}\nexpected:\n{}shown:\n{}",
            rows.join("\n"),
            show(expected),
            show(&got)
        ))
    }

    /// The length of the program's own OSC 8 hyperlink sequence at the start of
    /// `raw` (an escape): `ESC ] 8 ; id=HEX ; URL ESC \` around a web address, or
    /// the closing `ESC ] 8 ; ; ESC \`. `None` for any other sequence.
    fn hyperlink(raw: &[u8]) -> Option<usize> {
        let body = raw.strip_prefix(b"\x1b]8;")?;
        let end = body.windows(2).position(|w| w == b"\x1b\\")?;
        let params = std::str::from_utf8(&body[..end]).ok()?;
        let ok = params == ";"
            || params.split_once(';').is_some_and(|(id, url)| {
                id.strip_prefix("id=")
                    .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
                    && roadmap_tui::content::is_web_link(url)
                    && url.chars().all(|c| c.is_ascii_graphic())
            });
        ok.then_some(4 + end + 2)
    }

    /// Every escape sequence in `raw`. Fails on anything but a well-formed CSI
    /// sequence or the program's own hyperlink around a web address: no other OSC,
    /// DCS, string terminator or escape may be written.
    fn csi_sequences(raw: &[u8]) -> Vec<String> {
        let mut found = Vec::new();
        let mut i = 0;
        while let Some(off) = raw[i..].iter().position(|&b| b == 0x1b) {
            let at = i + off;
            if let Some(len) = hyperlink(&raw[at..]) {
                i = at + len;
                continue;
            }
            let context =
                || String::from_utf8_lossy(&raw[at..(at + 40).min(raw.len())]).into_owned();
            assert_eq!(
                raw.get(at + 1),
                Some(&b'['),
                "an escape that is not CSI at byte {at}: {:?}",
                context()
            );
            let mut j = at + 2;
            while raw.get(j).is_some_and(|b| (0x30..=0x3f).contains(b)) {
                j += 1;
            }
            while raw.get(j).is_some_and(|b| (0x20..=0x2f).contains(b)) {
                j += 1;
            }
            let fin = raw.get(j).copied().unwrap_or(0);
            assert!(
                (0x40..=0x7e).contains(&fin),
                "a malformed CSI sequence at byte {at}: {:?}",
                context()
            );
            found.push(String::from_utf8_lossy(&raw[at + 1..=j]).into_owned());
            i = j + 1;
        }
        found
    }

    /// Checks everything the program wrote during a session.
    fn assert_raw_output_is_clean(raw: &[u8]) {
        let text = std::str::from_utf8(raw).expect("the output is UTF-8");
        // C0 controls other than ESC (which starts the program's own sequences) and
        // CR/LF: no BEL, NUL, backspace, tab, shift or form feed.
        for c in text.chars() {
            let u = u32::from(c);
            assert!(
                !c.is_control() || matches!(c, '\u{1b}' | '\r' | '\n'),
                "the output holds U+{u:04X}"
            );
            assert!(!is_bidi_or_invisible(c), "the output holds U+{u:04X}");
        }
        let sequences = csi_sequences(raw);
        let finals: std::collections::BTreeSet<char> =
            sequences.iter().filter_map(|s| s.chars().last()).collect();
        // Cursor moves (to a row: `d`; to the start of a row below: `E`) and
        // visibility, colours and attributes, erase (characters: `X`), screen modes.
        let allowed: std::collections::BTreeSet<char> = "HmJKXhlABCDEGd".chars().collect();
        assert!(
            finals.is_subset(&allowed),
            "unexpected CSI sequences: {:?}",
            sequences
                .iter()
                .filter(|s| !s.chars().last().is_some_and(|c| allowed.contains(&c)))
                .collect::<Vec<_>>()
        );
        // The data's own sequences with the text that follows them in the fixture.
        for theirs in [
            "\u{1b}[31mrosso",
            "\u{1b}[5m di",
            "\u{1b}[1m tecnologici",
            "\u{1b}[2J radicale",
            "\u{9b}31m",
            "\u{9b}2J",
        ] {
            assert!(
                !text.contains(theirs),
                "the data's {theirs:?} reached the terminal"
            );
        }
        for payload in ["]0;pwned", "]52;c;ZXZpbA==", "]8;;http://x"] {
            for intro in ["\u{1b}", "\u{9d}"] {
                assert!(
                    !text.contains(&format!("{intro}{payload}")),
                    "{intro:?}{payload} reached the terminal"
                );
            }
        }
        // What a terminal would have done with it, beyond drawing.
        let mut parser = vt100::Parser::new_with_callbacks(
            std::num::NonZeroU16::new(24).expect("24"),
            std::num::NonZeroU16::new(80).expect("80"),
            0,
            Recorder::default(),
        );
        parser.process(raw);
        let rec = parser.callbacks();
        assert_eq!(rec.bells, 0, "the terminal rang");
        assert!(rec.titles.is_empty(), "window title set: {:?}", rec.titles);
        assert!(
            rec.clipboard.is_empty(),
            "clipboard written: {:?}",
            rec.clipboard
        );
        // Only the program's own hyperlinks: an id and a web address of plain
        // ASCII, or the closing sequence.
        let foreign: Vec<&String> = rec
            .unknown_osc
            .iter()
            .filter(|osc| {
                let ours = osc.as_str() == "8;;"
                    || osc
                        .strip_prefix("8;id=")
                        .and_then(|rest| rest.split_once(';'))
                        .is_some_and(|(_, url)| {
                            roadmap_tui::content::is_web_link(url)
                                && url.chars().all(|c| c.is_ascii_graphic())
                        });
                !ours
            })
            .collect();
        assert!(foreign.is_empty(), "OSC sequences: {foreign:?}");
        assert!(
            rec.unknown_escapes.is_empty(),
            "other escapes: {:?}",
            rec.unknown_escapes
        );
        assert!(
            rec.unknown_controls.is_empty(),
            "control characters: {:?}",
            rec.unknown_controls
        );
    }

    /// Keys of the visit, in `common::key` names; every screen the fixture has, with
    /// its sections, scrolled, filtered, zoomed and presented.
    const VISIT: &[&str] = &[
        // The overview's table, then roadmap 1 and each of its sections.
        "j",
        "k",
        "Enter",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "k",
        "Tab",
        "PgDn",
        "End",
        "S-Tab",
        "Home",
        // Its technology areas, and an area.
        "j",
        "j",
        "Enter",
        "j",
        "j",
        "Enter",
        "Backspace",
        // Roadmap 2, whose sector is one 5,000-character word.
        "2",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        "j",
        // The stakeholder table and each organisation.
        "s",
        "Enter",
        "PgDn",
        "PgDn",
        "Backspace",
        "j",
        "Enter",
        "End",
        "Backspace",
        "j",
        "Enter",
        "PgDn",
        "Backspace",
        "S",
        "S",
        "S",
        "r",
        // A filter typed with a bidi override and a C1 control in it.
        "f",
        "\u{202e}",
        "\u{9b}",
        "a",
        "Enter",
        // The SWOT, each quadrant and zoomed.
        "w",
        "l",
        "j",
        "h",
        "z",
        "j",
        "l",
        "z",
        // The matrix, the figures and every chart.
        "x",
        "j",
        "l",
        "l",
        "S",
        "c",
        "Tab",
        "Tab",
        "Tab",
        "Tab",
        "j",
        // The document, to its end.
        "d",
        "PgDn",
        "PgDn",
        "PgDn",
        "PgDn",
        "End",
        // Help, in both languages.
        "?",
        "j",
        "L",
        "L",
        "?",
        // The presentation, slide by slide.
        "p",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "Right",
        "p",
    ];

    /// The checks of the raw output catch each kind of leak.
    #[test]
    fn the_raw_output_check_catches_leaks() {
        let clean = "\u{1b}[?1049h\u{1b}[1;1H\u{1b}[38;5;9mtext ␛]0;pwned␇\u{1b}[0m\r\n";
        assert_raw_output_is_clean(clean.as_bytes());
        for leak in [
            "\u{1b}]0;pwned\u{7}",
            "\u{1b}]2;pwned\u{1b}\\",
            "\u{1b}]52;c;ZXZpbA==\u{7}",
            "\u{1b}]8;;http://x\u{1b}\\link",
            "\u{9d}0;pwned\u{9c}",
            "\u{9b}31m",
            "\u{7}",
            "\u{0}",
            "\u{8}",
            "\t",
            "\u{1b}[31mrosso",
            "\u{1b}[2J radicale",
            "\u{1b}P1$r\u{1b}\\",
            "\u{1b}c",
            "\u{1b}[5i",
            "a\u{202e}b",
            "a\u{2066}b",
            "a\u{200b}b",
            "a\u{feff}b",
        ] {
            let raw = format!("\u{1b}[1;1Hx{leak}y");
            let caught = std::panic::catch_unwind(|| assert_raw_output_is_clean(raw.as_bytes()));
            assert!(caught.is_err(), "{leak:?} was not caught");
        }
    }

    /// An argument the command line rejects is quoted back without acting on the
    /// terminal (clap writes it out as it is when standard error is a terminal).
    #[test]
    fn rejected_arguments_are_quoted_inert() {
        for (args, shown) in [
            (
                &["render", "overview", "--size", "\u{1b}]0;pwned\u{7}"][..],
                "`␛]0;pwned␇` is not WIDTHxHEIGHT",
            ),
            (
                &["--lang", "\u{1b}]52;c;ZXZpbA==\u{7}\u{202e}it"],
                "⟨U+202E⟩it",
            ),
            (&["--theme", "\u{9b}2J\u{7}dark"], "⟨U+009B⟩2Jdark"),
        ] {
            let mut s = Session::start(args, &[]);
            let status = s.wait_exit();
            assert_eq!(status.exit_code(), 2, "{args:?}");
            let out = String::from_utf8_lossy(&s.raw).into_owned();
            assert!(out.contains(shown), "{args:?}: `{shown}` not in {out:?}");
            assert_raw_output_is_clean(&s.raw);
        }
        // Without anything hostile, clap's own message and colours are untouched.
        let mut s = Session::start(&["--theme", "neon"], &[]);
        assert_eq!(s.wait_exit().exit_code(), 2);
        let out = String::from_utf8_lossy(&s.raw).into_owned();
        assert!(out.contains("\u{1b}[1m\u{1b}[31merror:"), "{out:?}");
        assert!(out.contains("neon"), "{out:?}");
    }

    #[test]
    fn hostile_text_never_reaches_the_terminal_and_the_layout_holds() {
        let path = hostile_path();
        let mut s = Session::start(&[path.to_str().expect("UTF-8 path")], &[]);
        // The same app in this process, fed the same keys: what the program means
        // to draw, which the terminal must show cell for cell.
        let mut app: App = hostile_app(Lang::It, (80, 24));
        update(
            &mut app,
            Msg::Resize {
                width: 80,
                height: 24,
            },
        );
        let expect = |app: &App| buffer_rows(&roadmap_tui::ui::render_to_buffer(app, 80, 24));
        let mut expected = expect(&app);
        s.wait_until(
            |screen| differences(&expected, screen).is_none(),
            |screen| differences(&expected, screen).unwrap_or_default(),
        );
        let first = s.screen();
        for shown in ["␛[2J␛[31mrosso␛[0m", "␛]0;pwned␇", "⟨U+009B⟩31m"] {
            assert!(first.contains(shown), "`{shown}` not on screen:\n{first}");
        }
        for (n, token) in VISIT.iter().enumerate() {
            if let Some(msg) = keymap::message(app.context(), &common::key(token)) {
                update(&mut app, msg);
            }
            s.send_key(token);
            expected = expect(&app);
            s.wait_until(
                |screen| differences(&expected, screen).is_none(),
                |screen| {
                    format!(
                        "after key {n} ({token:?}) on {}:\n{}",
                        app.place(),
                        differences(&expected, screen).unwrap_or_default()
                    )
                },
            );
            // Every row still ends where the screen does.
            for y in 0..24 {
                assert!(!s.parser.screen().row_wrapped(y), "row {y} wrapped");
            }
        }
        assert!(app.present.page > 10, "the presentation was shown");
        s.send_key("q");
        assert!(s.wait_exit().success());
        s.assert_restored();
        assert_raw_output_is_clean(&s.raw);
    }
}
