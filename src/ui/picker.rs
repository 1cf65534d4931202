//! The picker: a short bordered list over the table, the option in force
//! selected, what has been typed at its foot.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::app::{App, PickerState};
use crate::ui::layout;
use crate::wrap::truncate;

pub struct PickerOverlay<'a> {
    pub app: &'a App,
    pub state: &'a PickerState,
}

impl Widget for PickerOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, p) = (self.app, self.state);
        let (t, lang) = (&app.theme, app.lang);
        let [_, body, _] = layout::chrome(area);
        let geo = p.geometry(&app.doc, lang, body);
        let frame = geo.frame.intersection(area);
        Clear.render(frame, buf);
        let mut block = Block::bordered()
            .style(t.base)
            .border_style(t.border_focused)
            .title(Span::styled(p.title(lang), t.title));
        if !p.typed.is_empty() {
            block = block.title_bottom(Span::styled(format!(" {}▏", p.typed), t.key));
        }
        let width = usize::from(geo.list.width);
        let rows = usize::from(geo.list.height);
        let lines: Vec<Line> = p
            .labels(&app.doc, lang)
            .into_iter()
            .enumerate()
            .skip(p.nav.offset)
            .take(rows)
            .map(|(i, label)| {
                let text = format!(
                    " {:<w$}",
                    truncate(&label, width.saturating_sub(2)),
                    w = width.saturating_sub(1)
                );
                let style = if i == p.nav.selected {
                    t.selected
                } else {
                    t.base
                };
                Line::from(Span::styled(text, style))
            })
            .collect();
        Paragraph::new(lines).block(block).render(frame, buf);
        crate::ui::scrollbar(
            buf,
            Rect {
                y: frame.y.saturating_add(1),
                height: frame.height.saturating_sub(2),
                ..frame
            },
            p.choices.len().saturating_sub(rows),
            p.nav.offset,
            Some(t.border_focused),
        );
    }
}
