//! How the matrix and the figures screen answer movement: the matrix's cell cursor
//! and horizontal scroll, the figures' chart tabs and bar selection.

use super::{App, FiguresState, MatrixState, ViewState};
use crate::content::figures::chart;
use crate::place::{Chart, Place};
use crate::ui::layout;

impl App {
    pub(super) fn matrix_geometry(&self) -> layout::MatrixGeometry {
        layout::matrix(layout::body(self.size), self.doc.roadmaps.len())
    }

    pub(super) fn figures_rows(&self, data: &crate::content::figures::ChartData) -> usize {
        usize::from(layout::figures(layout::body(self.size), data).rows.height)
    }
}

/// Moves the matrix cursor `delta` columns. Returns whether it moved.
pub(super) fn matrix_col(app: &mut App, delta: isize) -> bool {
    let cols = app.matrix_geometry().cols;
    let roadmaps = app.doc.roadmaps.len();
    let ViewState::Matrix(m) = &mut app.view_mut().state else {
        return false;
    };
    let before = (m.col, m.col_offset);
    m.col = m.col.saturating_add_signed(delta).min(roadmaps);
    fit_matrix_cols(m, cols, roadmaps);
    (m.col, m.col_offset) != before
}

/// Keeps the cursor's roadmap column in view.
pub(super) fn fit_matrix_cols(m: &mut MatrixState, cols: usize, roadmaps: usize) {
    m.col = m.col.min(roadmaps);
    if m.col > 0 {
        let c = m.col - 1;
        if c < m.col_offset {
            m.col_offset = c;
        } else if cols > 0 && c >= m.col_offset + cols {
            m.col_offset = c + 1 - cols;
        }
    }
    m.col_offset = m.col_offset.min(roadmaps.saturating_sub(cols.max(1)));
}

/// What Enter opens on the matrix: the organisation, or the roadmap of the column.
pub(super) fn matrix_target(app: &App, m: &MatrixState) -> Option<Place> {
    if m.col == 0 {
        let o = app.doc.organisations.get(*m.order.get(m.table.selected)?)?;
        return Some(Place::Stakeholder(o.id.clone()));
    }
    app.doc
        .roadmaps
        .get(m.col - 1)
        .map(|r| Place::Roadmap(r.number))
}

/// Switches to the chart `delta` tabs away (wrapping).
pub(super) fn figures_chart(app: &mut App, delta: usize) -> bool {
    let ViewState::Figures(f) = &app.view().state else {
        return false;
    };
    let next = Chart::ALL[(f.chart.index() + delta) % Chart::ALL.len()];
    show_chart(app, next);
    true
}

/// Shows `chart` from its first bar.
pub(super) fn show_chart(app: &mut App, next: Chart) {
    let data = chart(&app.doc, &app.index, next, app.lang);
    if let ViewState::Figures(f) = &mut app.view_mut().state {
        *f = FiguresState {
            chart: next,
            data,
            selected: 0,
            offset: 0,
        };
    }
}

/// Moves the selected bar by `delta`. Returns whether it moved.
pub(super) fn figures_step(app: &mut App, delta: isize) -> bool {
    let ViewState::Figures(f) = &app.view().state else {
        return false;
    };
    let rows = app.figures_rows(&f.data);
    let ViewState::Figures(f) = &mut app.view_mut().state else {
        return false;
    };
    let before = (f.selected, f.offset);
    let bars = f.data.bar_count();
    f.selected = f
        .selected
        .saturating_add_signed(delta)
        .min(bars.saturating_sub(1));
    fit_figures(f, rows);
    (f.selected, f.offset) != before
}

/// Keeps the selected bar in view, with its group's heading when there is room.
pub(super) fn fit_figures(f: &mut FiguresState, rows: usize) {
    let rows = rows.max(1);
    let total = f.data.rows.len();
    f.selected = f.selected.min(f.data.bar_count().saturating_sub(1));
    if let Some(row) = f.data.row_of_bar(f.selected) {
        let heading_above = row > 0 && f.data.bar_at_row(row - 1).is_none();
        let top = if heading_above { row - 1 } else { row };
        if top < f.offset {
            f.offset = top;
        } else if row >= f.offset + rows {
            f.offset = row + 1 - rows;
        }
    }
    f.offset = f.offset.min(total.saturating_sub(rows));
}

/// Rebuilds the chart in the current language and keeps the selection in view.
pub(super) fn refit_figures(app: &mut App) {
    let ViewState::Figures(f) = &app.view().state else {
        return;
    };
    let data = chart(&app.doc, &app.index, f.chart, app.lang);
    let rows = app.figures_rows(&data);
    if let ViewState::Figures(f) = &mut app.view_mut().state {
        f.data = data;
        fit_figures(f, rows);
    }
}
