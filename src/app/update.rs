//! `update`: every message's effect on the state, without I/O or drawing.

use super::charts::{self, matrix_target};
use super::{App, Pane, RoadmapState, ViewState};
use super::{present, search, tables};
use crate::action::{Action, Msg};
use crate::content::{self, Item, SECTIONS};
use crate::keymap::Context;
use crate::nav::{ListNav, TableNav};
use crate::place::{Chart, Place, Quadrant};
use crate::ui::layout;

/// Applies one message. Returns whether anything visible changed.
pub fn update(app: &mut App, msg: Msg) -> bool {
    match msg {
        Msg::Action(a) => act(app, a),
        Msg::Resize { width, height } => {
            app.size = (width, height);
            refit(app);
            true
        }
        Msg::Click { column, row } => click(app, column, row),
        Msg::Input(c) => match app.context() {
            Context::Search => search::input(app, c),
            Context::Filter => tables::edit_filter(app, |t| t.push(c)),
            _ => false,
        },
        Msg::Scroll { lines, .. } => scroll(app, lines),
    }
}

fn act(app: &mut App, action: Action) -> bool {
    if let Some(offset) = app.help {
        return help_action(app, offset, action);
    }
    if app.search.is_some()
        && let Some(changed) = search::act(app, action)
    {
        return changed;
    }
    if app.present.active
        && let Some(changed) = present::act(app, action)
    {
        return changed;
    }
    if app.filter().is_some_and(|f| f.editing) {
        match action {
            Action::Open => return tables::finish_filter(app, true),
            Action::Back => return tables::finish_filter(app, false),
            Action::DeleteChar => {
                return tables::edit_filter(app, |t| {
                    t.pop();
                });
            }
            Action::ClearInput => return tables::edit_filter(app, String::clear),
            _ => {}
        }
    }
    match action {
        Action::Back if tables::clear_filters(app) => {}
        Action::Filter => return tables::start_filter(app),
        Action::OpenSearch => app.open_search(""),
        Action::TogglePresent => return present::start(app),
        Action::CycleKind => return tables::cycle_kind(app),
        Action::CycleRoadmap => return tables::cycle_roadmap(app),
        // Typing and slide keys mean nothing outside a filter or a presentation.
        Action::DeleteChar
        | Action::ClearInput
        | Action::NextSlide
        | Action::PrevSlide
        | Action::Digit(_) => return false,
        Action::Quit => app.quit = true,
        Action::Back => {
            if app.stack.len() <= 1 {
                return false;
            }
            app.stack.pop();
            refit(app);
        }
        Action::Up => return step(app, -1),
        Action::Down => return step(app, 1),
        Action::PageUp => return page(app, -1),
        Action::PageDown => return page(app, 1),
        Action::Top => return step(app, isize::MIN / 2),
        Action::Bottom => return step(app, isize::MAX / 2),
        Action::Open => return open(app),
        Action::FocusLeft | Action::FocusRight
            if matches!(app.view().state, ViewState::Matrix(_)) =>
        {
            return charts::matrix_col(app, if action == Action::FocusLeft { -1 } else { 1 });
        }
        Action::NextPane | Action::PrevPane
            if matches!(app.view().state, ViewState::Figures(_)) =>
        {
            let delta = if action == Action::NextPane {
                1
            } else {
                Chart::ALL.len() - 1
            };
            return charts::figures_chart(app, delta);
        }
        Action::NextPane | Action::PrevPane if matches!(app.view().state, ViewState::Swot(_)) => {
            let delta = if action == Action::NextPane { 1 } else { 3 };
            return swot_focus(app, |q, _| Quadrant::ALL[(q.index() + delta) % 4]);
        }
        Action::FocusLeft | Action::FocusRight | Action::FocusUp | Action::FocusDown => {
            return swot_focus(app, |q, grid| {
                let i = q.index();
                let target = match (action, grid) {
                    (Action::FocusLeft, true) => i & !1,
                    (Action::FocusRight, true) => i | 1,
                    (Action::FocusUp, true) => i & 1,
                    (Action::FocusDown, true) => i | 2,
                    // A single column: every direction walks the list.
                    (Action::FocusLeft | Action::FocusUp, false) => i.saturating_sub(1),
                    _ => (i + 1).min(3),
                };
                Quadrant::ALL[target]
            });
        }
        Action::Zoom => return toggle_zoom(app),
        Action::NextPane | Action::PrevPane => {
            let ViewState::Roadmap(s) = &mut app.view_mut().state else {
                return false;
            };
            let next = if action == Action::NextPane {
                Pane::Content
            } else {
                Pane::Sections
            };
            if s.focus == next {
                return false;
            }
            s.focus = next;
        }
        Action::OpenRoadmap(n) => {
            if app.index.roadmap(&app.doc, n).is_none() || *app.place() == Place::Roadmap(n) {
                return false;
            }
            app.push(Place::Roadmap(n));
        }
        Action::GoOverview => {
            if app.stack.len() == 1 {
                return false;
            }
            app.stack.truncate(1);
        }
        Action::GoStakeholders
        | Action::GoDocument
        | Action::GoSwot
        | Action::GoMatrix
        | Action::GoFigures => {
            let place = match action {
                Action::GoDocument => Place::Document,
                Action::GoSwot => Place::Swot(None),
                Action::GoMatrix => Place::Matrix,
                Action::GoFigures => Place::Figures(Chart::EuContribution),
                _ => Place::Stakeholders,
            };
            // Already there (on any quadrant or chart): nothing to do.
            if std::mem::discriminant(app.place()) == std::mem::discriminant(&place) {
                return false;
            }
            app.push(place);
        }
        Action::CycleSort | Action::ReverseSort => return tables::sort(app, action),
        Action::ToggleHelp => app.help = Some(0),
        Action::ToggleMouse => app.mouse = !app.mouse,
        Action::ToggleLang => {
            app.lang = app.lang.toggle();
            refit(app);
        }
        Action::CycleTheme => {
            // Without colour every theme looks the same.
            if app.no_color {
                return false;
            }
            app.set_theme(app.theme_name.next(), false);
        }
    }
    true
}

