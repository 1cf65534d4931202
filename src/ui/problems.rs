//! The problems layer: every problem of the reload that failed, wrapped to the
//! width of the screen so that no line is cut, with where the list stands.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Context};
use crate::model::LoadError;

pub struct ProblemsOverlay<'a> {
    pub app: &'a App,
    pub offset: usize,
}

/// How many problems `error` holds.
fn count(error: &LoadError) -> usize {
    match error {
        LoadError::Unreadable { .. } => 1,
        LoadError::Invalid { problems, .. } => problems.len(),
    }
}

impl Widget for ProblemsOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let Some(error) = &app.load_error else {
            return;
        };
        let w = lang.words();
        let laid = crate::app::problems_lay_out(app.problem_lines(), (area.width, area.height));
        let title = format!(
            " ⚠ {}: {} ",
            Context::Problems.name(lang),
            (w.counts.problems)(count(error))
        );
        let keys = format!(
            " {} · {} ",
            keymap::say(
                Context::Problems,
                &[Action::Up, Action::Down],
                w.screens.scrolls
            ),
            keymap::say(Context::Problems, &[Action::Back], w.screens.closes)
        );
        let count = laid.rows.len();
        let first = self.offset.min(laid.max_offset());
        // The lines in view, from the first.
        let mut shown = Vec::new();
        let mut last = first;
        for (i, wrapped) in laid.rows.iter().enumerate().skip(first) {
            if shown.len() >= laid.inner {
                break;
            }
            let style = if laid.snippet.get(i).copied().unwrap_or(false) {
                t.base
            } else {
                t.heading
            };
            for row in wrapped {
                if shown.len() >= laid.inner {
                    break;
                }
                shown.push(Line::from(Span::styled(format!(" {row}"), style)));
            }
            last = i + 1;
        }
        let position = if first == 0 && last >= count {
            String::new()
        } else {
            format!("{}–{}/{count} ", first + 1, last)
        };
        let popup = laid.popup;
        Clear.render(popup, buf);
        Paragraph::new(shown)
            .block(
                Block::bordered()
                    .style(t.base)
                    .border_style(t.border_focused)
                    .title(Span::styled(title, t.title))
                    .title_bottom(Span::styled(format!("{keys}{position}"), t.muted)),
            )
            .style(t.base)
            .render(popup, buf);
    }
}
