//! The search overlay: a query typed over the whole document, its hits grouped by
//! kind, and the jump that lands on the hit and selects it there.

use super::{App, Pane, ViewState, update};
use crate::action::Action;
use crate::content::{self, ItemKey, SECTIONS};
use crate::place::Place;
use crate::search::{self, Hit, HitKind, Target};
use crate::ui::layout;

/// The overlay's query, its hits and the chosen one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    /// The chosen hit.
    pub selected: usize,
    /// The first row in view (rows are group headings and hits).
    pub offset: usize,
}

/// A row of the results: a group heading or a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultRow {
    Group(HitKind, usize),
    Hit(usize),
}

impl SearchState {
    /// The rows shown: each group's heading with its count, then its hits.
    pub fn rows(&self) -> Vec<ResultRow> {
        let mut rows = Vec::with_capacity(self.hits.len() + 8);
        let mut i = 0;
        while i < self.hits.len() {
            let kind = self.hits[i].kind;
            let n = self.hits[i..].iter().take_while(|h| h.kind == kind).count();
            rows.push(ResultRow::Group(kind, n));
            rows.extend((i..i + n).map(ResultRow::Hit));
            i += n;
        }
        rows
    }

    /// Keeps the chosen hit in view, with its group's heading when there is room.
    fn fit(&mut self, visible: usize) {
        let visible = visible.max(1);
        let rows = self.rows();
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        if let Some(row) = rows
            .iter()
            .position(|r| *r == ResultRow::Hit(self.selected))
        {
            let top = if row > 0 && matches!(rows[row - 1], ResultRow::Group(..)) {
                row - 1
            } else {
                row
            };
            if top < self.offset {
                self.offset = top;
            } else if row >= self.offset + visible {
                self.offset = row + 1 - visible;
            }
        }
        self.offset = self.offset.min(rows.len().saturating_sub(visible));
    }
}

impl App {
    /// Opens the overlay on `query`.
    pub fn open_search(&mut self, query: &str) {
        let mut s = SearchState {
            query: query.to_owned(),
            ..SearchState::default()
        };
        s.hits = self.search_index.query(&s.query, &mut self.matcher);
        self.search = Some(s);
    }

    fn search_rows(&self) -> usize {
        usize::from(layout::search(layout::full(self.size)).results.height)
    }
}

/// Answers `action` while the overlay is open. Returns whether anything visible
/// changed, or `None` when the action is not the overlay's.
pub(super) fn act(app: &mut App, action: Action) -> Option<bool> {
    let rows = app.search_rows();
    let s = app.search.as_mut()?;
    let before = (s.selected, s.offset);
    let last = s.hits.len().saturating_sub(1);
    let page = rows.saturating_sub(1).max(1);
    match action {
        Action::Back | Action::OpenSearch => {
            app.search = None;
            return Some(true);
        }
        Action::Open => return Some(jump(app)),
        Action::Up => s.selected = s.selected.saturating_sub(1),
        Action::Down => s.selected = (s.selected + 1).min(last),
        Action::PageUp => s.selected = s.selected.saturating_sub(page),
        Action::PageDown => s.selected = (s.selected + page).min(last),
        Action::Top => s.selected = 0,
        Action::Bottom => s.selected = last,
        Action::DeleteChar => {
            return Some(edit(app, |q| {
                q.pop();
            }));
        }
        Action::ClearInput => return Some(edit(app, String::clear)),
        _ => return None,
    }
    s.fit(rows);
    Some((s.selected, s.offset) != before)
}

/// A character typed into the query.
pub(super) fn input(app: &mut App, ch: char) -> bool {
    edit(app, |q| q.push(ch))
}

/// Changes the query and searches again: the first hit is chosen.
fn edit(app: &mut App, change: impl FnOnce(&mut String)) -> bool {
    let Some(s) = app.search.as_mut() else {
        return false;
    };
    let before = s.query.clone();
    change(&mut s.query);
    if s.query == before {
        return false;
    }
    let hits = app.search_index.query(&s.query, &mut app.matcher);
    s.hits = hits;
    s.selected = 0;
    s.offset = 0;
    true
}

/// A click on row `row` of the results: chooses a hit, or on the chosen one, goes.
pub(super) fn click_row(app: &mut App, row: usize) -> bool {
    let Some(s) = app.search.as_mut() else {
        return false;
    };
    match s.rows().get(s.offset + row) {
        Some(ResultRow::Hit(i)) if *i == s.selected => jump(app),
        Some(ResultRow::Hit(i)) => {
            s.selected = *i;
            true
        }
        _ => false,
    }
}

/// Enter: closes the overlay, goes to the chosen hit and selects it there.
fn jump(app: &mut App) -> bool {
    let Some(hit) = app
        .search
        .as_ref()
        .and_then(|s| s.hits.get(s.selected))
        .cloned()
    else {
        return false;
    };
    app.search = None;
    app.present.active = false;
    if *app.place() != hit.place {
        app.push(hit.place.clone());
    }
    select_target(app, &hit.target);
    update::refit(app);
    true
}

/// Selects, on the screen just opened, the item `target` names.
fn select_target(app: &mut App, target: &Target) {
    let (doc, index, lang) = (&app.doc, &app.index, app.lang);
    match (app.view().place.clone(), target.item) {
        // A roadmap's title opens its summary; anything else, the section that shows it.
        (Place::Roadmap(n), Some(_)) => {
            let (Some(r), Some(section)) = (index.roadmap(doc, n), target.section) else {
                return;
            };
            let items = content::roadmap_section(doc, index, r, section, lang);
            let spot = SECTIONS
                .iter()
                .position(|s| *s == section)
                .zip(search::landing(&items, target));
            if let (Some((si, ii)), ViewState::Roadmap(s)) = (spot, &mut app.view_mut().state) {
                s.section = si;
                s.focus = Pane::Content;
                s.content.selected = ii;
                s.content.offset = 0;
            }
        }
        (Place::Swot(_), Some(ItemKey::Swot(q, _))) => {
            let spot = search::landing(&content::swot_items(doc, q), target);
            if let ViewState::Swot(s) = &mut app.view_mut().state {
                s.focus = q;
                if let Some(ii) = spot {
                    s.lists[q.index()].selected = ii;
                }
            }
        }
        (Place::Document, Some(_)) => {
            let spot = search::landing(&content::document_items(doc, index, lang), target);
            if let (Some(ii), ViewState::Document(nav)) = (spot, &mut app.view_mut().state) {
                nav.selected = ii;
            }
        }
        _ => {}
    }
}
