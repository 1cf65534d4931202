//! The table of organisations: sorted by any column, narrowed by typed words, a
//! kind or a roadmap. Drawn by `ui/stakeholders.rs`.

use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::state::{ScreenState, Selection};
use crate::app::table::{self, TableFilter};
use crate::content::choices::{Choice, Facet};
use crate::content::sort::{self, OrgFilter, SORT_KEYS, SortKey};
use crate::keymap::Context;
use crate::model::Metric;
use crate::model::OrgKind;
use crate::nav::TableNav;
use crate::place::Place;
use crate::ui::columns::{figure_cell, roadmap_numbers};
use crate::ui::layout;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholdersState {
    pub table: TableNav,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: TableFilter,
    /// Only organisations of this kind.
    pub kind: Option<OrgKind>,
    /// Only organisations linked to this roadmap.
    pub roadmap: Option<u8>,
    /// Organisation indices in display order (derived from the sort and the filters,
    /// kept to avoid sorting on every frame).
    pub order: Vec<usize>,
}

impl StakeholdersState {
    pub fn new(cx: &Ctx) -> Self {
        let mut s = Self {
            table: TableNav::default(),
            sort: SortKey::Name,
            descending: false,
            filter: TableFilter::default(),
            kind: None,
            roadmap: None,
            order: Vec::new(),
        };
        s.order = sort::organisations(cx.doc, cx.index, s.sort, s.descending);
        s
    }

    fn rows(cx: &Ctx) -> usize {
        let [table, _] = layout::stakeholders(cx.body);
        layout::table_rows(table)
    }

    /// Sorts again, from the top of the table.
    fn resort(&mut self, cx: &Ctx) {
        let order = self.sorted(cx);
        table::resort(&mut self.table, &mut self.order, order, Self::rows(cx));
    }

    fn sorted(&self, cx: &Ctx) -> Vec<usize> {
        let filter = OrgFilter {
            text: &self.filter.text,
            kind: self.kind,
            roadmap: self.roadmap,
        };
        sort::filtered_organisations(cx.doc, cx.index, self.sort, self.descending, filter)
    }
}

impl ScreenState for StakeholdersState {
    fn place(&self) -> Place {
        Place::Stakeholders
    }

    fn context(&self) -> Context {
        Context::Stakeholders
    }

