#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! What reaches the terminal: a key sends only what it changed.

mod common;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, update};
use roadmap_tui::model::Lang;
use roadmap_tui::ui;

/// What the backend writes, kept where the test can read it.
#[derive(Clone, Default)]
struct Sink(Rc<RefCell<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Bytes written to a real terminal backend for the frame after `msg`.
fn bytes_for(app: &mut App, msg: Msg) -> usize {
    let (w, h) = app.size;
    let sink = Sink::default();
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(sink.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap();
    terminal.draw(|f| ui::draw(f, app)).unwrap();
    let first = sink.0.borrow().len();
    assert!(
        first > usize::from(w) * usize::from(h),
        "the first frame is drawn whole"
    );
    sink.0.borrow_mut().clear();
    assert!(update(app, msg), "the key changes the screen");
    terminal.draw(|f| ui::draw(f, app)).unwrap();
    sink.0.borrow().len()
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
        CrosstermBackend::new(backend(out.clone())),
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
        // Through the frame writer, each is one write of all those bytes.
        let mut app = common::embedded(Lang::It, size);
        let framed = writes_per_frame(&mut app, &keys, FrameWriter::new);
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
