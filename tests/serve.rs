#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! `--serve`: the real binary presenting in a pseudo-terminal while followers fetch
//! the page and the events over loopback, and the server refuses what it must.
#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use pty::{Session, WAIT};

/// A port free a moment ago.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

/// The binary presenting, serving on a port of loopback.
fn presenting() -> (Session, SocketAddr) {
    let port = free_port();
    let at: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
    let address = at.to_string();
    let mut s = Session::start(&["--present", "--serve", &address], &[]);
    s.wait_for("1 / ");
    (s, at)
}

fn connect(at: SocketAddr) -> TcpStream {
    let c = TcpStream::connect(at).expect("connect");
    c.set_read_timeout(Some(WAIT)).expect("timeout");
    c
}

/// One request on a connection of its own; the whole response, as the server
/// closes (`Connection: close`).
fn request(at: SocketAddr, head: &str) -> String {
    let mut c = connect(at);
    c.write_all(head.as_bytes()).expect("send");
    let mut out = Vec::new();
    let _ = c.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn get(at: SocketAddr, path: &str) -> String {
    request(
        at,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    )
}

/// A follower: the stream of `/events`, read line by line.
struct Follower(BufReader<TcpStream>);

impl Follower {
    fn subscribe(at: SocketAddr) -> Self {
        let mut c = connect(at);
        c.write_all(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("send");
        let mut r = BufReader::new(c);
        let mut status = String::new();
        r.read_line(&mut status).expect("status");
        assert!(status.starts_with("HTTP/1.1 200"), "{status}");
        Self(r)
    }

    /// The next event's data (comments and other lines skipped).
    fn next_data(&mut self) -> String {
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.0.read_line(&mut line).expect("an event");
            assert!(n > 0, "the stream ended");
            if let Some(data) = line.trim_end().strip_prefix("data: ") {
                return data.to_owned();
            }
        }
    }
}

#[test]
fn followers_get_the_page_and_each_slide_the_presenter_turns_to() {
    let (mut s, at) = presenting();
    let page = get(at, "/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page:.200}");
    assert!(page.contains("content-type: text/html; charset=utf-8"));
    assert!(page.contains("<!DOCTYPE html>") && page.contains("new EventSource('/events')"));
    assert!(page.contains("id=\"roadmap-1\""));
    let head = request(
        at,
        "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(
        head.starts_with("HTTP/1.1 200") && !head.contains("<!DOCTYPE"),
        "{head}"
    );

    let mut f = Follower::subscribe(at);
    // The current place at once.
    let first = f.next_data();
    assert!(
        first.contains("\"slide\":1") && first.contains("\"anchor\":\"title\""),
        "{first}"
    );
    let sent = Instant::now();
    s.send_key("Right");
    let next = f.next_data();
    assert!(
        next.contains("\"slide\":2") && next.contains("\"anchor\":\"overview\""),
        "{next}"
    );
    assert!(sent.elapsed() < Duration::from_secs(2));
    s.send("3\r");
    let roadmap = f.next_data();
    assert!(roadmap.contains("\"place\":\"roadmap:3\""), "{roadmap}");

    // `@` shows the address to follow at.
    s.send("@");
    s.wait_for(&format!("http://{at}/"));
    s.send("x");
    s.wait_gone(&format!("http://{at}/"));
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn only_get_and_head_of_the_two_routes_are_answered() {
    let (mut s, at) = presenting();
    let post = request(
        at,
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi",
    );
    assert!(post.starts_with("HTTP/1.1 405"), "{post}");
    assert!(post.contains("allow: GET, HEAD"), "{post}");
    for path in [
        "/../etc/passwd",
        "/%2e%2e/Cargo.toml",
        "/Cargo.toml",
        "/events/../",
        "//",
    ] {
        let r = get(at, path);
        assert!(r.starts_with("HTTP/1.1 404"), "{path}: {r}");
        assert!(!r.contains("[package]"), "{path}");
    }
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_huge_header_is_refused_and_the_next_request_served() {
    let (mut s, at) = presenting();
    let huge = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\nConnection: close\r\n\r\n",
        "a".repeat(200 * 1024)
    );
    let mut c = connect(at);
    // The server may close before it has read it all: what it answered counts.
    let _ = c.write_all(huge.as_bytes());
    let mut out = Vec::new();
    let _ = c.read_to_end(&mut out);
    let answer = String::from_utf8_lossy(&out);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer:.200}"
    );
    assert!(get(at, "/").starts_with("HTTP/1.1 200"));
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn idle_connections_do_not_block_a_new_one() {
    let (mut s, at) = presenting();
    let idle: Vec<TcpStream> = (0..100).map(|_| connect(at)).collect();
    let half: Vec<TcpStream> = (0..10)
        .map(|_| {
            let mut c = connect(at);
            c.write_all(b"GET / HTTP/1.1\r\nHos")
                .expect("half a request");
            c
        })
        .collect();
    let started = Instant::now();
    assert!(get(at, "/").starts_with("HTTP/1.1 200"));
    let mut f = Follower::subscribe(at);
    assert!(f.next_data().contains("\"slide\":1"));
    assert!(started.elapsed() < Duration::from_secs(2));
    drop((idle, half));
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn nothing_received_reaches_the_terminal() {
    let (mut s, at) = presenting();
    let before = s.raw.len();
    let hostile = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31m";
    let _ = request(
        at,
        &format!(
            "GET /{hostile} HTTP/1.1\r\nHost: {hostile}\r\nX-A: {hostile}\r\nConnection: close\r\n\r\n"
        ),
    );
    let _ = request(at, &format!("{hostile}\r\n\r\n"));
    let _ = get(at, "/");
    s.pump(Duration::from_millis(300));
    let written = String::from_utf8_lossy(&s.raw[before..]).into_owned();
    assert!(!written.contains("pwned"), "{written:?}");
    assert!(s.screen().contains("1 / "));
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_port_in_use_or_a_bad_address_is_a_clear_error() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let mut s = Session::start(&["--present", "--serve", &port], &[]);
    s.wait_for(&format!("cannot serve on 127.0.0.1:{port}"));
    assert_eq!(s.wait_exit().exit_code(), 2);
    let mut s = Session::start(&["--present", "--serve", "localhost"], &[]);
    s.wait_for("write a port (8080");
    assert_eq!(s.wait_exit().exit_code(), 2);
}
