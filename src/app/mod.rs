//! The application state. `update` (in `update.rs`) changes it in answer to a
//! message and does no I/O and no drawing.

mod charts;
mod lists;
mod mouse;
mod present;
mod reload;
mod search;
mod tables;
mod update;

pub use lists::{Deck, ListPane};
pub use search::{ResultRow, SearchState};
pub use update::update;

pub use crate::content::sort::{
    ROADMAP_SORT_KEYS, RoadmapSort, SORT_KEYS, SortKey, matrix_sort_keys,
};

use crate::content;
use crate::content::figures::ChartData;
use crate::content::fitted::FittedList;
use crate::content::slides::{Slide, slides};
use crate::keymap::{self, Context};
use crate::model::{Document, Index, Lang, Loaded, OrgKind};
use crate::nav::{ListNav, TableNav};
use crate::place::{Chart, Place, Quadrant};
use crate::search::SearchIndex;
use crate::ui::layout;
use crate::ui::theme::{Theme, ThemeName};

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

/// Text typed to narrow a table, and whether it is being typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableFilter {
    pub text: String,
    pub editing: bool,
}

/// The overview's roadmap table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewState {
    pub table: TableNav,
    pub sort: RoadmapSort,
    pub descending: bool,
    pub filter: TableFilter,
    /// Roadmap indices in display order, filtered.
    pub order: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholdersState {
    pub table: TableNav,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: TableFilter,
    /// Only organisations of this kind.
    pub kind: Option<OrgKind>,
    /// Only organisations linked to this roadmap.
    pub roadmap: Option<u8>,
    /// Organisation indices in display order (derived from the sort and the filters,
    /// kept to avoid sorting on every frame).
    pub order: Vec<usize>,
}

/// The SWOT grid: which quadrant has the focus, whether it is zoomed, and each
/// quadrant's own scroll position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwotState {
    pub focus: Quadrant,
    pub zoomed: bool,
    pub lists: [ListNav; 4],
}

/// The organisation × roadmap matrix: a cell cursor over sorted rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixState {
    pub table: TableNav,
    /// The cursor's column: 0 is the organisation, n the nth roadmap.
    pub col: usize,
    /// The first roadmap column in view (0-based).
    pub col_offset: usize,
    pub sort: SortKey,
    pub descending: bool,
    pub filter: TableFilter,
    /// Organisation indices in display order, filtered.
    pub order: Vec<usize>,
    /// Per roadmap: how many of the organisations listed take part (derived from
    /// `order`, so that a frame does not count them again).
    pub totals: Vec<usize>,
}

/// The figures screen: which chart, its data, the selected bar and the first row in view.
#[derive(Debug, Clone, PartialEq)]
pub struct FiguresState {
    pub chart: Chart,
    /// Derived from the document and the language; rebuilt when either changes.
    pub data: ChartData,
    pub selected: usize,
    pub offset: usize,
}

/// Per-screen state, kept with the place on the stack.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewState {
    Overview(OverviewState),
    Document(ListNav),
    Roadmap(RoadmapState),
    Area(ListNav),
    Stakeholders(StakeholdersState),
    Stakeholder(ListNav),
    Swot(SwotState),
    Matrix(MatrixState),
    Figures(FiguresState),
}

#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub place: Place,
    pub state: ViewState,
    /// The item lists the screen shows, measured for their panes (derived from the
    /// document, the size and the language; kept fitting by `update`).
    pub lists: Vec<FittedList>,
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
    pub theme_name: ThemeName,
    /// `NO_COLOR` was set: the theme has no colour, whichever is chosen.
    pub no_color: bool,
    /// Derived from `theme_name` and `no_color`.
    pub theme: Theme,
    /// The first error of a reload that failed: the data on screen is the last good one.
    pub banner: Option<String>,
    pub present: Presentation,
    /// The deck, derived from the document.
    pub slides: Vec<Slide>,
    /// What the slide on show draws, measured for the screen.
    pub deck: Deck,
    /// The search overlay, when it is open.
    pub search: Option<SearchState>,
    /// Every searchable field, prepared once per load.
    pub search_index: SearchIndex,
    /// The matcher's scratch memory, reused from keystroke to keystroke.
    matcher: nucleo_matcher::Matcher,
}

