//! The terminal backend: what ratatui's crossterm backend writes for a frame's
//! changed cells, in fewer bytes.
//!
//! The savings, each exact:
//! - It keeps a shadow of what the terminal shows: every cell written since the
//!   screen was last cleared whole. Between two changed cells of a row, the cells
//!   it knows are written again when that is shorter than moving the cursor over
//!   them (a gap of one costs one byte instead of a move of seven or eight). Only
//!   cells of one column, plain text and of the pen's style are written again:
//!   never a wide character or the column it covers, a linked cell, or a cell it
//!   did not write itself.
//! - A move takes the shortest form that is right: a carriage return, the start
//!   of a row below, a move forward, back, up or down, a column or a row on its
//!   own, or the absolute position.
//! - A run of blanks in the default background is erased (`CSI n X`) when that
//!   and the move past it are shorter than the spaces.
//! - A change of style is one SGR sequence of what changed (colours, modifiers
//!   added or removed), or a reset and the new style when that is shorter, with
//!   the short forms of the sixteen colours where they show the same; a frame
//!   ends with one reset, only when the style is not the default already.
//! - The cursor is hidden once, not again with every frame, until the screen is
//!   cleared whole (as after a suspension, when the shell showed it).
//!
//! It queues everything and writes only on `flush`, which `Terminal::draw` calls
//! once at the end of a frame: clearing and placing the cursor go out with the
//! frame that follows them.

use std::io::{self, Write};

use crossterm::terminal;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// A cell's style: what an SGR sequence sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    /// The terminal's style after a reset.
    const DEFAULT: Self = Self {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Self {
        Self {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }
}

/// What the terminal shows in one cell, as far as the backend knows. Small and
/// `Copy`: the first frame writes every cell of the screen.
#[derive(Debug, Clone, Copy)]
enum Shown {
    /// Not written since the last clear, or overwritten in a way it cannot follow.
    Unknown,
    /// One character of one column, written with this style: can be written again
    /// as it is.
    Plain(char, Pen),
    /// Something else it wrote: a wide character, a linked cell.
    Opaque,
    /// A column covered by the wide character on its left.
    Covered,
}

/// What a cell's symbol is to the terminal.
enum Symbol {
    /// Printable text, advancing the cursor by this many columns.
    Text(u16),
    /// An OSC 8 hyperlink around printable text of this width.
    Link(u16),
    /// Anything else: control characters the backend cannot follow, or text whose
    /// width terminals disagree on (emoji sequences).
    Unsure,
}

fn classify(cell: &Cell) -> Symbol {
    let symbol = cell.symbol();
    let forced = match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => Some(w.get()),
        _ => None,
    };
    // Most of a screen: one printable ASCII character.
    if let [b' '..=b'~'] = symbol.as_bytes() {
        return Symbol::Text(forced.unwrap_or(1));
    }
    let plain = |s: &str| !s.chars().any(char::is_control);
    if plain(symbol) {
        // Variation selector 16 and the zero-width joiner make emoji whose width a
        // terminal may count differently from ratatui.
        if symbol.contains(['\u{FE0F}', '\u{200D}']) {
            return Symbol::Unsure;
        }
        return Symbol::Text(forced.unwrap_or_else(|| symbol.cell_width()));
    }
    let link = symbol
        .strip_prefix("\x1b]8;")
        .and_then(|s| s.split_once("\x1b\\"))
        .and_then(|(_, rest)| rest.strip_suffix("\x1b]8;;\x1b\\"))
        .filter(|text| plain(text) && !text.contains(['\u{FE0F}', '\u{200D}']));
    match link {
        Some(text) => Symbol::Link(forced.unwrap_or_else(|| text.cell_width())),
        None => Symbol::Unsure,
    }
}