fn help_action(app: &mut App, offset: usize, action: Action) -> bool {
    let context = app.view_context();
    let max = app.help_lines(context).saturating_sub(1);
    let new = match action {
        Action::ToggleHelp | Action::Back => {
            app.help = None;
            return true;
        }
        Action::Quit => {
            app.quit = true;
            return true;
        }
        // The same as without the overlay: the screen beneath re-fits to the new text.
        Action::ToggleLang | Action::ToggleMouse | Action::CycleTheme => {
            app.help = None;
            act(app, action);
            app.help = Some(offset);
            return true;
        }
        Action::Up => offset.saturating_sub(1),
        Action::Down | Action::PageDown => (offset + 1).min(max),
        Action::PageUp | Action::Top => 0,
        Action::Bottom => max,
        _ => return false,
    };
    app.help = Some(new);
    new != offset
}

/// Moves the SWOT focus to the quadrant `to` picks (given the current one and
/// whether the quadrants form a grid).
fn swot_focus(app: &mut App, to: impl Fn(Quadrant, bool) -> Quadrant) -> bool {
    let grid = layout::swot_is_grid(layout::body(app.size));
    let ViewState::Swot(s) = &mut app.view_mut().state else {
        return false;
    };
    let next = to(s.focus, grid);
    if next == s.focus {
        return false;
    }
    s.focus = next;
    refit(app);
    true
}

fn toggle_zoom(app: &mut App) -> bool {
    let ViewState::Swot(s) = &mut app.view_mut().state else {
        return false;
    };
    s.zoomed = !s.zoomed;
    refit(app);
    true
}

/// Moves the selection of the focused list or table by `delta` items.
fn step(app: &mut App, delta: isize) -> bool {
    if content_focused(app) {
        let Some((items, rows, width)) = app.current_items() else {
            return false;
        };
        let heights = content::heights(&items, width);
        return current_nav(app).is_some_and(|n| n.move_by(delta, &heights, rows));
    }
    if matches!(app.view().state, ViewState::Figures(_)) {
        return charts::figures_step(app, delta);
    }
    let table_rows = app.table_viewport();
    match &mut app.view_mut().state {
        ViewState::Overview(s) => s.table.move_by(delta, s.order.len(), table_rows),
        ViewState::Stakeholders(s) => s.table.move_by(delta, s.order.len(), table_rows),
        ViewState::Matrix(m) => m.table.move_by(delta, m.order.len(), table_rows),
        ViewState::Roadmap(s) => {
            let before = s.section;
            s.section = clamp_add(s.section, delta, SECTIONS.len());
            if s.section != before {
                s.content = ListNav::default();
            }
            s.section != before
        }
        _ => false,
    }
}

fn page(app: &mut App, dir: isize) -> bool {
    if content_focused(app) {
        let Some((items, rows, width)) = app.current_items() else {
            return false;
        };
        let heights = content::heights(&items, width);
        let Some(nav) = current_nav(app) else {
            return false;
        };
        let mut changed = false;
        for _ in 0..rows.saturating_sub(1).max(1) {
            changed |= nav.scroll_line(dir, &heights, rows);
        }
        changed
    } else {
        let rows = app.table_viewport();
        step(app, dir * rows.saturating_sub(1).max(1).cast_signed())
    }
}

/// Whether the focus is on a scrolling item list (not a table or the section list).
fn content_focused(app: &App) -> bool {
    match &app.view().state {
        ViewState::Roadmap(s) => s.focus == Pane::Content,
        ViewState::Area(_)
        | ViewState::Document(_)
        | ViewState::Stakeholder(_)
        | ViewState::Swot(_) => true,
        ViewState::Overview(_)
        | ViewState::Stakeholders(_)
        | ViewState::Matrix(_)
        | ViewState::Figures(_) => false,
    }
}

fn current_nav(app: &mut App) -> Option<&mut ListNav> {
    match &mut app.view_mut().state {
        ViewState::Roadmap(RoadmapState { content: n, .. })
        | ViewState::Area(n)
        | ViewState::Document(n)
        | ViewState::Stakeholder(n) => Some(n),
        ViewState::Swot(s) => Some(&mut s.lists[s.focus.index()]),
        _ => None,
    }
}

