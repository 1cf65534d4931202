//! The screen on a place of the stack: one variant per kind of screen, carrying
//! its state. Its place (for breadcrumbs, `--open` and `render`) and its key
//! context are read off the state, so a name cannot disagree with what is shown.
//! Every method here only hands the call to the screen's own module.

use ratatui::layout::Rect;

use super::outcome::{Ctx, Outcome};
use super::pane::ListPane;
use super::screens::detail::{DetailState, Subject};
use super::screens::figures::FiguresState;
use super::screens::matrix::MatrixState;
use super::screens::overview::OverviewState;
use super::screens::roadmap::RoadmapState;
use super::screens::stakeholders::StakeholdersState;
use super::screens::swot::SwotState;
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
            Place::Document => Self::Detail(DetailState::new(Subject::Document)),
            Place::Roadmap(n) => Self::Roadmap(RoadmapState::new(n)),
            Place::Area(id) => Self::Detail(DetailState::new(Subject::Area(id))),
            Place::Stakeholders => Self::Stakeholders(StakeholdersState::new(cx)),
            Place::Stakeholder(id) => Self::Detail(DetailState::new(Subject::Stakeholder(id))),
            Place::Swot(zoom) => Self::Swot(SwotState::new(zoom)),
            Place::Matrix => Self::Matrix(MatrixState::new(cx)),
            Place::Figures(chart) => Self::Figures(FiguresState::new(chart, cx)),
        }
    }

    /// Where this screen is, by name.
    pub fn place(&self) -> Place {
        match self {
            Self::Overview(s) => s.place(),
            Self::Roadmap(s) => s.place(),
            Self::Detail(s) => s.place(),
            Self::Stakeholders(s) => s.place(),
            Self::Swot(s) => s.place(),
            Self::Matrix(s) => s.place(),
            Self::Figures(s) => s.place(),
        }
    }

    /// The keymap context of this screen (under any layer).
    pub fn context(&self) -> Context {
        match self {
            Self::Overview(s) => s.context(),
            Self::Roadmap(s) => s.context(),
            Self::Detail(s) => s.context(),
            Self::Stakeholders(s) => s.context(),
            Self::Swot(s) => s.context(),
            Self::Matrix(s) => s.context(),
            Self::Figures(s) => s.context(),
        }
    }

    /// Answers `action`; `Pass` when it means nothing here.
    pub fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        match self {
            Self::Overview(s) => s.handle(action, cx),
            Self::Roadmap(s) => s.handle(action, cx),
            Self::Detail(s) => s.handle(action, cx),
            Self::Stakeholders(s) => s.handle(action, cx),
            Self::Swot(s) => s.handle(action, cx),
            Self::Matrix(s) => s.handle(action, cx),
            Self::Figures(s) => s.handle(action, cx),
        }
    }

    /// The wheel, one line in direction `dir`.
    pub fn scroll(&mut self, dir: isize, cx: &Ctx) -> Outcome {
        let step = if dir > 0 { Action::Down } else { Action::Up };
        match self {
            Self::Roadmap(s) => s.scroll(dir, cx),
            Self::Detail(s) => s.scroll(dir, cx),
            Self::Swot(s) => s.scroll(dir, cx),
            Self::Overview(_) | Self::Stakeholders(_) | Self::Matrix(_) | Self::Figures(_) => {
                self.handle(step, cx)
            }
        }
    }

    /// A click in the body.
    pub fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        match self {
            Self::Overview(s) => s.click(column, row, cx),
            Self::Roadmap(s) => s.click(column, row, cx),
            Self::Detail(s) => s.click(column, row, cx),
            Self::Stakeholders(s) => s.click(column, row, cx),
            Self::Swot(s) => s.click(column, row, cx),
            Self::Matrix(s) => s.click(column, row, cx),
            Self::Figures(s) => s.click(column, row, cx),
        }
    }

    /// The item lists the screen shows in `body`, each with its pane.
    pub fn panes(&self, body: Rect) -> Vec<ListPane> {
        match self {
            Self::Roadmap(s) => s.panes(body),
            Self::Detail(s) => s.panes(body),
            Self::Swot(s) => s.panes(body),
            Self::Overview(_) | Self::Stakeholders(_) | Self::Matrix(_) | Self::Figures(_) => {
                Vec::new()
            }
        }
    }

    /// Keeps every selection and offset valid after the size, the language, the
    /// focus or the data changed.
    pub fn refit(&mut self, cx: &Ctx) {
        match self {
            Self::Overview(s) => s.refit(cx),
            Self::Roadmap(s) => s.refit(cx),
            Self::Detail(s) => s.refit(cx),
            Self::Stakeholders(s) => s.refit(cx),
            Self::Swot(s) => s.refit(cx),
            Self::Matrix(s) => s.refit(cx),
            Self::Figures(s) => s.refit(cx),
        }
    }

    /// Works out again what the state keeps from the document or the language.
    pub fn rederive(&mut self, cx: &Ctx) {
        match self {
            Self::Overview(s) => s.rederive(cx),
            Self::Stakeholders(s) => s.rederive(cx),
            Self::Matrix(s) => s.rederive(cx),
            Self::Figures(s) => s.rederive(cx),
            Self::Roadmap(_) | Self::Detail(_) | Self::Swot(_) => {}
        }
    }

    /// The text typed to narrow the screen's table, if it is a table.
    pub fn filter(&self) -> Option<&TableFilter> {
        match self {
            Self::Overview(s) => Some(&s.filter),
            Self::Stakeholders(s) => Some(&s.filter),
            Self::Matrix(s) => Some(&s.filter),
            Self::Roadmap(_) | Self::Detail(_) | Self::Swot(_) | Self::Figures(_) => None,
        }
    }

    /// Changes the table's filter text with `edit` and, when it changed, filters
    /// again. Returns whether it changed.
    pub fn edit_filter(&mut self, cx: &Ctx, edit: impl FnOnce(&mut String)) -> bool {
        let text = match self {
            Self::Overview(s) => &mut s.filter.text,
            Self::Stakeholders(s) => &mut s.filter.text,
            Self::Matrix(s) => &mut s.filter.text,
            Self::Roadmap(_) | Self::Detail(_) | Self::Swot(_) | Self::Figures(_) => {
                return false;
            }
        };
        let before = text.clone();
        edit(text);
        if *text == before {
            return false;
        }
        match self {
            Self::Overview(s) => s.reorder(cx),
            Self::Stakeholders(s) => s.reorder(cx),
            Self::Matrix(s) => s.reorder(cx),
            Self::Roadmap(_) | Self::Detail(_) | Self::Swot(_) | Self::Figures(_) => {}
        }
        true
    }
}
