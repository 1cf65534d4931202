//! What every screen answers, whatever it shows: the trait each screen's module
//! implements beside its state, and `Screen` (in `screen.rs`) hands calls on to.

use ratatui::layout::{Position, Rect};

use super::outcome::{Ctx, Outcome};
use super::pane::ListPane;
use super::table::TableFilter;
use crate::action::Action;
use crate::content::choices::{Choice, Facet};
use crate::keymap::Context;
use crate::place::Place;

/// What is selected on a screen, as `y` copies it and `O` opens its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// The data's own text, unwrapped.
    pub text: String,
    /// The web address it shows or names, if any.
    pub link: Option<String>,
}

impl Selection {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            link: None,
        }
    }
}

/// What every screen answers. A screen's module implements it beside its state.
pub trait ScreenState {
    /// Where the screen is, by name (breadcrumbs, `--open`, `render`).
    fn place(&self) -> Place;

    /// The keymap context the screen's keys are looked up in.
    fn context(&self) -> Context;

    /// Answers `action`; `Pass` when it means nothing here.
    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome;

    /// A click at (`column`, `row`) in the body.
    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome;

    /// The wheel, one line in direction `dir` with the pointer at `at`: the pane
    /// under the pointer scrolls; by default a step of the selection.
    fn scroll(&mut self, dir: isize, _at: Position, cx: &Ctx) -> Outcome {
        self.handle(if dir > 0 { Action::Down } else { Action::Up }, cx)
    }

    /// The item lists the screen shows in `body`, each with its pane.
    fn panes(&self, _body: Rect) -> Vec<ListPane> {
        Vec::new()
    }

    /// Keeps every selection and offset valid after the size, the language, the
    /// focus or the data changed.
    fn refit(&mut self, cx: &Ctx);

    /// Works out again what the state keeps from the document or the language.
    fn rederive(&mut self, _cx: &Ctx) {}

    /// The selected item or row, if there is one.
    fn selection(&self, _cx: &Ctx) -> Option<Selection> {
        None
    }

    /// The text typed to narrow the screen's table, if it has one.
    fn filter(&self) -> Option<&TableFilter> {
        None
    }

    fn filter_mut(&mut self) -> Option<&mut TableFilter> {
        None
    }

    /// Sorts and filters the table again, keeping the selected row when still listed.
    fn reorder(&mut self, _cx: &Ctx) {}

    /// The option in force for `facet`, when the table can be narrowed by it (a
    /// picker opens on it).
    fn chosen(&self, _facet: Facet) -> Option<Choice> {
        None
    }

    /// Narrows the table to `choice` of `facet`. Returns whether anything changed.
    fn choose(&mut self, _facet: Facet, _choice: Choice, _cx: &Ctx) -> bool {
        false
    }
}
