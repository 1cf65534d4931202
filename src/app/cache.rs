//! Derived data with one owner: the item lists measured for the panes of the
//! screens on the stack, and the deck laid out for the screen while presenting.
//! `App::refresh` brings it up to date once per message; views only read it. A
//! view that finds nothing here measures the list itself and counts a miss, which
//! the tests hold at zero for every screen.

use std::borrow::Cow;
use std::cell::Cell;

use super::App;
use super::pane::ListPane;
use super::screen::Screen;
use crate::content::Item;
use crate::content::fitted::{FittedList, ListSource};
use crate::content::slides::Slide;
use crate::model::{Document, Index, Lang};
use crate::ui::columns::OrgColumns;
use crate::ui::deck::Deck;
use crate::ui::layout;

/// Items measured ahead of what is asked, for each list on view, when it is made
/// and then once per message: a short list is whole from the start, so its
/// scrollbar is exact (the embedded document's longest, the document screen's,
/// holds 115 items); a long one's scrollbar is estimated from the items counted
/// and becomes exact a chunk at a time as the reader goes on.
pub const AHEAD: usize = 128;

/// How many lists no longer on the stack keep their items, for a screen opened
/// again (their lines are counted anew).
const SPARE: usize = 4;

#[derive(Debug, Clone, Default)]
pub struct Cache {
    lists: Vec<FittedList>,
    /// Lists dropped lately, whose items are still good for the language.
    spare: Vec<FittedList>,
    /// The lists on view during this message, already measured a chunk ahead.
    made: Vec<(ListSource, Lang, usize)>,
    /// The deck laid out for the screen, while presenting.
    deck: Deck,
    /// The stakeholder table's column widths over every organisation, in a language.
    org_columns: Option<(Lang, OrgColumns)>,
    /// Lists and charts a view had to build because they were not here.
    misses: Cell<usize>,
}

/// The document and language everything here derives from.
#[derive(Clone, Copy)]
pub struct Source<'a> {
    pub doc: &'a Document,
    pub index: &'a Index,
    pub lang: Lang,
}

impl Cache {
    /// Every list kept.
    pub fn lists(&self) -> &[FittedList] {
        &self.lists
    }

    /// Keeps the lists `wanted` measured, measuring those not kept yet (each a
    /// chunk further once per message: see [`Self::end_message`]), and the
    /// lists `kept` names when they are already measured (the screens beneath,
    /// ready for Back). Drops the rest.
    pub fn keep(&mut self, wanted: &[ListPane], kept: &[ListPane], src: Source) {
        let fits = |l: &FittedList, p: &ListPane| l.is(&p.source, src.lang, p.width());
        let mut old = std::mem::take(&mut self.lists);
        for p in wanted {
            if self.lists.iter().any(|l| fits(l, p)) {
                continue;
            }
            let list = if let Some(i) = old.iter().position(|l| fits(l, p)) {
                old.swap_remove(i)
            } else if let Some(i) = old
                .iter()
                .position(|l| l.source == p.source && l.lang == src.lang)
            {
                // Only the width changed: the items stay, their lines are counted again.
                old.swap_remove(i).at_width(p.width())
            } else if let Some(i) = self
                .spare
                .iter()
                .position(|l| l.source == p.source && l.lang == src.lang)
            {
                self.spare.remove(i).at_width(p.width())
            } else {
                FittedList::new(src.doc, src.index, p.source.clone(), src.lang, p.width())
            };
            if !self.made.iter().any(|m| list.is(&m.0, m.1, m.2)) {
                list.measure_ahead(AHEAD);
                self.made.push((list.source.clone(), list.lang, list.width));
            }
            self.lists.push(list);
        }
        for p in kept {
            if self.lists.iter().any(|l| fits(l, p)) {
                continue;
            }
            if let Some(i) = old.iter().position(|l| fits(l, p)) {
                self.lists.push(old.swap_remove(i));
            }
        }
        for l in old {
            self.spare
                .retain(|s| !(s.source == l.source && s.lang == l.lang));
            self.spare.insert(0, l);
        }
        self.spare.truncate(SPARE);
    }

    /// At the end of a message: the next one measures the lists on view a chunk
    /// further again.
    pub fn end_message(&mut self) {
        self.made.clear();
    }

    /// Keeps the deck laid out for `size`; true when it had to be laid out again.
    pub fn keep_deck(&mut self, slides: &[Slide], size: (u16, u16), src: Source) -> bool {
        if self.deck.fits(size, src.lang) {
            return false;
        }
        self.deck = Deck::new(slides, src.doc, src.index, src.lang, size);
        true
    }

