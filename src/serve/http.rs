//! The connections: the accept loop, the two routes and the followers' streams.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};

use hyper::body::{Bytes, Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Notify, Semaphore, mpsc, oneshot};
use tokio::time::{Instant, MissedTickBehavior, interval_at, timeout};

use super::{Shared, State};

/// Accepts connections until `stopped` fires, each served on a task of its own.
pub(super) async fn serve(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    mut stopped: oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let open = Arc::new(Semaphore::new(shared.limits.connections));
    loop {
        let stream = tokio::select! {
            _ = &mut stopped => return,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of descriptors, a connection reset before it was taken: the
                // next one may do.
                Err(_) => continue,
            },
        };
        // One connection too many is closed at once rather than queued.
        let Ok(permit) = Arc::clone(&open).try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            let _permit = permit;
            // A follower that stops taking events ends its whole connection.
            let kill = Arc::new(Notify::new());
            let dropped = Arc::clone(&kill);
            let limits = shared.limits;
            let service = service_fn(move |req| {
                let (shared, kill) = (Arc::clone(&shared), Arc::clone(&kill));
                async move { Ok::<_, Infallible>(answer(&req, &shared, &kill)) }
            });
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(limits.request_time)
                .max_buf_size(limits.header_bytes.max(8192));
            let stream = WriteTimeout::new(stream, limits.write_time);
            let connection = http.serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                () = dropped.notified() => {}
            }
        });
    }
}

/// The answer to one request: the page, the event stream, or why not.
fn answer(req: &Request<Incoming>, shared: &Arc<Shared>, kill: &Arc<Notify>) -> Response<Body> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = plain(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    match req.uri().path() {
        "/" => page(shared),
        "/events" => events(shared, kill),
        _ => plain(StatusCode::NOT_FOUND, "not found\n"),
    }
}

fn page(shared: &Shared) -> Response<Body> {
    let bytes = shared.page.read().map(|p| p.clone()).unwrap_or_default();
    let mut r = Response::new(Body::Full(Some(bytes)));
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // The page's own inline style and script, the events from here, nothing else.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
             img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'",
        ),
    );
    secure(h);
    r
}

fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    let mut r = Response::new(Body::Full(Some(Bytes::from_static(text.as_bytes()))));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    secure(h);
    r
}

fn secure(h: &mut hyper::HeaderMap) {
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
}

/// Subscribes a follower: the current place at once, then every change.
fn events(shared: &Arc<Shared>, kill: &Arc<Notify>) -> Response<Body> {
    let limits = shared.limits;
    let count = shared.followers.fetch_add(1, Ordering::SeqCst);
    let guard = Follower(Arc::clone(shared));
    if count >= limits.followers {
        drop(guard);
        return plain(StatusCode::SERVICE_UNAVAILABLE, "too many followers\n");
    }
    let (tx, rx) = mpsc::channel(4);
    let mut state = shared.state.subscribe();
    let kill = Arc::clone(kill);
    tokio::spawn(async move {
        let _guard = guard;
        let mut generation = state.borrow_and_update().generation;
        let first = event(&state.borrow(), None);
        if send(&tx, first, limits.write_time, &kill).await.is_err() {
            return;
        }
        let start = Instant::now() + limits.heartbeat;
        let mut beat = interval_at(start, limits.heartbeat);
        beat.set_missed_tick_behavior(MissedTickBehavior::Delay);
        loop {
            let bytes = tokio::select! {
                changed = state.changed() => {
                    if changed.is_err() {
                        return;
                    }
                    let s = state.borrow_and_update().clone();
                    let reloaded = (s.generation != generation).then_some(());
                    generation = s.generation;
                    event(&s, reloaded)
                }
                _ = beat.tick() => Bytes::from_static(b": still here\n\n"),
            };
            if send(&tx, bytes, limits.write_time, &kill).await.is_err() {
                return;
            }
        }
    });
    let mut r = Response::new(Body::Events(rx));
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-accel-buffering", HeaderValue::from_static("no"));
    secure(h);
    r
}

/// One event: the place, preceded by a `reload` event when the page was rebuilt.
fn event(s: &State, reloaded: Option<()>) -> Bytes {
    let mut text = String::new();
    if reloaded.is_some() {
        text.push_str("event: reload\ndata: {}\n\n");
    }
    if !s.follow.is_empty() {
        text.push_str("data: ");
        text.push_str(&s.follow);
        text.push_str("\n\n");
    }
    if text.is_empty() {
        // Nothing to say yet: a comment opens the stream all the same.
        text.push_str(": waiting for the presenter\n\n");
    }
    Bytes::from(text)
}

/// Hands `bytes` to the follower's connection; one that does not take them in time
/// is dropped, connection and all.
async fn send(
    tx: &mpsc::Sender<Bytes>,
    bytes: Bytes,
    wait: std::time::Duration,
    kill: &Notify,
) -> Result<(), ()> {
    match timeout(wait, tx.send(bytes)).await {
        Ok(Ok(())) => Ok(()),
        // The connection ended: the follower left.
        Ok(Err(_)) => Err(()),
        Err(_) => {
            kill.notify_one();
            Err(())
        }
    }
}

/// A connection whose writes fail once they have waited `limit` for the peer to
/// read: a follower that stops reading is dropped even when no event is on its way.
struct WriteTimeout {
    inner: tokio::net::TcpStream,
    limit: std::time::Duration,
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl WriteTimeout {
    fn new(inner: tokio::net::TcpStream, limit: std::time::Duration) -> Self {
        Self {
            inner,
            limit,
            stalled: None,
        }
    }

    /// `Pending` while the write may still wait, an error once it waited too long.
    fn waited(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Error> {
        let limit = self.limit;
        let sleep = self
            .stalled
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        match sleep.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(std::io::ErrorKind::TimedOut.into()),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl tokio::io::AsyncRead for WriteTimeout {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for WriteTimeout {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_write(cx, buf) {
            Poll::Ready(r) => {
                this.stalled = None;
                Poll::Ready(r)
            }
            Poll::Pending => this.waited(cx).map(Err),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_flush(cx) {
            Poll::Ready(r) => {
                this.stalled = None;
                Poll::Ready(r)
            }
            Poll::Pending => this.waited(cx).map(Err),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// Counts a follower while it is subscribed.
struct Follower(Arc<Shared>);

impl Drop for Follower {
    fn drop(&mut self) {
        self.0.followers.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A response body: all at once, or the events as they come.
pub(super) enum Body {
    Full(Option<Bytes>),
    Events(mpsc::Receiver<Bytes>),
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Self::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Self::Events(rx) => rx.poll_recv(cx).map(|b| b.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Self::Full(None))
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        match self {
            Self::Full(Some(b)) => hyper::body::SizeHint::with_exact(b.len() as u64),
            Self::Full(None) => hyper::body::SizeHint::with_exact(0),
            Self::Events(_) => hyper::body::SizeHint::default(),
        }
    }
}
