//! The application state. `update` (in `update.rs`) changes it in answer to a
//! message and does no I/O and no drawing.
//!
//! - `screen.rs` and `screens/`: the screens on the navigation stack, each with
//!   its state and behaviour;
//! - `layers.rs` with `help.rs`, `problems.rs`, `search.rs`, `present.rs`,
//!   `picker.rs`, `filter.rs`: what
//!   opens over the screen, in one order;
//! - `cache.rs`: what is derived for drawing, refreshed once per message;
//! - `update.rs` and `mouse.rs`: where messages are routed and outcomes applied.

mod cache;
mod copy;
mod filter;
mod help;
mod layers;
mod mouse;
mod outcome;
mod pane;
mod picker;
mod present;
mod problems;
mod reload;
mod screen;
mod screens;
mod search;
mod state;
mod status;
mod table;
mod typing;
mod update;

pub use cache::Cache;
pub use help::{HelpLine, HelpRow, RowKind, Sheet, lines as help_lines};
pub use layers::{Kind as LayerKind, Layer, Layers};
pub use outcome::{Ctx, Outcome};
pub use pane::ListPane;
pub use picker::PickerState;
pub use present::{Cover, Presentation};
pub use problems::{Laid as ProblemsLaid, lay_out as problems_lay_out};
pub use screen::{Screen, ScreenState, Selection};
pub use screens::detail::{DetailState, Subject, current_heading, headings, toc_start};
pub use screens::figures::FiguresState;
pub use screens::matrix::MatrixState;
pub use screens::overview::OverviewState;
pub use screens::roadmap::{Pane, RoadmapState};
pub use screens::stakeholders::StakeholdersState;
pub use screens::swot::SwotState;
pub use search::{ResultRow, SearchState};
pub use status::Status;
pub use table::TableFilter;
pub use update::update;

pub use crate::content::sort::{
    MATRIX_FIRST_ROADMAP, ROADMAP_SORT_KEYS, RoadmapSort, SORT_KEYS, SortKey, matrix_column,
};

use std::cell::OnceCell;

use crate::content::slides::{Slide, slides};
use crate::keymap::Context;
use crate::model::{Document, Index, Lang, LoadError, Loaded};
use crate::place::Place;
use crate::search::{Ready, SearchIndex};
use crate::ui::layout;
use crate::ui::theme::{Theme, ThemeName};
use crate::wrap::truncate;

/// Everything the browser knows.
// The switches (mouse, quit, suspend, no colour) are independent of one another.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone)]
pub struct App {
    pub doc: Document,
    pub index: Index,
    /// Display name of the data file.
    pub source: String,
    pub lang: Lang,
    /// The navigation stack; never empty, the root is the overview.
    stack: Vec<Screen>,
    /// What is open over the screen.
    pub layers: Layers,
    pub mouse: bool,
    pub size: (u16, u16),
    pub quit: bool,
    /// Web addresses drawn as OSC 8 hyperlinks: only for a terminal.
    pub hyperlinks: bool,
    /// Ctrl-Z asked to give the terminal back and stop; the event loop does it.
    pub suspend: bool,
    pub theme_name: ThemeName,
    /// `NO_COLOR` was set: the theme has no colour, whichever is chosen.
    pub no_color: bool,
    /// Derived from `theme_name` and `no_color`.
    pub theme: Theme,
    /// The first error of a reload that failed: the data on screen is the last good one.
    pub banner: Option<String>,
    /// Every problem of that reload, for the problems layer.
    pub load_error: Option<LoadError>,
    /// What the footer confirms until the next key.
    pub status: Option<Status>,
    /// Text for the system clipboard: the event loop takes it and writes it to the
    /// terminal (OSC 52) before the next frame.
    pub clipboard: Option<String>,
    /// A web link for the browser: the event loop takes it and opens it.
    pub launch: Option<String>,
    /// The slide on show, kept while the browser is used in between.
    pub present: Presentation,
    /// The deck, derived from the document when it is first presented.
    slides: OnceCell<Vec<Slide>>,
    /// What drawing needs measured.
    pub cache: Cache,
    /// Every searchable field, prepared once per load when the search first opens:
    /// the first frame does not wait for it.
    search: Ready,
    /// The matcher's scratch memory, reused from keystroke to keystroke.
    matcher: nucleo_matcher::Matcher,
    /// How many times the data was reloaded: what is derived from it elsewhere (the
    /// page `--serve` serves) knows when to be made again.
    pub data_generation: u64,
    /// The address followers open, when `--serve` runs.
    pub share_url: Option<String>,
}

