//! The phrases of the screens, of the item lists and of the handouts.

/// Phrases of the browser's screens and overlays.
#[derive(Debug)]
pub struct Screens {
    pub data_as_of: &'static str,
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
    /// Shown under few results when the document is in another language than
    /// the interface; given the document's language name.
    pub other_language: fn(&str) -> String,
    /// The name of a language, by its ISO 639-1 code, in this language.
    pub language_called: fn(&str) -> Option<&'static str>,
    /// What ↑↓ do in the search.
    pub choose: &'static str,
    pub reload_failed: &'static str,
    /// Confirms a reload that worked.
    pub reloaded: &'static str,
    /// Before the address `--serve` serves at, shown at start in the browser.
    pub serving: &'static str,
    /// Confirms a copy to the clipboard, before the text copied.
    pub copied: &'static str,
    /// Nothing selected can be copied here.
    pub nothing_to_copy: &'static str,
    /// Confirms a link handed to the browser, before the link.
    pub opening: &'static str,
    /// The selection holds no link.
    pub no_link: &'static str,
    /// The link is not a web address, so it is not opened.
    pub not_web_link: &'static str,
    /// The browser could not be started.
    pub open_failed: &'static str,
    /// The configuration file has problems; they are printed on quitting.
    pub config_broken: &'static str,
    /// The mouse indicator in the footer and its two states.
    pub mouse: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    /// The language's own name, as the footer confirms a switch to it.
    pub language_name: &'static str,
    /// The theme, as the footer confirms a change of it.
    pub theme: &'static str,
    pub theme_dark: &'static str,
    pub theme_light: &'static str,
    pub theme_contrast: &'static str,
    /// What ↑↓ do in a list that scrolls.
    pub scrolls: &'static str,
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
    /// At the foot of a scrolled help overlay, when its last row shows.
    pub help_end: &'static str,
    pub closes: &'static str,
    pub zooms: &'static str,
    pub opens_bar: &'static str,
    pub no_chart_data: &'static str,
    pub priority_legend: &'static str,
    /// Which end of the 1–5 priority scale is the highest, after a priority.
    pub priority_scale: &'static str,
}

/// Phrases of the item lists: roadmap sections, pages, charts.
#[derive(Debug)]
pub struct Content {
    /// Who gives a quoted figure: "80% (secondo OCSE)".
    pub according_to: &'static str,
    pub nothing: &'static str,
    pub solutions: &'static str,
    pub figures: &'static str,
    pub at_a_glance: &'static str,
    /// Before the part of a count that is of one kind: "12, of which 3 sub-areas".
    pub of_which: &'static str,
    /// The official short names of the 17 Sustainable Development Goals, in order.
    pub sdg_names: [&'static str; 17],
    /// Heads the cross-references other roadmaps make to the one shown.
    pub referred_to_by: &'static str,
    pub areas: &'static str,
    pub stakeholders: &'static str,
    pub eu_projects: &'static str,
    pub from_the_text: &'static str,
    /// A programme's projects as a heading: "Progetti H2020", "H2020 projects".
    pub projects_of: fn(&str) -> String,
    /// So many of a programme's projects: "32 progetti H2020", "32 H2020 projects".
    pub programme_projects: fn(usize, &str) -> String,
    pub funded_projects: &'static str,
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
    /// Who gives a quoted figure, as a column heading.
    pub given_by: &'static str,
    pub footnote: &'static str,
    pub metric: &'static str,
    pub value: &'static str,
    pub year: &'static str,
    pub scope: &'static str,
    pub programme: &'static str,
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
    // The handout's layout: title page, organisations table, charts.
    /// What the title page calls the document in hand: "Dispensa".
    pub handout: &'static str,
    /// The column of an organisation's description and other figures.
    pub details: &'static str,
    /// The live handout's bar while it follows the presenter.
    pub following: &'static str,
    /// The same once the reader has scrolled away.
    pub wandered_off: &'static str,
    /// The button that follows the presenter again.
    pub follow_presenter: &'static str,
}

/// Phrases that name the document's region or the review it updates, both taken
/// from its metadata: the program itself names no place.
#[derive(Debug)]
pub struct Regional {
    /// The overview's box of the region's figures: "The sector in Lombardia".
    pub sector_in: fn(&str) -> String,
    /// EU projects coordinated by organisations of the region: "coordinated in Lombardia".
    pub coordinated_in: fn(&str) -> String,
    /// The same as a table column heading.
    pub coordinated_column: fn(&str) -> String,
    /// A roadmap's update section, named after the review it updates.
    pub update_since: fn(&str) -> String,
    /// The preface's list of the roadmaps of the review this document updates.
    pub previous_roadmaps_of: fn(&str) -> String,
}
