//! The layers over the screen: help, the problems of a failed reload, search, the
//! presentation, choosing a table's kind or roadmap, typing a table's filter. The
//! top one takes keys, clicks and the wheel first and is drawn last.
//! Their order is written once, in [`Kind`]: a layer opened later still goes
//! beneath one that ranks above it. Every layer is opened and closed here; what
//! each does while open is in its own file (`help.rs`, `problems.rs`,
//! `search.rs`, `present.rs`, `picker.rs`, `filter.rs`).

use super::App;
use super::picker::PickerState;
use super::screen::Screen;
use super::screens::detail::Subject;
use super::search::SearchState;
use crate::content::choices::Facet;
use crate::content::slides::Slide;
use crate::content::{ItemKey, SECTIONS};
use crate::keymap::Context;
use crate::search::{Hit, landing};

#[derive(Debug, Clone, PartialEq)]
pub enum Layer {
    /// Typing the filter of the table on screen.
    Filter,
    /// Choosing the kind or the roadmap the table on screen shows.
    Picker(PickerState),
    /// Slides for an audience.
    Present,
    /// The search overlay.
    Search(SearchState),
    /// Every problem of the reload that failed, scrolled to `offset`.
    Problems { offset: usize },
    /// The help overlay, scrolled to `offset`.
    Help { offset: usize },
}

/// The kinds of layer, bottom to top: a later kind sits above an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Filter,
    Picker,
    Present,
    Search,
    Problems,
    Help,
}

impl Layer {
    pub fn kind(&self) -> Kind {
        match self {
            Self::Filter => Kind::Filter,
            Self::Picker(_) => Kind::Picker,
            Self::Present => Kind::Present,
            Self::Search(_) => Kind::Search,
            Self::Problems { .. } => Kind::Problems,
            Self::Help { .. } => Kind::Help,
        }
    }

    /// The keymap context while this layer is on top.
    pub fn context(&self) -> Context {
        match self {
            Self::Filter => Context::Filter,
            Self::Picker(_) => Context::Picker,
            Self::Present => Context::Present,
            Self::Search(_) => Context::Search,
            Self::Problems { .. } => Context::Problems,
            Self::Help { .. } => Context::Help,
        }
    }
}

/// The open layers, bottom to top.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layers(Vec<Layer>);

impl Layers {
    /// Opens `layer` in its place by kind, replacing one of the same kind.
    pub fn open(&mut self, layer: Layer) {
        let kind = layer.kind();
        self.0.retain(|l| l.kind() != kind);
        let at = self.0.iter().take_while(|l| l.kind() < kind).count();
        self.0.insert(at, layer);
    }

    /// Closes the layer of `kind`. Returns whether it was open.
    pub fn close(&mut self, kind: Kind) -> bool {
        let before = self.0.len();
        self.0.retain(|l| l.kind() != kind);
        self.0.len() != before
    }

    /// Closes every layer.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn top(&self) -> Option<&Layer> {
        self.0.last()
    }

    /// The layers from the top down.
    pub fn top_down(&self) -> impl Iterator<Item = &Layer> {
        self.0.iter().rev()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The layer `i` places from the bottom.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Layer> {
        self.0.get_mut(i)
    }

    pub fn get(&self, i: usize) -> Option<&Layer> {
        self.0.get(i)
    }

    /// The help overlay's scroll offset, when it is open.
    pub fn help(&self) -> Option<usize> {
        self.0.iter().find_map(|l| match l {
            Layer::Help { offset } => Some(*offset),
            _ => None,
        })
    }

    pub fn picker(&self) -> Option<&PickerState> {
        self.0.iter().find_map(|l| match l {
            Layer::Picker(p) => Some(p),
            _ => None,
        })
    }

    pub fn picker_mut(&mut self) -> Option<&mut PickerState> {
        self.0.iter_mut().find_map(|l| match l {
            Layer::Picker(p) => Some(p),
            _ => None,
        })
    }

    pub fn search(&self) -> Option<&SearchState> {
        self.0.iter().find_map(|l| match l {
            Layer::Search(s) => Some(s),
            _ => None,
        })
    }

    pub fn search_mut(&mut self) -> Option<&mut SearchState> {
        self.0.iter_mut().find_map(|l| match l {
            Layer::Search(s) => Some(s),
            _ => None,
        })
    }

    pub fn presenting(&self) -> bool {
        self.0.contains(&Layer::Present)
    }

    pub fn filtering(&self) -> bool {
        self.0.contains(&Layer::Filter)
    }
}

impl App {
    pub fn help(&self) -> Option<usize> {
        self.layers.help()
    }

    pub fn search(&self) -> Option<&SearchState> {
        self.layers.search()
    }

    pub fn search_mut(&mut self) -> Option<&mut SearchState> {
        self.layers.search_mut()
    }

    pub fn presenting(&self) -> bool {
        self.layers.presenting()
    }

    /// Whether the table's filter is being typed.
    pub fn filtering(&self) -> bool {
        self.layers.filtering()
    }

    /// `?`: opens the overlay at its top.
    pub fn open_help(&mut self) -> bool {
        self.layers.open(Layer::Help { offset: 0 });
        true
    }

    /// `e`: opens the list of problems at its top, when the last reload failed.
    pub fn open_problems(&mut self) -> bool {
        if self.load_error.is_none() {
            return false;
        }
        self.layers.open(Layer::Problems { offset: 0 });
        true
    }

    /// The lines of the problems list: none unless the last reload failed.
    pub fn problem_lines(&self) -> Vec<String> {
        self.load_error
            .as_ref()
            .map(super::problems::lines)
            .unwrap_or_default()
    }

