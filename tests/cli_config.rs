#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! `check --config` and `--config` through the real binary, with a temporary
//! `XDG_CONFIG_HOME`, never the configuration of whoever runs the tests.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");

fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("NO_COLOR", "1")
        .output()
        .expect("run the binary")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn home_with(config: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(home.path().join("roadmap-tui")).expect("dir");
    std::fs::write(home.path().join("roadmap-tui/config.ron"), config).expect("write");
    home
}

#[test]
fn check_config_finds_the_file_in_the_config_home() {
    let home = home_with("(lang: \"en\", keys: { \"quit\": [\"Q\"] })");
    let out = run(home.path(), &["check", "--config"]);
    let path = home.path().join("roadmap-tui/config.ron");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{}: ok\n", path.display()));
}

#[test]
fn check_config_without_a_file_says_where_it_would_be() {
    let home = tempfile::tempdir().expect("temp dir");
    let out = run(home.path(), &["check", "--config"]);
    assert_eq!(out.status.code(), Some(0));
    let path = home.path().join("roadmap-tui/config.ron");
    assert_eq!(
        text(&out.stdout),
        format!(
            "{}: no configuration file; the defaults are in force\n",
            path.display()
        )
    );
}

#[test]
fn check_config_lists_every_problem_with_its_place() {
    let home = home_with("(\n  theme: \"pink\",\n  keys: { \"quit\": [\"nope\"] },\n)\n");
    let out = run(home.path(), &["check", "--config"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let path = home.path().join("roadmap-tui/config.ron");
    let path = path.display();
    assert!(
        err.contains(&format!("error: {path}:2:10: `theme` is")),
        "{err}"
    );
    assert!(
        err.contains("2 |   theme: \"pink\",\n  |          ^"),
        "{err}"
    );
    assert!(
        err.contains(&format!("error: {path}:3:20: `nope` is not a key name")),
        "{err}"
    );
    assert!(
        err.ends_with(&format!("{path}: 2 problems found\n")),
        "{err}"
    );
}

#[test]
fn check_config_file_checks_that_file() {
    let home = tempfile::tempdir().expect("temp dir");
    let file = home.path().join("mine.ron");
    std::fs::write(&file, "(mouse: maybe)").expect("write");
    let out = run(home.path(), &["check", "--config", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(&format!("{}:1:9:", file.display())),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_missing_config_named_on_the_command_line_is_an_error() {
    let home = tempfile::tempdir().expect("temp dir");
    let missing = home.path().join("missing.ron");
    for args in [
        vec!["--config", missing.to_str().unwrap()],
        vec!["check", "--config", missing.to_str().unwrap()],
    ] {
        let out = run(home.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!("{}: no such file", missing.display())),
            "{err}"
        );
        // The browser stops there, before it looks for a terminal.
        assert!(!err.contains("terminal"), "{err}");
    }
}

#[test]
fn help_says_where_the_configuration_file_lives() {
    let home = tempfile::tempdir().expect("temp dir");
    let out = run(home.path(), &["--help"]);
    let help = text(&out.stdout);
    assert!(
        help.contains("$XDG_CONFIG_HOME/roadmap-tui/config.ron"),
        "{help}"
    );
    assert!(help.contains("--config <FILE>"), "{help}");
}
