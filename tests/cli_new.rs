#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! `roadmap-tui new FILE [--region NAME]`, through the real binary: what it writes
//! passes `check` without a warning and opens on its region, and it never touches
//! anything already at the path.

#[cfg(unix)]
#[path = "common/pty.rs"]
mod pty;

mod common;

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::walk::{assert_inert, every_screen};
use roadmap_tui::app::App;
use roadmap_tui::model::{self, Lang, Loaded};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");

fn run(args: &[&OsStr]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn new(path: &Path, region: Option<&str>) -> Output {
    let mut args: Vec<&OsStr> = vec!["new".as_ref(), path.as_os_str()];
    if let Some(r) = region {
        args.extend::<[&OsStr; 2]>(["--region".as_ref(), r.as_ref()]);
    }
    run(&args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// Runs `check` on `path` and asserts it is clean: exit 0, the `ok` line, no warning.
fn assert_clean(path: &Path) {
    let out = run(&["check".as_ref(), path.as_os_str()]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stdout}{stderr}");
    assert!(stdout.contains(": ok — 2 roadmaps,"), "{stdout}");
    assert!(!stdout.contains("warning"), "{stdout}");
    assert_eq!(stderr, "", "check printed warnings");
}

/// The overview of `path` as `render` prints it.
fn overview(path: &Path, lang: &str) -> String {
    let out = run(&[
        "render".as_ref(),
        "overview".as_ref(),
        "--size".as_ref(),
        "80x24".as_ref(),
        "--lang".as_ref(),
        lang.as_ref(),
        path.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn a_new_document_passes_check_and_opens_on_its_region() {
    let dir = tempfile::tempdir().unwrap();
    for (file, region, shown) in [
        ("plain.ron", None, "Regione di esempio"),
        ("lomb.ron", Some("Lombardia"), "Lombardia"),
        (
            "odd.ron",
            Some(r#"Val "d'Oro" \ Nord"#),
            r#"Val "d'Oro" \ Nord"#,
        ),
    ] {
        let path = dir.path().join(file);
        let out = new(&path, region);
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            stdout.contains(&format!("roadmap-tui check {}", path.display())),
            "{stdout}"
        );
        assert_clean(&path);
        let loaded = model::load(Some(&path)).unwrap();
        assert_eq!(loaded.doc.meta.region.as_str(), shown);
        let names: Vec<&str> = loaded
            .doc
            .positioning
            .territories
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert!(names.contains(&shown), "{names:?}");
        assert!(overview(&path, "it").contains(&format!("┌ Il settore in {shown} ─")));
        assert!(overview(&path, "en").contains(&format!("┌ The sector in {shown} ─")));
    }
}

#[test]
fn the_next_steps_quote_a_path_a_shell_would_split() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my district.ron");
    let out = new(&path, None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!("roadmap-tui check '{}'", path.display())),
        "{stdout}"
    );
    assert_clean(&path);
}

#[test]
fn a_dash_writes_the_document_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lomb.ron");
    assert_eq!(new(&path, Some("Lombardia")).status.code(), Some(0));
    let out = new(Path::new("-"), Some("Lombardia"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(out.stdout, std::fs::read(&path).unwrap());
    assert!(!Path::new("-").exists());
}

fn assert_refused_as_existing(out: &Output, path: &Path) {
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!(
            "error: {}: already exists; choose another name or remove it first\n",
            path.display()
        )
    );
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn an_existing_file_is_left_byte_for_byte_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    let before = b"// my own work, not a template\n(\xff)".to_vec();
    std::fs::write(&path, &before).unwrap();
    assert_refused_as_existing(&new(&path, Some("Lombardia")), &path);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn a_link_is_never_followed_onto_a_file_or_to_create_one() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine.ron");
    let before = b"(my own work)".to_vec();
    std::fs::write(&target, &before).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert_refused_as_existing(&new(&link, None), &link);
    assert_eq!(std::fs::read(&target).unwrap(), before);
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());

    // A link to nothing yet: nothing is created where it leads.
    let nowhere = dir.path().join("nowhere.ron");
    let dangling = dir.path().join("dangling.ron");
    std::os::unix::fs::symlink(&nowhere, &dangling).unwrap();
    assert_refused_as_existing(&new(&dangling, None), &dangling);
    assert!(!nowhere.exists());
}

#[test]
fn a_directory_or_a_missing_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_refused_as_existing(&new(dir.path(), None), dir.path());
    let slash = Path::new(&format!("{}/", dir.path().display())).to_path_buf();
    assert_refused_as_existing(&new(&slash, None), &slash);
    let named = dir.path().join("district/");
    let out = new(&named, None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("names a directory; give the name of the file to create"),
        "{}",
        text(&out.stderr)
    );
    assert!(!named.exists());
    let missing = dir.path().join("no-such-folder").join("d.ron");
    let out = new(&missing, None);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "there is no directory `{}`",
            dir.path().join("no-such-folder").display()
        )),
        "{stderr}"
    );
}

