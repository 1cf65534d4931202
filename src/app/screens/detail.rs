//! The screens that are one item list under a header: the document's front
//! matter, a technology area and an organisation. Drawn by `ui/detail.rs`.

use ratatui::layout::{Position, Rect};

use super::list;
use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::pane::ListPane;
use crate::app::screen::ScreenState;
use crate::content::fitted::ListSource;
use crate::keymap::Context;
use crate::nav::ListNav;
use crate::place::Place;
use crate::ui::layout;

/// What a detail screen shows: its place names it, its list and its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Document,
    Area(String),
    Stakeholder(String),
}

/// A detail screen: what it shows and where its list is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailState {
    pub subject: Subject,
    pub nav: ListNav,
}

impl DetailState {
    pub fn new(subject: Subject) -> Self {
        Self {
            subject,
            nav: ListNav::default(),
        }
    }

    fn source(&self) -> ListSource {
        match &self.subject {
            Subject::Document => ListSource::Document,
            Subject::Area(id) => ListSource::Area(id.clone()),
            Subject::Stakeholder(id) => ListSource::Stakeholder(id.clone()),
        }
    }

    fn pane(&self, cx: &Ctx) -> ListPane {
        let [_, content] = layout::detail(cx.body);
        ListPane::new(self.source(), content)
    }
}

impl ScreenState for DetailState {
    fn place(&self) -> Place {
        match &self.subject {
            Subject::Document => Place::Document,
            Subject::Area(id) => Place::Area(id.clone()),
            Subject::Stakeholder(id) => Place::Stakeholder(id.clone()),
        }
    }

    fn context(&self) -> Context {
        match self.subject {
            Subject::Document => Context::Document,
            Subject::Area(_) => Context::Area,
            Subject::Stakeholder(_) => Context::Stakeholder,
        }
    }

    /// The list below the header.
    fn panes(&self, body: Rect) -> Vec<ListPane> {
        let [_, content] = layout::detail(body);
        vec![ListPane::new(self.source(), content)]
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        let pane = self.pane(cx);
        list::handle(&mut self.nav, &pane, action, cx)
    }

    fn scroll(&mut self, dir: isize, _at: Position, cx: &Ctx) -> Outcome {
        let pane = self.pane(cx);
        list::scroll(&mut self.nav, &pane, dir, cx)
    }

    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let pane = self.pane(cx);
        match list::click(&mut self.nav, &pane, column, row, cx) {
            Outcome::Pass => Outcome::Unchanged,
            o => o,
        }
    }

    fn refit(&mut self, cx: &Ctx) {
        let pane = self.pane(cx);
        list::refit(&mut self.nav, &pane, cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, Screen};
    use crate::model::{Lang, load_embedded};

    #[test]
    fn outcomes_of_a_detail_screen() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        let org = a.doc.organisations[0].id.clone();
        a.open(Place::Stakeholder(org.clone()));
        let cx = a.ctx();
        let Screen::Detail(d) = a.screen() else {
            panic!("not on a detail screen");
        };
        let mut d = d.clone();
        assert_eq!(d.place(), Place::Stakeholder(org));
        assert_eq!(d.context(), Context::Stakeholder);
        assert_eq!(d.handle(Action::Up, &cx), Outcome::Unchanged);
        assert_eq!(d.handle(Action::Down, &cx), Outcome::Changed);
        assert_eq!(d.handle(Action::CycleSort, &cx), Outcome::Pass);
        // Enter follows the first link below: a roadmap the organisation backs.
        while d.handle(Action::Open, &cx) == Outcome::Unchanged {
            assert_eq!(d.handle(Action::Down, &cx), Outcome::Changed);
        }
        assert!(matches!(d.handle(Action::Open, &cx), Outcome::Push(_)));
    }
}
