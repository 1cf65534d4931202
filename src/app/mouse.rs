//! Mouse messages: a click selects, a second click opens, the wheel scrolls; a
//! click on a breadcrumb goes back to it.

use super::charts;
use super::lists::{content_focused, with_focused};
use super::search;
use super::update::{act, open, refit, step, table_nav};
use super::{App, Pane, ViewState};
use crate::action::Action;
use crate::content::SECTIONS;
use crate::nav::ListNav;
use crate::place::{Chart, Quadrant};
use crate::ui::layout;

pub(super) fn click(app: &mut App, column: u16, row: u16) -> bool {
    if app.search.is_some() && app.help.is_none() {
        let geo = layout::search(layout::full(app.size));
        let at = ratatui::layout::Position::new(column, row);
        if !geo.frame.contains(at) {
            app.search = None;
            return true;
        }
        return geo.results.contains(at)
            && search::click_row(app, usize::from(row - geo.results.y));
    }
    if app.present.active && app.help.is_none() {
        return act(app, Action::NextSlide);
    }
    let area = ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1);
    if !layout::fits(area) || app.help.is_some() {
        // A click anywhere closes the help overlay.
        return app.help.take().is_some();
    }
    let [crumbs, body, _] = layout::chrome(area);
    if row == crumbs.y {
        return click_crumb(app, column);
    }
    let matrix = app.matrix_geometry();
    match &mut app.view_mut().state {
        ViewState::Matrix(m) => {
            let Some((r, c)) = matrix.cell_at(column, row) else {
                return false;
            };
            let (idx, col) = (
                m.table.offset + r,
                if c == 0 { 0 } else { m.col_offset + c },
            );
            if idx >= m.order.len() {
                return false;
            }
            if (idx, col) == (m.table.selected, m.col) {
                return open(app);
            }
            m.table.selected = idx;
            m.col = col;
            true
        }
        ViewState::Figures(f) => {
            let g = layout::figures(body, &f.data);
            if row == g.tabs.y {
                return click_tab(app, column, g.tabs);
            }
            let at = ratatui::layout::Position::new(column, row);
            if !g.rows.contains(at) {
                return false;
            }
            let Some(bar) = f.data.bar_at_row(f.offset + usize::from(row - g.rows.y)) else {
                return false;
            };
            if bar == f.selected {
                return open(app);
            }
            f.selected = bar;
            true
        }
        ViewState::Overview(s) => {
            let [_, _, table] = layout::overview(body);
            let Some(r) = layout::table_row_at(table, column, row) else {
                return false;
            };
            let idx = s.table.offset + r;
            click_row(app, idx)
        }
        ViewState::Stakeholders(s) => {
            let Some(r) = layout::table_row_at(body, column, row) else {
                return false;
            };
            let idx = s.table.offset + r;
            click_row(app, idx)
        }
        ViewState::Roadmap(s) => {
            let [_, sections, content] = layout::roadmap(body);
            if let Some(line) = layout::content_line_at(sections, column, row) {
                if line >= SECTIONS.len() {
                    return false;
                }
                if s.section == line {
                    s.focus = Pane::Content;
                } else {
                    s.section = line;
                    s.focus = Pane::Sections;
                    s.content = ListNav::default();
                }
                return true;
            }
            let Some(line) = layout::content_line_at(content, column, row) else {
                return false;
            };
            s.focus = Pane::Content;
            click_item(app, line)
        }
        ViewState::Swot(s) => {
            let rects = layout::swot(body, s.focus.index(), s.zoomed);
            let at = ratatui::layout::Position::new(column, row);
            let Some(q) = Quadrant::ALL
                .into_iter()
                .find(|q| rects[q.index()].contains(at))
            else {
                return false;
            };
            if s.focus == q {
                let Some(line) = layout::content_line_at(rects[q.index()], column, row) else {
                    return false;
                };
                return click_item(app, line);
            }
            s.focus = q;
            refit(app);
            true
        }
        ViewState::Area(_) | ViewState::Document(_) | ViewState::Stakeholder(_) => {
            let [_, content] = layout::detail(body);
            let Some(line) = layout::content_line_at(content, column, row) else {
                return false;
            };
            click_item(app, line)
        }
    }
}

/// A click on a chart's tab shows that chart.
fn click_tab(app: &mut App, column: u16, tabs: ratatui::layout::Rect) -> bool {
    let spans = crate::ui::figures::tab_spans(app.lang, tabs);
    let Some(i) = spans
        .iter()
        .position(|&(start, end)| column >= start && column < end)
    else {
        return false;
    };
    let chart = Chart::ALL[i];
    if matches!(&app.view().state, ViewState::Figures(f) if f.chart == chart) {
        return false;
    }
    charts::show_chart(app, chart);
    true
}

/// A click on a table row selects it; a click on the selected row opens it.
fn click_row(app: &mut App, idx: usize) -> bool {
    let len = match &app.view().state {
        ViewState::Overview(s) => s.order.len(),
        ViewState::Stakeholders(s) => s.order.len(),
        _ => return false,
    };
    if idx >= len {
        return false;
    }
    let Some(t) = table_nav(app) else {
        return false;
    };
    if t.selected == idx {
        return open(app);
    }
    t.selected = idx;
    true
}

/// A click on a content line selects its item; on the selected item, follows its link.
fn click_item(app: &mut App, line: usize) -> bool {
    let follow = with_focused(app, |nav, list, rows| {
        let idx = list.lines.item_at(nav.offset + line)?;
        if nav.selected == idx && list.items[idx].target.is_some() {
            return Some(true);
        }
        nav.selected = idx;
        nav.refit_in(&list.lines, rows);
        Some(false)
    });
    match follow.flatten() {
        Some(true) => open(app),
        Some(false) => true,
        None => false,
    }
}

fn click_crumb(app: &mut App, column: u16) -> bool {
    let spans = crate::ui::chrome::crumb_spans(app);
    let Some(depth) = spans
        .iter()
        .position(|&(start, end)| column >= start && column < end)
    else {
        return false;
    };
    if depth + 1 >= app.stack.len() {
        return false;
    }
    app.stack.truncate(depth + 1);
    refit(app);
    true
}

pub(super) fn scroll(app: &mut App, lines: i8) -> bool {
    if app.help.is_some() || app.search.is_some() {
        let a = if lines > 0 { Action::Down } else { Action::Up };
        return act(app, a);
    }
    if app.present.active {
        let a = if lines > 0 {
            Action::NextSlide
        } else {
            Action::PrevSlide
        };
        return act(app, a);
    }
    let dir: isize = if lines > 0 { 1 } else { -1 };
    let mut changed = false;
    for _ in 0..lines.unsigned_abs() {
        changed |= if content_focused(app) {
            let Some(moved) = with_focused(app, |nav, list, rows| {
                nav.scroll_line_in(dir, &list.lines, rows)
            }) else {
                return changed;
            };
            moved
        } else {
            step(app, dir)
        };
    }
    changed
}
