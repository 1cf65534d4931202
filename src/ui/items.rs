//! A bordered, scrolling list of content items with a scrollbar. The selected item
//! is marked by a bar in the left margin beside each of its lines and its text is
//! set in bold: reversing every line of a long paragraph would hide what it says.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};

use std::borrow::Cow;

use crate::content::fitted::FittedList;
use crate::content::{ItemKind, heights};
use crate::nav::{LineMap, ListNav};
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
}

impl Widget for ItemList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let (border, title) = match (self.accent, self.focused) {
            (Some(a), true) => (a.add_modifier(Modifier::BOLD), a.add_modifier(t.focus)),
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
        let map = if self.list.width == width {
            Cow::Borrowed(&self.list.lines)
        } else {
            Cow::Owned(LineMap::new(&heights(items, width)))
        };
        let end = self.nav.offset + rows;
        let total = map.total();
        // Only the items in view are wrapped: the list may hold thousands.
        let mut i = map.item_at(self.nav.offset).unwrap_or(items.len());
        let mut line_no = if i < items.len() { map.top(i) } else { total };
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
                }
            }
            line_no += lines.len();
            i += 1;
        }
        // A collapsed one-line pane shows its first item, not a scrollbar.
        if total > rows && rows > 1 {
            let mut state =
                ScrollbarState::new(total.saturating_sub(rows)).position(self.nav.offset);
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .render(
                    area.inner(Margin {
                        vertical: 1,
                        horizontal: 0,
                    }),
                    buf,
                    &mut state,
                );
        }
    }
}
