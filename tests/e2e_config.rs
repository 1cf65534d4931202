#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The configuration file read by the real binary in a pseudo-terminal, from a
//! temporary `XDG_CONFIG_HOME`: its settings apply, a broken one leaves the
//! defaults, and the command line wins over it.
#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use std::path::Path;

use pty::Session;

/// A temporary configuration home holding `roadmap-tui/config.ron` with `text`.
fn config_home(text: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    let dir = home.path().join("roadmap-tui");
    std::fs::create_dir(&dir).expect("config dir");
    std::fs::write(dir.join("config.ron"), text).expect("config file");
    home
}

fn start(home: &Path, args: &[&str]) -> Session {
    Session::start(
        args,
        &[("XDG_CONFIG_HOME", home.to_str().expect("utf-8 path"))],
    )
}

const MOUSE_ON: &str = "\x1b[?1000h";

fn light_background(s: &Session) -> bool {
    s.parser.screen().cell(5, 40).expect("cell").bgcolor() != vt100::Color::Default
}

#[test]
fn the_settings_apply_and_a_configured_key_acts() {
    let home = config_home(
        "(\n    lang: \"en\",\n    theme: \"light\",\n    mouse: false,\n    keys: { \"quit\": [\"Q\"] },\n)\n",
    );
    let mut s = start(home.path(), &[]);
    // English over the Italian locale, and the footer names the configured key.
    s.wait_for("Q quit");
    assert!(light_background(&s), "the light theme paints a background");
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    assert!(!raw.contains(MOUSE_ON), "the mouse was captured");
    // q no longer quits; Q does.
    s.send("q?");
    s.wait_for("Help —");
    assert!(
        s.child.try_wait().expect("try_wait").is_none(),
        "q still quits"
    );
    s.send("Q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_broken_configuration_is_reported_and_the_defaults_apply() {
    let home = config_home("(\n    lang: \"en\",\n    colour: \"red\",\n)\n");
    let mut s = start(home.path(), &[]);
    // Italian from the locale, the default theme and the mouse captured.
    s.wait_for("config ignorata");
    assert!(!light_background(&s));
    assert!(String::from_utf8_lossy(&s.raw).contains(MOUSE_ON));
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    // What was printed before the browser opened is on the main screen again.
    let shown = s.screen();
    assert!(
        shown.contains("config.ron:3:13: unknown setting `colour`"),
        "{shown}"
    );
    assert!(
        shown.contains("starting with the default settings"),
        "{shown}"
    );
}

#[test]
fn the_command_line_wins_over_the_configuration() {
    let home = config_home("(lang: \"en\", theme: \"light\")");
    let mut s = start(home.path(), &["--lang", "it", "--theme", "dark"]);
    s.wait_for("q esci");
    assert!(
        !light_background(&s),
        "--theme dark lost to the configuration"
    );
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn config_names_another_file() {
    let home = config_home("(lang: \"it\")");
    let other = home.path().join("other.ron");
    std::fs::write(&other, "(lang: \"en\")").expect("write");
    let mut s = start(home.path(), &["--config", other.to_str().expect("utf-8")]);
    s.wait_for("q quit");
    s.send("q");
    assert!(s.wait_exit().success());
}