#[test]
fn a_region_with_a_control_character_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.ron");
    let out = new(&path, Some("Lomb\u{1b}[2Jardia"));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "error: --region `Lomb␛[2Jardia` holds a control or invisible character; \
         write the name as plain text\n"
    );
    assert!(!path.exists());
    let out = new(&path, Some("   "));
    assert_eq!(out.status.code(), Some(2));
    assert!(!path.exists());
}

/// The transcripts (`text` blocks whose lines start with `$ `) of the guide
/// "Writing your district's document": each command with the output it shows.
fn guide_transcripts() -> Vec<(String, String)> {
    let md =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/data-format.md"))
            .unwrap();
    let start = md
        .find("\n## Writing your district's document\n")
        .expect("the guide");
    let guide = &md[start + 1..];
    let guide = &guide[..guide.find("\n## ").unwrap_or(guide.len())];
    let mut runs: Vec<(String, String)> = Vec::new();
    let mut in_block = false;
    for line in guide.lines() {
        match line {
            "```text" => in_block = true,
            "```" => in_block = false,
            l if in_block => {
                if let Some(command) = l.strip_prefix("$ ") {
                    runs.push((command.to_owned(), String::new()));
                } else {
                    let (_, out) = runs.last_mut().expect("output after a command");
                    out.push_str(l);
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
    runs
}

#[test]
fn the_guides_commands_print_what_the_guide_shows() {
    let dir = tempfile::tempdir().unwrap();
    let runs = guide_transcripts();
    assert!(runs.len() >= 2, "{runs:?}");
    for (command, shown) in runs {
        let mut words = command.split_whitespace();
        assert_eq!(words.next(), Some("roadmap-tui"), "{command}");
        let out = Command::new(BIN)
            .args(words)
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{command}");
        assert_eq!(text(&out.stdout), shown, "{command}");
    }
}

/// As the guide says: the new file opens in the browser on its region, and an edit
/// saved beside it shows without a restart.
#[cfg(unix)]
#[test]
fn the_new_document_opens_in_the_browser_and_reloads_when_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lomb.ron");
    assert_eq!(new(&path, Some("Lombardia")).status.code(), Some(0));
    let mut s = pty::Session::start(&[path.to_str().unwrap()], &[]);
    s.wait_for("Il settore in Lombardia");
    s.wait_for("oltre 250  imprese");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("value: 250.0", "value: 300.0", 1);
    assert_ne!(edited, text);
    std::fs::write(&path, edited).unwrap();
    s.wait_for("oltre 300  imprese");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Every screen, section and slide of what `new --region Lombardia` writes draws, in
/// both languages and at the sizes where layouts change, without a trace of the
/// placeholder region.
#[test]
fn every_screen_of_the_new_document_draws() {
    let text = roadmap_tui::starter::document(Some("Lombardia")).unwrap();
    let doc = model::parse_and_validate("lomb.ron", &text).unwrap();
    for lang in [Lang::It, Lang::En] {
        let loaded = Loaded {
            doc: doc.clone(),
            name: "lomb.ron".into(),
            path: None,
        };
        let app = App::new(loaded, lang, (80, 24));
        let mut drawn = 0;
        every_screen(&app, &[(60, 20), (80, 24), (160, 48)], |what, buf| {
            drawn += 1;
            assert_inert(buf, what);
            let shown = roadmap_tui::ui::buffer_text(buf);
            assert!(!shown.contains("Regione di esempio"), "{what}:\n{shown}");
        });
        assert!(drawn > 3 * 60, "{drawn} screens");
    }
}
