//! Time to first frame of the real binary in a pseudo-terminal, next to `less` on
//! the same document (the JSON export, pretty-printed) in the same run; then the
//! bytes and time of a Down key, and the peak memory of the process.
//!
//! `cargo bench --bench first_frame` (about half a minute). `RUNS=N` sets the runs
//! of each program and document (default 15); runs alternate between the
//! programs, so a drift of the machine's speed touches all. `BEFORE=PATH` adds
//! another build of the binary to the comparison (e.g. the one before a change).
//! The figures go to `docs/performance.md`.

#[path = "../tests/support/synth.rs"]
mod synth;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use roadmap_tui::model::{Document, load_embedded};

/// The terminal of every run.
const SIZE: (u16, u16) = (120, 40);

/// Output still arriving this long after a key belongs to its frame.
const QUIET: Duration = Duration::from_millis(60);

/// A run gives up after this long.
const GIVE_UP: Duration = Duration::from_secs(20);

/// One run of a program.
struct Run {
    /// From spawning the process to its first byte.
    first_byte: Duration,
    /// From spawning the process to the screen showing what it must.
    drawn: Duration,
    /// Each key: from sending it to the last byte of its frame, and the bytes.
    keys: Vec<(Duration, usize)>,
    /// Peak resident memory (`VmHWM`), KiB, read before quitting.
    peak_kib: u64,
}

/// What to start and when its first frame is whole.
#[derive(Clone)]
struct Program<'a> {
    name: &'a str,
    path: &'a str,
    args: Vec<String>,
    drawn: &'a dyn Fn(&vt100::Screen) -> bool,
    keys: &'a [&'a [u8]],
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN)
}

/// Reads the pty on a thread, stamping every chunk with when it arrived.
fn reader(mut r: Box<dyn Read + Send>) -> Receiver<(Instant, Vec<u8>)> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 1 << 16];
        while let Ok(n) = r.read(&mut buf) {
            if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    rx
}

/// Everything that arrives until nothing has for `QUIET`: the time of the last
/// chunk and the bytes.
fn until_quiet(
    rx: &Receiver<(Instant, Vec<u8>)>,
    parser: &mut vt100::Parser,
) -> Option<(Instant, usize)> {
    let mut last = None;
    let mut bytes = 0;
    loop {
        match rx.recv_timeout(QUIET) {
            Ok((at, chunk)) => {
                parser.process(&chunk);
                bytes += chunk.len();
                last = Some(at);
            }
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                return last.map(|at| (at, bytes));
            }
        }
    }
}

fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn run(p: &Program) -> Run {
    let Ok(pty) = native_pty_system().openpty(PtySize {
        rows: SIZE.1,
        cols: SIZE.0,
        pixel_width: 0,
        pixel_height: 0,
    }) else {
        panic!("no pseudo-terminal");
    };
    let mut cmd = CommandBuilder::new(p.path);
    cmd.args(&p.args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "it_IT.UTF-8");
    cmd.env_remove("LC_ALL");
    cmd.env_remove("LC_MESSAGES");
    cmd.env_remove("LESS");
    cmd.env_remove("LESSOPEN");
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/roadmap-tui-bench");
    let (Ok(r), Ok(mut w)) = (pty.master.try_clone_reader(), pty.master.take_writer()) else {
        panic!("no reader or writer for the pty");
    };
    let rx = reader(r);
    let mut parser = vt100::Parser::new(nz(SIZE.1), nz(SIZE.0), 0);
    let start = Instant::now();
    let Ok(mut child) = pty.slave.spawn_command(cmd) else {
        panic!("cannot start {}", p.path);
    };
    drop(pty.slave);
    let pid = child.process_id().unwrap_or(0);
    let mut first_byte = None;
    let drawn = loop {
        let Ok((at, chunk)) = rx.recv_timeout(GIVE_UP) else {
            panic!(
                "{}: no first frame; screen:\n{}",
                p.name,
                parser.screen().contents()
            );
        };
        first_byte.get_or_insert(at - start);
        parser.process(&chunk);
        if (p.drawn)(parser.screen()) {
            break at - start;
        }
    };
    // Whatever follows the first frame at once is not a key's.
    until_quiet(&rx, &mut parser);
    let mut keys = Vec::new();
    for key in p.keys {
        let sent = Instant::now();
        let _ = w.write_all(key);
        let _ = w.flush();
        if let Some((at, bytes)) = until_quiet(&rx, &mut parser) {
            keys.push((at - sent, bytes));
        }
    }
    let peak = peak_kib(pid);
    let _ = w.write_all(b"q");
    let _ = w.flush();
    let _ = child.wait();
    Run {
        first_byte: first_byte.unwrap_or_default(),
        drawn,
        keys,
        peak_kib: peak,
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Runs `programs` in turn, `runs` times each after a warm-up, and prints their
/// times to first frame side by side, each with its ratio to the last one's.
fn side_by_side(doc: &str, programs: &[&Program], runs: usize) -> Vec<Vec<Run>> {
    for p in programs {
        run(p);
    }
    let mut all: Vec<Vec<Run>> = programs.iter().map(|_| Vec::new()).collect();
    for _ in 0..runs {
        for (p, rs) in programs.iter().zip(&mut all) {
            rs.push(run(p));
        }
    }
    let drawn = |rs: &[Run]| rs.iter().map(|r| r.drawn).collect::<Vec<_>>();
    let min = |v: Vec<Duration>| v.into_iter().min().unwrap_or_default();
    let base = all.last().map(|rs| drawn(rs)).unwrap_or_default();
    for (p, rs) in programs.iter().zip(&all) {
        let first: Vec<Duration> = rs.iter().map(|r| r.first_byte).collect();
        let peak = rs.iter().map(|r| r.peak_kib).max().unwrap_or(0);
        println!(
            "{doc:>9} | {:<16} | first frame min {} median {} | first byte median {} | peak RSS {:.1} MB | ratio to {}: min {:.2} median {:.2}",
            p.name,
            ms(min(drawn(rs))),
            ms(median(drawn(rs))),
            ms(median(first)),
            peak as f64 / 1024.0,
            programs.last().map_or("", |l| l.name),
            min(drawn(rs)).as_secs_f64() / min(base.clone()).as_secs_f64(),
            median(drawn(rs)).as_secs_f64() / median(base.clone()).as_secs_f64(),
        );
    }
    all
}

/// The key figures of the runs: median time and the bytes, per key.
fn report_keys(what: &str, runs: &[Run]) {
    let n = runs.iter().map(|r| r.keys.len()).min().unwrap_or(0);
    for k in 0..n {
        let times: Vec<Duration> = runs.iter().map(|r| r.keys[k].0).collect();
        let bytes: Vec<usize> = runs.iter().map(|r| r.keys[k].1).collect();
        println!(
            "{what}: key {} — median {} (min {}), bytes {}–{}",
            k + 1,
            ms(median(times.clone())),
            ms(times.into_iter().min().unwrap_or_default()),
            bytes.iter().min().unwrap_or(&0),
            bytes.iter().max().unwrap_or(&0),
        );
    }
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    if let Err(e) = std::fs::write(&path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
    path.display().to_string()
}

fn json(doc: &Document) -> String {
    match serde_json::to_string_pretty(doc) {
        Ok(s) => s + "\n",
        Err(e) => panic!("the document does not serialise: {e}"),
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter or other flags are not for this runner.
    let runs = std::env::var("RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let Ok(loaded) = load_embedded() else {
        panic!("the embedded document does not load");
    };
    let Ok(dir) = tempfile::tempdir() else {
        panic!("no temporary directory");
    };
    let bin = env!("CARGO_BIN_EXE_roadmap-tui");
    let big = synth::scaled(&loaded.doc, 10);
    let Ok(big_ron) = ron::ser::to_string_pretty(&big, ron::ser::PrettyConfig::default()) else {
        panic!("the tenfold document does not serialise");
    };
    let big_ron = write(dir.path(), "scaled-10.ron", &big_ron);
    let docs = [
        (
            "embedded",
            None,
            write(dir.path(), "embedded.json", &json(&loaded.doc)),
        ),
        (
            "10×",
            Some(big_ron),
            write(dir.path(), "scaled-10.json", &json(&big)),
        ),
    ];
    println!(
        "{}×{} pseudo-terminal, {runs} runs of each after one warm-up; first frame: from spawning the process to the screen drawn",
        SIZE.0, SIZE.1
    );
    // The overview is whole when its footer, drawn last on the bottom row, is there
    // and so is the title on the second.
    let browser_drawn = |s: &vt100::Screen| {
        let text = s.contents();
        text.contains("q esci") && text.contains("Roadmap S3")
    };
    // `less` shows the first lines and its prompt (the file name) on the bottom row.
    let less_drawn = |s: &vt100::Screen| {
        let mut rows = s.rows(0, SIZE.0);
        rows.next().is_some_and(|first| first.starts_with('{'))
            && rows
                .nth(usize::from(SIZE.1) - 2)
                .is_some_and(|last| !last.trim().is_empty())
    };
    let down: &[&[u8]] = &[b"\x1b[B".as_slice(); 5];
    for (name, ron, json_path) in &docs {
        let browser = Program {
            name: "roadmap-tui",
            path: bin,
            args: ron.iter().cloned().collect(),
            drawn: &browser_drawn,
            keys: down,
        };
        let less = Program {
            name: "less",
            path: "less",
            args: vec![json_path.clone()],
            drawn: &less_drawn,
            keys: &[],
        };
        // Another build of the program to compare with, e.g. the one before a change.
        let before = std::env::var("BEFORE").ok();
        let other = before.as_deref().map(|path| Program {
            name: "BEFORE",
            path,
            ..browser.clone()
        });
        let mut programs = vec![&browser];
        programs.extend(other.as_ref());
        programs.push(&less);
        let all = side_by_side(name, &programs, runs);
        report_keys(&format!("{name:>9} | Down on the overview"), &all[0]);
        if all.len() > 2 {
            report_keys(
                &format!("{name:>9} | BEFORE: Down on the overview"),
                &all[1],
            );
        }
    }
    // The document screen: a Down moves the selection within the text.
    let mut args = vec!["--open".to_owned(), "document".to_owned()];
    let document = Program {
        name: "roadmap-tui --open document",
        path: bin,
        args: args.clone(),
        drawn: &|s: &vt100::Screen| s.contents().contains("q esci"),
        keys: down,
    };
    let rs: Vec<Run> = (0..runs).map(|_| run(&document)).collect();
    report_keys(" embedded | Down on the document", &rs);
    args.push(docs[1].1.clone().unwrap_or_default());
    let document = Program { args, ..document };
    let rs: Vec<Run> = (0..runs).map(|_| run(&document)).collect();
    report_keys("      10× | Down on the document", &rs);
}
