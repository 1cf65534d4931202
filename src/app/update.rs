//! `update`: every message's effect on the state, without I/O or drawing. An
//! action goes to the global bindings, then to the layers from the top down, then
//! to the screen; what answers returns an outcome, applied in one place.

use super::layers::{Kind as LayerKind, Layer};
use super::outcome::Outcome;
use super::{App, Status, filter, help, problems, search, typing};
use crate::action::{Action, Msg};
use crate::content::choices::Facet;
use crate::place::{Chart, Place};

/// Applies one message. Returns whether anything visible changed.
pub fn update(app: &mut App, msg: Msg) -> bool {
    // A confirmation lasts until the next thing the user does.
    let confirmed = !matches!(msg, Msg::Resize { .. }) && app.status.take().is_some();
    let changed = match msg {
        Msg::Action(a) => act(app, a),
        Msg::Resize { width, height } => {
            app.size = (width, height);
            app.refit();
            true
        }
        Msg::Click { column, row } => app.click(column, row),
        Msg::Input(c) => input(app, c.encode_utf8(&mut [0; 4]), false),
        Msg::Paste(text) => input(app, &text, true),
        Msg::Scroll { column, row, lines } => app.scroll(column, row, lines),
    };
    app.refresh();
    app.cache.end_message();
    changed || confirmed
}

/// Text typed or pasted: the top layer's, when it takes text.
fn input(app: &mut App, text: &str, pasted: bool) -> bool {
    let top = app.layers.len().checked_sub(1);
    let rows = picker_rows(app);
    let p = app.parts();
    match top.and_then(|i| p.layers.get_mut(i)) {
        Some(Layer::Search(s)) => s.edit(p.search.get(p.cx.doc), p.cx.lang, p.matcher, |q| {
            typing::append(q, text);
        }),
        Some(Layer::Filter) => filter::input(p.screen, text, &p.cx),
        // A choice is typed a key at a time; a paste never chooses.
        Some(Layer::Picker(picker)) if !pasted => {
            let Some(ch) = text.chars().next() else {
                return false;
            };
            let outcome = picker.input(ch, rows, p.screen, &p.cx);
            if outcome == Outcome::Close {
                app.layers.close(LayerKind::Picker);
            }
            app.apply(outcome)
        }
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
        // The event loop stops the process and redraws the whole screen on return.
        Action::Suspend => {
            app.suspend = true;
            return false;
        }
        Action::ToggleLang => {
            app.set_lang(app.lang.toggle());
            app.status = Some(Status::Lang(app.lang));
            return true;
        }
        Action::ToggleMouse => {
            app.mouse = !app.mouse;
            app.status = Some(Status::Mouse(app.mouse));
            return true;
        }
        Action::Copy => return app.copy_selected(),
        Action::OpenLink => return app.open_selected(),
        Action::CycleTheme => {
            // Without colour every theme looks the same.
            if app.no_color {
                return false;
            }
            app.set_theme(app.theme_name.next(), false);
            app.status = Some(Status::Theme(app.theme_name));
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
        Action::PickKind => app.open_picker(Facet::Kind),
        Action::PickRoadmap => app.open_picker(Facet::Roadmap),
        Action::ToggleHelp => app.open_help(),
        Action::ShowProblems => app.open_problems(),
        // Typing and slide keys mean nothing outside a filter or a presentation.
        Action::DeleteChar
        | Action::ClearInput
        | Action::NextSlide
        | Action::PrevSlide
        | Action::Agenda
        | Action::Blank
        | Action::Share
        | Action::Digit(_) => false,
        // The jump keys go to their screen from the root: the path does not grow.
        Action::OpenRoadmap(n) => {
            if app.index.roadmap(&app.doc, n).is_none() || app.place() == Place::Roadmap(n) {
                return false;
            }
            app.jump(Place::Roadmap(n));
            true
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
            app.jump(place);
            true
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
    // How far the help's lines and the problems list can scroll, and the help's page.
    let (bound, page) = match app.layers.get(i) {
        Some(Layer::Help { .. }) => {
            let sheet = app.help_sheet();
            (sheet.max_offset(), sheet.visible)
        }
        Some(Layer::Problems { .. }) => (
            problems::lay_out(app.problem_lines(), app.size).max_offset(),
            0,
        ),
        _ => (0, 0),
    };
    let rows = search::result_rows(app.size);
    let picker_rows = picker_rows(app);
    let p = app.parts();
    match p.layers.get_mut(i) {
        Some(Layer::Help { offset }) => help::handle(offset, bound, page, action),
        Some(Layer::Problems { offset }) => problems::handle(offset, bound, action),
        Some(Layer::Search(s)) => {
            s.handle(action, rows, p.search.get(p.cx.doc), p.cx.lang, p.matcher)
        }
        Some(Layer::Present) => {
            let slides = super::slides_of(p.slides, p.cx.doc, p.cx.index);
            p.present.handle(action, slides, p.deck)
        }
        Some(Layer::Filter) => filter::handle(p.screen, action, &p.cx),
        Some(Layer::Picker(picker)) => picker.handle(action, picker_rows, p.screen, &p.cx),
        None => Outcome::Pass,
    }
}

/// The options the open picker shows at once, if one is open.
fn picker_rows(app: &App) -> usize {
    app.layers
        .picker()
        .map_or(0, |p| app.picker_rows(p.choices.len()))
}
