//! `update`: every message's effect on the state, without I/O or drawing. An
//! action goes to the global bindings, then to the layers from the top down, then
//! to the screen; what answers returns an outcome, applied in one place.

use super::layers::Layer;
use super::outcome::Outcome;
use super::{App, filter, help, search};
use crate::action::{Action, Msg};
use crate::place::{Chart, Place};

/// Applies one message. Returns whether anything visible changed.
pub fn update(app: &mut App, msg: Msg) -> bool {
    let changed = match msg {
        Msg::Action(a) => act(app, a),
        Msg::Resize { width, height } => {
            app.size = (width, height);
            app.refit();
            true
        }
        Msg::Click { column, row } => app.click(column, row),
        Msg::Input(c) => input(app, c),
        Msg::Scroll { lines, .. } => app.scroll(lines),
    };
    app.refresh();
    changed
}

/// A character typed: the top layer's, when it takes text.
fn input(app: &mut App, ch: char) -> bool {
    let top = app.layers.len().checked_sub(1);
    let p = app.parts();
    match top.and_then(|i| p.layers.get_mut(i)) {
        Some(Layer::Search(s)) => s.edit(p.search_index, p.matcher, |q| q.push(ch)),
        Some(Layer::Filter) => filter::input(p.screen, ch, &p.cx),
        _ => false,
    }
}

pub(super) fn act(app: &mut App, action: Action) -> bool {
    // Global: the same whatever is open.
    match action {
        Action::Quit => {
            app.quit = true;
            return true;
        }
        Action::ToggleLang => {
            app.set_lang(app.lang.toggle());
            return true;
        }
        Action::ToggleMouse => {
            app.mouse = !app.mouse;
            return true;
        }
        Action::CycleTheme => {
            // Without colour every theme looks the same.
            if app.no_color {
                return false;
            }
            app.set_theme(app.theme_name.next(), false);
            return true;
        }
        _ => {}
    }
    // The layers, from the top down.
    for i in (0..app.layers.len()).rev() {
        let outcome = layer_act(app, i, action);
        if outcome != Outcome::Pass {
            if outcome == Outcome::Close
                && let Some(kind) = app.layers.get(i).map(Layer::kind)
            {
                app.layers.close(kind);
            }
            return app.apply(outcome);
        }
    }
    // What opens a layer or moves along the stack, then the screen.
    match action {
        Action::OpenSearch => {
            app.open_search("");
            true
        }
        Action::TogglePresent => app.start_presenting(),
        Action::Filter => app.start_filter(),
        Action::ToggleHelp => app.open_help(),
        // Typing and slide keys mean nothing outside a filter or a presentation.
        Action::DeleteChar
        | Action::ClearInput
        | Action::NextSlide
        | Action::PrevSlide
        | Action::Digit(_) => false,
        Action::OpenRoadmap(n) => {
            if app.index.roadmap(&app.doc, n).is_none() || app.place() == Place::Roadmap(n) {
                return false;
            }
            app.apply(Outcome::Push(Place::Roadmap(n)))
        }
        Action::GoOverview => {
            if app.stack.len() == 1 {
                return false;
            }
            app.truncate(1);
            true
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
            if app.place().same_screen(&place) {
                return false;
            }
            app.apply(Outcome::Push(place))
        }
        _ => {
            let p = app.parts();
            match p.screen.handle(action, &p.cx) {
                Outcome::Pass if action == Action::Back => app.apply(Outcome::Pop),
                o => app.apply(o),
            }
        }
    }
}

/// Hands `action` to the layer `i` places from the bottom.
fn layer_act(app: &mut App, i: usize, action: Action) -> Outcome {
    let (help_max, help_page) = match app.layers.get(i) {
        Some(Layer::Help { .. }) => {
            let sheet = app.help_sheet();
            (sheet.max_offset(), sheet.visible)
        }
        _ => (0, 0),
    };
    let rows = search::result_rows(app.size);
    let p = app.parts();
    match p.layers.get_mut(i) {
        Some(Layer::Help { offset }) => help::handle(offset, help_max, help_page, action),
        Some(Layer::Search(s)) => s.handle(action, rows, p.search_index, p.matcher),
        Some(Layer::Present) => p.present.handle(action, p.slides),
        Some(Layer::Filter) => filter::handle(p.screen, action, &p.cx),
        None => Outcome::Pass,
    }
}