/// The one character `symbol` is, if it is one.
fn one_char(symbol: &str) -> Option<char> {
    let mut chars = symbol.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// A ratatui backend writing to `W` (standard output in a terminal, through the
/// frame writer), or to anything when given a fixed size.
#[derive(Debug)]
pub struct CompactBackend<W: Write> {
    out: W,
    /// The size when not asked of the terminal.
    fixed: Option<Size>,
    /// What the terminal shows, row by row, `width` by `height`.
    shown: Vec<Shown>,
    width: u16,
    height: u16,
    /// Where the cursor is, when known.
    cursor: Option<Position>,
    /// The style the terminal writes with.
    pen: Pen,
    /// Whether the pen's foreground was set in the indexed form (`38;5;n`).
    fg_indexed: bool,
    /// Whether the cursor shows, when known.
    cursor_shown: Option<bool>,
    /// Reused for each escape sequence, and for the other way of writing a
    /// change of style.
    scratch: String,
    other: String,
}

impl<W: Write> CompactBackend<W> {
    /// A backend for the terminal on `out`, whose size it asks the terminal.
    pub fn new(out: W) -> Self {
        Self {
            out,
            fixed: None,
            shown: Vec::new(),
            width: 0,
            height: 0,
            cursor: None,
            pen: Pen::DEFAULT,
            fg_indexed: false,
            cursor_shown: None,
            scratch: String::with_capacity(32),
            other: String::with_capacity(32),
        }
    }

    /// A backend for a terminal of this size that is not asked (a recording, a test).
    pub fn with_size(out: W, width: u16, height: u16) -> Self {
        Self {
            fixed: Some(Size { width, height }),
            ..Self::new(out)
        }
    }

    /// The terminal of a fixed size changed size.
    pub fn set_size(&mut self, width: u16, height: u16) {
        self.fixed = Some(Size { width, height });
    }

    /// Forgets what the screen shows: it is not known from now on.
    fn forget(&mut self) {
        self.shown.fill(Shown::Unknown);
    }

    /// Makes the shadow the terminal's size; a size it did not clear for is unknown.
    fn fit(&mut self, size: Size) {
        if (size.width, size.height) != (self.width, self.height) {
            self.width = size.width;
            self.height = size.height;
            self.shown = vec![Shown::Unknown; usize::from(size.width) * usize::from(size.height)];
            self.cursor = None;
        }
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        (x < self.width && y < self.height)
            .then(|| usize::from(y) * usize::from(self.width) + usize::from(x))
    }

    fn put(&mut self, s: &str) -> io::Result<()> {
        self.out.write_all(s.as_bytes())
    }

    /// Moves the cursor to `to` in the fewest bytes, writing cells again when
    /// that is shorter than a move.
    fn move_to(&mut self, to: Position) -> io::Result<()> {
        if self.cursor == Some(to) {
            return Ok(());
        }
        let mut best = std::mem::take(&mut self.scratch);
        best.clear();
        absolute(&mut best, to);
        if let Some(from) = self.cursor {
            let mut other = std::mem::take(&mut self.other);
            for candidate in relative(from, to) {
                other.clear();
                candidate.write(&mut other);
                if other.len() < best.len() {
                    std::mem::swap(&mut best, &mut other);
                }
            }
            self.other = other;
            if from.y == to.y && from.x < to.x && self.refill(from.x, to.x, to.y, best.len())? {
                self.scratch = best;
                self.cursor = Some(to);
                return Ok(());
            }
        }
        let done = self.put(&best);
        self.scratch = best;
        self.cursor = Some(to);
        done
    }

    /// Writes the cells of row `y` from `from` up to `to` again, if it knows them all,
    /// each of one column, plain text, in the pen's style, and that takes fewer than
    /// `under` bytes. Returns whether it did.
    fn refill(&mut self, from: u16, to: u16, y: u16, under: usize) -> io::Result<bool> {
        let (Some(start), Some(end)) = (self.index(from, y), self.index(to, y)) else {
            return Ok(false);
        };
        let mut bytes = 0;
        for shown in &self.shown[start..end] {
            let Shown::Plain(c, pen) = *shown else {
                return Ok(false);
            };
            if pen != self.pen {
                return Ok(false);
            }
            bytes += c.len_utf8();
            if bytes >= under {
                return Ok(false);
            }
        }
        let mut utf8 = [0; 4];
        for shown in &self.shown[start..end] {
            if let Shown::Plain(c, _) = *shown {
                self.out.write_all(c.encode_utf8(&mut utf8).as_bytes())?;
            }
        }
        Ok(true)
    }

    /// Sets the pen to `to` in one SGR sequence, or none if it is already.
    fn set_pen(&mut self, to: Pen) -> io::Result<()> {
        if self.pen == to && !self.needs_fg(to) {
            return Ok(());
        }
        let (mut changes, mut reset) = (
            std::mem::take(&mut self.scratch),
            std::mem::take(&mut self.other),
        );
        changes.clear();
        reset.clear();
        reset.push('0');
        let indexed_after_changes = sgr_change(&mut changes, self.pen, self.fg_indexed, to);
        let after_reset = sgr_change(&mut reset, Pen::DEFAULT, false, to);
        let (params, indexed) = if reset.len() < changes.len() {
            (&reset, after_reset)
        } else {
            (&changes, indexed_after_changes)
        };
        let done = write!(self.out, "\x1b[{params}m");
        self.fg_indexed = indexed;
        (self.scratch, self.other) = (changes, reset);
        self.pen = to;
        done
    }

    /// Whether the foreground must be set again for `to`: bold now, in a colour
    /// set in its short form.
    fn needs_fg(&self, to: Pen) -> bool {
        indexed_fg(to) && !self.fg_indexed
    }

    /// How many blank cells from the first of `cells` on are erased (ECH) rather
    /// than written, if any: a run of cells side by side on one row, blank, all in
    /// one style that shows nothing on a blank but the default background (so that
    /// terminals that erase with the background and those that do not show the
    /// same), over cells it knows hold text of one column, and long enough that
    /// erasing and moving past costs less than writing the spaces.
    fn blank_run(&self, cells: &[(u16, u16, &Cell)]) -> u16 {
        let Some(&(x, y, first)) = cells.first() else {
            return 0;
        };
        let visible = Modifier::REVERSED
            | Modifier::UNDERLINED
            | Modifier::CROSSED_OUT
            | Modifier::SLOW_BLINK
            | Modifier::RAPID_BLINK;
        if first.symbol() != " "
            || first.bg != Color::Reset
            || first.modifier.intersects(visible)
            || first.diff_option != CellDiffOption::None
        {
            return 0;
        }
        let mut n: u16 = 0;
        for (i, &(cx, cy, c)) in cells.iter().enumerate() {
            let side_by_side = cy == y && usize::from(cx) == usize::from(x) + i;
            let known = self
                .index(cx, cy)
                .is_some_and(|at| matches!(self.shown[at], Shown::Plain(..)));
            if !side_by_side || !known || c != first {
                break;
            }
            n += 1;
        }
        // The column after the run must not be the half of a wide character that
        // erasing would cut.
        let cut = self
            .index(x + n, y)
            .is_some_and(|at| x + n < self.width && matches!(self.shown[at], Shown::Covered));
        let digits = |n: u16| n.to_string().len();
        // `CSI n X` and `CSI n C`.
        if cut || n < 2 || 2 * (3 + digits(n)) >= usize::from(n) {
            return 0;
        }
        n
    }

    /// Erases `n` cells from the cursor (at `x`, `y`), which stays there; they show
    /// `blank` (in the pen's style).
    fn erase(&mut self, x: u16, y: u16, n: u16, blank: &Cell) -> io::Result<()> {
        write!(self.out, "\x1b[{n}X")?;
        for c in x..x + n {
            if let Some(at) = self.index(c, y) {
                self.shown[at] = Shown::Plain(' ', Pen::of(blank));
            }
        }
        Ok(())
    }

    /// Writes `cell` where the cursor is (at `x`, `y`) and follows what it did.
    fn print(&mut self, x: u16, y: u16, cell: &Cell) -> io::Result<()> {
        self.out.write_all(cell.symbol().as_bytes())?;
        let (width, plain) = match classify(cell) {
            Symbol::Text(w) => (w, true),
            Symbol::Link(w) => (w, false),
            Symbol::Unsure => {
                // It may have moved the cursor or drawn anywhere.
                self.forget();
                self.cursor = None;
                return Ok(());
            }
        };
        self.cursor = (width == 1 && x + 1 < self.width).then_some(Position { x: x + 1, y });
        let Some(at) = self.index(x, y) else {
            return Ok(());
        };
        let row_end = at - usize::from(x) + usize::from(self.width);
        let end = (at + usize::from(width.max(1))).min(row_end);
        self.shown[at] = match width {
            0 => Shown::Unknown,
            1 if plain => {
                one_char(cell.symbol()).map_or(Shown::Opaque, |c| Shown::Plain(c, Pen::of(cell)))
            }
            _ => Shown::Opaque,
        };
        for covered in &mut self.shown[at + 1..end] {
            *covered = Shown::Covered;
        }
        Ok(())
    }
}

/// The absolute move to `to`: `CSI row ; column H`, the ones left out.
fn absolute(out: &mut String, to: Position) {
    use std::fmt::Write as _;
    let (row, col) = (u32::from(to.y) + 1, u32::from(to.x) + 1);
    let _ = match (row, col) {
        (1, 1) => write!(out, "\x1b[H"),
        (_, 1) => write!(out, "\x1b[{row}H"),
        _ => write!(out, "\x1b[{row};{col}H"),
    };
}

/// One way of moving the cursor from where it is.
#[derive(Clone, Copy)]
enum Step {
    /// Carriage return: column 0 of the row.
    Return,
    /// Cursor next line (`CSI n E`): column 0 of the row `n` below. Not a carriage
    /// return and line feed, though shorter by one: standard output is line
    /// buffered and would send a frame's text up to its last line feed in a write
    /// of its own, the rest in another.
    NextLine(u16),
    Forward(u16),
    Back(u16),
    Up(u16),
    Down(u16),
    /// Column of the row, counted from 0.
    Column(u16),
    /// Row, counted from 0, in the column.
    Row(u16),
}

impl Step {
    fn write(self, out: &mut String) {
        use std::fmt::Write as _;
        let csi = |out: &mut String, n: u32, end: char| {
            let _ = if n == 1 {
                write!(out, "\x1b[{end}")
            } else {
                write!(out, "\x1b[{n}{end}")
            };
        };
        match self {
            Self::Return => out.push('\r'),
            Self::NextLine(n) => csi(out, n.into(), 'E'),
            Self::Forward(n) => csi(out, n.into(), 'C'),
            Self::Back(n) => csi(out, n.into(), 'D'),
            Self::Up(n) => csi(out, n.into(), 'A'),
            Self::Down(n) => csi(out, n.into(), 'B'),
            Self::Column(x) => csi(out, u32::from(x) + 1, 'G'),
            Self::Row(y) => csi(out, u32::from(y) + 1, 'd'),
        }
    }
}

/// A sequence of at most two steps.
struct Steps([Option<Step>; 2]);

impl Steps {
    fn write(&self, out: &mut String) {
        for step in self.0.iter().flatten() {
            step.write(out);
        }
    }
}

/// The relative ways from `from` to `to`: a vertical step, or to the start of a
/// row below, then a horizontal one.
fn relative(from: Position, to: Position) -> Vec<Steps> {
    let across = |x: u16| -> Vec<Option<Step>> {
        let mut ways = vec![Some(Step::Column(to.x))];
        match to.x.cmp(&x) {
            std::cmp::Ordering::Equal => ways.push(None),
            std::cmp::Ordering::Greater => ways.push(Some(Step::Forward(to.x - x))),
            std::cmp::Ordering::Less => ways.push(Some(Step::Back(x - to.x))),
        }
        if to.x == 0 {
            ways.push(Some(Step::Return));
        }
        ways
    };
    let mut downs: Vec<(Option<Step>, u16)> = match to.y.cmp(&from.y) {
        std::cmp::Ordering::Equal => vec![(None, from.x)],
        std::cmp::Ordering::Greater => vec![
            (Some(Step::Down(to.y - from.y)), from.x),
            (Some(Step::Row(to.y)), from.x),
        ],
        std::cmp::Ordering::Less => vec![
            (Some(Step::Up(from.y - to.y)), from.x),
            (Some(Step::Row(to.y)), from.x),
        ],
    };
    if to.y > from.y {
        downs.push((Some(Step::NextLine(to.y - from.y)), 0));
    }
    let mut ways = Vec::new();
    for (vertical, x) in downs {
        for horizontal in across(x) {
            ways.push(Steps([vertical, horizontal]));
        }
    }
    ways
}

/// Whether `pen`'s foreground is one of the eight first colours, bold: written in
/// its indexed form (see `colour`).
fn indexed_fg(pen: Pen) -> bool {
    pen.modifier.contains(Modifier::BOLD) && palette_index(pen.fg).is_some_and(|i| i < 8)
}

/// The SGR parameters taking the terminal from `from` (its foreground in the
/// indexed form when `from_indexed`) to `to`, appended to `out` (after a `;` if it
/// holds some already). What the vt100 family reads first comes first: intensity,
/// italic, underline, inverse, colours; then blinking, hidden, crossed out and the
/// underline colour.
/// Returns whether the foreground is then in its indexed form.
fn sgr_change(out: &mut String, from: Pen, from_indexed: bool, to: Pen) -> bool {
    let mut param = |p: &str| {
        if !out.is_empty() {
            out.push(';');
        }
        out.push_str(p);
    };
    modifier_params(
        &mut param,
        from.modifier,
        to.modifier,
        (Modifier::BOLD | Modifier::DIM, "22"),
        &[
            (Modifier::BOLD, "1", ""),
            (Modifier::DIM, "2", ""),
            (Modifier::ITALIC, "3", "23"),
            (Modifier::UNDERLINED, "4", "24"),
            (Modifier::REVERSED, "7", "27"),
        ],
    );
    // A colour in its indexed form stays as it is when bold goes: both forms are
    // the same colour without bold.
    let mut fg_indexed = from_indexed;
    if from.fg != to.fg || (indexed_fg(to) && !from_indexed) {
        param(&colour(to.fg, 30, indexed_fg(to)));
        fg_indexed = indexed_fg(to);
    }
    if from.bg != to.bg {
        param(&colour(to.bg, 40, false));
    }
    modifier_params(
        &mut param,
        from.modifier,
        to.modifier,
        (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, "25"),
        &[
            (Modifier::SLOW_BLINK, "5", ""),
            (Modifier::RAPID_BLINK, "6", ""),
            (Modifier::HIDDEN, "8", "28"),
            (Modifier::CROSSED_OUT, "9", "29"),
        ],
    );
    if from.underline != to.underline {
        param(&colour(to.underline, 50, true));
    }
    fg_indexed
}

/// The SGR parameters of some modifiers, each `(modifier, on, off)`, from `from` to
/// `to`. Those of `group` have no `off` of their own: the group's one turns them
/// all off, and those of them still wanted are turned on again after it.
fn modifier_params(
    param: &mut impl FnMut(&str),
    from: Modifier,
    to: Modifier,
    (group, group_off): (Modifier, &str),
    modifiers: &[(Modifier, &str, &str)],
) {
    let (removed, added) = (from - to, to - from);
    let group_off_sent = removed.intersects(group);
    if group_off_sent {
        param(group_off);
    }
    for &(m, on, off) in modifiers {
        if removed.contains(m) && !group.contains(m) {
            param(off);
        }
        if added.contains(m) || (group_off_sent && group.contains(m) && to.contains(m)) {
            param(on);
        }
    }
}

/// A colour's number in the terminal's palette, if it has one.
fn palette_index(c: Color) -> Option<u8> {
    Some(match c {
        Color::Reset | Color::Rgb(..) => return None,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) => i,
    })
}

