//! The application state and `update`, which changes it in answer to a message
//! and does no I/O and no drawing.

use std::cmp::Ordering;

use crate::action::{Action, Msg};
use crate::content::{self, Item, SECTIONS, Section, org_figure};
use crate::keymap::{self, Context};
use crate::model::{Document, Index, Lang, Loaded, Metric};
use crate::nav::{ListNav, TableNav};
use crate::place::Place;
use crate::ui::layout;
use crate::ui::theme::Theme;

/// Which pane of the roadmap screen has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sections,
    Content,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapState {
    pub section: usize,
    pub focus: Pane,
    pub content: ListNav,
}

/// Columns the stakeholder table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Kind,
    Place,
    Turnover,
    Employees,
    Roadmaps,
}

pub const SORT_KEYS: &[SortKey] = &[
    SortKey::Name,
    SortKey::Kind,
    SortKey::Place,
    SortKey::Turnover,
    SortKey::Employees,
    SortKey::Roadmaps,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholdersState {
    pub table: TableNav,
    pub sort: SortKey,
    pub descending: bool,
    /// Organisation indices in display order (derived from the sort, kept to avoid
    /// sorting on every frame).
    pub order: Vec<usize>,
}

/// Per-screen state, kept with the place on the stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewState {
    Overview(TableNav),
    Document(ListNav),
    Roadmap(RoadmapState),
    Area(ListNav),
    Stakeholders(StakeholdersState),
    Stakeholder(ListNav),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub place: Place,
    pub state: ViewState,
}

/// Everything the browser knows.
#[derive(Debug, Clone)]
pub struct App {
    pub doc: Document,
    pub index: Index,
    /// Display name of the data file.
    pub source: String,
    pub lang: Lang,
    /// The navigation stack; never empty, the root is the overview.
    pub stack: Vec<View>,
    /// Scroll offset of the help overlay, when it is open.
    pub help: Option<usize>,
    pub mouse: bool,
    pub size: (u16, u16),
    pub quit: bool,
    pub theme: Theme,
}

impl App {
    pub fn new(loaded: Loaded, lang: Lang, size: (u16, u16)) -> Self {
        let index = Index::new(&loaded.doc);
        let mut app = Self {
            doc: loaded.doc,
            index,
            source: loaded.name,
            lang,
            stack: Vec::new(),
            help: None,
            mouse: true,
            size,
            quit: false,
            theme: Theme::dark(),
        };
        let root = app.view_for(Place::Overview);
        app.stack.push(root);
        app
    }

    /// Opens `place` on top of the overview (used by `--open` and `render`).
    /// The path above is filled in, so Back and the breadcrumbs lead somewhere
    /// sensible: an area sits under its roadmap, an organisation under the table.
    pub fn open(&mut self, place: Place) {
        match &place {
            Place::Overview => return,
            Place::Area(id) => {
                let number = self
                    .index
                    .area_loc(id)
                    .and_then(|l| self.doc.roadmaps.get(l.roadmap))
                    .map(|r| r.number);
                if let Some(n) = number {
                    self.push(Place::Roadmap(n));
                }
            }
            Place::Stakeholder(_) => self.push(Place::Stakeholders),
            Place::Roadmap(_) | Place::Stakeholders | Place::Document => {}
        }
        self.push(place);
    }

    pub fn view(&self) -> &View {
        // The stack is never empty: the root is pushed in `new` and never popped.
        &self.stack[self.stack.len() - 1]
    }

