//! What a table can be narrowed to by choosing from a list: a kind of organisation
//! or a roadmap. The options of each, how they read, and which of them a few typed
//! characters point at.

use crate::model::fold::fold;
use crate::model::{Document, Lang, OrgKind};

/// What a picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Kind,
    Roadmap,
}

/// One option of a picker: every row, or only those of a kind or a roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    All,
    Kind(OrgKind),
    Roadmap(u8),
}

impl Facet {
    /// The options, "all" first: the kinds of organisation the document has, or
    /// its roadmaps, in order.
    pub fn choices(self, doc: &Document) -> Vec<Choice> {
        let mut out = vec![Choice::All];
        match self {
            Self::Kind => {
                let mut kinds: Vec<OrgKind> = doc.organisations.iter().map(|o| o.kind).collect();
                kinds.sort_unstable();
                kinds.dedup();
                out.extend(kinds.into_iter().map(Choice::Kind));
            }
            Self::Roadmap => {
                let mut numbers: Vec<u8> = doc.roadmaps.iter().map(|r| r.number).collect();
                numbers.sort_unstable();
                numbers.dedup();
                out.extend(numbers.into_iter().map(Choice::Roadmap));
            }
        }
        out
    }

    /// The picker's title.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().choices;
        match self {
            Self::Kind => w.kind,
            Self::Roadmap => w.roadmap,
        }
    }

    /// The option in force, given the table's kind and roadmap filters.
    pub fn current(self, kind: Option<OrgKind>, roadmap: Option<u8>) -> Choice {
        match self {
            Self::Kind => kind.map_or(Choice::All, Choice::Kind),
            Self::Roadmap => roadmap.map_or(Choice::All, Choice::Roadmap),
        }
    }
}

impl Choice {
    /// How the option reads in the list: "tutti i tipi", "impresa", "7 Nutraceutica".
    pub fn label(self, facet: Facet, doc: &Document, lang: Lang) -> String {
        let w = &lang.words().choices;
        match self {
            Self::All => match facet {
                Facet::Kind => w.all_kinds.to_owned(),
                Facet::Roadmap => w.all_roadmaps.to_owned(),
            },
            Self::Kind(k) => k.label(lang).to_owned(),
            Self::Roadmap(n) => {
                let title = doc
                    .roadmaps
                    .iter()
                    .find(|r| r.number == n)
                    .map(|r| r.short_title.as_ref().unwrap_or(&r.title).to_string())
                    .unwrap_or_default();
                format!("{n:>2} {title}")
            }
        }
    }

    /// What typing matches against: a roadmap's number, else the label's letters
    /// without case or accents.
    fn typed_key(self, facet: Facet, lang: Lang) -> String {
        let w = &lang.words().choices;
        match self {
            Self::Roadmap(n) => n.to_string(),
            Self::Kind(k) => fold(k.label(lang)),
            Self::All => fold(match facet {
                Facet::Kind => w.all_kinds,
                Facet::Roadmap => w.all_roadmaps,
            }),
        }
    }
}

/// The positions in `choices` of the options that begin with `typed`.
pub fn matching(choices: &[Choice], facet: Facet, typed: &str, lang: Lang) -> Vec<usize> {
    let typed = fold(typed);
    choices
        .iter()
        .enumerate()
        .filter(|(_, c)| c.typed_key(facet, lang).starts_with(&typed))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_embedded;

    #[test]
    fn typing_points_at_the_options_that_begin_with_it() {
        let doc = load_embedded().unwrap().doc;
        let kinds = Facet::Kind.choices(&doc);
        assert_eq!(kinds[0], Choice::All);
        let univ = matching(&kinds, Facet::Kind, "U", Lang::It);
        assert_eq!(
            univ.iter().map(|&i| kinds[i]).collect::<Vec<_>>(),
            [Choice::Kind(OrgKind::University)]
        );
        // Accents and case do not matter; several options may fit.
        assert!(matching(&kinds, Facet::Kind, "s", Lang::It).len() > 1);
        assert_eq!(matching(&kinds, Facet::Kind, "SANITÀ", Lang::It).len(), 1);
        let roadmaps = Facet::Roadmap.choices(&doc);
        let seven = matching(&roadmaps, Facet::Roadmap, "7", Lang::En);
        assert_eq!(
            seven.iter().map(|&i| roadmaps[i]).collect::<Vec<_>>(),
            [Choice::Roadmap(7)]
        );
        assert_eq!(matching(&roadmaps, Facet::Roadmap, "all", Lang::En), [0]);
        assert!(matching(&roadmaps, Facet::Roadmap, "x", Lang::En).is_empty());
    }
}
