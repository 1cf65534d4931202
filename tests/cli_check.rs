#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! End-to-end tests of `check`, `export` and (for terminal safety) `render`, through the
//! real binary, against the broken-input fixtures in `tests/fixtures/broken/` and inputs
//! generated here (invalid UTF-8, deep nesting, oversize, directory, missing file, FIFO).
//!
//! Every committed fixture is `tests/fixtures/small.ron` with ONE defect (except
//! `several-problems.ron`), and its first line says what the defect is. Expected
//! positions are computed from the fixture text, not hard-coded.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const SMALL: &str = "tests/fixtures/small.ron";
const EMBEDDED_NAME: &str = "<embedded>/scienze-della-vita-2021.ron";
const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// How long any run may take before the test calls it hung.
const DEADLINE: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------------------

#[derive(Debug)]
struct Run {
    /// `None` when the process was killed by a signal (e.g. a stack overflow).
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs the binary in the crate's directory (so fixture paths are relative and short),
/// with stdin closed, stdout and stderr piped (not terminals) and colour not disabled
/// by the environment, so that the absence of colour is the binary's own decision.
/// Kills the child and fails when it has not finished within `deadline`.
fn run_with_deadline<I, S>(args: I, deadline: Duration) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let start = Instant::now();
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(MANIFEST_DIR)
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // Read both pipes on threads, so a large output cannot block the child while we poll.
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let out_reader = thread::spawn(move || {
        let mut v = Vec::new();
        out.read_to_end(&mut v).map(|_| v)
    });
    let err_reader = thread::spawn(move || {
        let mut v = Vec::new();
        err.read_to_end(&mut v).map(|_| v)
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if start.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("roadmap-tui did not finish within {deadline:?}: it blocked or hung");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let stdout = out_reader
        .join()
        .expect("stdout reader")
        .expect("read stdout");
    let stderr = err_reader
        .join()
        .expect("stderr reader")
        .expect("read stderr");
    Run {
        code: status.code(),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
        elapsed,
    }
}

fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    run_with_deadline(args, DEADLINE)
}

fn check(file: impl AsRef<OsStr>) -> Run {
    run([OsStr::new("check"), file.as_ref()])
}

/// No terminal control can reach the user: no ESC (colour, cursor, OSC title…) and no BEL.
fn assert_no_escapes(r: &Run) {
    for (name, s) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        assert!(!s.contains('\u{1b}'), "ESC byte in {name}:\n{s:?}");
        assert!(!s.contains('\u{7}'), "BEL byte in {name}:\n{s:?}");
    }
}

/// Common expectations of a run that found problems: exit 1, nothing on stdout, no
/// colour, no panic, and the summary line last.
fn assert_invalid(r: &Run, file: &str, problems: usize) {
    assert_eq!(r.code, Some(1), "exit code; stderr:\n{}", r.stderr);
    assert!(
        r.stdout.is_empty(),
        "stdout should be empty: {:?}",
        r.stdout
    );
    assert_no_escapes(r);
    assert!(!r.stderr.contains("panicked"), "panic:\n{}", r.stderr);
    let summary = format!(
        "{file}: {problems} problem{} found",
        if problems == 1 { "" } else { "s" }
    );
    assert_eq!(
        r.stderr.lines().last(),
        Some(summary.as_str()),
        "stderr:\n{}",
        r.stderr
    );
    let headlines = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .count();
    assert_eq!(
        headlines, problems,
        "one `error:` line per problem; stderr:\n{}",
        r.stderr
    );
}

/// Expectations of a file that cannot be read: exit 2, exactly one line
/// `error: FILE: reason` on stderr, nothing on stdout, no colour.
fn assert_unreadable(r: &Run, file: &str, reason: &str) {
    assert_eq!(r.code, Some(2), "exit code; stderr:\n{}", r.stderr);
    assert!(
        r.stdout.is_empty(),
        "stdout should be empty: {:?}",
        r.stdout
    );
    assert_no_escapes(r);
    assert_eq!(r.stderr, format!("error: {file}: {reason}\n"));
}

// ---------------------------------------------------------------------------------------
// Positions and problem blocks
// ---------------------------------------------------------------------------------------

fn broken(name: &str) -> String {
    format!("tests/fixtures/broken/{name}")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(MANIFEST_DIR).join(rel)).expect("fixture is readable")
}

/// 1-based line and column (in characters) of byte offset `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Line and column of the only occurrence of `needle` in `text`.
/// The position just after `key` at `pos`: where the value starts.
fn after_key(pos: (usize, usize), key: &str) -> (usize, usize) {
    (pos.0, pos.1 + key.chars().count())
}

fn pos_of(text: &str, needle: &str) -> (usize, usize) {
    let hits: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    assert_eq!(
        hits.len(),
        1,
        "`{needle}` should occur exactly once in the fixture"
    );
    line_col(text, hits[0])
}

/// One located problem as printed: the headline, the source line and the caret line.
#[derive(Debug)]
struct Block<'a> {
    headline: &'a str,
    source: &'a str,
    caret: &'a str,
}

