//! An item list measured for one width. Measuring wraps every item, so it is done
//! when the list, the width or the language changes, and kept with the screen;
//! a frame then wraps only the items in view and a key only looks lines up.

use super::{Item, SECTIONS, Section, area_items, document_items, heights, roadmap_section};
use super::{stakeholder_items, swot_items};
use crate::model::{Document, Index, Lang};
use crate::nav::LineMap;
use crate::place::Quadrant;

/// Which items a list holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListSource {
    /// A section of the roadmap with this number.
    Section(u8, Section),
    Document,
    Area(String),
    Stakeholder(String),
    Quadrant(Quadrant),
}

impl ListSource {
    /// The section at `index` of roadmap `number`, as the roadmap screen lists them.
    pub fn section(number: u8, index: usize) -> Self {
        Self::Section(
            number,
            SECTIONS.get(index).copied().unwrap_or(Section::Summary),
        )
    }
}

/// A list's items and the lines they take at `width` in `lang`.
#[derive(Debug, Clone, PartialEq)]
pub struct FittedList {
    pub source: ListSource,
    pub lang: Lang,
    pub width: usize,
    pub items: Vec<Item>,
    pub lines: LineMap,
}

impl FittedList {
    pub fn new(
        doc: &Document,
        index: &Index,
        source: ListSource,
        lang: Lang,
        width: usize,
    ) -> Self {
        let items = list_items(doc, index, &source, lang);
        let lines = LineMap::new(&heights(&items, width));
        Self {
            source,
            lang,
            width,
            items,
            lines,
        }
    }

    /// The same items measured at another width.
    pub fn at_width(mut self, width: usize) -> Self {
        self.lines = LineMap::new(&heights(&self.items, width));
        self.width = width;
        self
    }

    /// Whether this is the list of `source` measured at `width` in `lang`.
    pub fn is(&self, source: &ListSource, lang: Lang, width: usize) -> bool {
        self.width == width && self.lang == lang && self.source == *source
    }
}

/// The items of `source`.
pub fn list_items(doc: &Document, index: &Index, source: &ListSource, lang: Lang) -> Vec<Item> {
    match source {
        ListSource::Section(n, section) => index
            .roadmap(doc, *n)
            .map(|r| roadmap_section(doc, index, r, *section, lang))
            .unwrap_or_default(),
        ListSource::Document => document_items(doc, index, lang),
        ListSource::Area(id) => area_items(doc, index, id, lang),
        ListSource::Stakeholder(id) => stakeholder_items(doc, index, id, lang),
        ListSource::Quadrant(q) => swot_items(doc, *q),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_embedded;

    /// Every list of the embedded document, in both languages.
    fn sources(doc: &Document) -> Vec<ListSource> {
        let mut v = vec![ListSource::Document];
        for r in &doc.roadmaps {
            v.extend(SECTIONS.iter().map(|s| ListSource::Section(r.number, *s)));
            for g in &r.area_groups {
                v.extend(g.areas.iter().map(|a| ListSource::Area(a.id.clone())));
            }
        }
        v.extend(
            doc.organisations
                .iter()
                .map(|o| ListSource::Stakeholder(o.id.clone())),
        );
        v.extend(Quadrant::ALL.map(ListSource::Quadrant));
        v
    }

    #[test]
    fn measured_heights_are_the_lines_drawn() {
        let doc = load_embedded().unwrap().doc;
        let index = Index::new(&doc);
        for source in sources(&doc) {
            for lang in [Lang::It, Lang::En] {
                for width in [0, 9, 36, 76, 156] {
                    let list = FittedList::new(&doc, &index, source.clone(), lang, width);
                    for (i, item) in list.items.iter().enumerate() {
                        let prev = i.checked_sub(1).map(|p| list.items[p].kind);
                        assert_eq!(
                            list.lines.height(i),
                            item.lines(width, prev).len(),
                            "{source:?} item {i} at {width}"
                        );
                    }
                }
            }
        }
    }
}
