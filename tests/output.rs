#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! What reaches the terminal: a key sends only what it changed.

mod common;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, update};
use roadmap_tui::backend::CompactBackend;
use roadmap_tui::model::Lang;
use roadmap_tui::ui;

use common::Sink;

/// The browser's backend on `out`, as it starts: the screen cleared, which goes
/// out with the first frame.
fn compact<W: Write>(out: W, (w, h): (u16, u16)) -> CompactBackend<W> {
    let mut backend = CompactBackend::with_size(out, w, h);
    backend.clear().unwrap();
    backend
}

/// Bytes written to the browser's backend for the frame after `msg`.
fn bytes_for(app: &mut App, msg: Msg) -> usize {
    let (w, h) = app.size;
    let sink = Sink::default();
    let mut terminal = Terminal::with_options(
        compact(sink.clone(), app.size),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    let drawn = terminal.draw(|f| ui::draw(f, app)).unwrap().buffer.clone();
    let mut screen = vt100::Parser::new(nz(h), nz(w), 0);
    screen.process(&sink.0.borrow());
    assert_eq!(
        rows(&screen, w),
        text_of(&drawn),
        "the first frame is drawn whole"
    );
    sink.0.borrow_mut().clear();
    assert!(update(app, msg), "the key changes the screen");
    let drawn = terminal.draw(|f| ui::draw(f, app)).unwrap().buffer.clone();
    screen.process(&sink.0.borrow());
    assert_eq!(
        rows(&screen, w),
        text_of(&drawn),
        "the frame after the key is drawn"
    );
    sink.0.borrow().len()
}

/// The rows an emulator shows, without trailing blanks.
fn rows(screen: &vt100::Parser, w: u16) -> Vec<String> {
    screen
        .screen()
        .rows(0, w)
        .map(|r| r.trim_end().to_owned())
        .collect()
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

/// The text of each row of `buf`, as a terminal reads it back: without the columns
/// wide characters cover, nor trailing blanks.
fn text_of(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut row = String::new();
            let mut x = area.left();
            while x < area.right() {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                x += symbol.cell_width().max(1);
            }
            row.trim_end().to_owned()
        })
        .collect()
}

#[test]
fn one_down_key_on_the_overview_sends_only_the_rows_it_changes() {
    for size in [(80, 24), (160, 48), (300, 100)] {
        let mut app = common::embedded(Lang::It, size);
        let preview = ui::layout::overview(ui::layout::body(size), &app.doc, app.lang).preview;
        let n = bytes_for(&mut app, Msg::Action(Action::Down));
        println!("Down on the overview at {}x{}: {n} bytes", size.0, size.1);
        // The row losing the highlight and the row gaining it, as wide as the
        // table, the preview of the newly selected roadmap below the table, and a
        // few escape sequences: never the rest of the screen.
        // A row costs its cells and a few escape sequences of cursor and style.
        let rows = (usize::from(size.0) + 40) * (2 + usize::from(preview.height));
        assert!(n < rows + 200, "{n} bytes at {size:?}");
        assert!(
            n < usize::from(size.0) * usize::from(size.1) / 2,
            "{n} bytes at {size:?}"
        );
    }
}

#[test]
fn a_key_that_changes_nothing_asks_for_no_frame() {
    let mut app = common::embedded(Lang::It, (80, 24));
    // Already on the first row: Up moves nothing, so the event loop draws nothing.
    assert!(!update(&mut app, Msg::Action(Action::Up)));
    assert!(!update(&mut app, Msg::Action(Action::Top)));
}

/// Counts the `write` calls that reach it and the bytes they carry.
#[derive(Clone, Default)]
struct Counted(Rc<RefCell<Vec<usize>>>);

