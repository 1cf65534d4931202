//! The picker layer: a short list to narrow the table on screen to one kind of
//! organisation or one roadmap. The arrows (or j and k) move and Enter chooses;
//! typing a roadmap's number or a kind's first letters jumps to the option, and
//! chooses it when only one fits; Esc leaves the table as it was.

use super::outcome::{Ctx, Outcome};
use super::screen::Screen;
use super::table;
use crate::action::Action;
use crate::content::choices::{Choice, Facet, matching};
use crate::model::{Document, Lang};
use crate::nav::TableNav;
use crate::ui::layout::{self, PickerGeometry};

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerState {
    pub facet: Facet,
    /// The options, "all" first.
    pub choices: Vec<Choice>,
    /// The selected option and the first in view.
    pub nav: TableNav,
    /// What has been typed since the selection last moved by a key.
    pub typed: String,
}

impl PickerState {
    /// The options of `facet` with `current` selected, `rows` of them in view.
    pub fn new(facet: Facet, doc: &Document, current: Choice, rows: usize) -> Self {
        let choices = facet.choices(doc);
        let mut nav = TableNav::default();
        let at = choices.iter().position(|c| *c == current).unwrap_or(0);
        nav.select(at, choices.len(), rows);
        Self {
            facet,
            choices,
            nav,
            typed: String::new(),
        }
    }

    /// How the options read, in order.
    pub fn labels(&self, doc: &Document, lang: Lang) -> Vec<String> {
        self.choices
            .iter()
            .map(|c| c.label(self.facet, doc, lang))
            .collect()
    }

    /// The picker's title, as its border shows it.
    pub fn title(&self, lang: Lang) -> String {
        format!(" {} ", self.facet.label(lang))
    }

    /// Where the picker is drawn over `body`: the view and the mouse read it alike.
    pub fn geometry(&self, doc: &Document, lang: Lang, body: Rect) -> PickerGeometry {
        let widest = self
            .labels(doc, lang)
            .iter()
            .map(|l| l.width())
            .max()
            .unwrap_or(0);
        let narrow = |w: usize| u16::try_from(w).unwrap_or(u16::MAX);
        layout::picker(
            body,
            self.choices.len(),
            narrow(widest),
            narrow(self.title(lang).width()),
        )
    }

    /// The option selected.
    pub fn selected(&self) -> Option<Choice> {
        self.choices.get(self.nav.selected).copied()
    }

    /// Answers `action` with `rows` options in view, narrowing `screen` when an
    /// option is chosen. Every other action but help is taken and does nothing: the
    /// list is modal.
    pub fn handle(
        &mut self,
        action: Action,
        rows: usize,
        screen: &mut Screen,
        cx: &Ctx,
    ) -> Outcome {
        match action {
            Action::Open => self.choose(self.nav.selected, screen, cx),
            Action::Back => Outcome::Close,
            Action::DeleteChar => Outcome::changed(self.typed.pop().is_some()),
            // Help (F1) opens over the list and explains it.
            Action::ToggleHelp => Outcome::Pass,
            _ => match table::movement(&mut self.nav, action, self.choices.len(), rows) {
                Outcome::Pass => Outcome::Unchanged,
                moved => {
                    self.typed.clear();
                    moved
                }
            },
        }
    }

    /// A character typed: jumps to the first option that begins with what has been
    /// typed, and chooses it when it is the only one. A character that fits no
    /// option after the ones before starts the typing again.
    pub fn input(&mut self, ch: char, rows: usize, screen: &mut Screen, cx: &Ctx) -> Outcome {
        let lang: Lang = cx.lang;
        let mut typed = format!("{}{ch}", self.typed);
        let mut found = matching(&self.choices, self.facet, &typed, lang);
        if found.is_empty() {
            typed = ch.to_string();
            found = matching(&self.choices, self.facet, &typed, lang);
        }
        match found.as_slice() {
            [] => Outcome::Unchanged,
            [only] => self.choose(*only, screen, cx),
            [first, ..] => {
                self.typed = typed;
                self.nav.select(*first, self.choices.len(), rows);
                Outcome::Changed
            }
        }
    }

    /// A click on the `row`th option in view: chooses it.
    pub fn click(&mut self, row: usize, screen: &mut Screen, cx: &Ctx) -> Outcome {
        let at = self.nav.offset + row;
        if at >= self.choices.len() {
            return Outcome::Unchanged;
        }
        self.choose(at, screen, cx)
    }

    /// Narrows the table to the option at `at` and closes the list.
    fn choose(&self, at: usize, screen: &mut Screen, cx: &Ctx) -> Outcome {
        if let Some(&choice) = self.choices.get(at) {
            screen.state_mut().choose(self.facet, choice, cx);
        }
        Outcome::Close
    }
}
