#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The backend's bytes, read by a terminal emulator (vt100), show each frame exactly:
//! every cell's text, colours and modifiers, through random frames with gaps,
//! wide characters, styles and resizes. The same harness with ratatui's own
//! crossterm backend shows that the harness itself is right.

mod common;

use std::num::NonZeroU16;

use common::Sink;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Modifier, Style};
use roadmap_tui::backend::CompactBackend;

/// A backend of a size it is told, not asked of a terminal.
struct Sized<B> {
    inner: B,
    size: Size,
}

impl<B: Backend> Backend for Sized<B> {
    type Error = B::Error;
    fn draw<'a, I>(&mut self, content: I) -> Result<(), B::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), B::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), B::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, B::Error> {
        Ok(Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), B::Error> {
        self.inner.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), B::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), B::Error> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, B::Error> {
        Ok(self.size)
    }
    fn window_size(&mut self) -> Result<WindowSize, B::Error> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }
    fn flush(&mut self) -> Result<(), B::Error> {
        self.inner.flush()
    }
}

/// One frame: maybe a new size, then texts written over the frame before.
#[derive(Debug, Clone)]
struct Step {
    resize: Option<(u16, u16)>,
    writes: Vec<(u16, u16, String, Style)>,
}

const GRAPHEMES: &[&str] = &[
    "a",
    "b",
    "c",
    "x",
    " ",
    " ",
    " ",
    "é",
    "─",
    "中",
    "語",
    "😀",
    "ab",
    "de",
    "          ",
];

fn style() -> impl Strategy<Value = Style> {
    let fg = prop_oneof![
        4 => Just(Color::Reset),
        1 => Just(Color::Red),
        1 => Just(Color::Indexed(1)),
        1 => Just(Color::LightBlue),
        1 => Just(Color::Indexed(208)),
        1 => Just(Color::Rgb(10, 200, 30)),
    ];
    let bg = prop_oneof![
        4 => Just(Color::Reset),
        1 => Just(Color::Blue),
        1 => Just(Color::Indexed(236)),
        1 => Just(Color::Rgb(1, 2, 3)),
    ];
    let modifier = prop_oneof![
        4 => Just(Modifier::empty()),
        1 => Just(Modifier::BOLD),
        1 => Just(Modifier::DIM),
        1 => Just(Modifier::ITALIC),
        1 => Just(Modifier::UNDERLINED),
        1 => Just(Modifier::REVERSED),
        1 => Just(Modifier::BOLD | Modifier::ITALIC | Modifier::REVERSED),
    ];
    (fg, bg, modifier).prop_map(|(fg, bg, m)| Style::new().fg(fg).bg(bg).add_modifier(m))
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(GRAPHEMES), 1..12).prop_map(|g| g.concat())
}

fn step() -> impl Strategy<Value = Step> {
    let resize = prop_oneof![
        6 => Just(None),
        1 => (1u16..=24, 1u16..=6).prop_map(Some),
    ];
    let writes = proptest::collection::vec((0u16..24, 0u16..6, text(), style()), 0..6);
    (resize, writes).prop_map(|(resize, writes)| Step { resize, writes })
}

/// Keeps the buffer as ratatui's widgets leave it: the columns a wide character
/// covers hold a blank reset cell, or else the wide character gives way to a blank.
fn well_formed(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let width = buf[(x, y)].symbol().cell_width().max(1);
            let covered =
                (x + 1..x + width).all(|c| c < area.right() && buf[(c, y)] == Cell::EMPTY);
            // The emulator keeps one intensity, the last set; a cell has one here.
            if buf[(x, y)].modifier.contains(Modifier::BOLD) {
                buf[(x, y)].modifier.remove(Modifier::DIM);
            }
            if !covered {
                buf[(x, y)].set_symbol(" ");
                x += 1;
                continue;
            }
            x += width;
        }
    }
}

fn vt_colour(c: Color) -> vt100::Color {
    match c {
        Color::Reset => vt100::Color::Default,
        Color::Black => vt100::Color::Idx(0),
        Color::Red => vt100::Color::Idx(1),
        Color::Green => vt100::Color::Idx(2),
        Color::Yellow => vt100::Color::Idx(3),
        Color::Blue => vt100::Color::Idx(4),
        Color::Magenta => vt100::Color::Idx(5),
        Color::Cyan => vt100::Color::Idx(6),
        Color::Gray => vt100::Color::Idx(7),
        Color::DarkGray => vt100::Color::Idx(8),
        Color::LightRed => vt100::Color::Idx(9),
        Color::LightGreen => vt100::Color::Idx(10),
        Color::LightYellow => vt100::Color::Idx(11),
        Color::LightBlue => vt100::Color::Idx(12),
        Color::LightMagenta => vt100::Color::Idx(13),
        Color::LightCyan => vt100::Color::Idx(14),
        Color::White => vt100::Color::Idx(15),
        Color::Indexed(i) => vt100::Color::Idx(i),
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
    }
}