/// The SGR parameters of a colour: foreground from `base` 30, background 40,
/// underline 50 (which has no short form). The eight first colours take their short
/// form (`31`) unless `indexed`; the others, and those when `indexed`, the indexed
/// one (`38;5;1`) as ratatui's crossterm backend writes them all. A bold foreground
/// is indexed: some terminals brighten the short form when bold.
fn colour(c: Color, base: u8, indexed: bool) -> String {
    match (c, palette_index(c)) {
        (Color::Rgb(r, g, b), _) => format!("{};2;{r};{g};{b}", base + 8),
        (_, Some(i)) if i < 8 && !indexed && base < 50 => format!("{}", base + i),
        (_, Some(i)) if (8..16).contains(&i) && base < 50 => format!("{}", base + 60 + i - 8),
        (_, Some(i)) => format!("{};5;{i}", base + 8),
        (_, None) => format!("{}", base + 9),
    }
}

impl<W: Write> Write for CompactBackend<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl<W: Write> Backend for CompactBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // The shadow takes the screen's size when the screen is cleared whole, as
        // ratatui clears it on every resize; only a backend never cleared asks.
        if self.shown.is_empty() {
            let size = self.size()?;
            self.fit(size);
        }
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        let mut last: Option<Position> = None;
        let mut i = 0;
        while let Some(&(x, y, cell)) = cells.get(i) {
            // Right after the cell before it, a cell is written where the cursor
            // stands, as ratatui's backend does, even after a character whose width
            // is in doubt (the trailing column of an emoji it clears).
            if !matches!(last, Some(p) if p.y == y && p.x + 1 == x) {
                self.move_to(Position { x, y })?;
            }
            self.set_pen(Pen::of(cell))?;
            let blanks = self.blank_run(&cells[i..]);
            if blanks > 0 {
                self.erase(x, y, blanks, cell)?;
                // The cursor stays where the erasing began: the next cell moves.
                last = None;
                i += usize::from(blanks);
                continue;
            }
            last = Some(Position { x, y });
            self.print(x, y, cell)?;
            i += 1;
        }
        if self.pen != Pen::DEFAULT {
            self.put("\x1b[m")?;
            self.pen = Pen::DEFAULT;
            self.fg_indexed = false;
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown != Some(false) {
            self.put("\x1b[?25l")?;
            self.cursor_shown = Some(false);
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown != Some(true) {
            self.put("\x1b[?25h")?;
            self.cursor_shown = Some(true);
        }
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        if self.fixed.is_some() {
            return Ok(self.cursor.unwrap_or_default());
        }
        // The answer comes from the terminal: what is queued goes first.
        self.out.flush()?;
        let (x, y) = crossterm::cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.move_to(position.into())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        if clear_type == ClearType::All {
            // Erased cells take the pen's background: the default one.
            if self.pen != Pen::DEFAULT {
                self.put("\x1b[m")?;
                self.pen = Pen::DEFAULT;
                self.fg_indexed = false;
            }
            self.put("\x1b[2J")?;
            let size = self.size()?;
            self.fit(size);
            self.shown.fill(Shown::Plain(' ', Pen::of(&Cell::EMPTY)));
            // Cleared whole after a suspension, when the cursor and its visibility
            // are what the shell left.
            self.cursor = None;
            self.cursor_shown = None;
            return Ok(());
        }
        self.put(match clear_type {
            ClearType::AfterCursor => "\x1b[J",
            ClearType::BeforeCursor => "\x1b[1J",
            ClearType::CurrentLine => "\x1b[2K",
            ClearType::UntilNewLine | ClearType::All => "\x1b[K",
        })?;
        self.forget();
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        for _ in 0..n {
            self.put("\n")?;
        }
        // The screen may have scrolled.
        self.forget();
        self.cursor = None;
        self.out.flush()
    }

    fn size(&self) -> io::Result<Size> {
        if let Some(size) = self.fixed {
            return Ok(size);
        }
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        if let Some(size) = self.fixed {
            return Ok(WindowSize {
                columns_rows: size,
                pixels: Size::default(),
            });
        }
        let terminal::WindowSize {
            columns,
            rows,
            width,
            height,
        } = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: columns,
                height: rows,
            },
            pixels: Size { width, height },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(from: Pen, to: Pen) -> String {
        let mut s = String::new();
        let _ = sgr_change(&mut s, from, indexed_fg(from), to);
        s
    }

    fn pen(fg: Color, bg: Color, modifier: Modifier) -> Pen {
        Pen {
            fg,
            bg,
            underline: Color::Reset,
            modifier,
        }
    }

    #[test]
    fn a_style_change_is_one_sequence_of_what_changed() {
        let plain = pen(Color::Gray, Color::Reset, Modifier::empty());
        let bold = pen(Color::Gray, Color::Blue, Modifier::BOLD);
        assert_eq!(change(plain, bold), "1;38;5;7;44");
        // The indexed form stays: without bold it is the same colour.
        assert_eq!(change(bold, plain), "22;49");
        let rich = pen(Color::Indexed(208), Color::Rgb(1, 2, 3), Modifier::DIM);
        assert_eq!(change(Pen::DEFAULT, rich), "2;38;5;208;48;2;1;2;3");
        let bright = pen(Color::LightRed, Color::DarkGray, Modifier::empty());
        assert_eq!(change(Pen::DEFAULT, bright), "91;100");
        // Bold off, dim stays: intensity is reset and dim set again.
        let both = pen(Color::Reset, Color::Reset, Modifier::BOLD | Modifier::DIM);
        let dim = pen(Color::Reset, Color::Reset, Modifier::DIM);
        assert_eq!(change(both, dim), "22;2");
    }

    #[test]
    fn moves_take_the_shortest_form() {
        let moved = |from: Option<(u16, u16)>, to: (u16, u16)| {
            let mut b = CompactBackend::with_size(Vec::new(), 120, 40);
            b.fit(Size::new(120, 40));
            b.cursor = from.map(Position::from);
            b.move_to(to.into()).unwrap();
            String::from_utf8(b.out).unwrap()
        };
        assert_eq!(moved(None, (0, 0)), "\x1b[H");
        assert_eq!(moved(None, (0, 9)), "\x1b[10H");
        assert_eq!(moved(None, (71, 28)), "\x1b[29;72H");
        assert_eq!(moved(Some((5, 28)), (0, 28)), "\r");
        assert_eq!(moved(Some((5, 28)), (6, 28)), "\x1b[C");
        assert_eq!(moved(Some((5, 28)), (50, 28)), "\x1b[51G");
        assert_eq!(moved(Some((100, 28)), (3, 28)), "\x1b[4G");
        assert_eq!(moved(Some((100, 28)), (0, 29)), "\x1b[E");
        assert_eq!(moved(Some((100, 28)), (0, 31)), "\x1b[3E");
        assert_eq!(moved(Some((100, 28)), (100, 30)), "\x1b[2B");
        assert_eq!(moved(Some((1, 2)), (1, 1)), "\x1b[A");
    }

    #[test]
    fn a_gap_of_known_cells_in_the_pen_is_written_again() {
        let mut b = CompactBackend::with_size(Vec::new(), 20, 2);
        b.clear().unwrap();
        let cells: Vec<Cell> = "abcdef"
            .chars()
            .map(|c| {
                let mut cell = Cell::EMPTY;
                cell.set_char(c);
                cell
            })
            .collect();
        b.draw(cells.iter().enumerate().map(|(x, c)| (x as u16, 0, c)))
            .unwrap();
        b.out.clear();
        let x = Cell::new("X");
        b.draw([(0, 0, &x), (3, 0, &x), (5, 0, &x)].into_iter())
            .unwrap();
        // "bc" is shorter than a move of three columns; "e" than one of two.
        assert_eq!(String::from_utf8(b.out.clone()).unwrap(), "\rXbcXeX");
        // A gap in another style is moved over.
        b.out.clear();
        let mut red = Cell::new("Y");
        red.fg = Color::Red;
        b.draw([(0, 0, &red), (2, 0, &red)].into_iter()).unwrap();
        assert_eq!(
            String::from_utf8(b.out.clone()).unwrap(),
            "\r\x1b[31mY\x1b[CY\x1b[m"
        );
    }

    #[test]
    fn wide_and_linked_cells_are_never_written_again() {
        let mut b = CompactBackend::with_size(Vec::new(), 20, 2);
        b.clear().unwrap();
        let wide = Cell::new("中");
        let mut link = Cell::new("\x1b]8;id=1;https://e.eu\x1b\\e\x1b]8;;\x1b\\");
        link.set_diff_option(CellDiffOption::ForcedWidth(std::num::NonZeroU16::MIN));
        let a = Cell::new("a");
        b.draw([(0, 0, &a), (1, 0, &wide), (3, 0, &link), (4, 0, &a)].into_iter())
            .unwrap();
        b.out.clear();
        b.draw([(0, 0, &a), (4, 0, &a), (5, 0, &a)].into_iter())
            .unwrap();
        assert_eq!(String::from_utf8(b.out.clone()).unwrap(), "\ra\x1b[5Gaa");
    }
}
