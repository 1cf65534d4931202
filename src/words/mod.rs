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

pub use en::EN;
pub use it::IT;

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
    pub screens: Screens,
    pub content: Content,
    pub columns: Columns,
    pub export: Export,
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
    pub areas: Count,
    pub sub_areas: Count,
    pub organisations: Count,
    pub projects: Count,
    pub results: Count,
    /// At least this many results (the search stops there).
    pub results_at_least: Count,
    /// Names left out of a list: "… e altri 3".
    pub more: Count,
}

/// The help line of each binding of the keymap.
#[derive(Debug)]
pub struct KeyHelp {
    pub quit: &'static str,
    pub back: &'static str,
    pub up: &'static str,
    pub down: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub top: &'static str,
    pub bottom: &'static str,
    pub open: &'static str,
    pub next_pane: &'static str,
    pub prev_pane: &'static str,
    pub open_roadmap: &'static str,
    pub go_overview: &'static str,
    pub go_document: &'static str,
    pub go_stakeholders: &'static str,
    pub go_swot: &'static str,
    pub go_matrix: &'static str,
    pub go_figures: &'static str,
    pub toggle_help: &'static str,
    pub toggle_mouse: &'static str,
    pub toggle_lang: &'static str,
    pub cycle_theme: &'static str,
    pub open_search: &'static str,
    pub toggle_present: &'static str,
    pub search_open: &'static str,
    pub search_close: &'static str,
    pub delete_char: &'static str,
    pub search_clear: &'static str,
    pub next_slide: &'static str,
    pub prev_slide: &'static str,
    pub first_slide: &'static str,
    pub last_slide: &'static str,
    pub slide_number: &'static str,
    pub open_slide: &'static str,
    pub leave_present: &'static str,
    pub sections_pane: &'static str,
    pub content_pane: &'static str,
    pub quadrant_left: &'static str,
    pub quadrant_right: &'static str,
    pub quadrant_up: &'static str,
    pub quadrant_down: &'static str,
    pub zoom: &'static str,
    pub prev_quadrant: &'static str,
    pub next_quadrant: &'static str,
    pub unzoom: &'static str,
    pub column_left: &'static str,
    pub column_right: &'static str,
    pub matrix_sort: &'static str,
    pub sort_next_column: &'static str,
    pub reverse_sort: &'static str,
    pub prev_chart: &'static str,
    pub next_chart: &'static str,
    pub filter_table: &'static str,
    pub filter_by_name: &'static str,
    pub cycle_kind: &'static str,
    pub cycle_roadmap: &'static str,
    pub filter_keep: &'static str,
    pub filter_drop: &'static str,
    pub filter_clear: &'static str,
}

/// Footer hints: one or two words after the key.
#[derive(Debug)]
pub struct KeyHints {
    pub quit: &'static str,
    pub back: &'static str,
    pub open: &'static str,
    pub document: &'static str,
    pub stakeholders: &'static str,
    pub swot: &'static str,
    pub help: &'static str,
    pub search: &'static str,
    pub present: &'static str,
    pub go: &'static str,
    pub close: &'static str,
    pub next: &'static str,
    pub leave: &'static str,
    pub zoom: &'static str,
    pub grid: &'static str,
    pub column: &'static str,
    pub sort: &'static str,
    pub chart: &'static str,
    pub filter: &'static str,
    pub keep: &'static str,
    pub drop: &'static str,
}

#[derive(Debug)]
pub struct Contexts {
    pub global: &'static str,
    pub overview: &'static str,
    pub document: &'static str,
    pub roadmap: &'static str,
    pub area: &'static str,
    pub stakeholders: &'static str,
    pub stakeholder: &'static str,
    pub swot: &'static str,
    pub swot_zoom: &'static str,
    pub matrix: &'static str,
    pub figures: &'static str,
    pub filter: &'static str,
    pub present: &'static str,
    pub search: &'static str,
    pub help: &'static str,
}

/// Breadcrumbs of the places that have a fixed name.
#[derive(Debug)]
pub struct Places {
    pub overview: &'static str,
    pub document: &'static str,
    pub stakeholders: &'static str,
    pub matrix: &'static str,
    pub figures: &'static str,
}

#[derive(Debug)]
pub struct Quadrants {
    pub strengths: &'static str,
    pub weaknesses: &'static str,
    pub opportunities: &'static str,
    pub threats: &'static str,
}

/// Tab titles of the charts.
#[derive(Debug)]
pub struct Charts {
    pub eu_contribution: &'static str,
    pub eu_projects: &'static str,
    pub turnover: &'static str,
    pub employees: &'static str,
    pub investments: &'static str,
}