/// The cells covered by a wide character on their left.
fn covered(buf: &Buffer) -> Vec<Position> {
    let mut cells = Vec::new();
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let width = buf[(x, y)].symbol().cell_width().max(1);
            cells.extend((x + 1..x + width).map(|c| Position::new(c, y)));
            x += width;
        }
    }
    cells
}

/// Where the emulated screen differs from the buffer, if anywhere. The `loose`
/// cells are checked for their text only.
fn difference(screen: &vt100::Screen, buf: &Buffer, loose: &[Position]) -> Option<String> {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let want = &buf[(x, y)];
            let Some(got) = screen.cell(y, x) else {
                return Some(format!("no cell at ({x}, {y})"));
            };
            let text = if got.contents().is_empty() {
                " "
            } else {
                got.contents()
            };
            let m = want.modifier;
            let wanted = (
                want.symbol(),
                vt_colour(want.fg),
                vt_colour(want.bg),
                m.contains(Modifier::BOLD),
                m.contains(Modifier::DIM) && !m.contains(Modifier::BOLD),
                m.contains(Modifier::ITALIC),
                m.contains(Modifier::UNDERLINED),
                m.contains(Modifier::REVERSED),
            );
            let shown = (
                text,
                got.fgcolor(),
                got.bgcolor(),
                got.bold(),
                got.dim(),
                got.italic(),
                got.underline(),
                got.inverse(),
            );
            let text_only = loose.contains(&Position::new(x, y));
            if wanted != shown && !(text_only && wanted.0 == shown.0) {
                return Some(format!(
                    "at ({x}, {y}): wanted {wanted:?}, shown {shown:?}\n{}",
                    screen.contents()
                ));
            }
            x += want.symbol().cell_width().max(1);
        }
    }
    None
}

/// Draws the steps through a terminal on `backend`, feeding its bytes to an
/// emulator and checking the screen after each frame; returns the bytes of each.
fn play<B: Backend>(
    steps: &[Step],
    mut backend: B,
    resize: impl Fn(&mut B, u16, u16),
    sink: &Sink,
) -> Result<Vec<usize>, String> {
    let (mut w, mut h) = (24, 6);
    resize(&mut backend, w, h);
    let mut terminal = Terminal::new(backend).map_err(|e| e.to_string())?;
    let mut parser =
        vt100::Parser::new(NonZeroU16::new(h).unwrap(), NonZeroU16::new(w).unwrap(), 0);
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let mut sizes = Vec::new();
    // Blank cells uncovered when a wide character gave way to a narrow one, and
    // not changed since: ratatui does not write them again, and the emulator
    // blanked them in the style of the character written over the wide one.
    let mut loose: Vec<Position> = Vec::new();
    for step in steps {
        let before = buf.clone();
        if let Some((nw, nh)) = step.resize {
            (w, h) = (nw, nh);
            resize(terminal.backend_mut(), w, h);
            parser
                .screen_mut()
                .set_size(NonZeroU16::new(h).unwrap(), NonZeroU16::new(w).unwrap());
            buf = Buffer::empty(Rect::new(0, 0, w, h));
        }
        for (x, y, text, style) in &step.writes {
            if *x < w && *y < h {
                buf.set_stringn(*x, *y, text, usize::from(w - x), *style);
            }
        }
        well_formed(&mut buf);
        if before.area == buf.area {
            loose.extend(covered(&before));
            loose.retain(|p| buf[*p] == Cell::EMPTY && before[*p] == buf[*p]);
        } else {
            loose.clear();
        }
        terminal
            .draw(|f| f.buffer_mut().clone_from(&buf))
            .map_err(|e| e.to_string())?;
        let bytes = sink.0.take();
        // Standard output is line buffered: a line feed would send the frame up to
        // it in one write and the rest in another.
        if bytes.contains(&b'\n') {
            return Err(format!(
                "a line feed in the frame: {:?}",
                String::from_utf8_lossy(&bytes)
            ));
        }
        sizes.push(bytes.len());
        parser.process(&bytes);
        if let Some(d) = difference(parser.screen(), &buf, &loose) {
            return Err(format!("{d}\nbytes: {:?}", String::from_utf8_lossy(&bytes)));
        }
    }
    Ok(sizes)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    })
}

