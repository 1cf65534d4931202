//! A roadmap: the list of its sections beside the content of the chosen one.
//! Keys move through the pane with the focus. Drawn by `ui/roadmap.rs`.

use ratatui::layout::{Position, Rect};
use unicode_width::UnicodeWidthStr;

use super::list;
use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::pane::ListPane;
use crate::app::state::{ScreenState, Selection};
use crate::app::table;
use crate::content::SECTIONS;
use crate::content::fitted::ListSource;
use crate::keymap::Context;
use crate::nav::ListNav;
use crate::place::Place;
use crate::ui::layout;

/// Which pane of the roadmap screen has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sections,
    Content,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapState {
    /// The roadmap's number.
    pub number: u8,
    pub section: usize,
    pub focus: Pane,
    pub content: ListNav,
    /// The roadmap's whole title: the header grows to show it, so it sets where
    /// the panes are.
    pub title: String,
    /// Columns of the header's line of facts in the current language.
    pub facts_width: u16,
    /// What the sections list needs to name every section in full.
    pub sections_width: u16,
}

impl RoadmapState {
    pub fn new(number: u8) -> Self {
        Self {
            number,
            section: 0,
            focus: Pane::Sections,
            content: ListNav::default(),
            title: String::new(),
            facts_width: 0,
            sections_width: 0,
        }
    }

    /// Roadmap `number` of the document in `cx`.
    pub fn of(number: u8, cx: &Ctx) -> Self {
        let mut s = Self::new(number);
        s.derive(cx);
        s
    }

    /// Takes the title and the width of the line of facts from the document.
    fn derive(&mut self, cx: &Ctx) {
        let r = cx.doc.roadmaps.iter().find(|r| r.number == self.number);
        self.title = r.map(|r| r.title.to_string()).unwrap_or_default();
        self.facts_width = r.map_or(0, |r| layout::roadmap_facts_width(r, cx.lang));
        // The update section is the one a document names ("Update since …"); the
        // others' names and counts fit the list's usual width.
        let update = crate::content::Section::Update.title(cx.doc, cx.lang);
        self.sections_width = layout::sections_width(UnicodeWidthStr::width(update.as_str()));
    }

    fn pane(&self, cx: &Ctx) -> ListPane {
        let [_, _, content] =
            layout::roadmap(cx.body, &self.title, self.facts_width, self.sections_width);
        ListPane::new(ListSource::section(self.number, self.section), content)
    }

    fn step_section(&mut self, delta: isize) -> Outcome {
        let before = self.section;
        self.section = self
            .section
            .saturating_add_signed(delta)
            .min(SECTIONS.len() - 1);
        if self.section != before {
            self.content = ListNav::default();
        }
        Outcome::changed(self.section != before)
    }

    /// Shows section `section` with its item `item` selected (a search hit).
    pub fn land(&mut self, section: usize, item: Option<usize>) {
        self.section = section.min(SECTIONS.len() - 1);
        self.focus = Pane::Content;
        self.content = ListNav {
            selected: item.unwrap_or(0),
            offset: 0,
        };
    }
}

impl ScreenState for RoadmapState {
    fn place(&self) -> Place {
        Place::Roadmap(self.number)
    }

    fn context(&self) -> Context {
        Context::Roadmap
    }

    /// The content pane, showing the chosen section.
    fn panes(&self, body: Rect) -> Vec<ListPane> {
        let [_, _, content] =
            layout::roadmap(body, &self.title, self.facts_width, self.sections_width);
        vec![ListPane::new(
            ListSource::section(self.number, self.section),
            content,
        )]
    }

    /// The content pane's selected item, whichever pane has the focus: the
    /// sections pane only chooses what the content pane shows.
    fn selection(&self, cx: &Ctx) -> Option<Selection> {
        list::selection(&self.content, &self.pane(cx), cx)
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        match action {
            Action::NextPane | Action::PrevPane => {
                let next = if action == Action::NextPane {
                    Pane::Content
                } else {
                    Pane::Sections
                };
                if self.focus == next {
                    return Outcome::Unchanged;
                }
                self.focus = next;
                Outcome::Changed
            }
            Action::Open if self.focus == Pane::Sections => {
                self.focus = Pane::Content;
                Outcome::Changed
            }
            _ if self.focus == Pane::Content => {
                let pane = self.pane(cx);
                list::handle(&mut self.content, &pane, action, cx)
            }
            _ => match table::step(action, layout::table_rows(cx.body)) {
                Some(delta) => self.step_section(delta),
                None => Outcome::Pass,
            },
        }
    }

    /// Over the content the wheel scrolls it, over the sections it moves through
    /// them, whichever pane has the focus; elsewhere, the focused pane.
    fn scroll(&mut self, dir: isize, at: Position, cx: &Ctx) -> Outcome {
        let [_, sections, _] =
            layout::roadmap(cx.body, &self.title, self.facts_width, self.sections_width);
        let pane = self.pane(cx);
        let content =
            pane.rect.contains(at) || (self.focus == Pane::Content && !sections.contains(at));
        if content {
            list::scroll(&mut self.content, &pane, dir, cx)
        } else {
            self.step_section(dir)
        }
    }

    /// A click on a section chooses it (on the chosen one, moves into it); a click
    /// on the content selects or follows an item there.
    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let [_, sections, _] =
            layout::roadmap(cx.body, &self.title, self.facts_width, self.sections_width);
        if let Some(line) = layout::content_line_at(sections, column, row) {
            if line >= SECTIONS.len() {
                return Outcome::Unchanged;
            }
            if self.section == line {
                self.focus = Pane::Content;
            } else {
                self.section = line;
                self.focus = Pane::Sections;
                self.content = ListNav::default();
            }
            return Outcome::Changed;
        }
        let pane = self.pane(cx);
        if layout::content_line_at(pane.rect, column, row).is_none() {
            return Outcome::Unchanged;
        }
        self.focus = Pane::Content;
        list::click(&mut self.content, &pane, column, row, cx)
    }

    fn refit(&mut self, cx: &Ctx) {
        let pane = self.pane(cx);
        list::refit(&mut self.content, &pane, cx);
    }

    /// A reloaded document may have changed the title, and with it the header.
    fn rederive(&mut self, cx: &Ctx) {
        self.derive(cx);
        self.refit(cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;
    use crate::model::{Lang, load_embedded};

    #[test]
    fn outcomes_of_a_roadmap() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        a.open(Place::Roadmap(2));
        let cx = a.ctx();
        let mut r = RoadmapState::new(2);
        assert_eq!(r.handle(Action::Up, &cx), Outcome::Unchanged);
        assert_eq!(r.handle(Action::Down, &cx), Outcome::Changed);
        assert_eq!(r.section, 1);
        assert_eq!(r.handle(Action::PrevPane, &cx), Outcome::Unchanged);
        // Enter on a section moves into its content.
        assert_eq!(r.handle(Action::Open, &cx), Outcome::Changed);
        assert_eq!(r.focus, Pane::Content);
        assert_eq!(r.handle(Action::NextPane, &cx), Outcome::Unchanged);
        assert_eq!(r.handle(Action::CycleSort, &cx), Outcome::Pass);
        assert_eq!(r.handle(Action::PrevPane, &cx), Outcome::Changed);
        assert_eq!(r.handle(Action::Bottom, &cx), Outcome::Changed);
        assert_eq!(r.section, SECTIONS.len() - 1);
    }
}
