//! The terminal's lifecycle and the event loop, in one place. Raw mode, the
//! alternate screen, mouse capture and bracketed paste are given back on quit, on an
//! error, on panic and on SIGTERM, SIGHUP, SIGINT and SIGQUIT, and while suspended
//! (Ctrl-Z or SIGTSTP).

use std::io::{self, IsTerminal, Stdout, Write, stdout};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use crossterm::clipboard::CopyToClipboard;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseButton, MouseEventKind,
};
use crossterm::terminal::EnterAlternateScreen;
use crossterm::{execute, queue};
use ratatui::Terminal;
use ratatui::backend::Backend;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;

use crate::action::Msg;
use crate::app::{App, Status, update};
use crate::backend::CompactBackend;
use crate::keymap;
use crate::ui;

/// Held while anything is written to the terminal. The signal path takes it and
/// keeps it until the process exits, so a frame being drawn can never undo the
/// restore (a frame ends by hiding the cursor).
static OUTPUT: Mutex<()> = Mutex::new(());

fn output() -> MutexGuard<'static, ()> {
    OUTPUT.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Holds everything written for a frame and sends it to the terminal in one
/// `write` when the frame is flushed (at the end of `Terminal::draw`, where ratatui
/// hides the cursor and flushes; its last flush then finds nothing left): the
/// terminal never shows half a frame, and over a network a frame leaves at once
/// instead of in pieces of a kilobyte.
#[derive(Debug)]
pub struct FrameWriter<W: Write> {
    frame: Vec<u8>,
    out: W,
}

impl<W: Write> FrameWriter<W> {
    pub fn new(out: W) -> Self {
        Self {
            // Grows to the largest frame and stays that size.
            frame: Vec::with_capacity(16 * 1024),
            out,
        }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.frame.is_empty() {
            let sent = self.out.write_all(&self.frame);
            // What could not be sent is not sent again with the next frame.
            self.frame.clear();
            sent?;
        }
        self.out.flush()
    }
}

/// The terminal the browser draws on: standard output, a frame at a time.
type Term = Terminal<CompactBackend<FrameWriter<Stdout>>>;

/// Takes the terminal: raw mode, and the alternate screen, bracketed paste and (when
/// `mouse`) mouse capture asked for in the same write as the first frame. Every frame
/// reaches standard output whole, in the one `write` of its flush.
fn init(mouse: bool) -> io::Result<Term> {
    crossterm::terminal::enable_raw_mode()?;
    let mut writer = FrameWriter::new(stdout());
    // A paste arrives as one event of text, never as keys (its line breaks as Enter).
    queue!(writer, EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        queue!(writer, EnableMouseCapture)?;
    }
    let mut backend = CompactBackend::new(writer);
    // Queued with the rest: the backend knows the screen blank from the first frame.
    backend.clear()?;
    Terminal::new(backend)
}

/// Why the browser cannot start here, if it cannot.
pub fn unusable_terminal() -> Option<&'static str> {
    if !io::stdout().is_terminal() {
        return Some(
            "standard output is not a terminal; to print a screen use `roadmap-tui render PLACE`, \
             to convert the document use `roadmap-tui export --format json`",
        );
    }
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return Some(
            "TERM=dumb cannot show the browser; use `roadmap-tui render PLACE` or `roadmap-tui export`",
        );
    }
    None
}

/// Gives the terminal back: mouse and bracketed paste off, main screen, cursor shown,
/// raw mode off.
fn restore() {
    release_modes();
    ratatui::restore();
}

/// Turns off what ratatui does not know we turned on; its own restore does the rest.
fn release_modes() {
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        crossterm::cursor::Show
    );
}

/// Takes the terminal again after a suspension, with the modes it had.
fn retake(mouse: bool) -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        stdout(),
        crossterm::terminal::EnterAlternateScreen,
        EnableBracketedPaste
    )?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Set by a SIGTSTP from outside (`kill -TSTP`; in raw mode Ctrl-Z is a key): the event
/// loop suspends as for the key, since the terminal is its to give back.
static SUSPEND_ASKED: AtomicBool = AtomicBool::new(false);