/// The app split into what answers and what it reads.
struct Parts<'a> {
    screen: &'a mut Screen,
    layers: &'a mut Layers,
    present: &'a mut Presentation,
    slides: &'a OnceCell<Vec<Slide>>,
    deck: &'a crate::ui::deck::Deck,
    search: &'a Ready,
    matcher: &'a mut nucleo_matcher::Matcher,
    cx: Ctx<'a>,
}

/// The slides kept in `cell`, made from `doc` if they are not yet.
fn slides_of<'a>(cell: &'a OnceCell<Vec<Slide>>, doc: &Document, index: &Index) -> &'a [Slide] {
    cell.get_or_init(|| slides(doc, index))
}

/// Longest breadcrumb.
const CRUMB_MAX: usize = 32;

impl App {
    pub fn new(loaded: Loaded, lang: Lang, size: (u16, u16)) -> Self {
        let index = Index::new(&loaded.doc);
        let mut app = Self {
            doc: loaded.doc,
            index,
            source: loaded.name,
            lang,
            stack: Vec::new(),
            layers: Layers::default(),
            mouse: true,
            size,
            quit: false,
            hyperlinks: false,
            suspend: false,
            theme_name: ThemeName::Dark,
            no_color: false,
            theme: Theme::dark(),
            banner: None,
            load_error: None,
            status: None,
            clipboard: None,
            launch: None,
            present: Presentation::default(),
            slides: OnceCell::new(),
            cache: Cache::default(),
            search: Ready::new(),
            data_generation: 0,
            share_url: None,
            matcher: crate::search::matcher(),
        };
        let root = Screen::new(Place::Overview, &app.ctx());
        app.stack.push(root);
        app.refresh();
        app
    }

