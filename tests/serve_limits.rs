#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The server's bounds, in process with small limits: a cap on followers, and a
//! follower that never reads is dropped without holding the others back.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use roadmap_tui::place::Place;
use roadmap_tui::serve::{Follow, Limits, Server};

fn server(limits: Limits) -> (Server, SocketAddr) {
    let s = Server::start(
        "127.0.0.1:0".parse().expect("addr"),
        "<!DOCTYPE html><title>t</title>".into(),
        limits,
    )
    .expect("serves");
    let at = s.address();
    (s, at)
}

fn subscribe(at: SocketAddr) -> BufReader<TcpStream> {
    let mut c = TcpStream::connect(at).expect("connect");
    c.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    c.write_all(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("send");
    BufReader::new(c)
}

fn status(r: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    r.read_line(&mut line).expect("status");
    line
}

fn next_data(r: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    loop {
        line.clear();
        assert!(
            r.read_line(&mut line).expect("line") > 0,
            "the stream ended"
        );
        if let Some(d) = line.trim_end().strip_prefix("data: ") {
            return d.to_owned();
        }
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn one_follower_over_the_cap_is_told_503_and_a_leaving_one_frees_its_place() {
    let (s, at) = server(Limits {
        followers: 2,
        ..Limits::default()
    });
    s.follow(&Follow::place(&Place::Overview));
    let mut first = subscribe(at);
    let mut second = subscribe(at);
    assert!(status(&mut first).starts_with("HTTP/1.1 200"));
    assert!(status(&mut second).starts_with("HTTP/1.1 200"));
    wait_until("two followers", || s.followers() == 2);
    let mut third = subscribe(at);
    assert!(status(&mut third).starts_with("HTTP/1.1 503"));
    drop(first);
    // A follower that left is noticed when an event to it finds its connection
    // closed: the second write after the close fails.
    let mut n = 0u8;
    wait_until("a follower left", || {
        n = n.wrapping_add(1);
        s.follow(&Follow::place(&Place::Roadmap(n)));
        s.followers() == 1
    });
    s.follow(&Follow::place(&Place::Swot(None)));
    let mut again = subscribe(at);
    assert!(status(&mut again).starts_with("HTTP/1.1 200"));
    assert!(next_data(&mut again).contains("\"place\":\"swot\""));
}

#[test]
fn a_follower_that_never_reads_is_dropped_and_holds_no_one_back() {
    let (s, at) = server(Limits {
        write_time: Duration::from_millis(200),
        ..Limits::default()
    });
    s.follow(&Follow::place(&Place::Overview));
    // Subscribes and never reads a byte.
    let mut stuck = TcpStream::connect(at).expect("connect");
    stuck
        .write_all(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("send");
    let mut reader = subscribe(at);
    assert!(status(&mut reader).starts_with("HTTP/1.1 200"));
    wait_until("two followers", || s.followers() == 2);
    // Enough events to fill any socket buffer of the one that does not read; the
    // other reads them as they come.
    let long = "x".repeat(2000);
    let reading = std::thread::spawn(move || {
        let mut last = String::new();
        while !last.contains("\"place\":\"swot\"") {
            last = next_data(&mut reader);
        }
    });
    let started = Instant::now();
    for i in 0..20_000 {
        s.follow(&Follow {
            slide: Some((i, 20_000)),
            place: format!("overview-{i}"),
            anchor: long.clone(),
        });
        if i % 200 == 0 {
            std::thread::sleep(Duration::from_millis(1));
        }
        if s.followers() == 1 {
            break;
        }
    }
    wait_until("the stuck follower is dropped", || s.followers() == 1);
    s.follow(&Follow::place(&Place::Swot(None)));
    reading.join().expect("the reader got the last place");
    assert!(started.elapsed() < Duration::from_secs(20));
    // Its connection is closed: reading now ends rather than blocks forever.
    stuck
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut sink = Vec::new();
    assert!(stuck.read_to_end(&mut sink).is_ok(), "closed, not waiting");
}

#[test]
fn idle_and_slow_connections_are_closed_after_the_request_time() {
    let (_s, at) = server(Limits {
        request_time: Duration::from_millis(300),
        ..Limits::default()
    });
    let closed_within = |mut c: TcpStream| {
        c.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let started = Instant::now();
        let mut sink = Vec::new();
        assert!(c.read_to_end(&mut sink).is_ok(), "closed, not timed out");
        (
            started.elapsed(),
            String::from_utf8_lossy(&sink).into_owned(),
        )
    };
    // Opened, nothing sent.
    let (after, _) = closed_within(TcpStream::connect(at).expect("connect"));
    assert!(after < Duration::from_secs(3), "{after:?}");
    // Half a request head, then nothing.
    let mut half = TcpStream::connect(at).expect("connect");
    half.write_all(b"GET / HTTP/1.1\r\nHo").expect("send");
    let (after, _) = closed_within(half);
    assert!(after < Duration::from_secs(3), "{after:?}");
    // A request answered, then the kept-alive connection left idle.
    let mut kept = TcpStream::connect(at).expect("connect");
    kept.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("send");
    let (after, answer) = closed_within(kept);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(after < Duration::from_secs(3), "{after:?}");
}

#[test]
fn a_rebuilt_page_is_served_and_followers_are_told_to_load_it() {
    let (s, at) = server(Limits::default());
    s.follow(&Follow::place(&Place::Overview));
    let mut follower = subscribe(at);
    assert!(status(&mut follower).starts_with("HTTP/1.1 200"));
    assert!(next_data(&mut follower).contains("\"place\":\"overview\""));
    s.reload("<!DOCTYPE html><title>rebuilt</title>".into());
    let mut line = String::new();
    while !line.starts_with("event: reload") {
        line.clear();
        assert!(follower.read_line(&mut line).expect("line") > 0);
    }
    let mut c = TcpStream::connect(at).expect("connect");
    c.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .expect("send");
    let mut page = String::new();
    c.read_to_string(&mut page).expect("page");
    assert!(page.contains("<title>rebuilt</title>"), "{page}");
}
