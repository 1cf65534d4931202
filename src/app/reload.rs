//! Live reload: new data from the watched file, or the banner when it is broken.

use super::App;
use crate::model::{Index, LoadError, Loaded};
use crate::place::Place;

impl App {
    /// Takes in the data file read again. New data replaces the old and every screen
    /// on the path stays where it was, as long as what it shows still exists, and the
    /// footer confirms it; broken data leaves everything as it is, under a banner
    /// with the first error and the list of every problem a key away.
    /// Returns whether anything visible changed.
    pub fn reload(&mut self, result: Result<Loaded, LoadError>) -> bool {
        let loaded = match result {
            Ok(l) => l,
            Err(e) => {
                let changed = self.load_error.as_ref() != Some(&e);
                if changed {
                    // "Reloaded" no longer holds.
                    self.status = None;
                }
                self.banner = Some(e.headline());
                self.load_error = Some(e);
                return changed;
            }
        };
        self.banner = None;
        self.load_error = None;
        self.layers.close(super::layers::Kind::Problems);
        self.status = Some(super::Status::Reloaded);
        let index = Index::new(&loaded.doc);
        self.set_data(loaded.doc, index);
        self.source = loaded.name;
        // Hits point into the old data: search again.
        if let Some(query) = self.search().map(|s| s.query.clone()) {
            self.open_search(&query);
        }
        let picking = self.layers.picker().map(|p| p.facet);
        // The deck is laid out again on the next refresh, on the same slide if it is still there.
        self.present.anchor.0 = self
            .present
            .anchor
            .0
            .min(self.slides().len().saturating_sub(1));
        // Keep the path up to the first place that no longer exists.
        let keep = self
            .stack
            .iter()
            .skip(1)
            .take_while(|s| Place::parse(&s.place().to_string(), &self.doc, &self.index).is_ok())
            .count();
        self.stack.truncate(keep + 1);
        self.rederive();
        // A picker lists the kinds or roadmaps of the new data, if its table is still there.
        if let Some(facet) = picking {
            self.layers.close(super::layers::Kind::Picker);
            self.open_picker(facet);
        }
        self.refit();
        true
    }
}
