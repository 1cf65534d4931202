//! The SWOT: four quadrants, each an item list with its own scroll position; one
//! has the focus and may be zoomed to the whole body. Drawn by `ui/swot.rs`.

use ratatui::layout::{Position, Rect};

use super::list;
use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::pane::ListPane;
use crate::app::state::{ScreenState, Selection};
use crate::content::fitted::ListSource;
use crate::keymap::Context;
use crate::nav::ListNav;
use crate::place::{Place, Quadrant};
use crate::ui::layout;

/// Which quadrant has the focus, whether it is zoomed, and each quadrant's own
/// scroll position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwotState {
    pub focus: Quadrant,
    pub zoomed: bool,
    pub lists: [ListNav; 4],
}

impl SwotState {
    /// The grid, or with `zoom` that quadrant alone.
    pub fn new(zoom: Option<Quadrant>) -> Self {
        Self {
            focus: zoom.unwrap_or(Quadrant::Strengths),
            zoomed: zoom.is_some(),
            lists: [ListNav::default(); 4],
        }
    }

    /// The quadrants' panes in `area` with `focus` (zoomed or not): the screen's,
    /// and a slide's.
    pub fn quadrant_panes(area: Rect, focus: Quadrant, zoomed: bool) -> Vec<ListPane> {
        let rects = layout::swot(area, focus.index(), zoomed);
        Quadrant::ALL
            .map(|q| ListPane::new(ListSource::Quadrant(q), rects[q.index()]))
            .to_vec()
    }

    fn focused(&mut self, cx: &Ctx) -> (&mut ListNav, ListPane) {
        let i = self.focus.index();
        let pane = self.panes(cx.body).swap_remove(i);
        (&mut self.lists[i], pane)
    }

    /// Gives `quadrant` the focus with its item `item` selected (a search hit).
    pub fn land(&mut self, quadrant: Quadrant, item: Option<usize>) {
        self.focus = quadrant;
        if let Some(i) = item {
            self.lists[quadrant.index()].selected = i;
        }
    }
}

impl ScreenState for SwotState {
    fn place(&self) -> Place {
        Place::Swot(self.zoomed.then_some(self.focus))
    }

    fn context(&self) -> Context {
        if self.zoomed {
            Context::SwotZoom
        } else {
            Context::Swot
        }
    }

    /// Every quadrant in order; hidden ones (beside a zoomed one) with an empty pane.
    fn panes(&self, body: Rect) -> Vec<ListPane> {
        Self::quadrant_panes(body, self.focus, self.zoomed)
    }

    /// The focused quadrant's selected item.
    fn selection(&self, cx: &Ctx) -> Option<Selection> {
        let i = self.focus.index();
        let pane = self.panes(cx.body).swap_remove(i);
        list::selection(&self.lists[i], &pane, cx)
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        let grid = layout::swot_is_grid(cx.body);
        let i = self.focus.index();
        let to = match (action, grid) {
            (Action::Zoom | Action::Open, _) => {
                self.zoomed = !self.zoomed;
                return Outcome::Relayout;
            }
            (Action::NextPane, _) => (i + 1) % 4,
            (Action::PrevPane, _) => (i + 3) % 4,
            (Action::FocusLeft, true) => i & !1,
            (Action::FocusRight, true) => i | 1,
            (Action::FocusUp, true) => i & 1,
            (Action::FocusDown, true) => i | 2,
            // A single column: every direction walks the list.
            (Action::FocusLeft | Action::FocusUp, false) => i.saturating_sub(1),
            (Action::FocusRight | Action::FocusDown, false) => (i + 1).min(3),
            _ => {
                let (nav, pane) = self.focused(cx);
                return list::handle(nav, &pane, action, cx);
            }
        };
        let next = Quadrant::ALL[to];
        if next == self.focus {
            return Outcome::Unchanged;
        }
        self.focus = next;
        Outcome::Relayout
    }

    /// The quadrant under the pointer scrolls, focused or not; elsewhere the
    /// focused one.
    fn scroll(&mut self, dir: isize, at: Position, cx: &Ctx) -> Outcome {
        let panes = self.panes(cx.body);
        let i = panes
            .iter()
            .position(|p| p.rect.contains(at))
            .unwrap_or(self.focus.index());
        list::scroll(&mut self.lists[i], &panes[i], dir, cx)
    }

    /// A click on a quadrant gives it the focus; in the focused one, selects or
    /// follows an item.
    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let at = ratatui::layout::Position::new(column, row);
        let panes = self.panes(cx.body);
        let Some(q) = Quadrant::ALL
            .into_iter()
            .find(|q| panes[q.index()].rect.contains(at))
        else {
            return Outcome::Unchanged;
        };
        if self.focus == q {
            let pane = &panes[q.index()];
            return match list::click(&mut self.lists[q.index()], pane, column, row, cx) {
                Outcome::Pass => Outcome::Unchanged,
                o => o,
            };
        }
        self.focus = q;
        Outcome::Relayout
    }

    fn refit(&mut self, cx: &Ctx) {
        let panes = self.panes(cx.body);
        for (nav, pane) in self.lists.iter_mut().zip(panes) {
            list::refit(nav, &pane, cx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::model::{Lang, load_embedded};

    #[test]
    fn outcomes_of_the_swot() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        a.open(Place::Swot(None));
        let cx = a.ctx();
        let mut s = SwotState::new(None);
        assert_eq!(s.handle(Action::FocusLeft, &cx), Outcome::Unchanged);
        assert_eq!(s.handle(Action::FocusRight, &cx), Outcome::Relayout);
        assert_eq!(s.focus, Quadrant::Weaknesses);
        assert_eq!(s.handle(Action::FocusDown, &cx), Outcome::Relayout);
        assert_eq!(s.focus, Quadrant::Threats);
        assert_eq!(s.handle(Action::NextPane, &cx), Outcome::Relayout);
        assert_eq!(s.focus, Quadrant::Strengths);
        assert_eq!(s.handle(Action::Down, &cx), Outcome::Changed);
        assert_eq!(s.lists[0].selected, 1);
        assert_eq!(s.handle(Action::Zoom, &cx), Outcome::Relayout);
        assert_eq!(s.place(), Place::Swot(Some(Quadrant::Strengths)));
        assert_eq!(s.context(), Context::SwotZoom);
        assert_eq!(s.handle(Action::CycleSort, &cx), Outcome::Pass);
    }
}