/// Finds the problem printed at `file:line:col` and checks its layout:
///
/// ```text
/// error: FILE:LINE:COL: message (at path)
/// LINE | source text
///      |     ^
/// ```
///
/// and that the caret stands exactly under `caret_on` in the (possibly windowed) source text.
fn located<'a>(
    stderr: &'a str,
    file: &str,
    (line, col): (usize, usize),
    caret_on: &str,
) -> Block<'a> {
    located_in(stderr, file, line, col..=col, caret_on)
}

/// Like [`located`], but the column may be anywhere in `cols`, and the caret may stand on
/// blanks that precede `caret_on` on the line.
fn located_in<'a>(
    stderr: &'a str,
    file: &str,
    line: usize,
    cols: std::ops::RangeInclusive<usize>,
    caret_on: &str,
) -> Block<'a> {
    let prefix = format!("error: {file}:{line}:");
    let lines: Vec<&str> = stderr.lines().collect();
    let i = lines
        .iter()
        .position(|l| {
            l.strip_prefix(&prefix)
                .and_then(|rest| rest.split_once(": "))
                .and_then(|(col, _)| col.parse::<usize>().ok())
                .is_some_and(|col| cols.contains(&col))
        })
        .unwrap_or_else(|| panic!("no problem at `{prefix}{cols:?}:` in stderr:\n{stderr}"));
    assert!(i + 2 < lines.len(), "headline without snippet:\n{stderr}");
    let block = Block {
        headline: lines[i],
        source: lines[i + 1],
        caret: lines[i + 2],
    };
    let gutter = line.to_string();
    let source = block
        .source
        .strip_prefix(&format!("{gutter} | "))
        .unwrap_or_else(|| {
            panic!(
                "source line should start with `{gutter} | `: {:?}",
                block.source
            )
        });
    let caret = block
        .caret
        .strip_prefix(&format!("{} | ", " ".repeat(gutter.len())))
        .unwrap_or_else(|| {
            panic!(
                "caret line should start with the blank gutter: {:?}",
                block.caret
            )
        });
    assert!(
        caret.ends_with('^') && caret.trim_start() == "^",
        "caret line should be spaces then one `^`: {:?}",
        block.caret
    );
    // The fixtures' snippet windows hold only width-1 characters, so the caret's
    // column is a character index into the shown source text.
    let at = caret.chars().count() - 1;
    let under: String = source.chars().skip(at).collect();
    let under = if cols.start() == cols.end() {
        under.as_str()
    } else {
        under.trim_start()
    };
    assert!(
        under.starts_with(caret_on),
        "caret should stand under `{caret_on}`, stands under `{under}`:\n{}\n{}",
        block.source,
        block.caret
    );
    block
}

fn assert_mentions(headline: &str, words: &[&str]) {
    for w in words {
        assert!(headline.contains(w), "`{w}` missing from: {headline}");
    }
}

// ---------------------------------------------------------------------------------------
// Clean documents
// ---------------------------------------------------------------------------------------

#[test]
fn check_of_the_embedded_document_is_clean() {
    let r = run(["check"]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);
    assert!(r.stderr.is_empty(), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1, "stdout:\n{}", r.stdout);
    let expected = format!("{EMBEDDED_NAME}: ok — 7 roadmaps, ");
    assert!(r.stdout.starts_with(&expected), "stdout: {}", r.stdout);
}

#[test]
fn check_of_small_fixture_is_clean() {
    let r = check(SMALL);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);
    assert!(r.stderr.is_empty(), "stderr:\n{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!("{SMALL}: ok — 2 roadmaps, 3 organisations, 5 SWOT items, 1 source\n")
    );
}

#[test]
fn every_committed_broken_fixture_fails_check() {
    let dir = Path::new(MANIFEST_DIR).join("tests/fixtures/broken");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures/broken exists") {
        let path = entry.expect("dir entry").path();
        if path.extension() != Some(OsStr::new("ron")) {
            continue;
        }
        seen += 1;
        let r = check(&path);
        let name = path.file_name().and_then(OsStr::to_str).unwrap_or_default();
        if name.starts_with("warning-") {
            // Allowed but likely a mistake: check passes and says so.
            assert_eq!(r.code, Some(0), "{name}: stderr:\n{}", r.stderr);
            assert!(r.stderr.starts_with("warning: "), "{name}: {}", r.stderr);
            continue;
        }
        assert!(
            matches!(r.code, Some(1 | 2)),
            "{} should fail check with 1 or 2, got {:?}\nstdout: {}\nstderr: {}",
            path.display(),
            r.code,
            r.stdout,
            r.stderr
        );
        assert!(
            r.stdout.is_empty(),
            "{}: stdout {:?}",
            path.display(),
            r.stdout
        );
        assert_no_escapes(&r);
    }
    assert!(
        seen >= 10,
        "expected the broken fixture suite, found {seen} files"
    );
}

