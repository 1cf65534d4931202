//! The words of the user interface, one table per language.
//!
//! Every message is a field of [`Words`], so the compiler proves that each
//! language has all of them; plural forms are functions of the count. A new
//! language is one more table file and one more [`Lang`] variant, listed with its
//! table in `languages!`. The data keeps its own language: only the interface's
//! words live here.
//!
//! Nothing here imports from the rest of the crate; labels for a type sit beside
//! the type and read these tables.

mod en;
mod it;
mod keys;
mod labels;
mod phrases;

pub use en::EN;
pub use it::IT;
pub use keys::{Contexts, KeyHelp, KeyHints};
pub use labels::{
    Charts, Choices, DocHeadings, HitKinds, Metrics, OrgKinds, PartnershipKinds, Parts, Places,
    Quadrants, Qualifiers, RoadmapSorts, Roles, Sections, Slides, SortKeys,
};
pub use phrases::{Columns, Content, Export, Regional, Screens};

/// The language of the user interface (the data keeps its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    It,
    En,
}

/// Lists the languages with their tables. `Lang::words` matches without a
/// wildcard, so a new variant does not compile until it is listed here.
macro_rules! languages {
    ($($lang:ident: $words:ident),+ $(,)?) => {
        impl Lang {
            /// Every language, in the order `L` cycles through them.
            pub const ALL: [Self; [$(stringify!($lang)),+].len()] = [$(Self::$lang),+];

            /// The words of this language.
            pub fn words(self) -> &'static Words {
                match self {
                    $(Self::$lang => &$words,)+
                }
            }
        }
    };
}

languages! { It: IT, En: EN }

impl Lang {
    /// Picks a language from locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`): the
    /// language whose code starts a set locale, English for any other set locale,
    /// Italian when none is set (the data's language).
    pub fn from_locale(lookup: impl Fn(&str) -> Option<String>) -> Self {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = lookup(var).filter(|v| !v.is_empty()) {
                let v = v.to_ascii_lowercase();
                return Self::ALL
                    .into_iter()
                    .find(|l| v.starts_with(l.code()))
                    .unwrap_or(Self::En);
            }
        }
        Self::It
    }

    /// The next language.
    pub fn toggle(self) -> Self {
        let i = Self::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// The language's code: "it", "en".
    pub fn code(self) -> &'static str {
        self.words().code
    }
}

/// A message with a count in it, in the right plural form: `(w.counts.areas)(3)`.
pub type Count = fn(usize) -> String;

/// Every word of the interface in one language.
#[derive(Debug)]
pub struct Words {
    /// The language's code, as `--lang` takes it and the footer shows it.
    pub code: &'static str,
    pub numbers: Numbers,
    pub counts: Counts,
    /// The help line of each key binding.
    pub keys: KeyHelp,
    /// The short footer hints of the bindings that have one.
    pub hints: KeyHints,
    /// Where bindings apply, as the help overlay heads them.
    pub contexts: Contexts,
    pub places: Places,
    pub quadrants: Quadrants,
    pub charts: Charts,
    pub sections: Sections,
    pub doc_headings: DocHeadings,
    pub parts: Parts,
    /// Role groups of a roadmap's stakeholders.
    pub roles: Roles,
    /// Roles as the matrix legend spells out their letters.
    pub role_words: Roles,
    pub org_kinds: OrgKinds,
    pub partnership_kinds: PartnershipKinds,
    pub metrics: Metrics,
    pub qualifiers: Qualifiers,
    pub hit_kinds: HitKinds,
    pub sort_keys: SortKeys,
    pub roadmap_sorts: RoadmapSorts,
    pub choices: Choices,
    pub screens: Screens,
    pub content: Content,
    pub columns: Columns,
    pub export: Export,
    pub slides: Slides,
    pub regional: Regional,
}

/// How numbers, amounts and dates are written.
#[derive(Debug)]
pub struct Numbers {
    pub thousands: char,
    pub decimal: char,
    /// An amount in billions of euro, the number already written: "3,75 mld €".
    pub billions_euro: fn(&str) -> String,
    pub millions_euro: fn(&str) -> String,
    /// A count in millions: "47 mln".
    pub millions: fn(&str) -> String,
    pub doses: fn(&str) -> String,
    /// A rank: "3°", "3rd".
    pub ordinal: fn(i64) -> String,
    /// A date given as "2021-05-14" or "2021-05".
    pub date: fn(&str) -> String,
}

/// Messages with a count, in their plural forms.
#[derive(Debug)]
pub struct Counts {
    pub roadmaps: Count,
    pub areas: Count,
    pub sub_areas: Count,
    pub organisations: Count,
    pub projects: Count,
    /// The organisations taking part in a roadmap.
    pub stakeholders: Count,
    pub announced_investments: Count,
    pub results: Count,
    /// At least this many results (the search stops there).
    pub results_at_least: Count,
    /// Problems found in a data file.
    pub problems: Count,
    /// Rows of a scrolled overlay below its last visible one.
    pub more_rows: Count,
    /// Names left out of a list: "… e altri 3".
    pub more: Count,
}

#[cfg(test)]
mod tests;
