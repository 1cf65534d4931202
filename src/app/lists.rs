//! The item lists a screen shows, measured once for their panes and kept with the
//! screen (or, while presenting, with the deck). `update` keeps them fitting the
//! size, the language and the data; views and keys read them.

use std::borrow::Cow;

use super::{App, FiguresState, Pane, RoadmapState, ViewState};
use crate::content::Item;
use crate::content::figures::chart;
use crate::content::fitted::{FittedList, ListSource};
use crate::content::slides::Slide;
use crate::model::{Document, Index, Lang};
use crate::nav::ListNav;
use crate::place::{Chart, Place, Quadrant};
use crate::ui::layout;

/// What the slide on show needs beyond the document: its item lists and its chart.
#[derive(Debug, Clone, Default)]
pub struct Deck {
    pub lists: Vec<FittedList>,
    /// A chart slide's chart, shown from its first bar.
    pub chart: Option<(Lang, FiguresState)>,
}

/// A list and the pane it is drawn in: rows and text width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPane {
    pub source: ListSource,
    pub rows: usize,
    pub width: usize,
}

fn pane(source: ListSource, rect: ratatui::layout::Rect) -> ListPane {
    let (rows, width) = layout::content_viewport(rect);
    ListPane {
        source,
        rows,
        width,
    }
}

impl App {
    /// The item lists of the screen on view, each with its pane. On the SWOT, every
    /// quadrant in order, hidden ones with an empty pane.
    pub fn list_panes(&self) -> Vec<ListPane> {
        let body = layout::body(self.size);
        match (&self.view().place, &self.view().state) {
            (Place::Roadmap(n), ViewState::Roadmap(s)) => {
                if self.index.roadmap(&self.doc, *n).is_none() {
                    return Vec::new();
                }
                let [_, _, content] = layout::roadmap(body);
                vec![pane(ListSource::section(*n, s.section), content)]
            }
            (_, ViewState::Swot(s)) => {
                let rects = layout::swot(body, s.focus.index(), s.zoomed);
                Quadrant::ALL
                    .map(|q| pane(ListSource::Quadrant(q), rects[q.index()]))
                    .to_vec()
            }
            (place, ViewState::Document(_) | ViewState::Area(_) | ViewState::Stakeholder(_)) => {
                let source = match place {
                    Place::Area(id) => ListSource::Area(id.clone()),
                    Place::Stakeholder(id) => ListSource::Stakeholder(id.clone()),
                    _ => ListSource::Document,
                };
                let [_, content] = layout::detail(body);
                vec![pane(source, content)]
            }
            _ => Vec::new(),
        }
    }

    /// The pane of the list that keys move through (on a roadmap, the content pane
    /// whichever pane has the focus).
    pub fn focused_pane(&self) -> Option<ListPane> {
        let i = match &self.view().state {
            ViewState::Swot(s) => s.focus.index(),
            _ => 0,
        };
        self.list_panes().into_iter().nth(i)
    }

    /// The lists the slide on show draws.
    fn deck_panes(&self) -> Vec<ListPane> {
        let [slide, _] = layout::slide(layout::full(self.size));
        match self.slides.get(self.present.slide) {
            Some(Slide::Swot) => {
                let rects = layout::swot(slide, 0, false);
                Quadrant::ALL
                    .map(|q| pane(ListSource::Quadrant(q), rects[q.index()]))
                    .to_vec()
            }
            Some(Slide::Quadrant(q)) => {
                let rects = layout::swot(slide, q.index(), true);
                vec![pane(ListSource::Quadrant(*q), rects[q.index()])]
            }
            _ => Vec::new(),
        }
    }

