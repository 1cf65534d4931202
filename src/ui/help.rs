//! The help overlay, generated from the keymap table: the rows `App::help_sheet`
//! wraps, so the overlay and its scrolling agree on every row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::Action;
use crate::app::{App, RowKind};
use crate::keymap::{self, Context};

pub struct HelpOverlay<'a> {
    pub app: &'a App,
    pub offset: usize,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let w = &lang.words().screens;
        let ctx = app.help_context();
        let sheet = app.help_sheet();
        let offset = self.offset.min(sheet.max_offset());
        let lines: Vec<Line> = sheet
            .rows
            .iter()
            .skip(offset)
            .take(sheet.visible)
            .map(|r| match r.kind {
                RowKind::Heading => Line::from(Span::styled(r.text.clone(), t.heading)),
                RowKind::Binding => Line::from(vec![
                    Span::styled(
                        format!("  {:<width$}  ", r.keys, width = sheet.key_width),
                        t.key,
                    ),
                    Span::styled(r.text.clone(), t.base),
                ]),
                RowKind::Note => Line::from(Span::styled(r.text.clone(), t.muted)),
            })
            .collect();
        let popup = sheet.popup.intersection(area);
        Clear.render(popup, buf);
        let title = format!(" {} — {} ", w.help, ctx.name(lang));
        let mut block = Block::bordered()
            .style(t.base)
            .border_style(t.border_focused)
            .title(Span::styled(title, t.title))
            .title_bottom(Span::styled(
                format!(
                    " {} ",
                    keymap::say(Context::Help, &[Action::Back], w.closes)
                ),
                t.muted,
            ));
        let scrolls = sheet.rows.len() > sheet.visible;
        if scrolls {
            // Where the reader is, in words too: a scrollbar alone is easy to miss.
            let below = sheet.rows.len().saturating_sub(offset + sheet.visible);
            let more = if below > 0 {
                format!(" ↓ {} ", (lang.words().counts.more_rows)(below))
            } else {
                format!(" ↑ {} ", w.help_end)
            };
            block = block.title_bottom(Line::from(Span::styled(more, t.key)).right_aligned());
        }
        Paragraph::new(lines)
            .block(block)
            .style(t.base)
            .render(popup, buf);
        crate::ui::scrollbar(
            buf,
            Rect {
                y: popup.y.saturating_add(1),
                height: popup.height.saturating_sub(2),
                ..popup
            },
            sheet.max_offset(),
            offset,
            Some(t.border_focused),
        );
    }
}
