//! The screens that are one item list under a header: the document's front
//! matter, a technology area and an organisation. Drawn by `ui/detail.rs`.

use ratatui::layout::{Position, Rect};

use super::list;
use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::pane::ListPane;
use crate::app::state::{ScreenState, Selection};
use crate::content::fitted::ListSource;
use crate::keymap::Context;
use crate::nav::{Lines, ListNav};
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
    /// The title the header shows whole (derived from the document, so that the
    /// header's height and the list's pane agree between the app and the view).
    pub title: String,
}

impl DetailState {
    pub fn new(subject: Subject, cx: &Ctx) -> Self {
        let mut s = Self {
            subject,
            nav: ListNav::default(),
            title: String::new(),
        };
        s.title = s.title_in(cx);
        s
    }

    /// What the header names: the document's, the area's or the organisation's title.
    fn title_in(&self, cx: &Ctx) -> String {
        match &self.subject {
            Subject::Document => cx.doc.meta.title.to_string(),
            Subject::Area(id) => cx
                .index
                .area(cx.doc, id)
                .map_or_else(String::new, |(a, _)| a.title.to_string()),
            Subject::Stakeholder(id) => cx.index.org(cx.doc, id).map_or_else(String::new, |o| {
                let mut name = o.name.to_string();
                if let Some(s) = &o.short_name {
                    name.push_str(&format!(" ({s})"));
                }
                name
            }),
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
        self.text_pane(cx.body)
    }

    /// The list's pane in `body`; the document's sits beside its contents.
    fn text_pane(&self, body: Rect) -> ListPane {
        let [_, content] = layout::detail(body, &self.title);
        let rect = match self.subject {
            Subject::Document => layout::document(content)[1],
            Subject::Area(_) | Subject::Stakeholder(_) => content,
        };
        ListPane::new(self.source(), rect)
    }

    /// Selects heading `i` of the list and scrolls it to the top of the pane.
    fn land_on(&mut self, i: usize, pane: &ListPane, cx: &Ctx) -> Outcome {
        let Some(list) = cx.list(&pane.source, pane.width()) else {
            return Outcome::Unchanged;
        };
        let before = self.nav;
        self.nav.selected = i;
        self.nav.offset = list.clamp(list.top(i), pane.rows());
        Outcome::changed(self.nav != before)
    }

    /// `]` and `[` on the document: the next heading, or the heading of the section
    /// the selection is in (the one before when that heading is selected).
    fn jump(&mut self, forward: bool, cx: &Ctx) -> Outcome {
        let pane = self.pane(cx);
        let Some(list) = cx.list(&pane.source, pane.width()) else {
            return Outcome::Unchanged;
        };
        let heads = headings(&list.items);
        let at = self.nav.selected;
        let target = if forward {
            heads.iter().copied().find(|&h| h > at)
        } else {
            heads.iter().rev().copied().find(|&h| h < at)
        };
        match target {
            Some(i) => self.land_on(i, &pane, cx),
            None => Outcome::Unchanged,
        }
    }
}

/// Where the headings of a list are: the document's table of contents.
pub fn headings(items: &[crate::content::Item]) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.kind == crate::content::ItemKind::Heading)
        .map(|(i, _)| i)
        .collect()
}

