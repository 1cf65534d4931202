#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Following along: the real binary presenting in a pseudo-terminal with `--serve`,
//! 200 followers subscribed to its events over loopback. For each Right key: the
//! time from the key to each follower's event (p50, p99, max over every follower and
//! key), and the time from the key to the frame on the presenter's screen, with
//! and without the followers; the process's memory with 200 followers against none.
//!
//! `cargo bench --bench follow` (about half a minute). `FOLLOWERS=N` and `KEYS=N`
//! change the counts (default 200 and 15; the deck at 120×40 has 20 pages). The figures go to `docs/performance.md`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Output still arriving this long after a key belongs to its frame.
const QUIET: Duration = Duration::from_millis(40);

fn count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The presenter: the binary in a pty, its output as it comes.
struct Presenter {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Instant>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Presenter {
    fn start(at: SocketAddr) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_roadmap-tui"));
        cmd.args(["--present", "--serve", &at.to_string()]);
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/roadmap-tui-bench");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(Instant::now()).is_err() {
                    break;
                }
            }
        });
        let mut p = Self {
            child,
            writer,
            output,
            _master: pty.master,
        };
        p.settle(Duration::from_secs(5));
        p
    }

    /// Waits for output to stop; returns when its last piece came.
    fn settle(&mut self, first_within: Duration) -> Option<Instant> {
        let mut last = self.output.recv_timeout(first_within).ok()?;
        while let Ok(t) = self.output.recv_timeout(QUIET) {
            last = t;
        }
        Some(last)
    }

    fn key(&mut self, bytes: &[u8]) -> Instant {
        let sent = Instant::now();
        self.writer.write_all(bytes).expect("key");
        self.writer.flush().expect("flush");
        sent
    }

    fn rss_kib(&self) -> u64 {
        let pid = self.child.process_id().expect("pid");
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    fn quit(mut self) {
        let _ = self.writer.write_all(b"q");
        let _ = self.child.wait();
    }
}

/// A follower on a thread of its own: each event's arrival, with its slide number.
fn follower(at: SocketAddr, ready: Arc<Barrier>, tx: std::sync::mpsc::Sender<(usize, Instant)>) {
    std::thread::spawn(move || {
        let mut c = TcpStream::connect(at).expect("connect");
        c.write_all(b"GET /events HTTP/1.1\r\nHost: bench\r\n\r\n")
            .expect("subscribe");
        let mut r = BufReader::new(c);
        let mut line = String::new();
        let mut first = true;
        loop {
            line.clear();
            if r.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let Some(data) = line.strip_prefix("data: ") else {
                continue;
            };
            let now = Instant::now();
            if first {
                first = false;
                ready.wait();
                continue;
            }
            let slide = data
                .split("\"slide\":")
                .nth(1)
                .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            if tx.send((slide, now)).is_err() {
                return;
            }
        }
    });
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Right keys, each with the time to its frame; the frame is the presenter's
/// output until it goes quiet.
fn frames(p: &mut Presenter, keys: usize) -> Vec<(Instant, Duration)> {
    let mut v = Vec::new();
    for _ in 0..keys {
        let sent = p.key(b"\x1b[C");
        let last = p.settle(Duration::from_secs(5)).expect("a frame");
        v.push((sent, last - sent));
    }
    v
}

fn main() {
    // `cargo bench` passes `--bench`; any filter is ignored.
    let followers = count("FOLLOWERS", 200);
    let keys = count("KEYS", 15);
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let at: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");

    let mut p = Presenter::start(at);
    let alone_kib = p.rss_kib();
    // Without followers.
    let alone: Vec<Duration> = frames(&mut p, keys).into_iter().map(|(_, d)| d).collect();
    p.key(b"g");
    p.settle(Duration::from_secs(5));

    let ready = Arc::new(Barrier::new(followers + 1));
    let (tx, rx) = channel();
    for _ in 0..followers {
        follower(at, Arc::clone(&ready), tx.clone());
    }
    ready.wait();
    std::thread::sleep(Duration::from_millis(200));
    let with_kib = p.rss_kib();

    let sent = frames(&mut p, keys);
    let mut delays = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while delays.len() < followers * keys && Instant::now() < deadline {
        let Ok((slide, at)) = rx.recv_timeout(Duration::from_secs(5)) else {
            break;
        };
        // Slide 1 is where the keys started: key k shows slide k + 1.
        if let Some((t, _)) = slide.checked_sub(2).and_then(|k| sent.get(k)) {
            delays.push(at.saturating_duration_since(*t));
        }
    }
    let with: Vec<Duration> = sent.iter().map(|(_, d)| *d).collect();
    p.quit();

    let mut d = delays.clone();
    d.sort_unstable();
    let mut a = alone;
    a.sort_unstable();
    let mut w = with;
    w.sort_unstable();
    println!("followers: {followers}, keys: {keys}");
    println!("events received: {} of {}", delays.len(), followers * keys);
    println!(
        "key to event: p50 {}, p99 {}, max {}",
        ms(percentile(&d, 0.5)),
        ms(percentile(&d, 0.99)),
        ms(percentile(&d, 1.0))
    );
    println!(
        "key to frame without followers: p50 {}, p99 {}",
        ms(percentile(&a, 0.5)),
        ms(percentile(&a, 0.99))
    );
    println!(
        "key to frame with {followers} followers: p50 {}, p99 {}",
        ms(percentile(&w, 0.5)),
        ms(percentile(&w, 0.99))
    );
    println!(
        "resident memory: {} KiB alone, {} KiB with {followers} followers (+{} KiB)",
        alone_kib,
        with_kib,
        with_kib.saturating_sub(alone_kib)
    );
}