// ---------------------------------------------------------------------------------------
// Syntax and type errors (reported by the parser, one per run)
// ---------------------------------------------------------------------------------------

#[test]
fn missing_comma_is_a_syntax_error_at_the_next_token() {
    let file = broken("syntax-missing-comma.ron");
    let text = read(&file);
    let (sector_line, _) = pos_of(&text, "sector: \"Biofarma\"\n");
    let pos = pos_of(&text, "priority: 1,");
    assert_eq!(
        pos.0,
        sector_line + 1,
        "the comma is missing at the end of the line before"
    );
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, "priority");
    assert_mentions(b.headline, &["expected comma"]);
    assert_stops_at_syntax(&r.stderr, &b);
}

/// The parser reports one problem and stops; the block's last line says so.
fn assert_stops_at_syntax(stderr: &str, b: &Block) {
    let lines: Vec<&str> = stderr.lines().collect();
    let caret = lines
        .iter()
        .position(|l| std::ptr::eq(*l, b.caret))
        .expect("the caret line is in stderr");
    assert_eq!(
        lines.get(caret + 1).copied(),
        Some("parsing stops at the first syntax error: any others are listed once it is fixed"),
        "stderr:\n{stderr}"
    );
}

#[test]
fn unclosed_parenthesis_is_an_unexpected_end_of_file() {
    let file = broken("syntax-unclosed-paren.ron");
    let text = read(&file);
    // The parser stops right after the last token of the file.
    let content = text.trim_end();
    let pos = line_col(content, content.len());
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, "");
    assert_mentions(b.headline, &["unexpected end of file", "not closed"]);
    assert!(
        b.source.ends_with("],"),
        "the last line is shown: {:?}",
        b.source
    );
}

#[test]
fn wrong_type_points_at_the_value() {
    let file = broken("wrong-type.ron");
    let text = read(&file);
    let (line, value_col) = pos_of(&text, "\"alta\"");
    let (_, key_col) = pos_of(&text, "priority: \"alta\"");
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    // The parser's span of a mistyped value starts right after the `:`, before the blank
    // that precedes the value; either column is on the right spot.
    let after_colon = key_col + "priority:".len();
    let b = located_in(&r.stderr, &file, line, after_colon..=value_col, "\"alta\"");
    assert_mentions(b.headline, &["expected integer"]);
}

#[test]
fn unknown_field_names_the_typo_and_the_fields_allowed() {
    let file = broken("unknown-field.ron");
    let text = read(&file);
    let pos = pos_of(&text, "titel: \"Dispositivi");
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, "titel");
    assert_mentions(
        b.headline,
        &[
            "unknown field `titel`",
            "in Roadmap",
            "expected one of:",
            " title,",
            " sector,",
        ],
    );
}

#[test]
fn missing_required_field_is_reported_at_the_end_of_its_struct() {
    let file = broken("missing-field.ron");
    let text = read(&file);
    // Roadmap 2 has no `sector:`; the parser notices at the `)` that closes it.
    let (line, col) = pos_of(&text, "            sdgs: [3],\n        ),");
    assert_eq!(col, 1);
    let pos = (line + 1, 9);
    // The message names the roadmap and where it starts.
    let (start, _) = pos_of(&text, "            id: \"r2\",");
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, ")");
    assert_mentions(
        b.headline,
        &[&format!(
            "roadmaps[1] (Roadmap 2) at {}:9: missing field `sector`, which is required; \
             add `sector: …` to it",
            start - 1
        )],
    );
    assert_stops_at_syntax(&r.stderr, &b);
}

#[test]
fn missing_field_of_an_organisation_names_it_by_its_id() {
    let file = broken("missing-org-kind.ron");
    let text = read(&file);
    let start = pos_of(&text, "(id: \"uni-a\"");
    let close = pos_of(&text, "place: \"Siena\"),");
    let pos = (close.0, close.1 + "place: \"Siena\"".len());
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, ")");
    assert_mentions(
        b.headline,
        &[&format!(
            "organisations[2] (Organisation `uni-a`) at {}:{}: missing field `kind`",
            start.0, start.1
        )],
    );
}

// ---------------------------------------------------------------------------------------
// The mistakes a new author makes: each message says what to write instead
// ---------------------------------------------------------------------------------------