impl Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().push(buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The `write` calls of each frame: the first, then one after each of `keys`.
fn writes_per_frame<W: Write>(
    app: &mut App,
    keys: &[Action],
    backend: impl FnOnce(Counted) -> W,
) -> Vec<Vec<usize>> {
    let (w, h) = app.size;
    let out = Counted::default();
    let mut terminal = Terminal::with_options(
        compact(backend(out.clone()), app.size),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    let mut frames = Vec::new();
    terminal.draw(|f| ui::draw(f, app)).unwrap();
    frames.push(out.0.take());
    for key in keys {
        assert!(update(app, Msg::Action(*key)), "{key:?} changes the screen");
        terminal.draw(|f| ui::draw(f, app)).unwrap();
        frames.push(out.0.take());
    }
    frames
}

#[test]
fn a_frame_reaches_the_terminal_in_one_write() {
    use roadmap_tui::tui::FrameWriter;
    let keys = [Action::Down, Action::Down, Action::PageDown, Action::Up];
    for size in [(80, 24), (120, 40), (300, 100)] {
        // Written straight to the terminal, a frame goes in many pieces: a call for
        // every cursor move, colour and run of text.
        let mut app = common::embedded(Lang::It, size);
        let straight = writes_per_frame(&mut app, &keys, |c| c);
        assert!(straight.iter().all(|f| f.len() > 10), "{straight:?}");
        // Through the frame writer, each is one write of all those bytes; over a
        // line-buffered writer as standard output is, which would send a frame's
        // text up to a line feed in a write of its own.
        let mut app = common::embedded(Lang::It, size);
        let framed = writes_per_frame(&mut app, &keys, |c| {
            FrameWriter::new(std::io::LineWriter::new(c))
        });
        for (i, (one, pieces)) in framed.iter().zip(&straight).enumerate() {
            assert_eq!(
                one.len(),
                1,
                "frame {i} at {size:?} in {} writes",
                one.len()
            );
            assert_eq!(
                one[0],
                pieces.iter().sum::<usize>(),
                "frame {i} at {size:?}"
            );
        }
        // The whole first frame, larger than standard output's buffer of a kilobyte,
        // which would have sent it in kilobyte pieces.
        assert!(framed[0][0] > 1024, "{framed:?}");
    }
}

/// The bytes of each frame after each of `keys` on `backend`, which writes to `sink`;
/// with, when `counts`, the cells each frame changes and the bytes of their text
/// but blanks.
fn bytes_per_key<B: Backend>(
    app: &mut App,
    keys: &[Action],
    backend: B,
    sink: &Sink,
    counts: Option<&mut Vec<(usize, usize)>>,
) -> Vec<usize>
where
    B::Error: std::fmt::Debug,
{
    let (w, h) = app.size;
    let mut terminal = Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    let mut before: Buffer = terminal.draw(|f| ui::draw(f, app)).unwrap().buffer.clone();
    let mut cells = Vec::new();
    let mut bytes = Vec::new();
    for key in keys {
        sink.0.borrow_mut().clear();
        assert!(update(app, Msg::Action(*key)), "{key:?} changes the screen");
        let after = terminal.draw(|f| ui::draw(f, app)).unwrap().buffer.clone();
        bytes.push(sink.0.borrow().len());
        let diff = before.diff(&after);
        let text = diff
            .iter()
            .filter(|(_, _, c)| c.symbol() != " ")
            .map(|(_, _, c)| c.symbol().len())
            .sum();
        cells.push((diff.len(), text));
        before = after;
    }
    if let Some(c) = counts {
        *c = cells;
    }
    bytes
}

#[test]
fn a_down_key_sends_fewer_bytes_than_through_ratatuis_backend() {
    let keys = [Action::Down; 5];
    let size = (120, 40);
    let sink = Sink::default();
    let mut changes = Vec::new();
    let mut app = common::embedded(Lang::It, size);
    let ours = bytes_per_key(
        &mut app,
        &keys,
        compact(sink.clone(), size),
        &sink,
        Some(&mut changes),
    );
    let mut app = common::embedded(Lang::It, size);
    let theirs = bytes_per_key(
        &mut app,
        &keys,
        CrosstermBackend::new(sink.clone()),
        &sink,
        None,
    );
    println!("Down on the overview at 120x40: {ours:?} bytes; ratatui's backend {theirs:?}");
    println!("cells changed, and the bytes of their text but blanks: {changes:?}");
    for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
        assert!(a < b, "key {i}: {a} bytes, ratatui's backend {b}");
    }
    // Measured: 783, 763, 552, 446 and 407 bytes, where ratatui's backend sends
    // 1,072, 1,072, 937, 629 and 549, and the text of the cells that change, but
    // blanks, is 461, 471, 288, 221 and 188 bytes: the rest is mostly blanks that
    // take a highlight's background, which only writing them shows everywhere.
    for (i, (n, (_, text))) in ours.iter().zip(&changes).enumerate() {
        assert!(*n <= text + 330, "key {i}: {n} bytes for {text} of text");
    }
    let (ours, theirs) = (ours.iter().sum::<usize>(), theirs.iter().sum::<usize>());
    assert!(ours * 10 < theirs * 7, "{ours} bytes against {theirs}");
}
