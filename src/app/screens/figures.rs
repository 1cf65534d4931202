//! The figures screen: one bar chart per tab, a selected bar that opens what it
//! stands for. Drawn by `ui/figures.rs`.

use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::state::ScreenState;
use crate::app::table;
use crate::content::figures::{ChartData, chart};
use crate::keymap::Context;
use crate::place::{Chart, Place};
use crate::ui::layout;

/// Which chart, its data, the selected bar and the first row in view.
#[derive(Debug, Clone, PartialEq)]
pub struct FiguresState {
    pub chart: Chart,
    /// Derived from the document and the language; rebuilt when either changes.
    pub data: ChartData,
    pub selected: usize,
    pub offset: usize,
}

impl FiguresState {
    /// `chart` from its first bar.
    pub fn new(chart_shown: Chart, cx: &Ctx) -> Self {
        Self {
            chart: chart_shown,
            data: chart(cx.doc, cx.index, chart_shown, cx.lang),
            selected: 0,
            offset: 0,
        }
    }

    fn rows(&self, cx: &Ctx) -> usize {
        usize::from(layout::figures(cx.body, &self.data).rows.height)
    }

    /// Shows `next` from its first bar.
    fn show(&mut self, next: Chart, cx: &Ctx) -> Outcome {
        *self = Self::new(next, cx);
        Outcome::Changed
    }

    /// Moves the selected bar by `delta`.
    fn step(&mut self, delta: isize, cx: &Ctx) -> Outcome {
        let before = (self.selected, self.offset);
        let bars = self.data.bar_count();
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(bars.saturating_sub(1));
        self.fit(self.rows(cx));
        Outcome::changed((self.selected, self.offset) != before)
    }

    /// Keeps the selected bar in view, with its group's heading when there is room.
    pub fn fit(&mut self, rows: usize) {
        let rows = rows.max(1);
        let total = self.data.rows.len();
        self.selected = self.selected.min(self.data.bar_count().saturating_sub(1));
        if let Some(row) = self.data.row_of_bar(self.selected) {
            let heading_above = row > 0 && self.data.bar_at_row(row - 1).is_none();
            let top = if heading_above { row - 1 } else { row };
            if top < self.offset {
                self.offset = top;
            } else if row >= self.offset + rows {
                self.offset = row + 1 - rows;
            }
        }
        self.offset = self.offset.min(total.saturating_sub(rows));
    }
}

impl ScreenState for FiguresState {
    fn place(&self) -> Place {
        Place::Figures(self.chart)
    }

    fn context(&self) -> Context {
        Context::Figures
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        if let Some(delta) = table::step(action, self.rows(cx)) {
            return self.step(delta, cx);
        }
        match action {
            Action::NextPane => {
                self.show(Chart::ALL[(self.chart.index() + 1) % Chart::ALL.len()], cx)
            }
            Action::PrevPane => {
                let n = Chart::ALL.len();
                self.show(Chart::ALL[(self.chart.index() + n - 1) % n], cx)
            }
            Action::Open => self
                .data
                .bar(self.selected)
                .and_then(|b| b.target.clone())
                .map_or(Outcome::Unchanged, Outcome::Push),
            _ => Outcome::Pass,
        }
    }

    /// A click on a tab shows its chart; on a bar selects it, on the selected bar
    /// opens it.
    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let g = layout::figures(cx.body, &self.data);
        if row == g.tabs.y {
            let spans = layout::tab_spans(cx.lang, g.tabs);
            let Some(i) = spans
                .iter()
                .position(|&(start, end)| column >= start && column < end)
            else {
                return Outcome::Unchanged;
            };
            if Chart::ALL[i] == self.chart {
                return Outcome::Unchanged;
            }
            return self.show(Chart::ALL[i], cx);
        }
        if !g.rows.contains(ratatui::layout::Position::new(column, row)) {
            return Outcome::Unchanged;
        }
        let Some(bar) = self
            .data
            .bar_at_row(self.offset + usize::from(row - g.rows.y))
        else {
            return Outcome::Unchanged;
        };
        if bar == self.selected {
            return self.handle(Action::Open, cx);
        }
        self.selected = bar;
        Outcome::Changed
    }

    fn refit(&mut self, cx: &Ctx) {
        self.fit(self.rows(cx));
    }

    /// The chart again, from the document in the current language.
    fn rederive(&mut self, cx: &Ctx) {
        self.data = chart(cx.doc, cx.index, self.chart, cx.lang);
        self.refit(cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::model::{Lang, load_embedded};

    #[test]
    fn outcomes_of_the_figures() {
        let a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        let cx = a.ctx();
        let mut f = FiguresState::new(Chart::EuContribution, &cx);
        assert_eq!(f.handle(Action::Up, &cx), Outcome::Unchanged);
        assert_eq!(f.handle(Action::Down, &cx), Outcome::Changed);
        assert_eq!(f.selected, 1);
        assert!(matches!(f.handle(Action::Open, &cx), Outcome::Push(_)));
        assert_eq!(f.handle(Action::NextPane, &cx), Outcome::Changed);
        assert_eq!(f.chart, Chart::ALL[1]);
        assert_eq!(f.selected, 0);
        assert_eq!(f.handle(Action::PrevPane, &cx), Outcome::Changed);
        assert_eq!(f.handle(Action::PrevPane, &cx), Outcome::Changed);
        assert_eq!(f.chart, Chart::ALL[Chart::ALL.len() - 1]);
        assert_eq!(f.handle(Action::CycleSort, &cx), Outcome::Pass);
    }
}
