//! A bordered, scrolling list of content items with a scrollbar. The selected item
//! is marked by a bar in the left margin beside each of its lines and its text is
//! set in bold: reversing every line of a long paragraph would hide what it says.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use crate::content::fitted::FittedList;
use crate::content::{ItemKind, heights};
use crate::nav::{LineMap, Lines, ListNav};
use crate::ui::layout;
use crate::ui::theme::Theme;

pub struct ItemList<'a> {
    /// Measured for the pane's text width; measured again here if it is not.
    pub list: &'a FittedList,
    pub nav: ListNav,
    pub focused: bool,
    pub title: String,
    pub theme: &'a Theme,
    /// A colour of its own (SWOT quadrants): border and title; thick when focused.
    pub accent: Option<Style>,
    /// Web addresses drawn as OSC 8 hyperlinks: on in a terminal, off in `render`,
    /// snapshots and tests of the drawn text.
    pub links: bool,
}

/// Makes the characters of `row` an OSC 8 hyperlink to `url`: each cell holds one
/// character between the link's opening and closing sequences, all with one id
/// so that a terminal treats the wrapped lines as one link, and a forced width of
/// one column so that the sequences take no room. Only a web address of plain
/// printable ASCII is linked (what a URI holds, non-ASCII percent-encoded): no
/// control character, no shown escape, nothing a terminal could misread.
fn link(buf: &mut Buffer, row: Rect, url: &str) {
    if !crate::content::is_web_link(url) || !url.chars().all(|c| c.is_ascii_graphic()) {
        return;
    }
    let id = url.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    for x in row.left()..row.right() {
        let Some(cell) = buf.cell_mut((x, row.y)) else {
            continue;
        };
        let ch = cell.symbol().to_owned();
        if ch.trim().is_empty() || ch.chars().count() != 1 || !ch.is_ascii() {
            continue;
        }
        cell.set_symbol(&format!("\x1b]8;id={id:x};{url}\x1b\\{ch}\x1b]8;;\x1b\\"));
        cell.set_diff_option(CellDiffOption::ForcedWidth(NonZeroU16::MIN));
    }
}

/// The first item in a view of `rows` lines from line `offset`, the line it starts
/// on, and the list's lines for the scrollbar (`total` counts them all; it is asked
/// only when the view is past the end, which has counted them already).
fn start<L: Lines>(
    lines: &L,
    offset: usize,
    rows: usize,
    total: fn(&L) -> usize,
    scroll_total: fn(&L) -> usize,
) -> (usize, usize, usize) {
    // Down to the bottom of the view, so that what the scrollbar is told is at
    // least what is shown.
    lines.clamp(offset, rows);
    match lines.item_at(offset) {
        Some(i) => (i, lines.top(i), scroll_total(lines)),
        None => (lines.len(), total(lines), total(lines)),
    }
}

impl Widget for ItemList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let (border, title) = match (self.accent, self.focused) {
            (Some(a), true) => (a.add_modifier(Modifier::BOLD), t.focused(a)),
            (Some(a), false) => (a, a.add_modifier(Modifier::BOLD)),
            (None, true) => (t.border_focused, t.title),
            (None, false) => (t.border, t.title),
        };
        let kind = if self.accent.is_some() && self.focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        };
        let block = Block::bordered()
            .border_type(kind)
            .border_style(border)
            .title(Span::styled(format!(" {} ", self.title), title));
        block.render(area, buf);
        let text_area = layout::list_text(area);
        let (rows, width) = (usize::from(text_area.height), usize::from(text_area.width));
        if rows == 0 || width == 0 {
            return;
        }
        let items = &self.list.items;
        let end = self.nav.offset + rows;
        // Only the items in view are wrapped, and the list measured only down to
        // them: the list may hold thousands.
        let (mut i, mut line_no, total) = if self.list.width == width {
            start(
                self.list,
                self.nav.offset,
                rows,
                FittedList::total,
                FittedList::scroll_total,
            )
        } else {
            let map = LineMap::new(&heights(items, width));
            start(&map, self.nav.offset, rows, LineMap::total, LineMap::total)
        };
        while i < items.len() && line_no < end {
            let item = &items[i];
            let prev = i.checked_sub(1).map(|p| items[p].kind);
            let lines = item.lines(width, prev);
            let selected = i == self.nav.selected;
            let style = match item.kind {
                ItemKind::Heading => t.heading,
                ItemKind::Link(_) => t.link,
                ItemKind::Figure => t.figure,
                ItemKind::Note => t.muted,
                ItemKind::Paragraph | ItemKind::Bullet(_) | ItemKind::Marker(_) => t.base,
            };
            let blank_before = usize::from(
                lines.first().is_some_and(String::is_empty) && item.kind == ItemKind::Heading,
            );
            for (j, l) in lines.iter().enumerate() {
                let n = line_no + j;
                if n >= self.nav.offset && n < end {
                    let y = text_area.y + (n - self.nav.offset) as u16;
                    let is_text = !(l.is_empty() && (j < blank_before || j + 1 == lines.len()));
                    let marked = selected && is_text;
                    let st = if marked && self.focused {
                        style.add_modifier(Modifier::BOLD)
                    } else {
                        style
                    };
                    let row = Rect::new(text_area.x, y, text_area.width, 1);
                    if marked && let Some(cell) = buf.cell_mut((text_area.x.saturating_sub(1), y)) {
                        let bar = if self.focused { t.key } else { t.muted };
                        cell.set_symbol("▌").set_style(bar);
                    }
                    Line::from(Span::styled(l.as_str(), st)).render(row, buf);
                    if self.links
                        && let Some(url) = item.url.as_deref()
                        && item.text == url
                    {
                        link(buf, row, url);
                    }
                }
            }
            line_no += lines.len();
            i += 1;
        }
        // A collapsed one-line pane shows its first item, not a scrollbar.
        if rows > 1 {
            crate::ui::scrollbar(
                buf,
                area.inner(Margin {
                    vertical: 1,
                    horizontal: 0,
                }),
                total.saturating_sub(rows),
                self.nav.offset,
                None,
            );
        }
    }
}
