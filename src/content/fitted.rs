//! An item list measured for one width. Measuring counts the lines each item wraps
//! to, and it is done lazily: only as far down the list as a key, a frame or a
//! landing asks, so that opening a long document, switching its language or
//! resizing it costs what the screen shows, not what the document holds. What has
//! been counted is kept with the list; a frame wraps only the items in view.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Item, SECTIONS, Section, area_items, document_items, roadmap_section};
use super::{stakeholder_items, swot_items};
use crate::model::{Document, Index, Lang};
use crate::nav::{LineMap, Lines};
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

/// A list's items and the lines they take at `width` in `lang`, counted as far
/// as asked.
#[derive(Debug, Clone)]
pub struct FittedList {
    pub source: ListSource,
    pub lang: Lang,
    pub width: usize,
    /// Built once for the list and the language; shared when only the width changes.
    pub items: Rc<Vec<Item>>,
    measured: RefCell<Measured>,
}

/// The items counted so far, from the top: where each starts, and the line below
/// the last one.
#[derive(Debug, Clone, Default)]
struct Measured {
    tops: Vec<usize>,
    end: usize,
}

/// Two lists are equal when they hold the same items for the same width: how far
/// each has been counted does not change what it counts.
impl PartialEq for FittedList {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
            && self.lang == other.lang
            && self.width == other.width
            && self.items == other.items
    }
}

impl FittedList {
    /// The items of `source`, nothing counted yet.
    pub fn new(
        doc: &Document,
        index: &Index,
        source: ListSource,
        lang: Lang,
        width: usize,
    ) -> Self {
        let items = Rc::new(list_items(doc, index, &source, lang));
        Self::of(source, lang, width, items)
    }

    /// `items`, built before, to be counted at `width`.
    pub fn of(source: ListSource, lang: Lang, width: usize, items: Rc<Vec<Item>>) -> Self {
        Self {
            source,
            lang,
            width,
            items,
            measured: RefCell::default(),
        }
    }

    /// The same items, to be counted again at another width.
    pub fn at_width(self, width: usize) -> Self {
        Self::of(self.source, self.lang, width, self.items)
    }

    /// Whether this is the list of `source` measured at `width` in `lang`.
    pub fn is(&self, source: &ListSource, lang: Lang, width: usize) -> bool {
        self.width == width && self.lang == lang && self.source == *source
    }

    /// How many items, from the top, have been counted.
    pub fn measured(&self) -> usize {
        self.measured.borrow().tops.len()
    }

    /// Counts items until `enough` holds of what is counted, or none is left.
    fn count_until(&self, enough: impl Fn(&Measured) -> bool) {
        let mut m = self.measured.borrow_mut();
        while m.tops.len() < self.items.len() && !enough(&m) {
            let i = m.tops.len();
            let prev = i.checked_sub(1).map(|p| self.items[p].kind);
            let h = self.items[i].height(self.width, prev);
            let top = m.end;
            m.tops.push(top);
            m.end = top + h;
        }
    }

    /// Counts `n` more items, if there are that many left.
    pub fn measure_ahead(&self, n: usize) {
        let goal = self.measured() + n;
        self.count_until(|m| m.tops.len() >= goal);
    }

    /// Lines of the whole list: counts every item.
    pub fn total(&self) -> usize {
        self.count_until(|_| false);
        self.measured.borrow().end
    }

    /// Lines of the whole list for the scrollbar, without counting more: exact
    /// when every item is counted, else the lines counted and, for the rest, as
    /// many a line per item as the counted ones took on average.
    pub fn scroll_total(&self) -> usize {
        let m = self.measured.borrow();
        let (done, left) = (m.tops.len(), self.items.len() - m.tops.len());
        if left == 0 {
            return m.end;
        }
        if done == 0 {
            return self.items.len();
        }
        m.end + (left * m.end).div_ceil(done)
    }

    /// Every item counted, as a line map.
    pub fn line_map(&self) -> LineMap {
        self.count_until(|_| false);
        let m = self.measured.borrow();
        let mut heights: Vec<usize> = m.tops.windows(2).map(|w| w[1] - w[0]).collect();
        if let Some(last) = m.tops.last() {
            heights.push(m.end - last);
        }
        LineMap::new(&heights)
    }
}

impl Lines for FittedList {
    fn len(&self) -> usize {
        self.items.len()
    }

    fn top(&self, i: usize) -> usize {
        self.count_until(|m| m.tops.len() > i);
        self.measured.borrow().tops[i]
    }

    fn height(&self, i: usize) -> usize {
        self.count_until(|m| m.tops.len() > i);
        let m = self.measured.borrow();
        m.tops.get(i + 1).copied().unwrap_or(m.end) - m.tops[i]
    }

    fn item_at(&self, line: usize) -> Option<usize> {
        self.count_until(|m| m.end > line);
        let m = self.measured.borrow();
        let after = m.tops.partition_point(|&t| t <= line);
        (after > 0 && (after < m.tops.len() || line < m.end)).then(|| after - 1)
    }

    fn last_starting_before(&self, line: usize) -> Option<usize> {
        self.count_until(|m| m.end >= line);
        let m = self.measured.borrow();
        m.tops.partition_point(|&t| t < line).checked_sub(1)
    }

    fn clamp(&self, offset: usize, rows: usize) -> usize {
        let bottom = offset.saturating_add(rows);
        self.count_until(|m| m.end >= bottom);
        offset.min(self.measured.borrow().end.saturating_sub(rows))
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
                    let lines = list.line_map();
                    for (i, item) in list.items.iter().enumerate() {
                        let prev = i.checked_sub(1).map(|p| list.items[p].kind);
                        assert_eq!(
                            lines.height(i),
                            item.lines(width, prev).len(),
                            "{source:?} item {i} at {width}"
                        );
                    }
                }
            }
        }
    }
}
