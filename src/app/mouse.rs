//! Mouse messages: the top layer takes them first; then a click on a breadcrumb
//! goes back to it, and the screen takes the rest. A click selects, a second click
//! opens, the wheel scrolls.

use super::App;
use super::layers::{Kind, Layer};
use super::outcome::Outcome;
use crate::action::Action;
use crate::ui::layout;

impl App {
    pub(super) fn click(&mut self, column: u16, row: u16) -> bool {
        match self.layers.top() {
            // A click anywhere closes the help overlay or the problems list.
            Some(Layer::Help { .. }) => {
                self.layers.close(Kind::Help);
                return true;
            }
            Some(Layer::Problems { .. }) => {
                self.layers.close(Kind::Problems);
                return true;
            }
            Some(Layer::Search(_)) => {
                let size = self.size;
                let outcome = self
                    .layers
                    .search_mut()
                    .map_or(Outcome::Unchanged, |s| s.click(column, row, size));
                if outcome == Outcome::Close {
                    self.layers.close(Kind::Search);
                }
                return self.apply(outcome);
            }
            Some(Layer::Present) => return super::update::act(self, Action::NextSlide),
            Some(Layer::Picker(_)) => return self.click_picker(column, row),
            Some(Layer::Filter) | None => {}
        }
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        if !layout::fits(area) {
            return false;
        }
        let [crumbs, _, _] = layout::chrome(area);
        if row == crumbs.y {
            return self.click_crumb(column);
        }
        let p = self.parts();
        let outcome = p.screen.click(column, row, &p.cx);
        self.apply(outcome)
    }

    /// A click on an option of the picker chooses it; anywhere outside it closes it.
    fn click_picker(&mut self, column: u16, row: u16) -> bool {
        let (doc, lang, body) = (&self.doc, self.lang, layout::body(self.size));
        let Some(geo) = self.layers.picker().map(|p| p.geometry(doc, lang, body)) else {
            return false;
        };
        let at = ratatui::layout::Position::new(column, row);
        let outcome = if geo.list.contains(at) {
            let top = self.layers.len() - 1;
            let p = self.parts();
            match p.layers.get_mut(top) {
                Some(Layer::Picker(picker)) => {
                    picker.click(usize::from(row - geo.list.y), p.screen, &p.cx)
                }
                _ => Outcome::Unchanged,
            }
        } else if geo.frame.contains(at) {
            Outcome::Unchanged
        } else {
            Outcome::Close
        };
        if outcome == Outcome::Close {
            self.layers.close(Kind::Picker);
        }
        self.apply(outcome)
    }

    fn click_crumb(&mut self, column: u16) -> bool {
        let spans = layout::crumb_spans(&self.crumbs(), self.size.0);
        let Some(depth) = spans
            .iter()
            .position(|&(start, end)| column >= start && column < end)
        else {
            return false;
        };
        if depth + 1 >= self.stack.len() {
            return false;
        }
        self.truncate(depth + 1);
        true
    }

    pub(super) fn scroll(&mut self, column: u16, row: u16, lines: i8) -> bool {
        match self.layers.top() {
            Some(
                Layer::Help { .. } | Layer::Problems { .. } | Layer::Search(_) | Layer::Picker(_),
            ) => {
                let a = if lines > 0 { Action::Down } else { Action::Up };
                return super::update::act(self, a);
            }
            Some(Layer::Present) => {
                let a = if lines > 0 {
                    Action::NextSlide
                } else {
                    Action::PrevSlide
                };
                return super::update::act(self, a);
            }
            Some(Layer::Filter) | None => {}
        }
        let dir: isize = if lines > 0 { 1 } else { -1 };
        let mut changed = false;
        for _ in 0..lines.unsigned_abs() {
            let p = self.parts();
            let at = ratatui::layout::Position::new(column, row);
            let outcome = p.screen.scroll(dir, at, &p.cx);
            if outcome == Outcome::Unchanged {
                continue;
            }
            changed |= self.apply(outcome);
        }
        changed
    }
}
