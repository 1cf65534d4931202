//! The SWOT as a 2×2 grid of split panes (a column on narrow terminals), each
//! quadrant with its colour, marker, item count and scrollbar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::action::Action;
use crate::app::{App, SwotState};
use crate::keymap::{self, Context};
use crate::place::{Quadrant, quadrant_label, quadrant_marker};
use crate::ui::items::ItemList;

pub struct SwotScreen<'a> {
    pub app: &'a App,
    pub state: &'a SwotState,
}

impl Widget for SwotScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, s) = (self.app, self.state);
        let panes = SwotState::quadrant_panes(area, s.focus, s.zoomed);
        for q in Quadrant::ALL {
            let pane = &panes[q.index()];
            let rect = pane.rect;
            if rect.is_empty() {
                continue;
            }
            let list = app.list(pane);
            let focused = q == s.focus;
            let mut title = format!(
                "{} {} ({})",
                quadrant_marker(q),
                quadrant_label(q, app.lang),
                list.items.len()
            );
            if focused && !s.zoomed {
                let zooms = app.lang.words().screens.zooms;
                title.push_str(&format!(
                    " · {}",
                    keymap::say(Context::Swot, &[Action::Zoom], zooms)
                ));
            }
            ItemList {
                list: &list,
                nav: s.lists[q.index()],
                focused,
                title,
                theme: &app.theme,
                accent: Some(app.theme.swot[q.index()]),
                links: app.hyperlinks,
            }
            .render(rect, buf);
        }
    }
}