    /// The list of `source` measured at `width`: the one kept for the screen or the
    /// slide when it fits, else measured now.
    pub fn list(&self, source: &ListSource, width: usize) -> Cow<'_, FittedList> {
        let lang = self.lang;
        self.view()
            .lists
            .iter()
            .chain(&self.deck.lists)
            .find(|l| l.is(source, lang, width))
            .map_or_else(
                || {
                    Cow::Owned(FittedList::new(
                        &self.doc,
                        &self.index,
                        source.clone(),
                        lang,
                        width,
                    ))
                },
                Cow::Borrowed,
            )
    }

    /// A chart on a slide: the one kept for the deck when it fits.
    pub fn deck_chart(&self, c: Chart) -> Cow<'_, FiguresState> {
        match &self.deck.chart {
            Some((lang, f)) if *lang == self.lang && f.chart == c => Cow::Borrowed(f),
            _ => Cow::Owned(slide_chart(&self.doc, &self.index, c, self.lang)),
        }
    }

    /// The items of the current item-list screen, with the viewport they scroll in.
    pub fn current_items(&self) -> Option<(Vec<Item>, usize, usize)> {
        let p = self.focused_pane()?;
        let items = self.list(&p.source, p.width).into_owned().items;
        Some((items, p.rows, p.width))
    }

    /// Forgets every measured list: the data they came from is gone.
    pub(super) fn forget_lists(&mut self) {
        for view in &mut self.stack {
            view.lists.clear();
        }
        self.deck = Deck::default();
    }
}

fn slide_chart(doc: &Document, index: &Index, c: Chart, lang: Lang) -> FiguresState {
    FiguresState {
        chart: c,
        data: chart(doc, index, c, lang),
        selected: 0,
        offset: 0,
    }
}

/// Keeps exactly the lists `panes` name, measuring those not kept yet.
fn keep_fitting(
    lists: &mut Vec<FittedList>,
    panes: &[ListPane],
    (doc, index, lang): (&Document, &Index, Lang),
) {
    if lists.len() == panes.len()
        && panes
            .iter()
            .zip(lists.iter())
            .all(|(p, l)| l.is(&p.source, lang, p.width))
    {
        return;
    }
    let mut old = std::mem::take(lists);
    *lists = panes
        .iter()
        .map(|p| {
            if let Some(i) = old.iter().position(|l| l.is(&p.source, lang, p.width)) {
                return old.swap_remove(i);
            }
            // Only the width changed: the items stay, their lines are counted again.
            if let Some(i) = old
                .iter()
                .position(|l| l.source == p.source && l.lang == lang)
            {
                return old.swap_remove(i).at_width(p.width);
            }
            FittedList::new(doc, index, p.source.clone(), lang, p.width)
        })
        .collect();
}

/// Measures what the screen on view (and the slide on show) draws, where it is not
/// measured already for this size and language.
pub(super) fn fit_lists(app: &mut App) {
    let panes = app.list_panes();
    let data = (&app.doc, &app.index, app.lang);
    if let Some(view) = app.stack.last_mut() {
        keep_fitting(&mut view.lists, &panes, data);
    }
    if !app.present.active {
        return;
    }
    let panes = app.deck_panes();
    keep_fitting(&mut app.deck.lists, &panes, data);
    if let Some(Slide::Chart(c)) = app.slides.get(app.present.slide) {
        let fits = matches!(&app.deck.chart, Some((l, f)) if *l == app.lang && f.chart == *c);
        if !fits {
            app.deck.chart = Some((app.lang, slide_chart(&app.doc, &app.index, *c, app.lang)));
        }
    }
}

/// The navigation of the list on a screen in `state`.
pub(super) fn nav_of(state: &mut ViewState) -> Option<&mut ListNav> {
    match state {
        ViewState::Roadmap(RoadmapState { content: n, .. })
        | ViewState::Area(n)
        | ViewState::Document(n)
        | ViewState::Stakeholder(n) => Some(n),
        ViewState::Swot(s) => Some(&mut s.lists[s.focus.index()]),
        _ => None,
    }
}

/// Runs `f` on the focused list's navigation, the list measured for its pane, and
/// the pane's rows. None when the screen has no list.
pub(super) fn with_focused<R>(
    app: &mut App,
    f: impl FnOnce(&mut ListNav, &FittedList, usize) -> R,
) -> Option<R> {
    fit_lists(app);
    let pane = app.focused_pane()?;
    let lang = app.lang;
    let view = app.stack.last_mut()?;
    let list = view
        .lists
        .iter()
        .find(|l| l.is(&pane.source, lang, pane.width))?;
    let nav = nav_of(&mut view.state)?;
    Some(f(nav, list, pane.rows))
}

