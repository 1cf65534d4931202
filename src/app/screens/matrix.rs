//! The organisation × roadmap matrix: a cell cursor over sorted rows, scrolled
//! sideways when the roadmaps do not all fit. Drawn by `ui/matrix.rs`.

use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::state::{ScreenState, Selection};
use crate::app::table::{self, TableFilter};
use crate::content::sort::{self, MATRIX_FIRST_ROADMAP, OrgFilter, SortKey, matrix_column};
use crate::keymap::Context;
use crate::nav::TableNav;
use crate::place::Place;
use crate::ui::layout;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixState {
    pub table: TableNav,
    /// The cursor's column: 0 is the organisation, 1 its number of roadmaps (Σ),
    /// `MATRIX_FIRST_ROADMAP` + i the roadmap at index i.
    pub col: usize,
    /// The first roadmap column in view (0-based).
    pub col_offset: usize,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: TableFilter,
    /// Organisation indices in display order, filtered.
    pub order: Vec<usize>,
    /// Per roadmap: how many of the organisations listed take part (derived from
    /// `order`, so that a frame does not count them again).
    pub totals: Vec<usize>,
}

impl MatrixState {
    pub fn new(cx: &Ctx) -> Self {
        let mut m = Self {
            table: TableNav::default(),
            col: 0,
            col_offset: 0,
            sort: SortKey::Name,
            descending: false,
            filter: TableFilter::default(),
            order: Vec::new(),
            totals: Vec::new(),
        };
        m.rederive(cx);
        m
    }

    fn geometry(cx: &Ctx) -> layout::MatrixGeometry {
        layout::matrix(cx.body, cx.doc.roadmaps.len())
    }

    /// The roadmap (index) of the cursor's column, if it is a roadmap's.
    pub fn roadmap_col(&self) -> Option<usize> {
        self.col.checked_sub(MATRIX_FIRST_ROADMAP)
    }

    /// What Enter opens: the organisation (on its name or its Σ), or the roadmap of
    /// the column.
    fn target(&self, cx: &Ctx) -> Option<Place> {
        let Some(ri) = self.roadmap_col() else {
            let o = cx
                .doc
                .organisations
                .get(*self.order.get(self.table.selected)?)?;
            return Some(Place::Stakeholder(o.id.clone()));
        };
        cx.doc.roadmaps.get(ri).map(|r| Place::Roadmap(r.number))
    }

    /// Moves the cursor `delta` columns.
    fn move_col(&mut self, delta: isize, cx: &Ctx) -> Outcome {
        let before = (self.col, self.col_offset);
        let roadmaps = cx.doc.roadmaps.len();
        self.col = self
            .col
            .saturating_add_signed(delta)
            .min(roadmaps + MATRIX_FIRST_ROADMAP - 1);
        self.fit_cols(Self::geometry(cx).cols, roadmaps);
        Outcome::changed((self.col, self.col_offset) != before)
    }

    /// Keeps the cursor's roadmap column in view.
    fn fit_cols(&mut self, cols: usize, roadmaps: usize) {
        self.col = self.col.min(roadmaps + MATRIX_FIRST_ROADMAP - 1);
        if let Some(c) = self.roadmap_col() {
            if c < self.col_offset {
                self.col_offset = c;
            } else if cols > 0 && c >= self.col_offset + cols {
                self.col_offset = c + 1 - cols;
            }
        }
        self.col_offset = self.col_offset.min(roadmaps.saturating_sub(cols.max(1)));
    }

    /// Sorts again, from the top of the table.
    fn resort(&mut self, cx: &Ctx) {
        let order = self.sorted(cx);
        let rows = Self::geometry(cx).rows;
        table::resort(&mut self.table, &mut self.order, order, rows);
    }

    fn sorted(&self, cx: &Ctx) -> Vec<usize> {
        let filter = OrgFilter {
            text: &self.filter.text,
            ..OrgFilter::default()
        };
        sort::filtered_organisations(cx.doc, cx.index, self.sort, self.descending, filter)
    }
}

impl ScreenState for MatrixState {
    fn place(&self) -> Place {
        Place::Matrix
    }

    fn context(&self) -> Context {
        Context::Matrix
    }

    /// The selected organisation's name, whichever column the cursor is on.
    fn selection(&self, cx: &Ctx) -> Option<Selection> {
        let o = cx
            .doc
            .organisations
            .get(*self.order.get(self.table.selected)?)?;
        Some(Selection::text(o.name.to_string()))
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        let rows = Self::geometry(cx).rows;
        match action {
            Action::Open => self.target(cx).map_or(Outcome::Unchanged, Outcome::Push),
            Action::FocusLeft => self.move_col(-1, cx),
            Action::FocusRight => self.move_col(1, cx),
            // `S` sorts by the column under the cursor, in the direction it reads
            // best; on the column already sorted by, it reverses (as in csvlens).
            Action::CycleSort => {
                let key = matrix_column(self.col);
                if !sort::org_column_varies(cx.doc, cx.index, key, &self.order) {
                    return Outcome::Unchanged;
                }
                if key == self.sort {
                    self.descending = !self.descending;
                } else {
                    self.sort = key;
                    self.descending = key.reads_descending();
                }
                self.resort(cx);
                Outcome::Changed
            }
            Action::ReverseSort => {
                self.descending = !self.descending;
                self.resort(cx);
                Outcome::Changed
            }
            _ => table::movement(&mut self.table, action, self.order.len(), rows),
        }
    }