/// The sections of a roadmap screen.
#[derive(Debug)]
pub struct Sections {
    pub summary: &'static str,
    pub context: &'static str,
    pub areas: &'static str,
    pub update: &'static str,
    pub stakeholders: &'static str,
    pub eu_projects: &'static str,
    pub investments: &'static str,
    pub sdgs: &'static str,
    pub cross_refs: &'static str,
    pub sources: &'static str,
}

/// Headings of the document screen, which the handouts share.
#[derive(Debug)]
pub struct DocHeadings {
    pub preface: &'static str,
    pub previous_roadmaps: &'static str,
    pub positioning: &'static str,
    pub research_system: &'static str,
    pub update: &'static str,
    pub regional_priorities: &'static str,
    pub recommendation: &'static str,
    pub other_projects: &'static str,
    pub sources: &'static str,
    pub contact: &'static str,
}

/// Headings of the handout's own parts.
#[derive(Debug)]
pub struct Parts {
    pub contents: &'static str,
    pub overview: &'static str,
    pub organisations: &'static str,
    pub swot: &'static str,
    pub figures: &'static str,
}

#[derive(Debug)]
pub struct Roles {
    pub key_player: &'static str,
    pub company: &'static str,
    pub service_provider: &'static str,
    pub research: &'static str,
    pub healthcare: &'static str,
    pub public: &'static str,
    pub network: &'static str,
}

#[derive(Debug)]
pub struct OrgKinds {
    pub company: &'static str,
    pub university: &'static str,
    pub higher_school: &'static str,
    pub research_institute: &'static str,
    pub hospital: &'static str,
    pub health_authority: &'static str,
    pub foundation: &'static str,
    pub public_body: &'static str,
    pub network: &'static str,
    pub competence_centre: &'static str,
    pub district: &'static str,
    pub laboratory: &'static str,
}

#[derive(Debug)]
pub struct PartnershipKinds {
    pub eu_network: &'static str,
    pub interregional: &'static str,
    pub business_network: &'static str,
    pub agreement: &'static str,
    pub centre: &'static str,
    pub project: &'static str,
    pub initiative: &'static str,
}

/// What each metric is called.
#[derive(Debug)]
pub struct Metrics {
    pub turnover: &'static str,
    pub value_of_production: &'static str,
    pub market_value: &'static str,
    pub export: &'static str,
    pub investment: &'static str,
    pub eu_contribution: &'static str,
    pub funding: &'static str,
    pub employees: &'static str,
    pub researchers: &'static str,
    pub firms: &'static str,
    pub local_units: &'static str,
    pub count: &'static str,
    pub doses: &'static str,
    pub gdp_share: &'static str,
    pub export_share: &'static str,
    pub share: &'static str,
    pub rank: &'static str,
}

#[derive(Debug)]
pub struct Qualifiers {
    pub more_than: &'static str,
    pub about: &'static str,
    pub almost: &'static str,
    pub at_least: &'static str,
    pub up_to: &'static str,
}

/// Group headings of the search results.
#[derive(Debug)]
pub struct HitKinds {
    pub roadmap: &'static str,
    pub area: &'static str,
    pub organisation: &'static str,
    pub swot: &'static str,
    pub partnership: &'static str,
    pub investment: &'static str,
    pub source: &'static str,
    pub text: &'static str,
}

/// Column headers of the stakeholder table and the matrix.
#[derive(Debug)]
pub struct SortKeys {
    pub name: &'static str,
    pub kind: &'static str,
    pub place: &'static str,
    pub turnover: &'static str,
    pub employees: &'static str,
    pub roadmaps: &'static str,
    pub in_roadmap: &'static str,
}

/// Column headers of the overview's roadmap table.
#[derive(Debug)]
pub struct RoadmapSorts {
    pub number: &'static str,
    pub title: &'static str,
    pub sector: &'static str,
    pub priority: &'static str,
    pub areas: &'static str,
    pub stakeholders: &'static str,
    pub eu_projects: &'static str,
    pub eu_contribution: &'static str,
}