    /// The context the overlay explains: the search or the presentation when
    /// open, else the screen.
    pub fn help_context(&self) -> Context {
        self.layers
            .top_down()
            .find_map(|l| match l {
                Layer::Search(_) | Layer::Present | Layer::Problems { .. } | Layer::Picker(_) => {
                    Some(l.context())
                }
                Layer::Help { .. } | Layer::Filter => None,
            })
            .unwrap_or_else(|| self.screen().context())
    }
    /// `p` in the browser: the slide of the screen on view, or back to the page
    /// that was on when the screen is that slide's.
    pub fn start_presenting(&mut self) -> bool {
        self.layers.open(Layer::Present);
        self.present.typed.clear();
        self.present.cover = None;
        self.present.agenda = None;
        self.keep_deck();
        let place = self.place();
        let showing = self
            .slides()
            .get(self.present.slide())
            .is_some_and(|s| s.place().same_screen(&place));
        if !showing
            && let Some(s) = Slide::for_place(&place, self.slides(), &self.doc, &self.index)
            && let Some(i) = self.slides().iter().position(|x| *x == s)
            && let Some(page) = self.cache.deck().first_page(i)
        {
            self.present.go(page, self.cache.deck());
        }
        true
    }

    /// Leaves the presentation for the browser on `place`, with the path above
    /// it filled in.
    pub(super) fn browse(&mut self, place: crate::place::Place) {
        self.layers.close(Kind::Present);
        self.stack.truncate(1);
        self.open(place);
    }
    /// `f` on a table: starts typing its filter.
    pub fn start_filter(&mut self) -> bool {
        if self.screen().filter().is_none() || self.layers.filtering() {
            return false;
        }
        self.layers.open(Layer::Filter);
        true
    }
    /// `K`, `R` on a table that narrows by them: the list of kinds or roadmaps, on
    /// the one in force.
    pub fn open_picker(&mut self, facet: Facet) -> bool {
        let Some(current) = self.screen().state().chosen(facet) else {
            return false;
        };
        let rows = self.picker_rows(facet.choices(&self.doc).len());
        let picker = PickerState::new(facet, &self.doc, current, rows);
        self.layers.open(Layer::Picker(picker));
        true
    }

    /// How many of `options` a picker shows at once at the terminal's size.
    pub(super) fn picker_rows(&self, options: usize) -> usize {
        let body = crate::ui::layout::body(self.size);
        usize::from(crate::ui::layout::picker(body, options, 0, 0).list.height)
    }

    /// Opens the overlay on `query`.
    pub fn open_search(&mut self, query: &str) {
        let mut s = SearchState {
            query: query.to_owned(),
            ..SearchState::default()
        };
        s.hits = self
            .search
            .get(&self.doc)
            .query(&s.query, self.lang, &mut self.matcher);
        self.layers.open(Layer::Search(s));
    }

    /// Searches the open overlay's query again, on new data or in a new language
    /// (the names of places are the language's): the first hit is chosen.
    pub(super) fn requery(&mut self) {
        let lang = self.lang;
        let p = self.parts();
        if let Some(s) = p.layers.search_mut() {
            s.hits = p.search.get(p.cx.doc).query(&s.query, lang, p.matcher);
            s.selected = 0;
            s.offset = 0;
        }
    }

    /// Closes the overlay and the presentation, goes to `hit` and selects what it
    /// points at.
    pub(super) fn land(&mut self, hit: &Hit) {
        self.layers.close(Kind::Search);
        self.layers.close(Kind::Present);
        if !self.place().same_screen(&hit.place) {
            self.push(hit.place.clone());
        }
        let target = &hit.target;
        if target.item.is_none() && target.section.is_none() {
            // A roadmap's title, an area, an organisation: the screen itself.
            return;
        }
        // First the part of the screen the item is in: its section or quadrant.
        let section = target
            .section
            .and_then(|sec| SECTIONS.iter().position(|s| *s == sec));
        let at = match self.screen_mut() {
            Screen::Roadmap(r) => match section {
                Some(si) => {
                    r.land(si, None);
                    if target.item.is_none() {
                        // A section by its name: its top.
                        return;
                    }
                    0
                }
                None => return,
            },
            Screen::Swot(s) => match target.item {
                Some(ItemKey::Swot(q, _)) => {
                    s.land(q, None);
                    q.index()
                }
                _ => return,
            },
            Screen::Detail(d) if d.subject == Subject::Document => 0,
            _ => return,
        };
        // Then the item, looked up by its key in the list measured for the pane.
        self.refresh();
        let Some(pane) = self.panes().into_iter().nth(at) else {
            return;
        };
        let Some(item) = landing(&self.list(&pane).items, target) else {
            return;
        };
        match self.screen_mut() {
            Screen::Roadmap(r) => r.content.selected = item,
            Screen::Swot(s) => s.lists[at].selected = item,
            Screen::Detail(d) => d.nav.selected = item,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_keep_their_rank_whatever_the_order_they_open_in() {
        let mut l = Layers::default();
        l.open(Layer::Help { offset: 0 });
        l.open(Layer::Filter);
        l.open(Layer::Present);
        assert_eq!(l.top(), Some(&Layer::Help { offset: 0 }));
        let order: Vec<Context> = l.top_down().map(Layer::context).collect();
        assert_eq!(order, [Context::Help, Context::Present, Context::Filter]);
        l.open(Layer::Help { offset: 3 });
        assert_eq!(l.len(), 3, "a second help replaces the first");
        assert_eq!(l.help(), Some(3));
        assert!(l.close(Kind::Help));
        assert_eq!(l.top(), Some(&Layer::Present));
        assert!(!l.close(Kind::Help));
        l.clear();
        assert!(l.is_empty());
    }
}