    fn view_mut(&mut self) -> &mut View {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    pub fn place(&self) -> &Place {
        &self.view().place
    }

    /// The keymap context of what is on screen.
    pub fn context(&self) -> Context {
        if self.help.is_some() {
            Context::Help
        } else {
            self.view_context()
        }
    }

    fn view_for(&self, place: Place) -> View {
        let state = match &place {
            Place::Overview => ViewState::Overview(TableNav::default()),
            Place::Document => ViewState::Document(ListNav::default()),
            Place::Roadmap(_) => ViewState::Roadmap(RoadmapState {
                section: 0,
                focus: Pane::Sections,
                content: ListNav::default(),
            }),
            Place::Area(_) => ViewState::Area(ListNav::default()),
            Place::Stakeholders => {
                let mut s = StakeholdersState {
                    table: TableNav::default(),
                    sort: SortKey::Name,
                    descending: false,
                    order: Vec::new(),
                };
                s.order = self.stakeholder_order(s.sort, s.descending);
                ViewState::Stakeholders(s)
            }
            Place::Stakeholder(_) => ViewState::Stakeholder(ListNav::default()),
        };
        View { place, state }
    }

    fn push(&mut self, place: Place) {
        if *self.place() == place {
            return;
        }
        let view = self.view_for(place);
        self.stack.push(view);
    }

    /// Organisation indices sorted for the stakeholder table.
    pub fn stakeholder_order(&self, key: SortKey, descending: bool) -> Vec<usize> {
        let orgs = &self.doc.organisations;
        let mut order: Vec<usize> = (0..orgs.len()).collect();
        let value = |i: usize, m: Metric| org_figure(&orgs[i], m).map(|f| f.value);
        let cmp_opt = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Greater,
            (None, Some(_)) => Ordering::Less,
            (None, None) => Ordering::Equal,
        };
        let by_name = |a: &usize, b: &usize| {
            orgs[*a]
                .name
                .to_lowercase()
                .cmp(&orgs[*b].name.to_lowercase())
        };
        order.sort_by(|a, b| {
            let primary = match key {
                SortKey::Name => Ordering::Equal,
                SortKey::Kind => orgs[*a].kind.cmp(&orgs[*b].kind),
                SortKey::Place => orgs[*a].place.cmp(&orgs[*b].place),
                SortKey::Turnover => {
                    cmp_opt(value(*a, Metric::Turnover), value(*b, Metric::Turnover))
                }
                SortKey::Employees => {
                    cmp_opt(value(*a, Metric::Employees), value(*b, Metric::Employees))
                }
                SortKey::Roadmaps => self
                    .index
                    .roadmap_count(*a)
                    .cmp(&self.index.roadmap_count(*b)),
            };
            let primary = if descending {
                primary.reverse()
            } else {
                primary
            };
            primary.then_with(|| by_name(a, b))
        });
        order
    }

    /// The items of the current item-list screen, with the viewport they scroll in.
    pub fn current_items(&self) -> Option<(Vec<Item>, usize, usize)> {
        let body = layout::body(self.size);
        match (&self.view().place, &self.view().state) {
            (Place::Roadmap(n), ViewState::Roadmap(s)) => {
                let r = self.index.roadmap(&self.doc, *n)?;
                let [_, _, content] = layout::roadmap(body);
                let (rows, width) = layout::content_viewport(content);
                let section = SECTIONS.get(s.section).copied().unwrap_or(Section::Summary);
                Some((
                    content::roadmap_section(&self.doc, &self.index, r, section, self.lang),
                    rows,
                    width,
                ))
            }
            (place, ViewState::Document(_) | ViewState::Area(_) | ViewState::Stakeholder(_)) => {
                let (doc, index, lang) = (&self.doc, &self.index, self.lang);
                let items = match place {
                    Place::Area(id) => content::area_items(doc, index, id, lang),
                    Place::Stakeholder(id) => content::stakeholder_items(doc, index, id, lang),
                    _ => content::document_items(doc, index, lang),
                };
                let [_, content] = layout::detail(body);
                let (rows, width) = layout::content_viewport(content);
                Some((items, rows, width))
            }
            _ => None,
        }
    }

    /// Rows visible in the current screen's table.
    fn table_viewport(&self) -> usize {
        let body = layout::body(self.size);
        match self.view().state {
            ViewState::Overview(_) => {
                let [_, _, table] = layout::overview(body);
                layout::table_rows(table)
            }
            _ => layout::table_rows(body),
        }
    }

    /// Number of lines in the help overlay for the current screen.
    pub fn help_lines(&self, context: Context) -> usize {
        keymap::bindings_for(context).filter(|b| b.listed).count() + 6
    }
}

/// Applies one message. Returns whether anything visible changed.
pub fn update(app: &mut App, msg: Msg) -> bool {
    match msg {
        Msg::Action(a) => act(app, a),
        Msg::Resize { width, height } => {
            app.size = (width, height);
            refit(app);
            true
        }
        Msg::Click { column, row } => click(app, column, row),
        Msg::Scroll { lines, .. } => scroll(app, lines),
    }
}