/// Phrases of the browser's screens and overlays.
#[derive(Debug)]
pub struct Screens {
    pub data_as_of: &'static str,
    pub sector_in_tuscany: &'static str,
    /// "5 of 12".
    pub of: &'static str,
    pub stakeholders: &'static str,
    /// The stakeholder table is "sorted by" a column.
    pub sorted_by: &'static str,
    pub kind: &'static str,
    pub matrix_title: &'static str,
    /// The matrix's organisations are "sorted by" a column.
    pub matrix_sorted_by: &'static str,
    pub organisation: &'static str,
    pub total: &'static str,
    pub also: &'static str,
    pub priority: &'static str,
    pub sections: &'static str,
    pub technology_area: &'static str,
    pub group: &'static str,
    pub not_in_a_roadmap: &'static str,
    pub managed_by: &'static str,
    pub document: &'static str,
    pub search: &'static str,
    /// What the search looks through, before anything is typed.
    pub search_scope: &'static str,
    pub in_the_text: &'static str,
    /// What ↑↓ do in the search.
    pub choose: &'static str,
    pub reload_failed: &'static str,
    pub too_small: &'static str,
    pub need: &'static str,
    pub now: &'static str,
    /// A table's active filter, in its title.
    pub filter: &'static str,
    /// The prompt a filter is typed at.
    pub filter_prompt: &'static str,
    /// What Enter and Esc do to a filter being typed.
    pub keeps: &'static str,
    pub drops: &'static str,
    pub help: &'static str,
    pub help_mouse: &'static str,
    /// What ↑↓ do in the help.
    pub help_scrolls: &'static str,
    pub closes: &'static str,
    pub zooms: &'static str,
    pub opens_bar: &'static str,
    pub no_chart_data: &'static str,
    pub priority_legend: &'static str,
    pub opens_overview: &'static str,
    pub go_to_slide: &'static str,
    pub more_in_browser: &'static str,
    /// After their count on a roadmap slide, in one form whatever the count.
    pub announced_investments: &'static str,
}

/// Phrases of the item lists: roadmap sections, pages, charts.
#[derive(Debug)]
pub struct Content {
    pub nothing: &'static str,
    pub solutions: &'static str,
    pub figures: &'static str,
    pub at_a_glance: &'static str,
    pub areas: &'static str,
    pub stakeholders: &'static str,
    pub eu_projects: &'static str,
    pub from_the_text: &'static str,
    pub projects: &'static str,
    pub funded_projects: &'static str,
    pub coordinated_here: &'static str,
    pub private_participants: &'static str,
    pub amount_not_given: &'static str,
    pub sub_areas: &'static str,
    pub part_of: &'static str,
    pub group: &'static str,
    pub members: &'static str,
    pub partnerships: &'static str,
    pub investments: &'static str,
    pub research_system: &'static str,
    pub in_research_system: &'static str,
    pub now: &'static str,
    pub coordinated_in_tuscany: &'static str,
    pub programme: &'static str,
    pub without_eu_figures: &'static str,
    pub projects_per_roadmap: &'static str,
    pub contribution_per_roadmap: &'static str,
    pub year_not_given: &'static str,
    pub year_groups: &'static str,
    pub turnover_per_org: &'static str,
    pub employees_per_org: &'static str,
    pub announced: &'static str,
    pub no_amount: &'static str,
    pub announced_investments: &'static str,
}

/// Column heads of the handout's tables.
#[derive(Debug)]
pub struct Columns {
    pub number: &'static str,
    pub title: &'static str,
    pub sector: &'static str,
    pub priority: &'static str,
    pub technology_areas: &'static str,
    pub stakeholders: &'static str,
    pub eu_projects: &'static str,
    pub eu_contribution: &'static str,
    pub former_number: &'static str,
    pub former_title: &'static str,
    pub now: &'static str,
    pub description: &'static str,
    pub projects: &'static str,
    pub note: &'static str,
    pub footnote: &'static str,
    pub metric: &'static str,
    pub value: &'static str,
    pub year: &'static str,
    pub scope: &'static str,
    pub programme: &'static str,
    pub coordinated_in_tuscany: &'static str,
    pub who: &'static str,
    pub amount: &'static str,
    pub place: &'static str,
    pub what: &'static str,
    pub when: &'static str,
    pub organisation: &'static str,
}

/// Phrases of the handouts.
#[derive(Debug)]
pub struct Export {
    pub author: &'static str,
    pub managed_by: &'static str,
    pub date: &'static str,
    pub data_as_of: &'static str,
    pub short_title: &'static str,
    pub short_name: &'static str,
    pub sector: &'static str,
    pub priority: &'static str,
    pub kind: &'static str,
    pub place: &'static str,
    pub also: &'static str,
    pub priority_note: &'static str,
    pub eu_projects_per_roadmap: &'static str,
    pub turnover_of_orgs: &'static str,
    pub employees_of_orgs: &'static str,
    pub announced_investments: &'static str,
}

#[cfg(test)]
mod tests;