/// Restores the terminal and exits when a termination signal arrives; asks the event
/// loop to suspend on SIGTSTP. Ctrl-C and Ctrl-Z in raw mode are keys, not signals;
/// SIGINT and SIGTSTP still come from `kill`.
fn watch_signals() -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if sig == SIGTSTP {
                    SUSPEND_ASKED.store(true, Ordering::SeqCst);
                    // Wakes the event loop from its wait for a key: crossterm reads a
                    // SIGWINCH as a resize event.
                    let _ = signal_hook::low_level::raise(SIGWINCH);
                    continue;
                }
                let _held_until_exit = output();
                restore();
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}

/// Gives the terminal back, stops the process as the shell's Ctrl-Z would, and once
/// continued (`fg`, SIGCONT) takes the terminal again and draws the whole screen: the
/// shell wrote over it meanwhile.
fn suspend(terminal: &mut Term, app: &mut App) -> io::Result<()> {
    {
        let _out = output();
        restore();
    }
    // SIGSTOP, which a process cannot catch: it stops even in an orphaned process
    // group, where the kernel would drop a SIGTSTP.
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    let _out = output();
    retake(app.mouse)?;
    let size = fit(terminal, app)?;
    // Clears the screen and forgets the last frame, so the next one is drawn whole.
    // (`Terminal::clear` would do the same after asking where the cursor is, and wait
    // for an answer some terminals never give.)
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    terminal.draw(|f| ui::draw(f, app))?;
    Ok(())
}

/// How often a watched data file is looked at.
const WATCH_EVERY: Duration = Duration::from_millis(250);

/// A data file whose changes are shown as they are saved.
pub struct Watch {
    path: PathBuf,
    stamp: Option<(SystemTime, u64)>,
}

impl Watch {
    pub fn new(path: &Path) -> Self {
        Self {
            path: path.to_owned(),
            stamp: stamp(path),
        }
    }

    /// Whether the file changed since it was last looked at.
    fn changed(&mut self) -> bool {
        let now = stamp(&self.path);
        let changed = now != self.stamp;
        self.stamp = now;
        changed
    }
}

/// Modification time and size: an editor's save changes at least one of them.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// The server of `--serve`, and the data and language its page was made from.
pub struct Serving {
    server: crate::serve::Server,
    made_from: (u64, crate::model::Lang),
}

impl Serving {
    pub fn new(server: crate::serve::Server, app: &App) -> Self {
        Self {
            server,
            made_from: (app.data_generation, app.lang),
        }
    }

    /// The address an audience opens.
    pub fn url(&self) -> String {
        crate::serve::lan_url(self.server.address())
    }

    /// Tells followers where the presenter is; after a reload or a change of
    /// language, serves the page made again and has followers load it.
    fn tell(&mut self, app: &App) {
        let now = (app.data_generation, app.lang);
        if now != self.made_from {
            self.made_from = now;
            self.server
                .reload(crate::serve::live_page(&app.doc, app.lang));
        }
        self.server.follow(&app.follow());
    }
}

/// The terminal, taken before the document is loaded so that the two are done at
/// once: the signals watched, raw mode on, the alternate screen and the modes
/// waiting in the frame writer to go out with the first frame. Nothing shows
/// until then.
pub struct Taken {
    terminal: Term,
    mouse: bool,
}

/// Takes the terminal, capturing the mouse from the first frame when `mouse`.
pub fn take(mouse: bool) -> io::Result<Taken> {
    watch_signals()?;
    // A panic gives the terminal back before its message is printed.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    Ok(Taken {
        terminal: init(mouse)?,
        mouse,
    })
}

impl Taken {
    /// Gives the terminal back unused (the document did not load): nothing was
    /// shown, so only raw mode is undone, and the error is printed on the screen
    /// as it was.
    pub fn give_back(self) {
        let _out = output();
        let _ = crossterm::terminal::disable_raw_mode();
    }