    /// The deck as last laid out.
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// Keeps the stakeholder table's column widths for the current language.
    pub fn keep_org_columns(&mut self, src: Source) {
        if !matches!(&self.org_columns, Some((l, _)) if *l == src.lang) {
            self.org_columns = Some((src.lang, OrgColumns::measure(src.doc, src.index, src.lang)));
        }
    }

    /// The stakeholder table's column widths: the ones kept, else measured now (and
    /// counted).
    pub fn org_columns(&self, src: Source) -> OrgColumns {
        match &self.org_columns {
            Some((lang, c)) if *lang == src.lang => *c,
            _ => {
                self.misses.set(self.misses.get() + 1);
                OrgColumns::measure(src.doc, src.index, src.lang)
            }
        }
    }

    /// Forgets everything: the data it came from is gone.
    pub fn clear(&mut self) {
        self.lists.clear();
        self.spare.clear();
        self.made.clear();
        self.deck = Deck::default();
        self.org_columns = None;
    }

    /// The list of `source` measured at `width`: the one kept, else measured now
    /// (and counted as a miss).
    pub fn list(&self, source: &ListSource, width: usize, src: Source) -> Cow<'_, FittedList> {
        if let Some(l) = self.lists.iter().find(|l| l.is(source, src.lang, width)) {
            return Cow::Borrowed(l);
        }
        self.misses.set(self.misses.get() + 1);
        Cow::Owned(FittedList::new(
            src.doc,
            src.index,
            source.clone(),
            src.lang,
            width,
        ))
    }

    /// How many times a view found nothing here.
    pub fn misses(&self) -> usize {
        self.misses.get()
    }
}

impl App {
    pub(super) fn source_data(&self) -> Source<'_> {
        Source {
            doc: &self.doc,
            index: &self.index,
            lang: self.lang,
        }
    }

    /// Brings the cache up to date with what is on screen: the lists of the screen
    /// on view are measured, those of the screens beneath kept when still valid,
    /// and while presenting the deck is kept laid out for the screen.
    pub fn refresh(&mut self) {
        let body = layout::body(self.size);
        let wanted = self.screen().panes(body);
        let kept: Vec<ListPane> = self.stack[..self.stack.len() - 1]
            .iter()
            .flat_map(|s| s.panes(body))
            .collect();
        let src = Source {
            doc: &self.doc,
            index: &self.index,
            lang: self.lang,
        };
        self.cache.keep(&wanted, &kept, src);
        if matches!(self.screen(), Screen::Stakeholders(_)) {
            self.cache.keep_org_columns(src);
        }
        if self.presenting() {
            self.keep_deck();
        }
    }

    /// Keeps the deck laid out for the screen, finding the place on show again
    /// when it is laid out anew.
    pub(super) fn keep_deck(&mut self) {
        let src = Source {
            doc: &self.doc,
            index: &self.index,
            lang: self.lang,
        };
        let slides = super::slides_of(&self.slides, &self.doc, &self.index);
        if self.cache.keep_deck(slides, self.size, src) {
            self.present.relocate(self.cache.deck());
        }
    }

    /// The item list panes of the screen on view.
    pub fn panes(&self) -> Vec<ListPane> {
        self.screen().panes(layout::body(self.size))
    }

    /// The list in `pane`, as measured for it.
    pub fn list(&self, pane: &ListPane) -> Cow<'_, FittedList> {
        self.cache
            .list(&pane.source, pane.width(), self.source_data())
    }

    /// The stakeholder table's column widths, as kept for the language.
    pub fn org_columns(&self) -> OrgColumns {
        self.cache.org_columns(self.source_data())
    }

    /// The items of the list that keys move through, with the rows and width of
    /// its pane (on the SWOT, the focused quadrant's).
    pub fn current_items(&self) -> Option<(Vec<Item>, usize, usize)> {
        let i = match self.screen() {
            Screen::Swot(s) => s.focus.index(),
            _ => 0,
        };
        let p = self.panes().into_iter().nth(i)?;
        let items = self.list(&p).items.as_ref().clone();
        Some((items, p.rows(), p.width()))
    }
}

#[cfg(test)]
mod tests {
    use crate::action::{Action, Msg};
    use crate::app::{App, Screen, update};
    use crate::content::fitted::FittedList;
    use crate::content::heights;
    use crate::content::slides::Slide;
    use crate::model::{Lang, load_embedded};
    use crate::place::Place;

    fn app(size: (u16, u16)) -> App {
        App::new(load_embedded().unwrap(), Lang::It, size)
    }

    /// The list kept for the pane keys move through.
    fn kept(app: &App) -> &FittedList {
        let i = match app.screen() {
            Screen::Swot(s) => s.focus.index(),
            _ => 0,
        };
        let p = app.panes().into_iter().nth(i).unwrap();
        let list = app.cache.lists().iter().find(|l| l.source == p.source);
        let list = list.unwrap();
        assert!(
            list.is(&p.source, app.lang, p.width()),
            "kept for another pane"
        );
        list
    }

