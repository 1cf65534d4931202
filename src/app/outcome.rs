//! What a screen or a layer answers to an action, and what it may read while it
//! answers. Handlers change only their own state and return an [`Outcome`]; the
//! app applies it in one place (`App::apply`), so no handler calls back into
//! `update`.

use ratatui::layout::Rect;

use crate::content::fitted::{FittedList, ListSource};
use crate::model::{Document, Index, Lang};
use crate::place::Place;
use crate::search::Hit;

/// The effect of one action on a screen or a layer.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Not this handler's action: the layer or screen beneath may take it.
    Pass,
    /// Taken, and nothing visible changed.
    Unchanged,
    /// Something visible changed.
    Changed,
    /// The screen's panes moved or changed size: measure its lists again and keep
    /// every selection in view.
    Relayout,
    /// Open `Place` on top of the screen.
    Push(Place),
    /// Leave the screen on view.
    Pop,
    /// Close the layer that answered.
    Close,
    /// Close the search, go to the hit and select what it points at.
    Land(Hit),
    /// Leave the presentation for the browser, on the screen of the slide.
    Browse(Place),
}

impl Outcome {
    /// `Changed` when `changed`, else `Unchanged`.
    pub fn changed(changed: bool) -> Self {
        if changed {
            Self::Changed
        } else {
            Self::Unchanged
        }
    }
}

/// What a screen reads while it answers: the data, the language, where it is
/// drawn, and the measured lists.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub index: &'a Index,
    pub lang: Lang,
    /// The screen's body (below the breadcrumbs, above the footer).
    pub body: Rect,
    /// The lists measured for the screens on the stack.
    pub lists: &'a [FittedList],
}

impl Ctx<'_> {
    /// The list of `source` measured at `width` in the current language.
    pub fn list(&self, source: &ListSource, width: usize) -> Option<&FittedList> {
        self.lists.iter().find(|l| l.is(source, self.lang, width))
    }
}