/// Checks `name`, which has one syntax mistake: the value `value` written after `key`
/// (the caret stands on its start), and returns the problem's message.
fn syntax_mistake(name: &str, key: &str, value: &str) -> String {
    let file = broken(name);
    let text = read(&file);
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let pos = after_key(pos_of(&text, &format!("{key}{value}")), key);
    let b = located(&r.stderr, &file, pos, value);
    assert_stops_at_syntax(&r.stderr, &b);
    let prefix = format!("error: {file}:");
    let rest = &b.headline[prefix.len()..];
    rest.splitn(3, ':')
        .nth(2)
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[test]
fn a_thousands_comma_says_to_write_the_digits_alone() {
    assert_eq!(
        syntax_mistake("thousands-comma.ron", "value: ", "16,000,"),
        "`16,000` is not a number in a data file: write 16000 \
         (no thousands separator, a point for decimals)"
    );
}

#[test]
fn a_decimal_comma_says_to_write_a_point() {
    assert_eq!(
        syntax_mistake("decimal-comma.ron", "value: ", "11,5,"),
        "`11,5` is not a number in a data file: write 11.5 \
         (no thousands separator, a point for decimals)"
    );
}

#[test]
fn a_quoted_name_says_to_remove_the_quotes() {
    assert_eq!(
        syntax_mistake("quoted-enum.ron", "role: ", "\"KeyPlayer\")"),
        "remove the quotes: role: KeyPlayer"
    );
}

#[test]
fn a_decimal_in_a_whole_number_field_says_what_to_write() {
    assert_eq!(
        syntax_mistake("decimal-priority.ron", "priority: ", "2.0,"),
        "`priority` takes a whole number: write priority: 2"
    );
    assert_eq!(
        syntax_mistake("fractional-count.ron", "projects: ", "14.5,"),
        "`projects` takes a whole number, not 14.5: write projects: 14 or projects: 15"
    );
}

#[test]
fn a_percent_sign_says_to_give_the_unit_instead() {
    assert_eq!(
        syntax_mistake("percent-sign.ron", "value: ", "12%,"),
        "`value` takes a plain number, without `%`: write value: 12 \
         and say it is a percentage with `unit: Percent`"
    );
}

#[test]
fn an_organisation_named_instead_of_its_id_is_suggested() {
    let file = broken("name-for-id.ron");
    let text = read(&file);
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(
        &r.stderr,
        &file,
        pos_of(&text, "\"Universita A\""),
        "\"Universita A\"",
    );
    assert_mentions(
        b.headline,
        &[
            "unknown organisation `Universita A`; did you mean `uni-a` (Università A)?",
            "(at roadmaps[0].stakeholders[1].org)",
        ],
    );
}

#[test]
fn a_misspelt_id_suggests_the_nearest_one() {
    let file = broken("misspelt-id.ron");
    let text = read(&file);
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(
        &r.stderr,
        &file,
        pos_of(&text, "\"devise-b\""),
        "\"devise-b\"",
    );
    assert_mentions(
        b.headline,
        &["unknown organisation `devise-b`; did you mean `device-b` (Device B)?"],
    );
    // Validation problems are all listed: no note that parsing stopped.
    assert!(!r.stderr.contains("parsing stops"), "{}", r.stderr);
}

#[test]
fn an_id_with_nothing_near_gets_no_suggestion() {
    let file = broken("dangling-ref.ron");
    let r = check(&file);
    assert!(!r.stderr.contains("did you mean"), "{}", r.stderr);
}

#[test]
fn open_and_render_suggest_the_nearest_id() {
    let said =
        "error: no organisation with id `menarni`; did you mean `menarini` (Gruppo Menarini)";
    let r = run(["render", "stakeholder:menarni"]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(r.stderr.starts_with(said), "{}", r.stderr);
    let r = run(["--open", "stakeholder:menarni"]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(r.stderr.starts_with(said), "{}", r.stderr);
    let r = run(["render", "area:r2-diagnostica", SMALL]);
    assert_eq!(r.code, Some(2), "stderr:\n{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("error: no area with id `r2-diagnostica`; did you mean "),
        "{}",
        r.stderr
    );
}

#[test]
fn a_share_written_as_a_fraction_is_a_warning() {
    let file = broken("warning-fraction-share.ron");
    let text = read(&file);
    let r = check(&file);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);
    assert_eq!(
        r.stdout,
        format!("{file}: ok — 2 roadmaps, 3 organisations, 5 SWOT items, 1 source — 1 warning\n")
    );
    let (line, col) = after_key(pos_of(&text, "value: 0.12,"), "value: ");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "warning: {file}:{line}:{col}: 0.12 looks like a fraction: shares are written \
                 in percent (12) (at positioning.territories[1].figures[0].value)"
            )
            .as_str(),
            &format!(
                "{line} | {}",
                text.lines().nth(line - 1).unwrap_or_default().trim_end()
            ),
            &format!("   | {}^", " ".repeat(col - 1)),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Validation problems
// ---------------------------------------------------------------------------------------

#[test]
fn dangling_reference_names_the_unknown_organisation() {
    let file = broken("dangling-ref.ron");
    let text = read(&file);
    let pos = pos_of(&text, "\"ghost-org\"");
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, "\"ghost-org\"");
    assert_mentions(
        b.headline,
        &[
            "unknown organisation `ghost-org`",
            "(at roadmaps[1].stakeholders[1].org)",
        ],
    );
    // The line is longer than the snippet window: it is cut with an ellipsis.
    assert!(
        b.source.contains('…'),
        "long line is windowed: {:?}",
        b.source
    );
}

/// The headline of the duplicate-id problem and the position it gives.
fn duplicate_id_headline(r: &Run, file: &str) -> (String, usize, usize) {
    let prefix = format!("error: {file}:");
    let headline = r
        .stderr
        .lines()
        .find(|l| l.starts_with(&prefix) && l.contains("duplicate organisation id"))
        .unwrap_or_else(|| panic!("no located duplicate-id problem:\n{}", r.stderr))
        .to_owned();
    let mut parts = headline[prefix.len()..].splitn(3, ':');
    let line = parts
        .next()
        .and_then(|s| s.parse().ok())
        .expect("line number");
    let col = parts
        .next()
        .and_then(|s| s.parse().ok())
        .expect("column number");
    (headline, line, col)
}

#[test]
fn duplicate_id_is_reported() {
    let file = broken("duplicate-id.ron");
    let text = read(&file);
    assert_eq!(
        text.matches("id: \"uni-a\"").count(),
        2,
        "fixture defines uni-a twice"
    );
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let (headline, line, col) = duplicate_id_headline(&r, &file);
    // The message points at the first definition too.
    let first = pos_of(&text, "(id: \"uni-a\", name: \"Università A\", kind");
    assert_mentions(
        &headline,
        &[
            &format!(
                "duplicate organisation id `uni-a`; first defined at {}:{}",
                first.0,
                first.1 + "(id: ".len()
            ),
            "(at organisations[3].id)",
        ],
    );
    // The position is on the second definition, with the caret under it.
    let b = located(&r.stderr, &file, (line, col), "\"uni-a\"");
    assert_eq!(b.headline, headline);
}

#[test]
fn duplicate_id_points_at_the_second_definition() {
    let file = broken("duplicate-id.ron");
    let text = read(&file);
    let second = text
        .match_indices("id: \"uni-a\"")
        .nth(1)
        .expect("second definition")
        .0;
    let (line, col) = line_col(&text, second + "id: ".len());
    let r = check(&file);
    let (_, got_line, got_col) = duplicate_id_headline(&r, &file);
    assert_eq!((got_line, got_col), (line, col), "stderr:\n{}", r.stderr);
}

#[test]
fn priority_out_of_range_is_reported() {
    let file = broken("priority-9.ron");
    let text = read(&file);
    let pos = after_key(pos_of(&text, "priority: 9"), "priority: ");
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(&r.stderr, &file, pos, "9,");
    assert_mentions(
        b.headline,
        &[
            "priority of roadmap 1 is 9",
            "from 1 (highest) to 5",
            "(at roadmaps[0].priority)",
        ],
    );
}

/// The `error:` line of the problem at `path`, wherever it is located.
fn headline_at<'a>(stderr: &'a str, file: &str, path: &str) -> &'a str {
    let at = format!("(at {path})");
    stderr
        .lines()
        .find(|l| l.starts_with(&format!("error: {file}:")) && l.ends_with(&at))
        .unwrap_or_else(|| panic!("no problem {at} in stderr:\n{stderr}"))
}

