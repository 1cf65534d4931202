//! Following along: while the program runs, an HTTP server on the address given to
//! `--serve` offers the live handout (`GET /`) and the presenter's place as
//! Server-Sent Events (`GET /events`), so an audience follows the slides on their
//! own phones and laptops.
//!
//! The server lives in this module alone and runs on threads of its own (a small
//! tokio runtime with hyper); the event loop only hands it the current place
//! ([`Server::follow`]) and, after a live reload, the new page ([`Server::reload`]).
//! It is read-only and bounded: GET and HEAD only, nothing served from disk, caps on
//! followers, connections and header size, timeouts on slow requests and on
//! followers that stop reading. Nothing received from the network is written to
//! the terminal.

mod address;
mod http;
mod page;

use std::io;
use std::net::{SocketAddr, TcpListener};
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::sync::{oneshot, watch};

pub use address::{lan_url, parse_address};
pub use page::{Follow, anchor, follow_json, live_page};

/// How much the server accepts, and for how long it waits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Followers subscribed to `/events` at once; one more is told 503.
    pub followers: usize,
    /// Connections open at once, of any kind; one more is closed at once.
    pub connections: usize,
    /// Bytes of a request's head (request line and headers); more is answered 431.
    pub header_bytes: usize,
    /// Time a client has to send a request's head, and that a kept-alive connection
    /// may stay idle.
    pub request_time: Duration,
    /// Time an event may wait for a follower to take it before the follower is dropped.
    pub write_time: Duration,
    /// A comment sent to every follower when nothing happened for this long, so that
    /// proxies keep the stream open and a dead follower is noticed.
    pub heartbeat: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            followers: 500,
            connections: 1024,
            header_bytes: 16 * 1024,
            request_time: Duration::from_secs(10),
            write_time: Duration::from_secs(10),
            heartbeat: Duration::from_secs(15),
        }
    }
}

/// What followers are told: the place as JSON, and how many times the page was rebuilt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct State {
    follow: String,
    generation: u64,
}

/// What the connections share.
struct Shared {
    page: RwLock<hyper::body::Bytes>,
    state: watch::Sender<State>,
    limits: Limits,
    followers: std::sync::atomic::AtomicUsize,
}

/// A running server: dropping it stops it.
pub struct Server {
    shared: Arc<Shared>,
    address: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds `address` now (so that a port in use is reported before the browser
    /// starts) and serves `page` from threads of its own.
    pub fn start(address: SocketAddr, page: String, limits: Limits) -> io::Result<Self> {
        let listener = TcpListener::bind(address)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let (state, _) = watch::channel(State::default());
        let shared = Arc::new(Shared {
            page: RwLock::new(hyper::body::Bytes::from(page)),
            state,
            limits,
            followers: std::sync::atomic::AtomicUsize::new(0),
        });
        let (stop, stopped) = oneshot::channel();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("serve")
            .enable_all()
            .build()?;
        let serving = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("serve".into())
            .spawn(move || {
                runtime.block_on(http::serve(listener, serving, stopped));
                runtime.shutdown_background();
            })?;
        Ok(Self {
            shared,
            address,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address it listens on (with the port chosen when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// How many followers are subscribed now.
    pub fn followers(&self) -> usize {
        self.shared
            .followers
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Tells followers where the presenter is, if that changed.
    pub fn follow(&self, follow: &Follow) {
        let json = follow_json(follow);
        self.shared.state.send_if_modified(|s| {
            if s.follow == json {
                false
            } else {
                s.follow = json;
                true
            }
        });
    }

    /// Serves a rebuilt page (after a live reload) and tells followers to load it.
    pub fn reload(&self, page: String) {
        if let Ok(mut p) = self.shared.page.write() {
            *p = hyper::body::Bytes::from(page);
        }
        self.shared.state.send_modify(|s| s.generation += 1);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