/// Keeps every list's selection and offset valid for its pane (after the size, the
/// language, the focus or the data changed).
pub(super) fn refit_lists(app: &mut App) {
    fit_lists(app);
    let panes = app.list_panes();
    let lang = app.lang;
    let Some(view) = app.stack.last_mut() else {
        return;
    };
    let lists = &view.lists;
    let find = |p: &ListPane| lists.iter().find(|l| l.is(&p.source, lang, p.width));
    match &mut view.state {
        ViewState::Swot(s) => {
            for (nav, p) in s.lists.iter_mut().zip(&panes) {
                if let Some(list) = find(p) {
                    nav.refit_in(&list.lines, p.rows);
                }
            }
        }
        state => {
            if let (Some(nav), Some(p)) = (nav_of(state), panes.first())
                && let Some(list) = find(p)
            {
                nav.refit_in(&list.lines, p.rows);
            }
        }
    }
}

/// Whether the focus is on a scrolling item list (not a table or the section list).
pub(super) fn content_focused(app: &App) -> bool {
    match &app.view().state {
        ViewState::Roadmap(s) => s.focus == Pane::Content,
        ViewState::Area(_)
        | ViewState::Document(_)
        | ViewState::Stakeholder(_)
        | ViewState::Swot(_) => true,
        ViewState::Overview(_)
        | ViewState::Stakeholders(_)
        | ViewState::Matrix(_)
        | ViewState::Figures(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{Action, Msg};
    use crate::app::update;
    use crate::content::heights;
    use crate::model::load_embedded;

    fn app(size: (u16, u16)) -> App {
        App::new(load_embedded().unwrap(), Lang::It, size)
    }

    fn kept(app: &App) -> &FittedList {
        let p = app.focused_pane().unwrap();
        let list = app.view().lists.iter().find(|l| l.source == p.source);
        let list = list.unwrap();
        assert!(
            list.is(&p.source, app.lang, p.width),
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
            list.lines,
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
    fn a_resize_measures_again_for_the_new_width() {
        let mut a = app((100, 30));
        a.open(Place::Document);
        let narrow = kept(&a).lines.total();
        update(
            &mut a,
            Msg::Resize {
                width: 200,
                height: 30,
            },
        );
        assert_fresh(&a);
        assert!(
            kept(&a).lines.total() < narrow,
            "wider text takes fewer lines"
        );
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

    #[test]
    fn every_quadrant_is_measured_for_its_pane_and_zoom_measures_again() {
        let mut a = app((120, 40));
        a.open(Place::Swot(None));
        assert_eq!(a.view().lists.len(), 4);
        assert_fresh(&a);
        update(&mut a, Msg::Action(Action::Zoom));
        let panes = a.list_panes();
        for (list, pane) in a.view().lists.iter().zip(&panes) {
            assert!(list.is(&pane.source, a.lang, pane.width));
        }
        assert_fresh(&a);
    }

    #[test]
    fn a_slide_keeps_its_lists_and_chart() {
        let mut a = app((120, 40));
        update(&mut a, Msg::Action(Action::TogglePresent));
        let swot = a.slides.iter().position(|s| *s == Slide::Swot).unwrap();
        for d in (swot + 1).to_string().bytes() {
            update(&mut a, Msg::Action(Action::Digit(d - b'0')));
        }
        update(&mut a, Msg::Action(Action::Open));
        assert_eq!(a.deck.lists.len(), 4);
        let chart_slide = a
            .slides
            .iter()
            .position(|s| matches!(s, Slide::Chart(_)))
            .unwrap();
        for d in (chart_slide + 1).to_string().bytes() {
            update(&mut a, Msg::Action(Action::Digit(d - b'0')));
        }
        update(&mut a, Msg::Action(Action::Open));
        let Some(Slide::Chart(c)) = a.slides.get(a.present.slide).copied() else {
            panic!("not on a chart");
        };
        assert!(matches!(a.deck_chart(c), Cow::Borrowed(_)));
        update(&mut a, Msg::Action(Action::ToggleLang));
        assert!(matches!(a.deck_chart(c), Cow::Borrowed(_)));
        assert_eq!(a.deck_chart(c).data, chart(&a.doc, &a.index, c, Lang::En));
    }
}