/// The heading of the section item `selected` is in, as an index into `heads`.
pub fn current_heading(heads: &[usize], selected: usize) -> Option<usize> {
    heads.partition_point(|&h| h <= selected).checked_sub(1)
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
        vec![self.text_pane(body)]
    }

    fn selection(&self, cx: &Ctx) -> Option<Selection> {
        list::selection(&self.nav, &self.pane(cx), cx)
    }

    fn handle(&mut self, action: Action, cx: &Ctx) -> Outcome {
        match action {
            Action::NextHeading => return self.jump(true, cx),
            Action::PrevHeading => return self.jump(false, cx),
            _ => {}
        }
        let pane = self.pane(cx);
        list::handle(&mut self.nav, &pane, action, cx)
    }

    fn scroll(&mut self, dir: isize, _at: Position, cx: &Ctx) -> Outcome {
        let pane = self.pane(cx);
        list::scroll(&mut self.nav, &pane, dir, cx)
    }

    fn click(&mut self, column: u16, row: u16, cx: &Ctx) -> Outcome {
        let pane = self.pane(cx);
        if self.subject == Subject::Document {
            let [_, content] = layout::detail(cx.body, &self.title);
            let [toc, _] = layout::document(content);
            if let Some(line) = layout::content_line_at(toc, column, row)
                && let Some(list) = cx.list(&pane.source, pane.width())
            {
                let heads = headings(&list.items);
                let first = toc_start(heads.len(), current_heading(&heads, self.nav.selected), toc);
                return match heads.get(first + line) {
                    Some(&i) => self.land_on(i, &pane, cx),
                    None => Outcome::Unchanged,
                };
            }
        }
        match list::click(&mut self.nav, &pane, column, row, cx) {
            Outcome::Pass => Outcome::Unchanged,
            o => o,
        }
    }

    /// The title again, from the document (after a reload).
    fn rederive(&mut self, cx: &Ctx) {
        self.title = self.title_in(cx);
    }

    fn refit(&mut self, cx: &Ctx) {
        let pane = self.pane(cx);
        list::refit(&mut self.nav, &pane, cx);
    }
}

/// The first heading the contents pane `toc` shows: from the top, scrolled only as
/// far as keeps the current one in view.
pub fn toc_start(count: usize, current: Option<usize>, toc: Rect) -> usize {
    let rows = usize::from(toc.height.saturating_sub(2)).max(1);
    let cur = current.unwrap_or(0);
    cur.saturating_add(1)
        .saturating_sub(rows)
        .min(count.saturating_sub(rows))
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

    #[test]
    fn brackets_jump_between_the_document_headings() {
        for size in [(60, 20), (80, 24), (160, 48)] {
            let mut a = App::new(load_embedded().unwrap(), Lang::En, size);
            a.open(Place::Document);
            let cx = a.ctx();
            let Screen::Detail(d) = a.screen() else {
                panic!("not on the document");
            };
            let mut d = d.clone();
            let pane = d.pane(&cx);
            let list = cx.list(&pane.source, pane.width()).unwrap();
            let heads = headings(&list.items);
            assert!(heads.len() > 3, "the document has sections");
            assert_eq!(d.handle(Action::NextHeading, &cx), Outcome::Changed);
            assert_eq!(d.nav.selected, heads[1]);
            assert_eq!(d.handle(Action::NextHeading, &cx), Outcome::Changed);
            assert_eq!(d.nav.selected, heads[2]);
            assert_eq!(d.handle(Action::PrevHeading, &cx), Outcome::Changed);
            assert_eq!(d.nav.selected, heads[1]);
            // Inside a section, `[` goes to its heading.
            d.handle(Action::Down, &cx);
            assert_eq!(d.handle(Action::PrevHeading, &cx), Outcome::Changed);
            assert_eq!(d.nav.selected, heads[1]);
            // The last heading stays put; the list does not wrap round.
            while d.handle(Action::NextHeading, &cx) == Outcome::Changed {}
            assert_eq!(
                current_heading(&heads, d.nav.selected),
                Some(heads.len() - 1)
            );
        }
    }

    #[test]
    fn document_text_stays_readable_and_centred() {
        use crate::ui::layout::{document, list_text};
        for (w, h) in [(60, 20), (80, 24), (120, 40), (160, 48), (250, 60)] {
            let content = Rect::new(0, 4, w, h - 5);
            let [toc, text] = document(content);
            let inner = list_text(text).width;
            assert!(inner <= 100, "{w}: {inner} columns of text");
            assert_eq!(toc.width == 0, w < 80, "{w}");
            assert!(text.right() <= content.right() && toc.x >= content.x, "{w}");
            let (left, right) = (toc.x - content.x, content.right() - text.right());
            assert!(
                left.abs_diff(right) <= 1,
                "{w}: centred, {left} and {right}"
            );
        }
    }
}