fn act(app: &mut App, action: Action) -> bool {
    if let Some(offset) = app.help {
        return help_action(app, offset, action);
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Back => {
            if app.stack.len() <= 1 {
                return false;
            }
            app.stack.pop();
            refit(app);
        }
        Action::Up => return step(app, -1),
        Action::Down => return step(app, 1),
        Action::PageUp => return page(app, -1),
        Action::PageDown => return page(app, 1),
        Action::Top => return step(app, isize::MIN / 2),
        Action::Bottom => return step(app, isize::MAX / 2),
        Action::Open => return open(app),
        Action::NextPane | Action::PrevPane => {
            let ViewState::Roadmap(s) = &mut app.view_mut().state else {
                return false;
            };
            let next = if action == Action::NextPane {
                Pane::Content
            } else {
                Pane::Sections
            };
            if s.focus == next {
                return false;
            }
            s.focus = next;
        }
        Action::OpenRoadmap(n) => {
            if app.index.roadmap(&app.doc, n).is_none() || *app.place() == Place::Roadmap(n) {
                return false;
            }
            app.push(Place::Roadmap(n));
        }
        Action::GoOverview => {
            if app.stack.len() == 1 {
                return false;
            }
            app.stack.truncate(1);
        }
        Action::GoStakeholders | Action::GoDocument => {
            let place = if action == Action::GoDocument {
                Place::Document
            } else {
                Place::Stakeholders
            };
            if *app.place() == place {
                return false;
            }
            app.push(place);
        }
        Action::CycleSort | Action::ReverseSort => return sort(app, action),
        Action::ToggleHelp => app.help = Some(0),
        Action::ToggleMouse => app.mouse = !app.mouse,
        Action::ToggleLang => {
            app.lang = app.lang.toggle();
            refit(app);
        }
    }
    true
}

fn help_action(app: &mut App, offset: usize, action: Action) -> bool {
    let context = app.view_context();
    let max = app.help_lines(context).saturating_sub(1);
    let new = match action {
        Action::ToggleHelp | Action::Back => {
            app.help = None;
            return true;
        }
        Action::Quit => {
            app.quit = true;
            return true;
        }
        Action::ToggleLang => {
            app.lang = app.lang.toggle();
            return true;
        }
        Action::ToggleMouse => {
            app.mouse = !app.mouse;
            return true;
        }
        Action::Up => offset.saturating_sub(1),
        Action::Down | Action::PageDown => (offset + 1).min(max),
        Action::PageUp | Action::Top => 0,
        Action::Bottom => max,
        _ => return false,
    };
    app.help = Some(new);
    new != offset
}

impl App {
    /// The context of the screen under any overlay.
    pub fn view_context(&self) -> Context {
        match self.view().state {
            ViewState::Overview(_) => Context::Overview,
            ViewState::Document(_) => Context::Document,
            ViewState::Roadmap(_) => Context::Roadmap,
            ViewState::Area(_) => Context::Area,
            ViewState::Stakeholders(_) => Context::Stakeholders,
            ViewState::Stakeholder(_) => Context::Stakeholder,
        }
    }
}

/// Moves the selection of the focused list or table by `delta` items.
fn step(app: &mut App, delta: isize) -> bool {
    let table_rows = app.table_viewport();
    let items = app.current_items();
    let roadmap_sections = SECTIONS.len();
    let orgs = app.doc.organisations.len();
    let roadmaps = app.doc.roadmaps.len();
    match &mut app.view_mut().state {
        ViewState::Overview(t) => t.move_by(delta, roadmaps, table_rows),
        ViewState::Stakeholders(s) => s.table.move_by(delta, orgs, table_rows),
        ViewState::Roadmap(s) if s.focus == Pane::Sections => {
            let before = s.section;
            s.section = clamp_add(s.section, delta, roadmap_sections);
            if s.section != before {
                s.content = ListNav::default();
            }
            s.section != before
        }
        ViewState::Roadmap(RoadmapState { content: nav, .. })
        | ViewState::Area(nav)
        | ViewState::Document(nav)
        | ViewState::Stakeholder(nav) => {
            let Some((items, rows, width)) = items else {
                return false;
            };
            let heights = content::heights(&items, width);
            nav.move_by(delta, &heights, rows)
        }
    }
}

