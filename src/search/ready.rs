//! A document's search index, built when it is first needed instead of before the
//! first frame: when the search overlay opens (or a query is run some other way).
//! What asks for it gets the whole index, built there and then if need be; nothing
//! ever sees half of one.

use std::sync::OnceLock;

use super::SearchIndex;
use crate::model::Document;

/// The search index of one document, built once, by the first to ask.
///
/// A new document needs a new `Ready`.
#[derive(Clone, Default)]
pub struct Ready {
    index: OnceLock<SearchIndex>,
}

impl std::fmt::Debug for Ready {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.index.get() {
            Some(index) => index.fmt(f),
            None => f.write_str("SearchIndex (not built yet)"),
        }
    }
}

impl Ready {
    /// Nothing built yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The index of `doc`, the document this was made for, built now if no one
    /// built it yet.
    pub fn get(&self, doc: &Document) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::new(doc))
    }

    /// Whether the index is built.
    pub fn is_built(&self) -> bool {
        self.index.get().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, load_embedded};

    #[test]
    fn the_first_to_ask_builds_the_whole_index_once() {
        let doc = load_embedded().unwrap().doc;
        let whole = SearchIndex::new(&doc);
        let ready = Ready::new();
        assert!(!ready.is_built());
        let first: *const SearchIndex = ready.get(&doc);
        assert!(ready.is_built());
        assert!(std::ptr::eq(first, ready.get(&doc)), "built twice");
        let mut m = crate::search::matcher();
        assert_eq!(ready.get(&doc).len(), whole.len());
        for q in ["univ", "di", "clinical trials"] {
            assert_eq!(
                ready.get(&doc).query(q, Lang::It, &mut m),
                whole.query(q, Lang::It, &mut m)
            );
        }
    }
}
