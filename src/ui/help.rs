//! The help overlay, generated from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Context};
use crate::ui::layout::centered;

pub struct HelpOverlay<'a> {
    pub app: &'a App,
    pub offset: usize,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let w = &lang.words().screens;
        let ctx = app.view_context();
        let mut lines = Vec::new();
        let mut current = None;
        for b in keymap::help_entries(ctx) {
            if current != Some(b.context) {
                if current.is_some() {
                    lines.push(Line::raw(""));
                }
                current = Some(b.context);
                lines.push(Line::from(Span::styled(b.context.name(lang), t.heading)));
            }
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<18}", keymap::keys_label(b, ctx)), t.key),
                Span::styled(b.help(lang).unwrap_or_default(), t.base),
            ]));
        }
        lines.push(Line::raw(""));
        lines.push(Line::from(Span::styled(
            format!(
                "{} {}",
                w.help_mouse,
                keymap::say(Context::Help, &[Action::Up, Action::Down], w.help_scrolls)
            ),
            t.muted,
        )));
        let popup = centered(area, 78, u16::try_from(lines.len() + 2).unwrap_or(u16::MAX));
        Clear.render(popup, buf);
        let title = format!(" {} — {} ", w.help, ctx.name(lang));
        Paragraph::new(lines)
            .scroll((u16::try_from(self.offset).unwrap_or(u16::MAX), 0))
            .block(
                Block::bordered()
                    .style(t.base)
                    .border_style(t.border_focused)
                    .title(Span::styled(title, t.title))
                    .title_bottom(Span::styled(
                        format!(
                            " {} ",
                            keymap::say(Context::Help, &[Action::Back], w.closes)
                        ),
                        t.muted,
                    )),
            )
            .style(t.base)
            .render(popup, buf);
    }
}