    /// Runs the browser until the user quits, reloading `watch` when it changes.
    pub fn run(
        mut self,
        mut app: App,
        watch: Option<Watch>,
        serving: Option<Serving>,
    ) -> io::Result<()> {
        // A terminal shows web addresses as links (one that cannot ignores them).
        app.hyperlinks = true;
        app.mouse = self.mouse;
        let result = event_loop(&mut self.terminal, &mut app, watch, serving);
        let _out = output();
        restore();
        result
    }
}

/// Tells the app the terminal's size, which may have changed while it was not
/// looking (at start, while suspended); returns it.
fn fit(terminal: &Term, app: &mut App) -> io::Result<ratatui::layout::Size> {
    let size = terminal.size()?;
    if app.size != (size.width, size.height) {
        update(
            app,
            Msg::Resize {
                width: size.width,
                height: size.height,
            },
        );
    }
    Ok(size)
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    mut watch: Option<Watch>,
    mut serving: Option<Serving>,
) -> io::Result<()> {
    fit(terminal, app)?;
    // Starts crossterm's reader, and with it its SIGWINCH handler, before anyone can see
    // a frame and send a SIGTSTP that a raised SIGWINCH must wake the loop for.
    event::poll(Duration::ZERO)?;
    {
        let _out = output();
        terminal.draw(|f| ui::draw(f, app))?;
    }
    if let Some(s) = serving.as_mut() {
        s.tell(app);
    }
    loop {
        // Before waiting: a SIGTSTP may have come while no event was awaited. (`|`, not
        // `||`: both requests are taken, and one suspension answers them.)
        if std::mem::take(&mut app.suspend) | SUSPEND_ASKED.swap(false, Ordering::SeqCst) {
            suspend(terminal, app)?;
        }
        let mouse = app.mouse;
        // Without a file to watch, a blocking read: nothing is drawn and no CPU is used
        // until something happens. With one, the file is looked at between events.
        let mut changed = if let Some(w) = watch.as_mut()
            && !event::poll(WATCH_EVERY)?
        {
            w.changed() && app.reload(crate::model::load(Some(&w.path)))
        } else {
            let Some(msg) = to_msg(app, &event::read()?) else {
                continue;
            };
            update(app, msg)
        };
        if app.quit {
            return Ok(());
        }
        {
            let _out = output();
            changed |= perform_effects(app)?;
            if app.mouse != mouse {
                if app.mouse {
                    execute!(stdout(), EnableMouseCapture)?;
                } else {
                    execute!(stdout(), DisableMouseCapture)?;
                }
            }
            if changed {
                terminal.draw(|f| ui::draw(f, app))?;
            }
        }
        // The presenter's frame first; then the followers are told, and the server's
        // threads wake while the terminal shows it. Nothing changed, nothing moved.
        if changed && let Some(s) = serving.as_mut() {
            s.tell(app);
        }
    }
}

/// Does what `update` asked for and cannot do itself: copies text to the system
/// clipboard (OSC 52, which the terminal passes on, also over ssh) and opens a web
/// link in the browser, detached and silent. Returns whether the footer changed.
fn perform_effects(app: &mut App) -> io::Result<bool> {
    if let Some(text) = app.clipboard.take() {
        execute!(stdout(), CopyToClipboard::to_clipboard_from(text))?;
    }
    let Some(link) = app.launch.take() else {
        return Ok(false);
    };
    // `update` let only web addresses through; checked again where it matters.
    if !crate::content::is_web_link(&link) || open::that_detached(&link).is_err() {
        app.status = Some(Status::OpenFailed);
        return Ok(true);
    }
    Ok(false)
}

fn to_msg(app: &App, event: &Event) -> Option<Msg> {
    if let Some(key) = event.as_key_press_event() {
        return keymap::message(app.context(), &key);
    }
    match event {
        Event::Paste(text) => Some(Msg::Paste(text.clone())),
        Event::Resize(width, height) => Some(Msg::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(m) if app.mouse => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Msg::Scroll {
                column: m.column,
                row: m.row,
                lines: 3,
            }),
            MouseEventKind::ScrollUp => Some(Msg::Scroll {
                column: m.column,
                row: m.row,
                lines: -3,
            }),
            _ => None,
        },
        _ => None,
    }
}
