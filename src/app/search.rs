//! The search layer: a query typed over the whole document, its hits grouped by
//! kind, and the keys, typing and clicks
//! that choose one. `layers.rs` opens the overlay and lands on the hit.

use nucleo_matcher::Matcher;

use super::outcome::Outcome;
use crate::action::Action;
use crate::model::Lang;
use crate::search::{Hit, HitKind, SearchIndex};
use crate::ui::layout;

/// The overlay's query, its hits and the chosen one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    /// The chosen hit.
    pub selected: usize,
    /// The first row in view (rows are group headings and hits).
    pub offset: usize,
}

/// A row of the results: a group heading or a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultRow {
    Group(HitKind, usize),
    Hit(usize),
}

impl SearchState {
    /// The rows shown: each group's heading with its count, then its hits.
    pub fn rows(&self) -> Vec<ResultRow> {
        let mut rows = Vec::with_capacity(self.hits.len() + 8);
        let mut i = 0;
        while i < self.hits.len() {
            let kind = self.hits[i].kind;
            let n = self.hits[i..].iter().take_while(|h| h.kind == kind).count();
            rows.push(ResultRow::Group(kind, n));
            rows.extend((i..i + n).map(ResultRow::Hit));
            i += n;
        }
        rows
    }

    /// Keeps the chosen hit in view, with its group's heading when there is room.
    fn fit(&mut self, visible: usize) {
        let visible = visible.max(1);
        let rows = self.rows();
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        if let Some(row) = rows
            .iter()
            .position(|r| *r == ResultRow::Hit(self.selected))
        {
            let top = if row > 0 && matches!(rows[row - 1], ResultRow::Group(..)) {
                row - 1
            } else {
                row
            };
            if top < self.offset {
                self.offset = top;
            } else if row >= self.offset + visible {
                self.offset = row + 1 - visible;
            }
        }
        self.offset = self.offset.min(rows.len().saturating_sub(visible));
    }

    /// Answers `action` with `rows` result rows in view; `Pass` when it is not the
    /// overlay's.
    pub fn handle(
        &mut self,
        action: Action,
        rows: usize,
        index: &SearchIndex,
        lang: Lang,
        matcher: &mut Matcher,
    ) -> Outcome {
        let before = (self.selected, self.offset);
        let last = self.hits.len().saturating_sub(1);
        let page = rows.saturating_sub(1).max(1);
        match action {
            Action::Back | Action::OpenSearch => return Outcome::Close,
            Action::Open => return self.go(),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(page),
            Action::PageDown => self.selected = (self.selected + page).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::DeleteChar => {
                return Outcome::changed(self.edit(index, lang, matcher, |q| {
                    q.pop();
                }));
            }
            Action::ClearInput => {
                return Outcome::changed(self.edit(index, lang, matcher, String::clear));
            }
            _ => return Outcome::Pass,
        }
        self.fit(rows);
        Outcome::changed((self.selected, self.offset) != before)
    }

    /// Changes the query and searches again: the first hit is chosen.
    pub fn edit(
        &mut self,
        index: &SearchIndex,
        lang: Lang,
        matcher: &mut Matcher,
        change: impl FnOnce(&mut String),
    ) -> bool {
        let before = self.query.clone();
        change(&mut self.query);
        if self.query == before {
            return false;
        }
        self.hits = index.query(&self.query, lang, matcher);
        self.selected = 0;
        self.offset = 0;
        true
    }

    /// A click on row `row` of the results: chooses a hit, or on the chosen one, goes.
    pub fn click_row(&mut self, row: usize) -> Outcome {
        match self.rows().get(self.offset + row) {
            Some(ResultRow::Hit(i)) if *i == self.selected => self.go(),
            Some(ResultRow::Hit(i)) => {
                self.selected = *i;
                Outcome::Changed
            }
            _ => Outcome::Unchanged,
        }
    }

    /// A click at (`column`, `row`) on a screen of `size`: outside the overlay
    /// closes it, on a result chooses or goes.
    pub fn click(&mut self, column: u16, row: u16, size: (u16, u16)) -> Outcome {
        let geo = layout::search(layout::full(size));
        let at = ratatui::layout::Position::new(column, row);
        if !geo.frame.contains(at) {
            return Outcome::Close;
        }
        if !geo.results.contains(at) {
            return Outcome::Unchanged;
        }
        self.click_row(usize::from(row - geo.results.y))
    }

    /// Enter: go to the chosen hit.
    fn go(&self) -> Outcome {
        self.hits
            .get(self.selected)
            .cloned()
            .map_or(Outcome::Unchanged, Outcome::Land)
    }
}

/// Result rows in view on a screen of `size`.
pub fn result_rows(size: (u16, u16)) -> usize {
    usize::from(layout::search(layout::full(size)).results.height)
}