fn compact(steps: &[Step]) -> Result<Vec<usize>, String> {
    let sink = Sink::default();
    let mut backend = CompactBackend::with_size(sink.clone(), 24, 6);
    // As the browser starts: the screen cleared, queued with the first frame.
    backend.clear().map_err(|e| e.to_string())?;
    play(steps, backend, CompactBackend::set_size, &sink)
}

fn crossterm(steps: &[Step]) -> Result<Vec<usize>, String> {
    let sink = Sink::default();
    play(
        steps,
        Sized {
            inner: CrosstermBackend::new(sink.clone()),
            size: Size::new(24, 6),
        },
        |b, w, h| b.size = Size::new(w, h),
        &sink,
    )
}

#[test]
fn ratatuis_backend_shows_every_frame_to_the_emulator() {
    runner()
        .run(&proptest::collection::vec(step(), 1..10), |steps| {
            crossterm(&steps).map_err(TestCaseError::fail)?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_compact_backend_shows_every_frame_in_no_more_bytes() {
    runner()
        .run(&proptest::collection::vec(step(), 1..10), |steps| {
            let ours = compact(&steps).map_err(TestCaseError::fail)?;
            let theirs = crossterm(&steps).map_err(TestCaseError::fail)?;
            // The first frame carries the clear of the screen (4 bytes) theirs has not.
            let first = ours[0] <= theirs[0] + 4;
            prop_assert!(first, "{ours:?} against {theirs:?}");
            for (i, (a, b)) in ours.iter().zip(&theirs).enumerate().skip(1) {
                prop_assert!(a <= b, "frame {i}: {ours:?} against {theirs:?}");
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_gap_of_unchanged_text_is_written_not_jumped() {
    // A row of text where every other cell changes style: crossterm moves the cursor
    // over each unchanged cell, the compact backend writes it.
    let line = "lorem ipsum dolor sit amet";
    let mut steps = vec![Step {
        resize: None,
        writes: vec![(0, 2, line.into(), Style::new())],
    }];
    steps.push(Step {
        resize: None,
        writes: (0..24)
            .step_by(3)
            .map(|x| (x, 2, "#".into(), Style::new()))
            .collect(),
    });
    let ours = compact(&steps).unwrap();
    let theirs = crossterm(&steps).unwrap();
    assert!(ours[1] * 2 < theirs[1], "{ours:?} against {theirs:?}");
}

#[test]
fn blanks_erased_or_written_show_as_blanks() {
    // Text blanked in a second frame: in the default background the blanks are
    // erased (`CSI n X`), in another they are written, as terminals that do not
    // erase with the background would show the default one.
    let line = "lorem ipsum dolor sit amet";
    for (bg, erased) in [(Color::Reset, true), (Color::Blue, false)] {
        let blank = Style::new().fg(Color::Gray).bg(bg);
        let steps = [
            Step {
                resize: None,
                writes: vec![(0, 1, line.into(), Style::new())],
            },
            Step {
                resize: None,
                writes: vec![(2, 1, " ".repeat(20), blank), (23, 1, "x".into(), blank)],
            },
        ];
        let ours = compact(&steps).unwrap();
        let theirs = crossterm(&steps).unwrap();
        assert_eq!(ours[1] < 30, erased, "{ours:?} against {theirs:?}");
    }
}

#[test]
fn linked_cells_survive_gaps_and_resizes() {
    // Cells holding an OSC 8 hyperlink, as the item lists draw web addresses.
    let sink = Sink::default();
    let mut backend = CompactBackend::with_size(sink.clone(), 20, 3);
    backend.clear().unwrap();
    let mut terminal = Terminal::new(backend).unwrap();
    let mut parser =
        vt100::Parser::new(NonZeroU16::new(3).unwrap(), NonZeroU16::new(20).unwrap(), 0);
    for (i, word) in ["link here", "lynk hare", "LINK here"].iter().enumerate() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 3));
        buf.set_string(0, 1, word, Style::new());
        for x in 0..4 {
            let cell = &mut buf[(x, 1)];
            let ch = cell.symbol().to_owned();
            cell.set_symbol(&format!("\x1b]8;id=1;https://e.eu\x1b\\{ch}\x1b]8;;\x1b\\"));
            cell.set_diff_option(CellDiffOption::ForcedWidth(NonZeroU16::MIN));
        }
        terminal.draw(|f| f.buffer_mut().clone_from(&buf)).unwrap();
        let bytes = sink.0.take();
        parser.process(&bytes);
        let row: String = parser.screen().rows(0, 20).nth(1).unwrap();
        assert_eq!(row.trim_end(), word.trim_end(), "frame {i}");
        if i == 1 {
            // The link is opened again before each changed character.
            assert_eq!(
                String::from_utf8_lossy(&bytes).matches("\x1b]8;id").count(),
                1
            );
        }
    }
}
