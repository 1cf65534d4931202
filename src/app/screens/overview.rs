//! The overview: the table of roadmaps, sorted and filtered. Drawn by
//! `ui/overview.rs`.

use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::state::{ScreenState, Selection};
use crate::app::table::{self, TableFilter};
use crate::content::sort::{self, ROADMAP_SORT_KEYS, RoadmapSort};
use crate::keymap::Context;
use crate::nav::TableNav;
use crate::place::Place;
use crate::ui::layout;

/// The overview's roadmap table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewState {
    pub table: TableNav,
    pub sort: RoadmapSort,
    pub descending: bool,
    pub filter: TableFilter,
    /// Roadmap indices in display order, filtered.
    pub order: Vec<usize>,
    /// Whether the keys move through the sector's figures instead of the table.
    pub figures_focused: bool,
    /// The first line of the sector's figures in view.
    pub figures_offset: usize,
}

impl OverviewState {
    pub fn new(cx: &Ctx) -> Self {
        let mut s = Self {
            table: TableNav::default(),
            sort: RoadmapSort::Number,
            descending: false,
            filter: TableFilter::default(),
            order: Vec::new(),
            figures_focused: false,
            figures_offset: 0,
        };
        s.order = s.sorted(cx);
        s
    }

    /// Where the table is: below the title and the summary.
    fn table_area(cx: &Ctx) -> ratatui::layout::Rect {
        layout::overview(cx.body, cx.doc, cx.lang).table
    }

    fn rows(cx: &Ctx) -> usize {
        layout::table_rows(Self::table_area(cx))
    }

    fn target(&self, row: usize, cx: &Ctx) -> Outcome {
        self.order
            .get(row)
            .and_then(|&i| cx.doc.roadmaps.get(i))
            .map_or(Outcome::Unchanged, |r| {
                Outcome::Push(Place::Roadmap(r.number))
            })
    }

    /// The first line of the sector's figures that can be at the top, and the lines
    /// in view.
    fn figures_room(cx: &Ctx) -> (usize, usize) {
        let g = layout::overview(cx.body, cx.doc, cx.lang);
        let lines =
            crate::content::overview::sector_lines(cx.doc, cx.lang, usize::from(cx.body.width))
                .len();
        let rows = layout::sector_rows(g.figures);
        (lines.saturating_sub(rows), rows)
    }

    /// Moves through the sector's figures.
    fn scroll_figures(&mut self, action: Action, cx: &Ctx) -> Outcome {
        let (last, rows) = Self::figures_room(cx);
        let before = self.figures_offset;
        let page = rows.max(1);
        self.figures_offset = match action {
            Action::Up => before.saturating_sub(1),
            Action::Down => before.saturating_add(1),
            Action::PageUp => before.saturating_sub(page),
            Action::PageDown => before.saturating_add(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return Outcome::Pass,
        }
        .min(last);
        Outcome::changed(self.figures_offset != before)
    }

    /// Sorts again, from the top of the table.
    fn resort(&mut self, cx: &Ctx) {
        let order = self.sorted(cx);
        table::resort(&mut self.table, &mut self.order, order, Self::rows(cx));
    }

    fn sorted(&self, cx: &Ctx) -> Vec<usize> {
        sort::roadmaps(
            cx.doc,
            cx.index,
            self.sort,
            self.descending,
            &self.filter.text,
        )
    }
}

impl ScreenState for OverviewState {
    fn place(&self) -> Place {
        Place::Overview
    }

    fn context(&self) -> Context {
        Context::Overview
    }