    /// The kept list is the one measuring everything from scratch gives.
    fn assert_fresh(app: &App) {
        let list = kept(app);
        let fresh = FittedList::new(
            &app.doc,
            &app.index,
            list.source.clone(),
            app.lang,
            list.width,
        );
        assert_eq!(*list, fresh);
        assert_eq!(
            list.line_map(),
            crate::nav::LineMap::new(&heights(&list.items, list.width))
        );
    }

    #[test]
    fn a_key_reuses_the_measured_list() {
        let mut a = app((100, 30));
        a.open(Place::Document);
        let before = kept(&a).items.as_ptr();
        assert!(update(&mut a, Msg::Action(Action::Down)));
        assert!(update(&mut a, Msg::Action(Action::PageDown)));
        assert_eq!(kept(&a).items.as_ptr(), before, "measured again on a key");
    }

    #[test]
    fn back_finds_the_lists_of_the_screen_beneath_still_measured() {
        let mut a = app((100, 30));
        a.open(Place::Roadmap(1));
        let before = kept(&a).items.as_ptr();
        a.open(Place::Document);
        update(&mut a, Msg::Action(Action::Back));
        assert_eq!(kept(&a).items.as_ptr(), before, "measured again on Back");
        assert_eq!(a.cache.misses(), 0);
    }

    #[test]
    fn a_resize_measures_again_for_the_new_width() {
        let mut a = app((100, 30));
        a.open(Place::Document);
        let narrow = kept(&a).total();
        update(
            &mut a,
            Msg::Resize {
                width: 200,
                height: 30,
            },
        );
        assert_fresh(&a);
        assert!(kept(&a).total() < narrow, "wider text takes fewer lines");
    }

    #[test]
    fn a_language_switch_measures_again() {
        let mut a = app((100, 30));
        a.open(Place::Roadmap(1));
        let italian = kept(&a).items[0].text.clone();
        update(&mut a, Msg::Action(Action::ToggleLang));
        assert_eq!(kept(&a).lang, Lang::En);
        assert_ne!(kept(&a).items[0].text, italian);
        assert_fresh(&a);
    }

    #[test]
    fn a_reload_measures_the_new_data() {
        let mut a = app((100, 30));
        a.open(Place::Document);
        let mut loaded = load_embedded().unwrap();
        loaded.doc.preface.paragraphs[0] = "Nuovo testo della premessa.".into();
        assert!(a.reload(Ok(loaded)));
        assert_eq!(kept(&a).items[1].text, "Nuovo testo della premessa.");
        assert_fresh(&a);
    }

    /// The embedded document made `times` times longer: its sources repeated.
    fn long_app(times: usize, size: (u16, u16)) -> App {
        let mut loaded = load_embedded().unwrap();
        let sources = loaded.doc.sources.clone();
        for _ in 1..times {
            loaded.doc.sources.extend(sources.iter().cloned());
        }
        App::new(loaded, Lang::It, size)
    }

    #[test]
    fn a_long_document_is_measured_only_as_far_as_the_screen_goes() {
        let mut a = long_app(400, (100, 30));
        a.open(Place::Document);
        let items = kept(&a).items.len();
        assert!(items > 10 * super::AHEAD, "{items} items: not long enough");
        // Opening it counts one chunk ahead of what is on screen, a frame no more.
        assert_eq!(kept(&a).measured(), super::AHEAD);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
        terminal.draw(|f| crate::ui::draw(f, &a)).unwrap();
        assert_eq!(kept(&a).measured(), super::AHEAD);
        // A language switched or a width changed counts from the top again.
        update(&mut a, Msg::Action(Action::ToggleLang));
        assert_eq!(kept(&a).measured(), super::AHEAD);
        update(
            &mut a,
            Msg::Resize {
                width: 70,
                height: 30,
            },
        );
        assert_eq!(kept(&a).measured(), super::AHEAD);
        // Each key counts one chunk further, until the list is whole.
        update(&mut a, Msg::Action(Action::Down));
        assert_eq!(kept(&a).measured(), 2 * super::AHEAD);
        let mut keys = 1;
        while kept(&a).measured() < items {
            update(&mut a, Msg::Action(Action::Down));
            keys += 1;
        }
        assert_eq!(keys, items.div_ceil(super::AHEAD) - 1);
        // Then the scrollbar is told the true length.
        assert_eq!(kept(&a).scroll_total(), kept(&a).line_map().total());
        assert_eq!(a.cache.misses(), 0);
    }