#[test]
fn several_problems_are_all_listed_in_one_run() {
    let file = broken("several-problems.ron");
    let text = read(&file);
    let r = check(&file);
    assert_invalid(&r, &file, 4);

    let b = located(
        &r.stderr,
        &file,
        after_key(pos_of(&text, "priority: 0"), "priority: "),
        "0,",
    );
    assert_mentions(
        b.headline,
        &["priority of roadmap 1 is 0", "(at roadmaps[0].priority)"],
    );

    let b = located(
        &r.stderr,
        &file,
        pos_of(&text, "\"ghost-org\""),
        "\"ghost-org\"",
    );
    assert_mentions(
        b.headline,
        &[
            "unknown organisation `ghost-org`",
            "(at roadmaps[1].stakeholders[1].org)",
        ],
    );

    let h = headline_at(
        &r.stderr,
        &file,
        "positioning.territories[1].figures[0].value",
    );
    assert_mentions(h, &["percentage 140 is outside 0–100"]);

    let h = headline_at(&r.stderr, &file, "roadmaps[1].title");
    assert_mentions(h, &["text is empty"]);
}

#[test]
fn every_problem_of_several_has_a_position_and_a_caret() {
    let file = broken("several-problems.ron");
    let text = read(&file);
    let r = check(&file);
    located(
        &r.stderr,
        &file,
        after_key(pos_of(&text, "value: 140.0"), "value: "),
        "140.0",
    );
    located(
        &r.stderr,
        &file,
        after_key(pos_of(&text, "title: \"\""), "title: "),
        "\"\"",
    );
}