    /// The screen on view and the layers, each borrowed on its own beside what
    /// they read, so that one answers while the others are looked at.
    fn parts(&mut self) -> Parts<'_> {
        let last = self.stack.len() - 1;
        Parts {
            screen: &mut self.stack[last],
            layers: &mut self.layers,
            present: &mut self.present,
            slides: &self.slides,
            deck: self.cache.deck(),
            search: &self.search,
            matcher: &mut self.matcher,
            cx: Ctx {
                doc: &self.doc,
                index: &self.index,
                lang: self.lang,
                body: layout::body(self.size),
                lists: self.cache.lists(),
            },
        }
    }

    /// What a screen reads while it answers.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            doc: &self.doc,
            index: &self.index,
            lang: self.lang,
            body: layout::body(self.size),
            lists: self.cache.lists(),
        }
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
        self.refresh();
    }

    /// The slides of the presentation, made now if they are not yet.
    pub fn slides(&self) -> &[Slide] {
        slides_of(&self.slides, &self.doc, &self.index)
    }

    /// The search index of the document, built now if it is not yet.
    pub fn search_index(&self) -> &SearchIndex {
        self.search.get(&self.doc)
    }

    /// Whether the search index is built.
    pub fn search_ready(&self) -> bool {
        self.search.is_built()
    }

    /// The screen on view.
    pub fn screen(&self) -> &Screen {
        // The stack is never empty: the root is pushed in `new` and never popped.
        &self.stack[self.stack.len() - 1]
    }

    /// The screen on view, to change it from outside (tests, `render`); call
    /// [`App::refresh`] afterwards.
    pub fn screen_mut(&mut self) -> &mut Screen {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    /// The navigation stack, root first.
    pub fn stack(&self) -> &[Screen] {
        &self.stack
    }

    /// A jump key: `place` straight above the root, whatever the path was, so the
    /// path never grows from jumping around. The path under an organisation or an
    /// area is filled in as `open` does.
    pub(super) fn jump(&mut self, place: Place) {
        self.layers.close(layers::Kind::Filter);
        self.stack.truncate(1);
        self.open(place);
        self.refit();
    }

    /// Goes back to the root, or to the first `depth` screens.
    pub fn truncate(&mut self, depth: usize) {
        self.stack.truncate(depth.max(1));
        self.refit();
    }

    pub fn place(&self) -> Place {
        self.screen().place()
    }

    /// The keymap context: the top layer's, else the screen's.
    pub fn context(&self) -> Context {
        self.layers
            .top()
            .map_or_else(|| self.screen().context(), Layer::context)
    }

    /// The filter of the table on screen, if it is a table.
    pub fn filter(&self) -> Option<&TableFilter> {
        self.screen().filter()
    }

    /// Opens `place` on top, unless it is on view already.
    fn push(&mut self, place: Place) {
        if self.place() == place {
            return;
        }
        // A filter being typed belongs to the screen it narrows.
        self.layers.close(layers::Kind::Filter);
        let screen = Screen::new(place, &self.ctx());
        self.stack.push(screen);
    }

    /// Applies what a screen or a layer answered. Returns whether anything
    /// visible changed.
    fn apply(&mut self, outcome: Outcome) -> bool {
        match outcome {
            Outcome::Pass | Outcome::Unchanged => false,
            Outcome::Changed | Outcome::Close => true,
            Outcome::Relayout => {
                self.refit();
                true
            }
            Outcome::Push(place) => {
                self.push(place);
                true
            }
            Outcome::Pop => {
                if self.stack.len() <= 1 {
                    return false;
                }
                self.layers.close(layers::Kind::Filter);
                self.stack.pop();
                self.refit();
                true
            }
            Outcome::Land(hit) => {
                self.land(&hit);
                self.refit();
                true
            }
            Outcome::Browse(place) => {
                self.browse(place);
                self.refit();
                true
            }
        }
    }

    /// Measures what is on screen, then keeps the screen's selections and offsets
    /// valid for it.
    fn refit(&mut self) {
        self.refresh();
        // An open picker keeps its selected option in view at the new size.
        let rows = self
            .layers
            .picker()
            .map(|p| self.picker_rows(p.choices.len()));
        if let (Some(p), Some(rows)) = (self.layers.picker_mut(), rows) {
            p.nav.select(p.nav.selected, p.choices.len(), rows);
        }
        let p = self.parts();
        p.screen.refit(&p.cx);
    }

    /// Works out again what every screen keeps from the document or the language.
    fn rederive(&mut self) {
        let mut stack = std::mem::take(&mut self.stack);
        let cx = self.ctx();
        for screen in &mut stack {
            screen.rederive(&cx);
        }
        self.stack = stack;
    }

    /// The breadcrumbs, root first, each cut to a readable length.
    pub fn crumbs(&self) -> Vec<String> {
        self.stack
            .iter()
            .map(|s| {
                truncate(
                    &s.place().crumb(&self.doc, &self.index, self.lang),
                    CRUMB_MAX,
                )
            })
            .collect()
    }

    /// The whole document and what the app derives from it.
    fn set_data(&mut self, doc: Document, index: Index) {
        self.doc = doc;
        self.index = index;
        self.slides = OnceCell::new();
        self.search = Ready::new();
        self.cache.clear();
        self.requery();
        self.data_generation += 1;
    }

    /// The language the UI speaks.
    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.rederive();
        self.refit();
        self.requery();
    }
}