    #[test]
    fn end_lands_on_the_last_line_of_a_long_document() {
        for size in [(60, 20), (80, 24), (160, 48)] {
            let mut a = long_app(100, size);
            a.open(Place::Document);
            update(&mut a, Msg::Action(Action::Bottom));
            let list = kept(&a);
            let whole = crate::nav::LineMap::new(&heights(&list.items, list.width));
            let rows = a.panes()[0].rows();
            let Screen::Detail(d) = a.screen() else {
                panic!("not on the document");
            };
            assert_eq!(d.nav.selected, list.items.len() - 1, "{size:?}");
            assert_eq!(d.nav.offset, whole.total() - rows, "{size:?}");
            assert_eq!(list.measured(), list.items.len());
            assert_eq!(list.scroll_total(), whole.total());
            // The last line drawn is the last line of the last item.
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(size.0, size.1)).unwrap();
            terminal.draw(|f| crate::ui::draw(f, &a)).unwrap();
            let text = crate::ui::buffer_text(terminal.backend().buffer());
            let final_item = list.items.last().unwrap();
            let prev = list.items.get(list.items.len() - 2).map(|i| i.kind);
            let shown = final_item.lines(list.width, prev);
            let tail = shown.iter().rev().find(|l| !l.trim().is_empty()).unwrap();
            assert!(
                text.contains(tail.trim()),
                "{size:?}: {tail:?} not in\n{text}"
            );
        }
    }

    #[test]
    fn a_short_list_is_whole_after_one_message_and_its_scrollbar_exact() {
        let mut a = app((80, 24));
        a.open(Place::Document);
        let list = kept(&a);
        assert_eq!(list.measured(), list.items.len());
        assert_eq!(list.scroll_total(), list.line_map().total());
    }

    #[test]
    fn the_document_opened_again_keeps_its_items_and_counts_anew() {
        let mut a = long_app(10, (100, 30));
        a.open(Place::Document);
        let items = kept(&a).items.as_ptr();
        update(&mut a, Msg::Action(Action::Back));
        update(&mut a, Msg::Action(Action::GoDocument));
        assert_eq!(kept(&a).items.as_ptr(), items, "built again");
        assert_fresh(&a);
        // Either language's items wait for a switch back.
        update(&mut a, Msg::Action(Action::ToggleLang));
        update(&mut a, Msg::Action(Action::ToggleLang));
        assert_eq!(kept(&a).items.as_ptr(), items, "built again");
        // A reload forgets them.
        assert!(a.reload(Ok(load_embedded().unwrap())));
        assert_ne!(kept(&a).items.len(), 0);
        assert_fresh(&a);
    }

    #[test]
    fn every_quadrant_is_measured_for_its_pane_and_zoom_measures_again() {
        let mut a = app((120, 40));
        a.open(Place::Swot(None));
        assert_eq!(a.cache.lists().len(), 4);
        assert_fresh(&a);
        update(&mut a, Msg::Action(Action::Zoom));
        for pane in a.panes() {
            assert!(
                a.cache
                    .lists()
                    .iter()
                    .any(|l| l.is(&pane.source, a.lang, pane.width()))
            );
        }
        assert_fresh(&a);
    }

    #[test]
    fn the_slides_wait_for_the_presentation() {
        let mut a = app((120, 40));
        for key in [Action::Down, Action::Open, Action::Back, Action::ToggleLang] {
            update(&mut a, Msg::Action(key));
        }
        a.open(Place::Document);
        assert!(a.slides.get().is_none(), "made before presenting");
        update(&mut a, Msg::Action(Action::TogglePresent));
        assert_eq!(
            a.slides(),
            crate::content::slides::slides(&a.doc, &a.index).as_slice()
        );
        assert!(!a.cache.deck().pages.is_empty());
    }

    #[test]
    fn the_deck_is_laid_out_once_per_size_and_language_and_keeps_the_place() {
        let mut a = app((80, 24));
        update(&mut a, Msg::Action(Action::TogglePresent));
        let pages = a.cache.deck().pages.as_ptr();
        for _ in 0..6 {
            update(&mut a, Msg::Action(Action::NextSlide));
        }
        assert_eq!(
            a.cache.deck().pages.as_ptr(),
            pages,
            "laid out again on a key"
        );
        let slide = a.slides()[a.present.slide()];
        update(
            &mut a,
            Msg::Resize {
                width: 200,
                height: 60,
            },
        );
        assert_eq!(a.cache.deck().size, (200, 60));
        assert_eq!(a.slides()[a.present.slide()], slide, "the place is kept");
        assert_eq!(
            a.cache.deck().pages[a.present.page].slide,
            a.present.slide()
        );
        update(&mut a, Msg::Action(Action::ToggleLang));
        assert_eq!(a.cache.deck().lang, Some(Lang::En));
        assert_eq!(a.slides()[a.present.slide()], slide);
        assert!(matches!(slide, Slide::Roadmap(_)));
    }
}