// ---------------------------------------------------------------------------------------
// Files that cannot be read (exit 2)
// ---------------------------------------------------------------------------------------

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn small_bytes() -> Vec<u8> {
    std::fs::read(Path::new(MANIFEST_DIR).join(SMALL)).expect("small.ron")
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn invalid_utf8_gives_the_position_of_the_bad_byte() {
    let dir = tempdir();
    let path = dir.path().join("invalid-utf8.ron");
    let good = small_bytes();
    let title = b"title: \"Dispositivi medici\"".as_slice();
    let at = good
        .windows(title.len())
        .position(|w| w == title)
        .expect("title in small.ron");
    let mut bytes = good[..at].to_vec();
    bytes.extend_from_slice(b"title: \"Dispositivi \xFF medici\"");
    bytes.extend_from_slice(&good[at + title.len()..]);
    std::fs::write(&path, &bytes).expect("write");
    // Where the 0xFF byte is: computed on the valid text before it.
    let bad = bytes.iter().position(|&b| b == 0xFF).expect("0xFF");
    let before = std::str::from_utf8(&bytes[..bad]).expect("prefix is UTF-8");
    let (line, col) = line_col(before, before.len());
    assert_eq!(line, 103);
    let r = check(&path);
    assert_unreadable(
        &r,
        &shown(&path),
        &format!("is not valid UTF-8 (invalid byte at line {line}, column {col})"),
    );
}

#[test]
fn empty_file_is_refused() {
    let file = broken("empty.ron");
    assert!(read(&file).is_empty());
    assert_unreadable(
        &check(&file),
        &file,
        "is empty; a data file holds one document",
    );
}

#[test]
fn whitespace_only_file_is_refused_as_empty() {
    let dir = tempdir();
    let path = dir.path().join("blank.ron");
    std::fs::write(&path, " \n\n\t  \r\n").expect("write");
    assert_unreadable(
        &check(&path),
        &shown(&path),
        "is empty; a data file holds one document",
    );
}

/// small.ron with roadmap 2's only area replaced by a chain of `depth` nested areas.
fn nested_document(depth: usize) -> String {
    let small = String::from_utf8(small_bytes()).expect("UTF-8");
    let mut area = String::from("(id: \"d0\", title: \"t\")");
    for i in 1..depth {
        area = format!("(id: \"d{i}\", title: \"t\", children: [{area}])");
    }
    let leaf = "(id: \"r2-robotica\", title: \"Robotica\")";
    assert_eq!(small.matches(leaf).count(), 1);
    small.replace(leaf, &area)
}

#[test]
fn shallow_nesting_of_areas_is_accepted() {
    // The generator makes valid documents: only depth makes the deep ones fail.
    let dir = tempdir();
    let path = dir.path().join("nested-3.ron");
    std::fs::write(&path, nested_document(3)).expect("write");
    let r = check(&path);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
}

#[test]
fn deep_nesting_is_refused_without_a_crash() {
    for depth in [100, 5_000] {
        let dir = tempdir();
        let path = dir.path().join(format!("nested-{depth}.ron"));
        let text = nested_document(depth);
        std::fs::write(&path, &text).expect("write");
        let (line, _) = pos_of(&text, "(id: \"d1\",");
        let r = check(&path);
        let name = shown(&path);
        // A stack overflow would kill the process with a signal: `code` would be None.
        assert_invalid(&r, &name, 1);
        let headline = r.stderr.lines().next().expect("a headline");
        let prefix = format!("error: {name}:{line}:");
        assert!(
            headline.starts_with(&prefix),
            "expected `{prefix}…`, got {headline}"
        );
        assert_mentions(headline, &["nested too deeply", "flatten the structure"]);
        let caret = r.stderr.lines().nth(2).expect("caret line");
        assert!(caret.trim_end().ends_with('^'), "caret line: {caret:?}");
    }
}

/// A file of exactly `len` bytes: small.ron followed by a long block comment.
fn padded_document(len: usize) -> Vec<u8> {
    let mut bytes = small_bytes();
    let padding = len - bytes.len() - "/**/\n".len();
    bytes.extend_from_slice(b"/*");
    bytes.resize(bytes.len() + padding, b'x');
    bytes.extend_from_slice(b"*/\n");
    assert_eq!(bytes.len(), len);
    bytes
}

#[test]
fn oversize_file_is_refused_quickly() {
    let dir = tempdir();
    let path = dir.path().join("oversize.ron");
    std::fs::write(&path, padded_document(MAX_FILE_BYTES + 1)).expect("write");
    let r = check(&path);
    assert_unreadable(
        &r,
        &shown(&path),
        "is 16.0 MiB, larger than the 16 MiB limit for data files",
    );
    assert!(r.elapsed < Duration::from_secs(5), "took {:?}", r.elapsed);
}

#[test]
fn file_of_exactly_the_size_limit_is_accepted() {
    let dir = tempdir();
    let path = dir.path().join("at-limit.ron");
    std::fs::write(&path, padded_document(MAX_FILE_BYTES)).expect("write");
    let r = check(&path);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
}

#[test]
fn directory_is_refused() {
    let dir = tempdir();
    assert_unreadable(
        &check(dir.path()),
        &shown(dir.path()),
        "is a directory, not a data file",
    );
}

#[test]
fn missing_file_is_refused() {
    let dir = tempdir();
    let path = dir.path().join("missing.ron");
    assert_unreadable(&check(&path), &shown(&path), "no such file");
}

#[cfg(unix)]
#[test]
fn fifo_is_refused_without_blocking() {
    let dir = tempdir();
    let path = dir.path().join("pipe.ron");
    let status = Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo failed");
    // Nobody ever writes to the FIFO: opening it for reading would block forever.
    let r = run_with_deadline(
        [OsStr::new("check"), path.as_os_str()],
        Duration::from_secs(10),
    );
    assert_unreadable(
        &r,
        &shown(&path),
        "is not a regular file (a FIFO, socket or device); give a .ron file",
    );
    assert!(r.elapsed < Duration::from_secs(5), "took {:?}", r.elapsed);
}

#[cfg(unix)]
#[test]
fn escape_sequences_in_a_file_name_are_not_echoed() {
    let dir = tempdir();
    let path = dir.path().join("\u{1b}]0;pwned\u{7}\u{1b}[2J.ron");
    let r = check(&path);
    assert_eq!(r.code, Some(2));
    assert_no_escapes(&r);
    assert!(
        r.stderr.contains("␛]0;pwned␇␛[2J.ron: no such file"),
        "stderr: {:?}",
        r.stderr
    );
}

// ---------------------------------------------------------------------------------------
// Escape sequences inside the data
// ---------------------------------------------------------------------------------------

/// small.ron with roadmap 1's title carrying an OSC title-setting sequence and a
/// clear-screen sequence.
fn write_escaping_document(dir: &Path) -> PathBuf {
    let small = String::from_utf8(small_bytes()).expect("UTF-8");
    let title = "title: \"Tecnologie per nuovi farmaci\"";
    assert_eq!(small.matches(title).count(), 1);
    let evil = "title: \"Tecnologie \u{1b}]0;pwned\u{7} per \u{1b}[2J nuovi farmaci\"";
    let path = dir.join("escapes.ron");
    std::fs::write(&path, small.replace(title, evil)).expect("write");
    path
}

#[test]
fn escape_sequences_in_strings_pass_check_and_never_reach_the_terminal() {
    let dir = tempdir();
    let path = write_escaping_document(dir.path());

    let r = check(&path);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);

    let r = run([
        OsStr::new("render"),
        OsStr::new("roadmap:1"),
        OsStr::new("--size"),
        OsStr::new("100x30"),
        path.as_os_str(),
    ]);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);
    assert!(r.stderr.is_empty(), "stderr:\n{}", r.stderr);
    // The sequences are shown as inert, visible text.
    assert!(
        r.stdout.contains("␛]0;pwned␇"),
        "render output:\n{}",
        r.stdout
    );
    assert!(r.stdout.contains("␛[2J"), "render output:\n{}", r.stdout);

    let r = run(["export", "--format", "json"]
        .map(OsStr::new)
        .into_iter()
        .chain([path.as_os_str()]));
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);
    assert!(
        !r.stdout.contains("\\u001b"),
        "exported JSON keeps an escaped ESC"
    );
}