    /// The selected organisation's row: its name, then each column with a value,
    /// figures whole with their year.
    fn selection(&self, cx: &Ctx) -> Option<Selection> {
        let i = *self.order.get(self.table.selected)?;
        let o = cx.doc.organisations.get(i)?;
        let mut parts = vec![o.name.to_string()];
        for key in SORT_KEYS {
            let value = match key {
                SortKey::Name | SortKey::InRoadmap(_) => continue,
                SortKey::Kind => o.kind.label(cx.lang).to_owned(),
                SortKey::Place => o.place.as_deref().unwrap_or_default().to_owned(),
                SortKey::Turnover => figure_cell(o, Metric::Turnover, false, cx.lang, true),
                SortKey::Employees => figure_cell(o, Metric::Employees, false, cx.lang, true),
                SortKey::Roadmaps => roadmap_numbers(cx.index, i),
            };
            if !value.is_empty() {
                parts.push(format!("{}: {value}", key.label(cx.lang)));
            }
        }
        Some(Selection::text(parts.join(" · ")))
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        match action {
            Action::Open => self
                .order
                .get(self.table.selected)
                .and_then(|&i| cx.doc.organisations.get(i))
                .map_or(Outcome::Unchanged, |o| {
                    Outcome::Push(Place::Stakeholder(o.id.clone()))
                }),
            Action::CycleSort => {
                let (doc, index, rows) = (cx.doc, cx.index, &self.order);
                let sorted = table::next_sort(
                    SORT_KEYS,
                    &mut self.sort,
                    &mut self.descending,
                    |k| sort::org_column_varies(doc, index, k, rows),
                    SortKey::reads_descending,
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
            // A narrowed table shows itself whole again before Back leaves it.
            Action::Back if self.kind.is_some() || self.roadmap.is_some() => {
                self.kind = None;
                self.roadmap = None;
                self.filter.text.clear();
                self.reorder(cx);
                Outcome::Changed
            }
            _ => table::movement(&mut self.table, action, self.order.len(), Self::rows(cx)),
        }
    }

    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let [table, _] = layout::stakeholders(cx.body);
        let Some(r) = layout::table_row_at(table, column, row) else {
            return Outcome::Unchanged;
        };
        let (orgs, order) = (&cx.doc.organisations, &self.order);
        table::click(&mut self.table, r, order.len(), |i| {
            orgs.get(order[i]).map(|o| Place::Stakeholder(o.id.clone()))
        })
    }

    fn filter(&self) -> Option<&TableFilter> {
        Some(&self.filter)
    }

    fn filter_mut(&mut self) -> Option<&mut TableFilter> {
        Some(&mut self.filter)
    }

    fn refit(&mut self, cx: &Ctx) {
        self.table
            .select(self.table.selected, self.order.len(), Self::rows(cx));
    }

    fn rederive(&mut self, cx: &Ctx) {
        self.order = self.sorted(cx);
        self.refit(cx);
    }

    /// Sorts and filters again, keeping the selected organisation when still listed.
    fn reorder(&mut self, cx: &Ctx) {
        let order = self.sorted(cx);
        table::reorder(&mut self.table, &mut self.order, order, Self::rows(cx));
    }

    fn chosen(&self, facet: Facet) -> Option<Choice> {
        Some(facet.current(self.kind, self.roadmap))
    }

    /// `K` and `R` choose from a list: only one kind, or only one roadmap.
    fn choose(&mut self, facet: Facet, choice: Choice, cx: &Ctx) -> bool {
        let before = (self.kind, self.roadmap);
        match (facet, choice) {
            (Facet::Kind, Choice::All) => self.kind = None,
            (Facet::Kind, Choice::Kind(k)) => self.kind = Some(k),
            (Facet::Roadmap, Choice::All) => self.roadmap = None,
            (Facet::Roadmap, Choice::Roadmap(n)) => self.roadmap = Some(n),
            _ => {}
        }
        if (self.kind, self.roadmap) == before {
            return false;
        }
        self.reorder(cx);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::model::{Lang, load_embedded};

    #[test]
    fn outcomes_of_the_stakeholder_table() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        a.open(Place::Stakeholders);
        let cx = a.ctx();
        let mut s = StakeholdersState::new(&cx);
        let first = a.doc.organisations[s.order[0]].id.clone();
        assert_eq!(
            s.handle(Action::Open, &cx),
            Outcome::Push(Place::Stakeholder(first))
        );
        assert_eq!(s.handle(Action::Back, &cx), Outcome::Pass);
        // `R` is the app's: it opens a picker, which chooses through `choose`.
        assert_eq!(s.handle(Action::PickRoadmap, &cx), Outcome::Pass);
        assert_eq!(s.chosen(Facet::Roadmap), Some(Choice::All));
        assert!(s.choose(Facet::Roadmap, Choice::Roadmap(1), &cx));
        assert!(!s.choose(Facet::Roadmap, Choice::Roadmap(1), &cx));
        assert_eq!(s.roadmap, Some(1));
        assert_eq!(s.chosen(Facet::Roadmap), Some(Choice::Roadmap(1)));
        assert!(s.order.len() < a.doc.organisations.len());
        // Back first shows the whole table again, then leaves it.
        assert_eq!(s.handle(Action::Back, &cx), Outcome::Changed);
        assert_eq!(s.roadmap, None);
        assert_eq!(s.order.len(), a.doc.organisations.len());
        assert_eq!(s.handle(Action::Back, &cx), Outcome::Pass);
        assert_eq!(s.handle(Action::FocusLeft, &cx), Outcome::Pass);
    }
}
