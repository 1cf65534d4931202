//! The slides of presentation mode, generated from the document: a title slide,
//! the overview, one slide per roadmap, the SWOT grid and then each quadrant, and
//! the charts that have something to show.

use super::figures::chart;
use crate::model::{Document, Index, Lang};
use crate::place::{Chart, Place, Quadrant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Title,
    Overview,
    Roadmap(u8),
    Swot,
    Quadrant(Quadrant),
    Chart(Chart),
}

impl Slide {
    /// The browser screen that tells the slide's story in full.
    pub fn place(self) -> Place {
        match self {
            Self::Title | Self::Overview => Place::Overview,
            Self::Roadmap(n) => Place::Roadmap(n),
            Self::Swot => Place::Swot(None),
            Self::Quadrant(q) => Place::Swot(Some(q)),
            Self::Chart(c) => Place::Figures(c),
        }
    }
}

/// Every slide of `doc`, in presentation order.
pub fn slides(doc: &Document, index: &Index) -> Vec<Slide> {
    let mut v = vec![Slide::Title, Slide::Overview];
    v.extend(doc.roadmaps.iter().map(|r| Slide::Roadmap(r.number)));
    v.push(Slide::Swot);
    v.extend(Quadrant::ALL.map(Slide::Quadrant));
    v.extend(
        Chart::ALL
            .into_iter()
            .filter(|c| chart(doc, index, *c, Lang::It).bar_count() > 0)
            .map(Slide::Chart),
    );
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_document_makes_a_deck_of_nineteen_slides() {
        let doc = crate::model::load_embedded().unwrap().doc;
        let s = slides(&doc, &Index::new(&doc));
        // Title, overview, 7 roadmaps, the grid, 4 quadrants, 5 charts.
        assert_eq!(s.len(), 2 + 7 + 1 + 4 + 5);
        assert_eq!(s[2], Slide::Roadmap(1));
        assert_eq!(s[9], Slide::Swot);
        assert_eq!(s[10].place(), Place::Swot(Some(Quadrant::Strengths)));
        assert_eq!(s.last(), Some(&Slide::Chart(Chart::Investments)));
    }
}