// ---------------------------------------------------------------------------------------
// export
// ---------------------------------------------------------------------------------------

fn export_args<'a>(output: Option<&'a Path>, data: Option<&'a Path>) -> Vec<&'a OsStr> {
    let mut args: Vec<&OsStr> = ["export", "--format", "json"].map(OsStr::new).to_vec();
    if let Some(o) = output {
        args.extend([OsStr::new("-o"), o.as_os_str()]);
    }
    if let Some(d) = data {
        args.push(d.as_os_str());
    }
    args
}

fn ids(v: &serde_json::Value, key: &str) -> BTreeSet<String> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is an array"))
        .iter()
        .map(|o| o["id"].as_str().expect("id is a string").to_owned())
        .collect()
}

/// Names of the temporary files `export` may leave beside its output.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".roadmap-tui-export"))
        .collect()
}

#[test]
fn export_json_of_the_embedded_document_to_stdout() {
    let r = run(export_args(None, None));
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(r.stderr.is_empty(), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).expect("stdout is JSON");

    let roadmaps = json["roadmaps"].as_array().expect("roadmaps");
    assert_eq!(roadmaps.len(), 7);
    let numbers: Vec<u64> = roadmaps
        .iter()
        .map(|r| r["number"].as_u64().expect("number"))
        .collect();
    assert_eq!(numbers, (1..=7).collect::<Vec<u64>>());

    // Every organisation of the embedded document, and nothing else.
    let doc = roadmap_tui::model::load_embedded()
        .expect("embedded loads")
        .doc;
    let expected: BTreeSet<String> = doc.organisations.iter().map(|o| o.id.clone()).collect();
    let exported = json["organisations"].as_array().expect("organisations");
    assert_eq!(exported.len(), doc.organisations.len());
    assert_eq!(ids(&json, "organisations"), expected);
    assert!(
        exported.len() > 100,
        "the embedded document has over a hundred organisations"
    );
}