fn page(app: &mut App, dir: isize) -> bool {
    if content_focused(app) {
        let Some((items, rows, width)) = app.current_items() else {
            return false;
        };
        let heights = content::heights(&items, width);
        let Some(nav) = current_nav(app) else {
            return false;
        };
        let mut changed = false;
        for _ in 0..rows.saturating_sub(1).max(1) {
            changed |= nav.scroll_line(dir, &heights, rows);
        }
        changed
    } else {
        let rows = app.table_viewport();
        step(app, dir * rows.saturating_sub(1).max(1).cast_signed())
    }
}

/// Whether the focus is on a scrolling item list (not a table or the section list).
fn content_focused(app: &App) -> bool {
    match &app.view().state {
        ViewState::Roadmap(s) => s.focus == Pane::Content,
        ViewState::Area(_) | ViewState::Document(_) | ViewState::Stakeholder(_) => true,
        ViewState::Overview(_) | ViewState::Stakeholders(_) => false,
    }
}

fn current_nav(app: &mut App) -> Option<&mut ListNav> {
    match &mut app.view_mut().state {
        ViewState::Roadmap(RoadmapState { content: n, .. })
        | ViewState::Area(n)
        | ViewState::Document(n)
        | ViewState::Stakeholder(n) => Some(n),
        _ => None,
    }
}

fn table_nav(app: &mut App) -> Option<&mut TableNav> {
    match &mut app.view_mut().state {
        ViewState::Overview(t) => Some(t),
        ViewState::Stakeholders(s) => Some(&mut s.table),
        _ => None,
    }
}

fn clamp_add(value: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    value.saturating_add_signed(delta).min(len - 1)
}

/// Enter: open what is selected.
fn open(app: &mut App) -> bool {
    let target = match &app.view().state {
        ViewState::Overview(t) => app
            .doc
            .roadmaps
            .get(t.selected)
            .map(|r| Place::Roadmap(r.number)),
        ViewState::Stakeholders(s) => s
            .order
            .get(s.table.selected)
            .and_then(|&i| app.doc.organisations.get(i))
            .map(|o| Place::Stakeholder(o.id.clone())),
        ViewState::Roadmap(s) if s.focus == Pane::Sections => {
            if let ViewState::Roadmap(s) = &mut app.view_mut().state {
                s.focus = Pane::Content;
            }
            return true;
        }
        ViewState::Roadmap(RoadmapState { content: nav, .. })
        | ViewState::Area(nav)
        | ViewState::Document(nav)
        | ViewState::Stakeholder(nav) => {
            let selected = nav.selected;
            app.current_items()
                .and_then(|(items, _, _)| items.into_iter().nth(selected))
                .and_then(|i| i.target)
        }
    };
    match target {
        Some(place) => {
            app.push(place);
            true
        }
        None => false,
    }
}

fn sort(app: &mut App, action: Action) -> bool {
    let ViewState::Stakeholders(s) = &app.view().state else {
        return false;
    };
    let (mut key, mut descending) = (s.sort, s.descending);
    if action == Action::CycleSort {
        let i = SORT_KEYS.iter().position(|k| *k == key).unwrap_or(0);
        key = SORT_KEYS[(i + 1) % SORT_KEYS.len()];
        // Numbers read best largest first; names A to Z.
        descending = matches!(
            key,
            SortKey::Turnover | SortKey::Employees | SortKey::Roadmaps
        );
    } else {
        descending = !descending;
    }
    let selected_org = s.order.get(s.table.selected).copied();
    let order = app.stakeholder_order(key, descending);
    let rows = app.table_viewport();
    if let ViewState::Stakeholders(s) = &mut app.view_mut().state {
        s.sort = key;
        s.descending = descending;
        s.order = order;
        // Keep the same organisation selected.
        let pos = selected_org
            .and_then(|o| s.order.iter().position(|&i| i == o))
            .unwrap_or(0);
        s.table.select(pos, s.order.len(), rows);
    }
    true
}

/// Keeps every offset valid after the size or the content changed.
fn refit(app: &mut App) {
    let rows = app.table_viewport();
    let items = app.current_items();
    let roadmaps = app.doc.roadmaps.len();
    match &mut app.view_mut().state {
        ViewState::Overview(t) => t.select(t.selected, roadmaps, rows),
        ViewState::Stakeholders(s) => {
            let len = s.order.len();
            s.table.select(s.table.selected, len, rows);
        }
        ViewState::Roadmap(RoadmapState { content: nav, .. })
        | ViewState::Area(nav)
        | ViewState::Document(nav)
        | ViewState::Stakeholder(nav) => {
            if let Some((items, rows, width)) = items {
                nav.refit(&content::heights(&items, width), rows);
            }
        }
    }
}

