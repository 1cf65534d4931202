//! The help overlay, generated from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::Action;
use crate::app::{App, HelpLine};
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
        let ctx = app.help_context();
        let lines: Vec<Line> = crate::app::help_lines(ctx)
            .into_iter()
            .map(|l| match l {
                HelpLine::Heading(c) => Line::from(Span::styled(c.name(lang), t.heading)),
                HelpLine::Binding(b) => Line::from(vec![
                    Span::styled(format!("  {:<18}", keymap::keys_label(b, ctx)), t.key),
                    Span::styled(b.help(lang).unwrap_or_default(), t.base),
                ]),
                HelpLine::Blank => Line::raw(""),
                HelpLine::Mouse => Line::from(Span::styled(
                    format!(
                        "{} {}",
                        w.help_mouse,
                        keymap::say(Context::Help, &[Action::Up, Action::Down], w.help_scrolls)
                    ),
                    t.muted,
                )),
            })
            .collect();
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
