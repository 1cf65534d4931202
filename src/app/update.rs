//! `update`: every message's effect on the state, without I/O or drawing.

use super::charts::{self, matrix_target};
use super::lists::{content_focused, fit_lists, refit_lists, with_focused};
use super::{App, Pane, ViewState};
use super::{mouse, present, search, tables};
use crate::action::{Action, Msg};
use crate::content::SECTIONS;
use crate::keymap::Context;
use crate::nav::{ListNav, TableNav};
use crate::place::{Chart, Place, Quadrant};
use crate::ui::layout;

/// Applies one message. Returns whether anything visible changed.
pub fn update(app: &mut App, msg: Msg) -> bool {
    // The state may have been set from outside (a test, `--open`): fit first.
    fit_lists(app);
    let changed = dispatch(app, msg);
    fit_lists(app);
    changed
}

fn dispatch(app: &mut App, msg: Msg) -> bool {
    match msg {
        Msg::Action(a) => act(app, a),
        Msg::Resize { width, height } => {
            app.size = (width, height);
            refit(app);
            true
        }
        Msg::Click { column, row } => mouse::click(app, column, row),
        Msg::Input(c) => match app.context() {
            Context::Search => search::input(app, c),
            Context::Filter => tables::edit_filter(app, |t| t.push(c)),
            _ => false,
        },
        Msg::Scroll { lines, .. } => mouse::scroll(app, lines),
    }
}

pub(super) fn act(app: &mut App, action: Action) -> bool {
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
            // A filtered table shows itself whole again before Back leaves it.
            if tables::clear_filters(app) {
                return true;
            }
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
pub(super) fn step(app: &mut App, delta: isize) -> bool {
    if content_focused(app) {
        return with_focused(app, |nav, list, rows| nav.move_in(delta, &list.lines, rows))
            .unwrap_or(false);
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
        with_focused(app, |nav, list, rows| {
            let mut changed = false;
            for _ in 0..rows.saturating_sub(1).max(1) {
                changed |= nav.scroll_line_in(dir, &list.lines, rows);
            }
            changed
        })
        .unwrap_or(false)
    } else {
        let rows = app.table_viewport();
        step(app, dir * rows.saturating_sub(1).max(1).cast_signed())
    }
}

pub(super) fn table_nav(app: &mut App) -> Option<&mut TableNav> {
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
pub(super) fn open(app: &mut App) -> bool {
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
        ViewState::Figures(f) => f.data.bar(f.selected).and_then(|b| b.target.clone()),
        ViewState::Roadmap(s) if s.focus == Pane::Sections => {
            if let ViewState::Roadmap(s) = &mut app.view_mut().state {
                s.focus = Pane::Content;
            }
            return true;
        }
        ViewState::Roadmap(_)
        | ViewState::Area(_)
        | ViewState::Document(_)
        | ViewState::Stakeholder(_) => with_focused(app, |nav, list, _| {
            list.items.get(nav.selected).and_then(|i| i.target.clone())
        })
        .flatten(),
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
    if matches!(app.view().state, ViewState::Figures(_)) {
        charts::refit_figures(app);
        return;
    }
    let rows = app.table_viewport();
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
        ViewState::Figures(_)
        | ViewState::Swot(_)
        | ViewState::Roadmap(_)
        | ViewState::Area(_)
        | ViewState::Document(_)
        | ViewState::Stakeholder(_) => {}
    }
    refit_lists(app);
}