fn table_nav(app: &mut App) -> Option<&mut TableNav> {
    match &mut app.view_mut().state {
        ViewState::Overview(s) => Some(&mut s.table),
        ViewState::Stakeholders(s) => Some(&mut s.table),
        ViewState::Matrix(m) => Some(&mut m.table),
        _ => None,
    }
}

fn clamp_add(value: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    value.saturating_add_signed(delta).min(len - 1)
}

/// Enter: open what is selected.
fn open(app: &mut App) -> bool {
    let target = match &app.view().state {
        ViewState::Swot(_) => return toggle_zoom(app),
        ViewState::Overview(s) => s
            .order
            .get(s.table.selected)
            .and_then(|&i| app.doc.roadmaps.get(i))
            .map(|r| Place::Roadmap(r.number)),
        ViewState::Stakeholders(s) => s
            .order
            .get(s.table.selected)
            .and_then(|&i| app.doc.organisations.get(i))
            .map(|o| Place::Stakeholder(o.id.clone())),
        ViewState::Matrix(m) => matrix_target(app, m),
        ViewState::Figures(f) => f.data.bars().nth(f.selected).and_then(|b| b.target.clone()),
        ViewState::Roadmap(s) if s.focus == Pane::Sections => {
            if let ViewState::Roadmap(s) = &mut app.view_mut().state {
                s.focus = Pane::Content;
            }
            return true;
        }
        ViewState::Roadmap(RoadmapState { content: nav, .. })
        | ViewState::Area(nav)
        | ViewState::Document(nav)
        | ViewState::Stakeholder(nav) => {
            let selected = nav.selected;
            app.current_items()
                .and_then(|(items, _, _)| items.into_iter().nth(selected))
                .and_then(|i| i.target)
        }
    };
    match target {
        Some(place) => {
            app.push(place);
            true
        }
        None => false,
    }
}

/// Keeps every offset valid after the size or the content changed.
pub(super) fn refit(app: &mut App) {
    if let ViewState::Swot(s) = &app.view().state {
        let body = layout::body(app.size);
        let rects = layout::swot(body, s.focus.index(), s.zoomed);
        let fitted: Vec<(Vec<usize>, usize)> = Quadrant::ALL
            .iter()
            .map(|q| {
                let (rows, width) = layout::content_viewport(rects[q.index()]);
                (
                    content::heights(&content::swot_items(&app.doc, *q), width),
                    rows,
                )
            })
            .collect();
        if let ViewState::Swot(s) = &mut app.view_mut().state {
            for (nav, (heights, rows)) in s.lists.iter_mut().zip(fitted) {
                nav.refit(&heights, rows);
            }
        }
        return;
    }
    if matches!(app.view().state, ViewState::Figures(_)) {
        charts::refit_figures(app);
        return;
    }
    let rows = app.table_viewport();
    let items = app.current_items();
    let roadmaps = app.doc.roadmaps.len();
    let cols = app.matrix_geometry().cols;
    match &mut app.view_mut().state {
        ViewState::Overview(s) => {
            let len = s.order.len();
            s.table.select(s.table.selected, len, rows);
        }
        ViewState::Stakeholders(s) => {
            let len = s.order.len();
            s.table.select(s.table.selected, len, rows);
        }
        ViewState::Matrix(m) => {
            let len = m.order.len();
            m.table.select(m.table.selected, len, rows);
            charts::fit_matrix_cols(m, cols, roadmaps);
        }
        ViewState::Swot(_) | ViewState::Figures(_) => {}
        ViewState::Roadmap(RoadmapState { content: nav, .. })
        | ViewState::Area(nav)
        | ViewState::Document(nav)
        | ViewState::Stakeholder(nav) => {
            if let Some((items, rows, width)) = items {
                nav.refit(&content::heights(&items, width), rows);
            }
        }
    }
}

fn click(app: &mut App, column: u16, row: u16) -> bool {
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
    let items = app.current_items();
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
            click_item(app, items, line)
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
                return click_item(app, items, line);
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
            click_item(app, items, line)
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
fn click_item(app: &mut App, items: Option<(Vec<Item>, usize, usize)>, line: usize) -> bool {
    let Some((items, rows, width)) = items else {
        return false;
    };
    let heights = content::heights(&items, width);
    let Some(nav) = current_nav(app) else {
        return false;
    };
    let Some(idx) = nav.item_at(line, &heights) else {
        return false;
    };
    if nav.selected == idx && items[idx].target.is_some() {
        return open(app);
    }
    nav.selected = idx;
    nav.refit(&heights, rows);
    true
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

fn scroll(app: &mut App, lines: i8) -> bool {
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
            let Some((items, rows, width)) = app.current_items() else {
                return changed;
            };
            let heights = content::heights(&items, width);
            current_nav(app).is_some_and(|n| n.scroll_line(dir, &heights, rows))
        } else {
            step(app, dir)
        };
    }
    changed
}