    /// The selected roadmap's number and title.
    fn selection(&self, cx: &Ctx) -> Option<Selection> {
        let r = cx.doc.roadmaps.get(*self.order.get(self.table.selected)?)?;
        Some(Selection::text(format!("{} {}", r.number, r.title)))
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        if self.figures_focused {
            let moved = self.scroll_figures(action, cx);
            if !matches!(moved, Outcome::Pass) {
                return moved;
            }
        }
        match action {
            // Tab moves between the table and the sector's figures when these scroll.
            Action::NextPane | Action::PrevPane => {
                let scrolls = Self::figures_room(cx).0 > 0;
                let focused = scrolls && !self.figures_focused;
                let changed = focused != self.figures_focused;
                self.figures_focused = focused;
                Outcome::changed(changed)
            }
            Action::Back if self.figures_focused => {
                self.figures_focused = false;
                Outcome::Changed
            }
            Action::Open => self.target(self.table.selected, cx),
            Action::CycleSort => {
                let (doc, index, rows) = (cx.doc, cx.index, &self.order);
                let sorted = table::next_sort(
                    ROADMAP_SORT_KEYS,
                    &mut self.sort,
                    &mut self.descending,
                    |k| sort::roadmap_column_varies(doc, index, k, rows),
                    RoadmapSort::reads_descending,
                );
                if sorted {
                    self.resort(cx);
                }
                Outcome::changed(sorted)
            }
            Action::ReverseSort => {
                self.descending = !self.descending;
                self.resort(cx);
                Outcome::Changed
            }
            _ => table::movement(&mut self.table, action, self.order.len(), Self::rows(cx)),
        }
    }

    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let Some(r) = layout::table_row_at(Self::table_area(cx), column, row) else {
            return Outcome::Unchanged;
        };
        let roadmaps = &cx.doc.roadmaps;
        let order = &self.order;
        table::click(&mut self.table, r, order.len(), |i| {
            roadmaps.get(order[i]).map(|r| Place::Roadmap(r.number))
        })
    }

    fn filter(&self) -> Option<&TableFilter> {
        Some(&self.filter)
    }

    fn filter_mut(&mut self) -> Option<&mut TableFilter> {
        Some(&mut self.filter)
    }

    fn refit(&mut self, cx: &Ctx) {
        let (last, _) = Self::figures_room(cx);
        self.figures_offset = self.figures_offset.min(last);
        self.figures_focused &= last > 0;
        self.table
            .select(self.table.selected, self.order.len(), Self::rows(cx));
    }

    fn rederive(&mut self, cx: &Ctx) {
        self.order = self.sorted(cx);
        self.refit(cx);
    }

    /// Sorts and filters again, keeping the selected roadmap when still listed.
    fn reorder(&mut self, cx: &Ctx) {
        let order = self.sorted(cx);
        table::reorder(&mut self.table, &mut self.order, order, Self::rows(cx));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, Screen};
    use crate::model::{Lang, load_embedded};

    #[test]
    fn outcomes_of_the_overview() {
        let a = App::new(load_embedded().unwrap(), Lang::En, (120, 40));
        let Screen::Overview(s) = a.screen() else {
            panic!("the root is the overview");
        };
        let cx = a.ctx();
        let mut s = s.clone();
        assert_eq!(
            s.handle(Action::Open, &cx),
            Outcome::Push(Place::Roadmap(1))
        );
        assert_eq!(s.handle(Action::Down, &cx), Outcome::Changed);
        assert_eq!(
            s.handle(Action::Open, &cx),
            Outcome::Push(Place::Roadmap(2))
        );
        assert_eq!(s.handle(Action::Bottom, &cx), Outcome::Changed);
        assert_eq!(s.handle(Action::Bottom, &cx), Outcome::Unchanged);
        assert_eq!(s.handle(Action::CycleSort, &cx), Outcome::Changed);
        assert_eq!(s.sort, RoadmapSort::Title);
        // The selected roadmap stays selected in the new order.
        let last = a.doc.roadmaps.len() - 1;
        assert_eq!(s.order[s.table.selected], last);
        assert_eq!(s.handle(Action::Back, &cx), Outcome::Pass);
        assert_eq!(s.handle(Action::Zoom, &cx), Outcome::Pass);
    }
}
