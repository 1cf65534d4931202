#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The real binary in a pseudo-terminal: it starts, navigates, shows help, quits,
//! and leaves the terminal as it found it.
#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}

const WAIT: Duration = Duration::from_secs(15);

struct Session {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser,
    raw: Vec<u8>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_roadmap-tui"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "it_IT.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn the binary");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Self {
            master: pty.master,
            child,
            writer,
            output,
            parser: vt100::Parser::new(nz(24), nz(80), 0),
            raw: Vec::new(),
        }
    }

    fn pump(&mut self, for_at_most: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(for_at_most) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + WAIT;
        while !self.screen().contains(text) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text`.
    fn wait_gone(&mut self, text: &str) {
        let deadline = Instant::now() + WAIT;
        while self.screen().contains(text) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?} to go; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush");
    }

    /// Waits for the process to end, collecting what it printed on the way out.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Drain what is left.
                for _ in 0..10 {
                    self.pump(Duration::from_millis(20));
                }
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the program did not exit; screen:\n{}",
                self.screen()
            );
        }
    }

    /// The terminal was given back: main screen, cursor shown, raw mode off, mouse off.
    fn assert_restored(&self) {
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        let out = String::from_utf8_lossy(&self.raw);
        let leave = out.rfind("\x1b[?1049l").expect("left the alternate screen");
        let enter = out
            .rfind("\x1b[?1049h")
            .expect("entered the alternate screen");
        assert!(leave > enter);
        assert!(out.contains("\x1b[?1000l"), "mouse capture turned off");
        let termios = self.master.get_termios().expect("termios");
        assert!(
            termios
                .local_flags
                .contains(nix::sys::termios::LocalFlags::ICANON)
                && termios
                    .local_flags
                    .contains(nix::sys::termios::LocalFlags::ECHO),
            "raw mode still on"
        );
    }
}

#[test]
fn starts_navigates_shows_help_and_quits_cleanly() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Panoramica");
    assert!(s.parser.screen().alternate_screen());
    s.send("j\r");
    s.wait_for("Roadmap 2 · Dispositivi medici");
    s.send("?");
    s.wait_for("Aiuto — Roadmap");
    // A lone Esc must reach the program before the next key, or the two read as Alt-s.
    s.send("\x1b");
    s.wait_gone("Aiuto");
    s.send("s");
    s.wait_for("Stakeholder (");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = Session::start(&["--open", "roadmap:3"], &[]);
    s.wait_for("Roadmap 3 · ICT per la salute");
    s.send("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Panoramica");
    let pid = s.child.process_id().expect("pid");
    let ok = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(ok.success());
    let status = s.wait_exit();
    assert!(!status.success(), "a signal ends with a failure status");
    s.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut s = Session::start(&["--lang", "en"], &[]);
    s.wait_for("Overview");
    let pid = s.child.process_id().expect("pid");
    std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .expect("kill");
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn mouse_click_opens_a_roadmap() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Panoramica");
    // SGR mouse: press and release at column 10, row 14 (1-based): the table's fourth row.
    let click = "\x1b[<0;10;14M\x1b[<0;10;14m";
    s.send(click);
    s.send(click);
    s.wait_for("Roadmap 4 · Nutraceutica");
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn refuses_to_start_without_a_terminal() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_roadmap-tui"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not a terminal") && err.contains("render"),
        "{err}"
    );
}

#[test]
fn refuses_dumb_terminals() {
    let mut s = Session::start(&[], &[("TERM", "dumb")]);
    let status = s.wait_exit();
    assert!(!status.success());
    assert!(String::from_utf8_lossy(&s.raw).contains("TERM=dumb"));
}

/// Every SGR sequence in `raw` that sets a colour (foreground, background or
/// underline; the defaults 39, 49 and 59 are not colours).
fn colour_escapes(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(i) = rest.find("\x1b[") {
        rest = &rest[i + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(rest.len());
        let (params, after) = rest.split_at(end);
        if after.starts_with('m') {
            let colour = params.split([';', ':']).any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)
                )
            });
            if colour {
                found.push(format!("ESC[{params}m"));
            }
        }
    }
    found
}

#[test]
fn no_color_sends_no_colour_and_keeps_the_selection_visible() {
    let mut s = Session::start(&[], &[("NO_COLOR", "1")]);
    s.wait_for("q esci");
    // The selected row is shown in reverse video.
    let row = (0..24)
        .find(|&r| {
            s.parser
                .screen()
                .contents_between(r, 0, r, 80)
                .contains("Tecnologie per la ricerca")
        })
        .expect("first roadmap row");
    assert!(s.parser.screen().cell(row, 10).expect("cell").inverse());
    for (keys, shows) in [
        ("j\r", "Roadmap 2"),
        ("w", "Punti di forza"),
        ("x", "Organizzazioni × roadmap"),
        ("c", "Contributo UE"),
        ("t", "Contributo UE"),
        ("s", "Stakeholder ("),
        ("?", "Aiuto"),
    ] {
        s.send(keys);
        s.wait_for(shows);
    }
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    assert_eq!(colour_escapes(&s.raw), Vec::<String>::new());
}

#[test]
fn the_light_theme_paints_its_background_and_t_cycles_themes() {
    let mut s = Session::start(&["--theme", "light"], &[]);
    s.wait_for("q esci");
    let bg = |s: &Session| s.parser.screen().cell(5, 40).expect("cell").bgcolor();
    assert_ne!(bg(&s), vt100::Color::Default, "light paints a background");
    assert!(!colour_escapes(&s.raw).is_empty());
    let light = bg(&s);
    s.send("t");
    let deadline = Instant::now() + WAIT;
    while bg(&s) == light {
        assert!(Instant::now() < deadline, "the theme did not change");
        s.pump(Duration::from_millis(50));
    }
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn live_reload_shows_saves_and_keeps_the_last_good_data_while_broken() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    let good = std::fs::read_to_string(fixture).expect("fixture");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("district.ron");
    std::fs::write(&path, &good).expect("write");
    let mut s = Session::start(&[path.to_str().expect("utf-8 path")], &[]);
    s.wait_for("Tecnologie per nuovi farmaci");
    s.send("s");
    s.wait_for("Stakeholder (");
    s.send("o");
    s.wait_for("Tecnologie per nuovi farmaci");

    std::fs::write(
        &path,
        good.replace("Tecnologie per nuovi farmaci", "Farmaci di domani"),
    )
    .expect("write");
    s.wait_for("Farmaci di domani");

    std::fs::write(&path, good.replacen("number: 1,\n", "number: 1\n", 1)).expect("write");
    s.wait_for("43:13: expected comma");
    assert!(
        s.screen().contains("Farmaci di domani"),
        "the last good data stays"
    );

    std::fs::write(&path, &good).expect("write");
    s.wait_gone("expected comma");
    s.wait_for("Tecnologie per nuovi farmaci");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn typing_a_search_lands_on_the_organisation() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("q esci");
    s.send("/");
    s.wait_for("Cerca");
    s.send("kedrion");
    s.wait_for("Organizzazioni (1)");
    s.send("\r");
    s.wait_for("Panoramica › Kedrion");
    // The overlay is gone and Back returns to where the search began.
    assert!(!s.screen().contains("Cerca"));
    s.send("\x1b");
    s.wait_gone("› Kedrion");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
