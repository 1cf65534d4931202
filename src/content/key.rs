//! Which piece of the document an item shows, in words of the document's own
//! structure: the same in every language and however the item is worded. A search
//! hit names the item to select by its key (`search::Target`), so the index and
//! the screens agree on it by construction.

use super::{DocHeading, Item, Section};
use crate::model::Text;
use crate::place::Quadrant;

/// A list of paragraphs, or a single paragraph, that search finds and a screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prose {
    /// A roadmap's summary lines.
    Summary,
    /// A roadmap's context.
    Context,
    /// A roadmap's introduction to its areas.
    AreasIntro,
    /// A roadmap's update since the mid-term review.
    Update,
    /// A roadmap's assets, shown with its stakeholders.
    Assets,
    /// A roadmap's text on partnerships, shown with its EU projects.
    PartnershipsText,
    /// The preface's paragraphs.
    Preface,
    /// The preface's note on renumbering (one paragraph).
    Renumbering,
    /// The preface's update on the roadmaps.
    PrefaceUpdate,
    /// The regional priorities' paragraphs.
    RegionalPriorities,
    /// The regional priorities' recommendation (one paragraph).
    Recommendation,
    /// The sector's positioning.
    Positioning,
}

/// The identity of an item a search can land on, unique in the list that shows it.
/// Numbers are positions in the document's own lists; a roadmap's things are
/// numbered within that roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKey {
    /// Paragraph `n` of a list of prose; a single paragraph is number 0.
    Prose(Prose, usize),
    /// Item `n` of a SWOT quadrant.
    Swot(Quadrant, usize),
    /// Partnership `n` of a roadmap.
    Partnership(usize),
    /// Investment `n` of a roadmap.
    Investment(usize),
    /// The title line of source `n` of the document's sources.
    Source(usize),
    /// The URL line of source `n`.
    SourceUrl(usize),
    /// Figure `n` of a roadmap, in its summary.
    Figure(usize),
    /// Stakeholder `n` of a roadmap (its link, with the role note).
    Stakeholder(usize),
    /// SDG `n` of a roadmap's list.
    Sdg(usize),
    /// Cross-reference `n` of a roadmap.
    CrossRef(usize),
    /// Reference `n` to a roadmap from another roadmap's cross-references.
    Referrer(usize),
    /// Figure `n` of territory `t` of the positioning.
    Positioning(usize, usize),
    /// Group `n` of the preface's other projects.
    OtherProjects(usize),
}

impl ItemKey {
    /// The roadmap section whose items include this one; `None` for an item that
    /// is not a roadmap's. Kept beside [`super::roadmap_section`]'s choices by the
    /// test `keys_name_the_section_that_shows_them`.
    pub fn section(self) -> Option<Section> {
        match self {
            Self::Prose(p, _) => match p {
                Prose::Summary => Some(Section::Summary),
                Prose::Context => Some(Section::Context),
                Prose::AreasIntro => Some(Section::Areas),
                Prose::Update => Some(Section::Update),
                Prose::Assets => Some(Section::Stakeholders),
                Prose::PartnershipsText => Some(Section::EuProjects),
                Prose::Preface
                | Prose::Renumbering
                | Prose::PrefaceUpdate
                | Prose::RegionalPriorities
                | Prose::Recommendation
                | Prose::Positioning => None,
            },
            Self::Partnership(_) => Some(Section::EuProjects),
            Self::Investment(_) => Some(Section::Investments),
            Self::Figure(_) => Some(Section::Summary),
            Self::Stakeholder(_) => Some(Section::Stakeholders),
            Self::Sdg(_) => Some(Section::Sdgs),
            Self::CrossRef(_) | Self::Referrer(_) => Some(Section::CrossRefs),
            Self::Swot(..)
            | Self::Source(_)
            | Self::SourceUrl(_)
            | Self::Positioning(..)
            | Self::OtherProjects(_) => None,
        }
    }
}

impl ItemKey {
    /// The heading of the document screen under which this item shows; `None` for
    /// an item that is not on the document screen.
    pub fn chapter(self) -> Option<DocHeading> {
        Some(match self {
            Self::Prose(p, _) => match p {
                Prose::Preface => DocHeading::Preface,
                Prose::Renumbering => DocHeading::PreviousRoadmaps,
                Prose::PrefaceUpdate => DocHeading::Update,
                Prose::RegionalPriorities | Prose::Recommendation => DocHeading::RegionalPriorities,
                Prose::Positioning => DocHeading::Positioning,
                _ => return None,
            },
            Self::Positioning(..) => DocHeading::Positioning,
            Self::OtherProjects(_) => DocHeading::OtherProjects,
            Self::Source(_) | Self::SourceUrl(_) => DocHeading::Sources,
            _ => return None,
        })
    }
}

/// The paragraphs of `list`, each keyed as paragraph `n` of `prose`.
pub(super) fn paras(list: &[Text], prose: Prose) -> impl Iterator<Item = Item> + '_ {
    list.iter()
        .enumerate()
        .map(move |(n, p)| Item::para(p.to_string()).keyed(ItemKey::Prose(prose, n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SECTIONS, document_items, roadmap_section, swot_items};
    use crate::model::{Index, Lang, load_embedded};

    fn keys(items: &[Item]) -> Vec<ItemKey> {
        items.iter().filter_map(|i| i.key).collect()
    }

    fn unique(keys: &[ItemKey]) -> bool {
        keys.iter().enumerate().all(|(i, k)| !keys[..i].contains(k))
    }

    #[test]
    fn keys_name_the_section_that_shows_them() {
        let doc = load_embedded().unwrap().doc;
        let index = Index::new(&doc);
        for lang in [Lang::It, Lang::En] {
            for r in &doc.roadmaps {
                for &section in SECTIONS {
                    let k = keys(&roadmap_section(&doc, &index, r, section, lang));
                    assert!(unique(&k), "{section:?}");
                    for key in k {
                        assert_eq!(key.section(), Some(section), "{key:?}");
                    }
                }
            }
            let k = keys(&document_items(&doc, &index, lang));
            assert!(!k.is_empty() && unique(&k));
            assert!(k.iter().all(|key| key.section().is_none()), "{k:?}");
        }
        for q in crate::place::Quadrant::ALL {
            let k = keys(&swot_items(&doc, q));
            assert_eq!(k.len(), swot_items(&doc, q).len());
            assert!(
                k.iter()
                    .all(|key| matches!(key, ItemKey::Swot(kq, _) if *kq == q))
            );
        }
    }
}