/// Presentation mode: whether it is on, the slide it shows (kept while the browser
/// is used in between) and a slide number being typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presentation {
    pub active: bool,
    pub slide: usize,
    pub typed: String,
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
            theme_name: ThemeName::Dark,
            no_color: false,
            theme: Theme::dark(),
            banner: None,
            present: Presentation::default(),
            slides: Vec::new(),
            deck: Deck::default(),
            search: None,
            search_index: SearchIndex::default(),
            matcher: crate::search::matcher(),
        };
        app.slides = slides(&app.doc, &app.index);
        app.search_index = SearchIndex::new(&app.doc);
        let root = app.view_for(Place::Overview);
        app.stack.push(root);
        app
    }

    /// Uses the theme `name`, without colour when `no_color`.
    pub fn set_theme(&mut self, name: ThemeName, no_color: bool) {
        self.theme_name = name;
        self.no_color = no_color;
        self.theme = Theme::new(name, no_color);
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
            Place::Roadmap(_)
            | Place::Stakeholders
            | Place::Document
            | Place::Swot(_)
            | Place::Matrix
            | Place::Figures(_) => {}
        }
        self.push(place);
        lists::fit_lists(self);
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
        } else if self.search.is_some() {
            Context::Search
        } else if self.present.active {
            Context::Present
        } else if self.filter().is_some_and(|f| f.editing) {
            Context::Filter
        } else {
            self.view_context()
        }
    }

    /// The filter of the table on screen, if it is a table.
    pub fn filter(&self) -> Option<&TableFilter> {
        match &self.view().state {
            ViewState::Overview(s) => Some(&s.filter),
            ViewState::Stakeholders(s) => Some(&s.filter),
            ViewState::Matrix(s) => Some(&s.filter),
            _ => None,
        }
    }

    fn view_for(&self, place: Place) -> View {
        let state = match &place {
            Place::Overview => {
                let mut s = OverviewState {
                    table: TableNav::default(),
                    sort: RoadmapSort::Number,
                    descending: false,
                    filter: TableFilter::default(),
                    order: Vec::new(),
                };
                s.order = self.roadmap_order(&s);
                ViewState::Overview(s)
            }
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
                    filter: TableFilter::default(),
                    kind: None,
                    roadmap: None,
                    order: Vec::new(),
                };
                s.order = self.stakeholder_order(s.sort, s.descending);
                ViewState::Stakeholders(s)
            }
            Place::Stakeholder(_) => ViewState::Stakeholder(ListNav::default()),
            Place::Swot(zoom) => ViewState::Swot(SwotState {
                focus: zoom.unwrap_or(Quadrant::Strengths),
                zoomed: zoom.is_some(),
                lists: [ListNav::default(); 4],
            }),
            Place::Matrix => {
                let order = self.stakeholder_order(SortKey::Name, false);
                ViewState::Matrix(MatrixState {
                    table: TableNav::default(),
                    col: 0,
                    col_offset: 0,
                    sort: SortKey::Name,
                    descending: false,
                    filter: TableFilter::default(),
                    totals: self.matrix_totals(&order),
                    order,
                })
            }
            Place::Figures(chart) => ViewState::Figures(FiguresState {
                chart: *chart,
                data: content::figures::chart(&self.doc, &self.index, *chart, self.lang),
                selected: 0,
                offset: 0,
            }),
        };
        View {
            place,
            state,
            lists: Vec::new(),
        }
    }

    fn push(&mut self, place: Place) {
        if *self.place() == place {
            return;
        }
        let view = self.view_for(place);
        self.stack.push(view);
    }

    /// Rows visible in the current screen's table.
    fn table_viewport(&self) -> usize {
        self.table_rows_for(&self.view().state)
    }

    /// Rows visible in the table of a screen in `state`.
    fn table_rows_for(&self, state: &ViewState) -> usize {
        let body = layout::body(self.size);
        match state {
            ViewState::Overview(_) => {
                let [_, _, table] = layout::overview(body);
                layout::table_rows(table)
            }
            ViewState::Matrix(_) => layout::matrix(body, self.doc.roadmaps.len()).rows,
            ViewState::Figures(f) => layout::figures(body, &f.data).rows.height.into(),
            _ => layout::table_rows(body),
        }
    }

    /// Number of lines in the help overlay for the current screen.
    pub fn help_lines(&self, context: Context) -> usize {
        keymap::help_entries(context).len() + 6
    }
}

impl App {
    /// The context of the screen under any overlay.
    pub fn view_context(&self) -> Context {
        if self.search.is_some() {
            return Context::Search;
        }
        if self.present.active {
            return Context::Present;
        }
        match &self.view().state {
            ViewState::Overview(_) => Context::Overview,
            ViewState::Document(_) => Context::Document,
            ViewState::Roadmap(_) => Context::Roadmap,
            ViewState::Area(_) => Context::Area,
            ViewState::Stakeholders(_) => Context::Stakeholders,
            ViewState::Stakeholder(_) => Context::Stakeholder,
            ViewState::Swot(s) if s.zoomed => Context::SwotZoom,
            ViewState::Swot(_) => Context::Swot,
            ViewState::Matrix(_) => Context::Matrix,
            ViewState::Figures(_) => Context::Figures,
        }
    }
}
