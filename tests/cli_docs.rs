#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! What the command line says about itself: `--help` wrapped to the terminal with
//! its environment and exit statuses, `completions SHELL`, and `man`.

use std::process::{Command, Output};

use roadmap_tui::manual::{ENVIRONMENT, EXIT_STATUS};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");
const SUBCOMMANDS: &[&str] = &["check", "new", "export", "render", "completions", "man"];

/// Runs the binary with `args`; standard output is a pipe, so clap reads the width
/// from `COLUMNS`.
fn run(args: &[&str], columns: &str) -> Output {
    Command::new(BIN)
        .args(args)
        .env("COLUMNS", columns)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

fn stdout(r: &Output) -> String {
    assert!(
        r.status.success(),
        "{:?}: {}",
        r.status,
        String::from_utf8_lossy(&r.stderr)
    );
    String::from_utf8(r.stdout.clone()).expect("UTF-8")
}

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn help_wraps_to_the_terminal_width() {
    let narrow = stdout(&run(&["--help"], "60"));
    assert!(widest(&narrow) <= 60, "{narrow}");
    let wide = stdout(&run(&["--help"], "160"));
    assert!(widest(&wide) <= 160, "{wide}");
    // Not wrapped at clap's fixed 100 columns: the long lines use the room there is.
    assert!(widest(&wide) > 100, "{wide}");
    // The usage line is never broken; at 64 columns it fits, and so must the rest.
    let export = stdout(&run(&["export", "--help"], "64"));
    assert!(widest(&export) <= 64, "{export}");
    assert!(
        export.contains("\n          "),
        "option help on lines of its own"
    );
}

#[test]
fn long_help_ends_with_the_environment_and_the_exit_statuses() {
    let help = stdout(&run(&["--help"], "200"));
    let env = help
        .find("\nEnvironment:\n")
        .expect("an Environment section");
    let exit = help
        .find("\nExit status:\n")
        .expect("an Exit status section");
    assert!(env < exit, "{help}");
    assert!(help.find("-V, --version").expect("options") < env);
    for (name, what) in ENVIRONMENT.iter().chain(EXIT_STATUS) {
        assert!(help.contains(&format!("\n  {name}\n")), "{name}:\n{help}");
        assert!(help.contains(what), "{what}:\n{help}");
    }
    for name in ["LANG", "LC_ALL", "NO_COLOR"] {
        assert!(help[env..exit].contains(name), "{name}");
    }
    // The short help stays short.
    let short = stdout(&run(&["-h"], "200"));
    assert!(!short.contains("Environment:"), "{short}");
}

/// What bash offers for the last of `words` with the script of `completions bash`.
fn bash_offers(words: &[&str]) -> Vec<String> {
    let script = stdout(&run(&["completions", "bash"], "80"));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("roadmap-tui.bash");
    std::fs::write(&path, script).expect("write the script");
    let line = words.join(" ");
    let program = format!(
        "source {path}\n\
         COMP_WORDS=({words})\n\
         COMP_CWORD={cword}\n\
         COMP_LINE='{line}'\n\
         COMP_POINT={point}\n\
         $(complete -p roadmap-tui | sed 's/.*-F \\([^ ]*\\).*/\\1/') roadmap-tui '{cur}' '{prev}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        path = path.display(),
        words = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        point = line.len(),
        cur = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let r = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .current_dir(dir.path())
        .output()
        .expect("bash runs");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    String::from_utf8(r.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_the_subcommands_and_their_options() {
    let offered = bash_offers(&["roadmap-tui", ""]);
    for word in SUBCOMMANDS.iter().chain(&["--open", "--present"]) {
        assert!(
            offered.iter().any(|o| o == word),
            "{word} not in {offered:?}"
        );
    }
    let offered = bash_offers(&["roadmap-tui", "render", "--s"]);
    assert_eq!(offered, ["--size"]);
    let offered = bash_offers(&["roadmap-tui", "export", "--format", ""]);
    assert_eq!(offered, ["json", "markdown", "html"]);
}

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&run(&["completions", shell], "80"));
        for word in SUBCOMMANDS {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let r = run(&["completions", "tcsh"], "80");
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("possible values"));
}

#[test]
fn man_is_a_roff_page_with_environment_and_exit_status() {
    let page = stdout(&run(&["man"], "80"));
    assert!(page.starts_with(".TH roadmap-tui 1 "), "{page}");
    for heading in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH COMMANDS",
        ".SH ENVIRONMENT",
        ".SH \"EXIT STATUS\"",
    ] {
        assert_eq!(page.matches(heading).count(), 1, "{heading}:\n{page}");
    }
    // roff escapes hyphens: `\-\-theme`.
    assert!(page.contains(r"\-\-theme"), "{page}");
    // One page: every command with its options, no pointer to a page per command.
    for word in SUBCOMMANDS {
        assert!(page.contains(&format!("roadmap\\-tui {word}")), "{word}");
        assert!(
            !page.contains(&format!("roadmap\\-tui\\-{word}(1)")),
            "{word}"
        );
    }
    for option in [r"\-o, \-\-output", r"\-\-size", r"\-\-format"] {
        assert!(
            page.contains(&format!("\\fB{option}\\fR")),
            "{option}:\n{page}"
        );
    }
    assert!(page.contains("One of: json, markdown, html."), "{page}");
    assert!(page.contains("Default: 120x40."), "{page}");
    for (name, _) in ENVIRONMENT.iter().chain(EXIT_STATUS) {
        assert!(page.contains(&format!("\\fB{name}\\fR")), "{name}:\n{page}");
    }
    // The notes of `--help` are sections here, not an EXTRA block as well.
    assert!(!page.contains(".SH EXTRA"), "{page}");
}
