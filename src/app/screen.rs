//! The screen on a place of the stack: one variant per kind of screen, carrying
//! its state. Its place (for breadcrumbs, `--open` and `render`) and its key
//! context are read off the state, so a name cannot disagree with what is shown.
//! What every screen answers is the [`ScreenState`] trait, implemented in the
//! screen's own module; a new screen is a variant here and an arm in `new`,
//! `state` and `state_mut`.

use ratatui::layout::{Position, Rect};

use super::outcome::{Ctx, Outcome};
use super::pane::ListPane;
use super::screens::detail::{DetailState, Subject};
use super::screens::figures::FiguresState;
use super::screens::matrix::MatrixState;
use super::screens::overview::OverviewState;
use super::screens::roadmap::RoadmapState;
use super::screens::stakeholders::StakeholdersState;
use super::screens::swot::SwotState;
pub use super::state::{ScreenState, Selection};
use super::table::TableFilter;
use crate::action::Action;
use crate::keymap::Context;
use crate::place::Place;

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Overview(OverviewState),
    Roadmap(RoadmapState),
    /// The document's front matter, a technology area or an organisation.
    Detail(DetailState),
    Stakeholders(StakeholdersState),
    Swot(SwotState),
    Matrix(MatrixState),
    Figures(FiguresState),
}

impl Screen {
    /// The screen that shows `place`, at its start.
    pub fn new(place: Place, cx: &Ctx) -> Self {
        match place {
            Place::Overview => Self::Overview(OverviewState::new(cx)),
            Place::Document => Self::Detail(DetailState::new(Subject::Document, cx)),
            Place::Roadmap(n) => Self::Roadmap(RoadmapState::of(n, cx)),
            Place::Area(id) => Self::Detail(DetailState::new(Subject::Area(id), cx)),
            Place::Stakeholders => Self::Stakeholders(StakeholdersState::new(cx)),
            Place::Stakeholder(id) => Self::Detail(DetailState::new(Subject::Stakeholder(id), cx)),
            Place::Swot(zoom) => Self::Swot(SwotState::new(zoom)),
            Place::Matrix => Self::Matrix(MatrixState::new(cx)),
            Place::Figures(chart) => Self::Figures(FiguresState::new(chart, cx)),
        }
    }

    /// The screen's state, to ask what every screen answers.
    pub fn state(&self) -> &dyn ScreenState {
        match self {
            Self::Overview(s) => s,
            Self::Roadmap(s) => s,
            Self::Detail(s) => s,
            Self::Stakeholders(s) => s,
            Self::Swot(s) => s,
            Self::Matrix(s) => s,
            Self::Figures(s) => s,
        }
    }

    pub fn state_mut(&mut self) -> &mut dyn ScreenState {
        match self {
            Self::Overview(s) => s,
            Self::Roadmap(s) => s,
            Self::Detail(s) => s,
            Self::Stakeholders(s) => s,
            Self::Swot(s) => s,
            Self::Matrix(s) => s,
            Self::Figures(s) => s,
        }
    }

    /// Where this screen is, by name.
    pub fn place(&self) -> Place {
        self.state().place()
    }

    /// The keymap context of this screen (under any layer).
    pub fn context(&self) -> Context {
        self.state().context()
    }

    /// Answers `action`; `Pass` when it means nothing here.
    pub fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        match self.state_mut().handle(action, cx) {
            // A filtered table shows itself whole again before Back leaves it.
            Outcome::Pass
                if action == Action::Back && self.filter().is_some_and(|f| !f.text.is_empty()) =>
            {
                self.edit_filter(cx, String::clear);
                Outcome::Changed
            }
            outcome => outcome,
        }
    }

    /// The wheel, one line in direction `dir`, with the pointer at `at`.
    pub fn scroll(&mut self, dir: isize, at: Position, cx: &Ctx) -> Outcome {
        self.state_mut().scroll(dir, at, cx)
    }

    /// A click in the body.
    pub fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        self.state_mut().click(column, row, cx)
    }

    /// The item lists the screen shows in `body`, each with its pane.
    pub fn panes(&self, body: Rect) -> Vec<ListPane> {
        self.state().panes(body)
    }

    pub fn refit(&mut self, cx: &Ctx) {
        self.state_mut().refit(cx);
    }

    pub fn rederive(&mut self, cx: &Ctx) {
        self.state_mut().rederive(cx);
    }

    /// The selected item or row, if there is one.
    pub fn selection(&self, cx: &Ctx) -> Option<Selection> {
        self.state().selection(cx)
    }

    /// The text typed to narrow the screen's table, if it is a table.
    pub fn filter(&self) -> Option<&TableFilter> {
        self.state().filter()
    }

    /// Changes the table's filter text with `edit` and, when it changed, filters
    /// again. Returns whether it changed.
    pub fn edit_filter(&mut self, cx: &Ctx, edit: impl FnOnce(&mut String)) -> bool {
        let state = self.state_mut();
        let Some(filter) = state.filter_mut() else {
            return false;
        };
        let before = filter.text.clone();
        edit(&mut filter.text);
        if filter.text == before {
            return false;
        }
        state.reorder(cx);
        true
    }
}