    /// A click on a cell selects it; on the selected cell, opens it.
    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let Some((r, c)) = Self::geometry(cx).cell_at(column, row) else {
            return Outcome::Unchanged;
        };
        let idx = self.table.offset + r;
        let col = if c < MATRIX_FIRST_ROADMAP {
            c
        } else {
            self.col_offset + c
        };
        if idx >= self.order.len() {
            return Outcome::Unchanged;
        }
        if (idx, col) == (self.table.selected, self.col) {
            return self.handle(Action::Open, cx);
        }
        self.table.selected = idx;
        self.col = col;
        Outcome::Changed
    }

    fn filter(&self) -> Option<&TableFilter> {
        Some(&self.filter)
    }

    fn filter_mut(&mut self) -> Option<&mut TableFilter> {
        Some(&mut self.filter)
    }

    fn refit(&mut self, cx: &Ctx) {
        let g = Self::geometry(cx);
        self.table
            .select(self.table.selected, self.order.len(), g.rows);
        self.fit_cols(g.cols, cx.doc.roadmaps.len());
    }

    /// The order and totals again, from the document (after a reload).
    fn rederive(&mut self, cx: &Ctx) {
        self.order = self.sorted(cx);
        self.totals = sort::roadmap_totals(cx.doc, cx.index, &self.order);
        self.table.select(
            self.table.selected,
            self.order.len(),
            Self::geometry(cx).rows,
        );
    }

    /// Sorts and filters again, keeping the selected organisation when still listed.
    fn reorder(&mut self, cx: &Ctx) {
        let order = self.sorted(cx);
        self.totals = sort::roadmap_totals(cx.doc, cx.index, &order);
        let rows = Self::geometry(cx).rows;
        table::reorder(&mut self.table, &mut self.order, order, rows);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::app::Screen;
    use crate::model::{Lang, load_embedded};

    fn matrix(a: &App) -> &MatrixState {
        match a.screen() {
            Screen::Matrix(m) => m,
            s => panic!("not on the matrix: {s:?}"),
        }
    }

    #[test]
    fn outcomes_of_the_matrix() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        a.open(Place::Matrix);
        let first = a.doc.organisations[matrix(&a).order[0]].id.clone();
        let roadmaps = a.doc.roadmaps.len();
        let cx = a.ctx();
        let mut m = matrix(&a).clone();
        assert_eq!(m.handle(Action::Up, &cx), Outcome::Unchanged);
        assert_eq!(m.handle(Action::Down, &cx), Outcome::Changed);
        assert_eq!(m.handle(Action::Up, &cx), Outcome::Changed);
        assert_eq!(
            m.handle(Action::Open, &cx),
            Outcome::Push(Place::Stakeholder(first))
        );
        // Σ, the organisation's count of roadmaps, opens the organisation too.
        assert_eq!(m.handle(Action::FocusRight, &cx), Outcome::Changed);
        assert!(matches!(
            m.handle(Action::Open, &cx),
            Outcome::Push(Place::Stakeholder(_))
        ));
        assert_eq!(m.handle(Action::CycleSort, &cx), Outcome::Changed);
        assert_eq!((m.sort, m.descending), (SortKey::Roadmaps, true));
        assert_eq!(m.handle(Action::FocusRight, &cx), Outcome::Changed);
        assert_eq!(
            m.handle(Action::Open, &cx),
            Outcome::Push(Place::Roadmap(1))
        );
        for _ in 0..roadmaps + 3 {
            m.handle(Action::FocusRight, &cx);
        }
        assert_eq!(m.col, roadmaps + 1);
        assert_eq!(m.handle(Action::FocusRight, &cx), Outcome::Unchanged);
        assert_eq!(m.handle(Action::CycleSort, &cx), Outcome::Changed);
        assert_eq!(m.sort, SortKey::InRoadmap(roadmaps - 1));
        // Nothing filtered: Back is the app's, to leave the screen.
        assert_eq!(m.handle(Action::Back, &cx), Outcome::Pass);
        assert_eq!(m.handle(Action::Zoom, &cx), Outcome::Pass);
        m.filter.text = "zzzz-nothing".into();
        m.reorder(&cx);
        assert!(m.order.is_empty());
        // A filtered table: Back shows it whole again (the screens' shared rule).
        let mut screen = Screen::Matrix(m);
        assert_eq!(screen.handle(Action::Back, &cx), Outcome::Changed);
        let Screen::Matrix(m) = screen else {
            panic!("still the matrix");
        };
        assert_eq!(m.order.len(), a.doc.organisations.len());
        assert!(m.filter.text.is_empty());
    }
}

#[cfg(test)]
mod totals {
    use crate::action::{Action, Msg};
    use crate::app::{App, Screen, update};
    use crate::model::{Lang, load_embedded};
    use crate::place::Place;

    fn totals(app: &App) -> (Vec<usize>, Vec<usize>) {
        let Screen::Matrix(m) = app.screen() else {
            panic!("not on the matrix");
        };
        let counted = (0..app.doc.roadmaps.len())
            .map(|ri| {
                m.order
                    .iter()
                    .filter(|&&o| app.index.role_in(&app.doc, o, ri).is_some())
                    .count()
            })
            .collect();
        (m.totals.clone(), counted)
    }

    #[test]
    fn matrix_totals_follow_the_filter_and_the_data() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        a.open(Place::Matrix);
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        update(&mut a, Msg::Action(Action::Filter));
        for c in "univ".chars() {
            update(&mut a, Msg::Input(c));
        }
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        assert!(kept.iter().sum::<usize>() < a.index.roadmap_org_counts.iter().sum());
        let mut loaded = load_embedded().unwrap();
        loaded.doc.roadmaps[0].stakeholders.truncate(1);
        a.reload(Ok(loaded));
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        update(&mut a, Msg::Action(Action::Back));
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        assert_eq!(kept, a.index.roadmap_org_counts);
    }
}
