//! Live reload: new data from the watched file, or the banner when it is broken.

use super::{App, ViewState, update};
use crate::content;
use crate::content::slides::slides;
use crate::model::{Index, LoadError, Loaded};
use crate::place::Place;
use crate::search::SearchIndex;

impl App {
    /// Takes in the data file read again. New data replaces the old and every screen
    /// on the path stays where it was, as long as what it shows still exists; broken
    /// data leaves everything as it is, under a banner with the first error.
    /// Returns whether anything visible changed.
    pub fn reload(&mut self, result: Result<Loaded, LoadError>) -> bool {
        let loaded = match result {
            Ok(l) => l,
            Err(e) => {
                let banner = Some(e.headline());
                let changed = self.banner != banner;
                self.banner = banner;
                return changed;
            }
        };
        self.banner = None;
        self.index = Index::new(&loaded.doc);
        self.doc = loaded.doc;
        self.source = loaded.name;
        self.slides = slides(&self.doc, &self.index);
        self.search_index = SearchIndex::new(&self.doc);
        // Hits point into the old data: search again.
        if let Some(query) = self.search.as_ref().map(|s| s.query.clone()) {
            self.open_search(&query);
        }
        self.present.slide = self.present.slide.min(self.slides.len().saturating_sub(1));
        // Keep the path up to the first place that no longer exists.
        let keep = self
            .stack
            .iter()
            .skip(1)
            .take_while(|v| Place::parse(&v.place.to_string(), &self.doc, &self.index).is_ok())
            .count();
        self.stack.truncate(keep + 1);
        let mut stack = std::mem::take(&mut self.stack);
        for view in &mut stack {
            self.rederive(&mut view.state);
        }
        self.stack = stack;
        self.forget_lists();
        update::refit(self);
        true
    }

    /// Recomputes what a screen's state derives from the document.
    fn rederive(&self, state: &mut ViewState) {
        match state {
            ViewState::Overview(s) => s.order = self.roadmap_order(s),
            ViewState::Stakeholders(s) => {
                s.order = self.org_order(s.sort, s.descending, &s.filter, s.kind, s.roadmap);
            }
            ViewState::Matrix(m) => {
                m.order = self.org_order(m.sort, m.descending, &m.filter, None, None);
                m.totals = self.matrix_totals(&m.order);
            }
            ViewState::Figures(f) => {
                f.data = content::figures::chart(&self.doc, &self.index, f.chart, self.lang);
            }
            ViewState::Document(_)
            | ViewState::Roadmap(_)
            | ViewState::Area(_)
            | ViewState::Stakeholder(_)
            | ViewState::Swot(_) => {}
        }
        // Tables keep their selection in range; item lists re-fit when shown.
        let rows = self.table_rows_for(state);
        let table = match state {
            ViewState::Overview(s) => Some((&mut s.table, s.order.len())),
            ViewState::Stakeholders(s) => Some((&mut s.table, s.order.len())),
            ViewState::Matrix(m) => Some((&mut m.table, m.order.len())),
            _ => None,
        };
        if let Some((t, len)) = table {
            t.select(t.selected, len, rows);
        }
    }
}
