//! The real binary in a pseudo-terminal, read through a vt100 parser that also
//! records what the program asked of the terminal beyond drawing (bells, window
//! titles, clipboard writes, sequences it does not know).
//!
//! Included with `#[path = "common/pty.rs"] mod pty;` by the test files that need a
//! terminal, so the other test binaries do not build it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("non-zero")
}

pub const WAIT: Duration = Duration::from_secs(15);

/// What the program asked the terminal for, other than text and the sequences
/// vt100 handles itself.
#[derive(Debug, Default)]
pub struct Recorder {
    pub bells: usize,
    pub titles: Vec<String>,
    pub clipboard: Vec<String>,
    pub unknown_osc: Vec<String>,
    pub unknown_escapes: Vec<String>,
    pub unknown_controls: Vec<u8>,
}

impl vt100::Callbacks for Recorder {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(String::from_utf8_lossy(name).into_owned());
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles
            .push(String::from_utf8_lossy(title).into_owned());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, ty: &[u8], data: &[u8]) {
        self.clipboard.push(format!(
            "{};{}",
            String::from_utf8_lossy(ty),
            String::from_utf8_lossy(data)
        ));
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        let parts: Vec<String> = params
            .iter()
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .collect();
        self.unknown_osc.push(parts.join(";"));
    }
    fn unhandled_escape(&mut self, _: &mut vt100::Screen, i1: Option<u8>, i2: Option<u8>, b: u8) {
        self.unknown_escapes
            .push(format!("{i1:?} {i2:?} {:?}", char::from(b)));
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, b: u8) {
        self.unknown_controls.push(b);
    }
}

pub struct Session {
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser<Recorder>,
    /// Every byte the program wrote, as it wrote it.
    pub raw: Vec<u8>,
}

impl Session {
    /// Starts the binary with `args` in an 80×24 terminal, in Italian.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::start_sized(args, env, (80, 24))
    }

    pub fn start_sized(args: &[&str], env: &[(&str, &str)], (cols, rows): (u16, u16)) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_roadmap-tui"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "it_IT.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env_remove("NO_COLOR");
        // Never the configuration of whoever runs the tests.
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/roadmap-tui-tests");
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
            parser: vt100::Parser::new_with_callbacks(nz(rows), nz(cols), 0, Recorder::default()),
            raw: Vec::new(),
        }
    }

    pub fn pump(&mut self, for_at_most: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(for_at_most) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&mut self, text: &str) {
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
    pub fn wait_gone(&mut self, text: &str) {
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

    /// Waits until `done` holds for the screen; on timeout fails with `explain`'s
    /// account of why it does not.
    pub fn wait_until(
        &mut self,
        done: impl Fn(&vt100::Screen) -> bool,
        explain: impl Fn(&vt100::Screen) -> String,
    ) {
        let deadline = Instant::now() + WAIT;
        while !done(self.parser.screen()) {
            assert!(
                Instant::now() < deadline,
                "timed out: {}",
                explain(self.parser.screen())
            );
            self.pump(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush");
    }

    /// Sends one key named as `common::key` names it.
    pub fn send_key(&mut self, token: &str) {
        self.send(key_bytes(token));
    }

    /// Waits for the process to end, collecting what it printed on the way out.
    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
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

    /// Sends `signal` (a name `kill` knows, e.g. `TERM`) to the program.
    pub fn signal(&mut self, signal: &str) {
        let pid = self.child.process_id().expect("pid");
        let ok = std::process::Command::new("kill")
            .args([format!("-{signal}"), pid.to_string()])
            .status()
            .expect("kill");
        assert!(ok.success(), "kill -{signal} failed");
    }

    /// The terminal was given back: main screen, cursor shown, raw mode, mouse capture
    /// and bracketed paste off.
    pub fn assert_restored(&self) {
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
        let paste_on = out.rfind("\x1b[?2004h").expect("bracketed paste turned on");
        let paste_off = out
            .rfind("\x1b[?2004l")
            .expect("bracketed paste turned off");
        assert!(paste_off > paste_on, "bracketed paste still on");
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

/// The bytes a terminal sends for a key named as `common::key` names it.
pub fn key_bytes(token: &str) -> &str {
    match token {
        "Enter" => "\r",
        "Esc" => "\x1b",
        "Tab" => "\t",
        "S-Tab" => "\x1b[Z",
        "Up" => "\x1b[A",
        "Down" => "\x1b[B",
        "Right" => "\x1b[C",
        "Left" => "\x1b[D",
        "PgUp" => "\x1b[5~",
        "PgDn" => "\x1b[6~",
        "Home" => "\x1b[H",
        "End" => "\x1b[F",
        "Backspace" => "\x7f",
        "Space" => " ",
        t if t.chars().count() == 1 => t,
        t => panic!("no bytes for key {t}"),
    }
}