#[test]
fn export_json_to_a_file_writes_the_same_json_atomically() {
    let dir = tempdir();
    let out = dir.path().join("out.json");
    std::fs::write(&out, "old content").expect("write");
    let data = Path::new(SMALL);

    let r = run(export_args(Some(&out), Some(data)));
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(
        r.stdout.is_empty(),
        "nothing on stdout with -o: {:?}",
        r.stdout
    );
    assert!(r.stderr.is_empty(), "stderr:\n{}", r.stderr);
    assert_no_escapes(&r);

    let written = std::fs::read_to_string(&out).expect("output written");
    let json: serde_json::Value = serde_json::from_str(&written).expect("output is JSON");
    assert_eq!(json["roadmaps"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        ids(&json, "organisations"),
        ["device-b", "pharma-a", "uni-a"].map(String::from).into()
    );
    let to_stdout = run(export_args(None, Some(data)));
    assert_eq!(to_stdout.code, Some(0));
    assert_eq!(
        written, to_stdout.stdout,
        "-o and stdout give the same bytes"
    );
    assert!(
        leftovers(dir.path()).is_empty(),
        "temporary files left: {:?}",
        leftovers(dir.path())
    );
}

#[test]
fn export_refuses_to_overwrite_the_data_file() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    let data = dir.path().join("data.ron");
    let original = small_bytes();
    std::fs::write(&data, &original).expect("write");

    let mut outputs = vec![
        data.clone(),
        dir.path().join(".").join("data.ron"),
        dir.path().join("sub").join("..").join("data.ron"),
    ];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&data, &link).expect("symlink");
        outputs.push(link);
    }
    for out in &outputs {
        let r = run(export_args(Some(out), Some(&data)));
        assert_eq!(
            r.code,
            Some(1),
            "-o {}: stderr:\n{}",
            out.display(),
            r.stderr
        );
        assert!(r.stdout.is_empty());
        assert_no_escapes(&r);
        assert_eq!(
            r.stderr,
            format!(
                "error: {}: refusing to overwrite the data file itself; choose another output\n",
                out.display()
            )
        );
        assert_eq!(
            std::fs::read(&data).expect("data"),
            original,
            "data file changed"
        );
        assert!(leftovers(dir.path()).is_empty());
    }
}

#[test]
fn export_of_an_invalid_file_reports_its_problems_and_writes_nothing() {
    let dir = tempdir();
    let out = dir.path().join("out.json");
    let file = broken("dangling-ref.ron");
    let r = run(export_args(Some(&out), Some(Path::new(&file))));
    assert_invalid(&r, &file, 1);
    assert_mentions(&r.stderr, &["unknown organisation `ghost-org`"]);
    assert!(!out.exists(), "no output for an invalid document");
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn export_of_an_unreadable_file_exits_2() {
    let dir = tempdir();
    let missing = dir.path().join("missing.ron");
    let r = run(export_args(None, Some(&missing)));
    assert_unreadable(&r, &shown(&missing), "no such file");
}

// ---------------------------------------------------------------------------------------
// render at a size too small for a screen
// ---------------------------------------------------------------------------------------

#[test]
fn render_smaller_than_a_screen_needs_is_a_one_line_error() {
    use roadmap_tui::ui::layout::{MIN_HEIGHT, MIN_WIDTH};
    let need = format!("{MIN_WIDTH}x{MIN_HEIGHT}");
    for (size, place) in [
        ("40x10", "overview"),
        (&*format!("{}x{MIN_HEIGHT}", MIN_WIDTH - 1), "swot"),
        (&*format!("{MIN_WIDTH}x{}", MIN_HEIGHT - 1), "roadmap:2"),
        ("1x1", "matrix"),
    ] {
        let r = run(["render", place, "--size", size]);
        assert_eq!(r.code, Some(2), "--size {size}: {}", r.stderr);
        assert!(
            r.stdout.is_empty(),
            "--size {size}: no screen:\n{}",
            r.stdout
        );
        assert_eq!(
            r.stderr,
            format!("error: render needs a size of at least {need}; --size {size} was given\n")
        );
    }
    // The smallest size that fits renders.
    let r = run(["render", "overview", "--size", need.as_str()]);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), usize::from(MIN_HEIGHT));
    // The help says how small it may be.
    let r = run(["render", "--help"]);
    assert!(
        r.stdout.contains(&format!("at least {need}")),
        "{}",
        r.stdout
    );
}

#[test]
fn a_date_as_the_source_prints_it_says_the_form_to_write() {
    let file = broken("date-as-written.ron");
    let text = read(&file);
    let r = check(&file);
    assert_invalid(&r, &file, 1);
    let b = located(
        &r.stderr,
        &file,
        pos_of(&text, "\"marzo 2019\""),
        "\"marzo 2019\"",
    );
    assert_mentions(
        b.headline,
        &[
            "date \"marzo 2019\" is not in the form YYYY-MM-DD, YYYY-MM or YYYY",
            "write e.g. \"2021-05-25\" or \"2021-03\"",
            "go in `when`",
            "(at roadmaps[0].partnerships[0].date)",
        ],
    );
}