fn click(app: &mut App, column: u16, row: u16) -> bool {
    let area = ratatui::layout::Rect::new(0, 0, app.size.0, app.size.1);
    if !layout::fits(area) || app.help.is_some() {
        // A click anywhere closes the help overlay.
        return app.help.take().is_some();
    }
    let [crumbs, body, _] = layout::chrome(area);
    if row == crumbs.y {
        return click_crumb(app, column);
    }
    let items = app.current_items();
    match &mut app.view_mut().state {
        ViewState::Overview(t) => {
            let [_, _, table] = layout::overview(body);
            let Some(r) = layout::table_row_at(table, column, row) else {
                return false;
            };
            let idx = t.offset + r;
            click_row(app, idx)
        }
        ViewState::Stakeholders(s) => {
            let Some(r) = layout::table_row_at(body, column, row) else {
                return false;
            };
            let idx = s.table.offset + r;
            click_row(app, idx)
        }
        ViewState::Roadmap(s) => {
            let [_, sections, content] = layout::roadmap(body);
            if let Some(line) = layout::content_line_at(sections, column, row) {
                if line >= SECTIONS.len() {
                    return false;
                }
                if s.section == line {
                    s.focus = Pane::Content;
                } else {
                    s.section = line;
                    s.focus = Pane::Sections;
                    s.content = ListNav::default();
                }
                return true;
            }
            let Some(line) = layout::content_line_at(content, column, row) else {
                return false;
            };
            s.focus = Pane::Content;
            click_item(app, items, line)
        }
        ViewState::Area(_) | ViewState::Document(_) | ViewState::Stakeholder(_) => {
            let [_, content] = layout::detail(body);
            let Some(line) = layout::content_line_at(content, column, row) else {
                return false;
            };
            click_item(app, items, line)
        }
    }
}

/// A click on a table row selects it; a click on the selected row opens it.
fn click_row(app: &mut App, idx: usize) -> bool {
    let len = match &app.view().state {
        ViewState::Overview(_) => app.doc.roadmaps.len(),
        ViewState::Stakeholders(s) => s.order.len(),
        _ => return false,
    };
    if idx >= len {
        return false;
    }
    let Some(t) = table_nav(app) else {
        return false;
    };
    if t.selected == idx {
        return open(app);
    }
    t.selected = idx;
    true
}

/// A click on a content line selects its item; on the selected item, follows its link.
fn click_item(app: &mut App, items: Option<(Vec<Item>, usize, usize)>, line: usize) -> bool {
    let Some((items, rows, width)) = items else {
        return false;
    };
    let heights = content::heights(&items, width);
    let Some(nav) = current_nav(app) else {
        return false;
    };
    let Some(idx) = nav.item_at(line, &heights) else {
        return false;
    };
    if nav.selected == idx && items[idx].target.is_some() {
        return open(app);
    }
    nav.selected = idx;
    nav.refit(&heights, rows);
    true
}

fn click_crumb(app: &mut App, column: u16) -> bool {
    let spans = crate::ui::chrome::crumb_spans(app);
    let Some(depth) = spans
        .iter()
        .position(|&(start, end)| column >= start && column < end)
    else {
        return false;
    };
    if depth + 1 >= app.stack.len() {
        return false;
    }
    app.stack.truncate(depth + 1);
    refit(app);
    true
}

fn scroll(app: &mut App, lines: i8) -> bool {
    if app.help.is_some() {
        let a = if lines > 0 { Action::Down } else { Action::Up };
        return act(app, a);
    }
    let dir: isize = if lines > 0 { 1 } else { -1 };
    let mut changed = false;
    for _ in 0..lines.unsigned_abs() {
        changed |= if content_focused(app) {
            let Some((items, rows, width)) = app.current_items() else {
                return changed;
            };
            let heights = content::heights(&items, width);
            current_nav(app).is_some_and(|n| n.scroll_line(dir, &heights, rows))
        } else {
            step(app, dir)
        };
    }
    changed
}
