//! What the interface calls the values of a type: places, quadrants, charts,
//! sections, roles, kinds, metrics, sort keys.

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
    /// The same qualifiers as signs, for table cells too narrow for the words.
    pub more_than_short: &'static str,
    pub about_short: &'static str,
    pub almost_short: &'static str,
    pub at_least_short: &'static str,
    pub up_to_short: &'static str,
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
    pub figure: &'static str,
    pub sdg: &'static str,
    pub cross_ref: &'static str,
    pub text: &'static str,
    pub place: &'static str,
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

/// The lists a table is narrowed from: their titles and their first option.
#[derive(Debug)]
pub struct Choices {
    pub kind: &'static str,
    pub roadmap: &'static str,
    pub all_kinds: &'static str,
    pub all_roadmaps: &'static str,
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

/// Words of presentation mode.
#[derive(Debug)]
pub struct Slides {
    /// Over the address and QR code an audience follows the talk at.
    pub follow_at: &'static str,
    /// What the share screen says without `--serve`.
    pub not_serving: &'static str,
    /// The overview slide's heading.
    pub overview: &'static str,
    /// The agenda's title.
    pub agenda: &'static str,
    /// The EU contribution chart's heading where its title is too long for big letters.
    pub eu_contribution_short: &'static str,
    /// A grid cell's note of the items its quadrant's own slide adds: "+3 on slide 12".
    pub continued: fn(usize, usize) -> String,
}
