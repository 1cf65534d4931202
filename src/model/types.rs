//! The serde types of a strategy document. Every struct denies unknown fields so
//! that a typo in a data file is an error, not silently ignored data.
//!
//! Over 400 lines because it is the format's reference: every field carries the
//! doc comment that `tests/data_format_doc.rs` holds `docs/data-format.md` to.

use serde::{Deserialize, Serialize};

use super::text::Text;

/// One regional strategy document: the root of a data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub meta: Meta,
    pub preface: Preface,
    pub positioning: Positioning,
    pub roadmaps: Vec<Roadmap>,
    pub organisations: Vec<Organisation>,
    pub swot: Swot,
    /// The UN Sustainable Development Goals as this document words them, when it
    /// does: the program knows the 17 goals' official names in every language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdgs: Vec<Sdg>,
    pub sources: Vec<Source>,
}

/// Title page facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Text>,
    /// Who wrote the document.
    pub author: Text,
    /// Who manages the author, if anyone (e.g. the district's managing body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_by: Option<Text>,
    /// The region the strategy is for, as the data names it ("Toscana"): the
    /// territory whose figures the overview shows, and where EU projects are
    /// counted as coordinated.
    pub region: Text,
    /// The review this document updates, when it updates one ("MTR S3"): it names
    /// the roadmaps' "update" sections and the preface's list of earlier roadmaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_review: Option<Text>,
    /// Publication date, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Text,
    /// The date the data is current to, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_as_of: Option<Text>,
    /// ISO 639-1 code of the document's language.
    pub language: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Text>,
    /// Source ids of links that describe the document as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// The premessa: how the document came about and how it maps onto regional policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preface {
    pub paragraphs: Vec<Text>,
    /// The roadmaps as listed in the previous review, with their new numbers.
    pub previous_roadmaps: Vec<PreviousRoadmap>,
    /// What changed in numbering or titles since the previous review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renumbering: Option<Text>,
    /// The update on the roadmaps as a whole ("Aggiornamento sulle roadmap").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub update: Vec<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regional_priorities: Option<RegionalPriorities>,
    /// Groups of EU projects counted outside the roadmaps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_projects: Vec<ProjectGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousRoadmap {
    /// Number in the previous review.
    pub number: u8,
    pub title: Text,
    /// Number of the roadmap it became in this document.
    pub now: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionalPriorities {
    /// The act that sets the priorities, e.g. "DGR n. 218 del 15 marzo 2021".
    pub act: Text,
    pub paragraphs: Vec<Text>,
    /// A recommended change to the priorities' wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectGroup {
    pub description: Text,
    pub projects: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// The sector's place in the national and regional economy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Positioning {
    /// The sector's figures by territory, widest first (the country, then the
    /// region); the one named as `meta.region` is the region's own.
    pub territories: Vec<Territory>,
    pub paragraphs: Vec<Text>,
    /// Organisation ids of the research and clinical system.
    pub research_system: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// A territory and the sector's figures in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    /// Its name as the document writes it ("Italia", "Toscana").
    pub name: Text,
    pub figures: Vec<Figure>,
}

/// A number with what it measures, its unit, year, scope and qualifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub metric: Metric,
    pub value: f64,
    pub unit: Unit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// Where or what the number covers ("Toscana", "siti di Siena e Rosia").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Text>,
    /// What is counted, when the metric alone does not say it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Anything a reader must know, e.g. what the source printed when it was garbled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Who gives the number, when the document quotes someone else's estimate or
    /// statistic ("OCSE").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Metric {
    Turnover,
    ValueOfProduction,
    MarketValue,
    Export,
    Investment,
    EuContribution,
    Funding,
    Employees,
    Researchers,
    Firms,
    LocalUnits,
    Count,
    Doses,
    GdpShare,
    ExportShare,
    Share,
    Rank,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Unit {
    /// Millions of euro: 3.75 miliardi is 3750.
    MillionEuro,
    People,
    Count,
    Doses,
    Percent,
    /// A position in a ranking (1 is first).
    Rank,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// "oltre"
    MoreThan,
    /// "circa", "intorno a"
    About,
    /// "quasi"
    Almost,
    /// "almeno"
    AtLeast,
    /// "fino a"
    UpTo,
}

/// One roadmap of the strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roadmap {
    pub id: String,
    pub number: u8,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<Text>,
    /// Predominant sector ("Ambito" in the overview table).
    pub sector: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_sector: Option<Text>,
    /// 1 (highest) to 5.
    pub priority: u8,
    /// The overview table's bullets.
    pub summary: Vec<Text>,
    /// Headline figures of the roadmap's sector.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    pub context: Vec<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas_intro: Vec<Text>,
    pub area_groups: Vec<AreaGroup>,
    /// The update relative to the previous review.
    pub update: Vec<Text>,
    /// Prose of the strategic assets section around the stakeholder lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<Text>,
    pub stakeholders: Vec<StakeholderLink>,
    pub sdgs: Vec<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_projects: Option<EuProjects>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partnerships: Vec<Partnership>,
    /// Prose of the partnerships section not captured by the structures above.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partnerships_text: Vec<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investments: Vec<Investment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cross_refs: Vec<CrossRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaGroup {
    pub title: Text,
    pub areas: Vec<Area>,
}

/// A technology or intervention area; areas nest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Area>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StakeholderLink {
    pub org: String,
    pub role: Role,
    /// What the roadmap says of the organisation in this context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    KeyPlayer,
    Company,
    ServiceProvider,
    Research,
    Healthcare,
    Public,
    Network,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EuProjects {
    /// The programme the figures come from, e.g. "H2020".
    pub programme: Text,
    pub projects: u32,
    /// How many of the projects are coordinated by organisations in the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinated_in_region: Option<u32>,
    pub contribution: Figure,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemes: Vec<SchemeCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_participants: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchemeCount {
    /// e.g. "MSCA", "ERC", "SME Instrument fase 1".
    pub scheme: Text,
    pub projects: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution: Option<Figure>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    pub id: String,
    pub name: Text,
    pub kind: PartnershipKind,
    pub description: Text,
    /// Organisation ids of the members or signatories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// When it was formed or signed: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// When, in words, where the document gives no date ("entro il 2021").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Figure>,
    /// Id of the investment that carries its amount, when the money is one of the
    /// roadmap's investments: the amount is then written once, there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartnershipKind {
    EuNetwork,
    Interregional,
    BusinessNetwork,
    Agreement,
    Centre,
    Project,
    Initiative,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    pub id: String,
    /// Organisation ids of who invests or funds.
    pub by: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    pub purpose: Text,
    /// When it was made or announced: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Text>,
    /// When, in words, where the document gives no date ("negli ultimi due anni").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrossRef {
    pub roadmap: u8,
    pub topic: Text,
}

/// A company, institution, network or public body, named once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<Text>,
    pub kind: OrgKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    /// Id of the organisation it belongs to (group, parent institution).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OrgKind {
    Company,
    University,
    HigherSchool,
    ResearchInstitute,
    Hospital,
    HealthAuthority,
    Foundation,
    PublicBody,
    Network,
    CompetenceCentre,
    District,
    Laboratory,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Swot {
    pub strengths: Vec<Text>,
    pub weaknesses: Vec<Text>,
    pub opportunities: Vec<Text>,
    pub threats: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sdg {
    pub number: u8,
    /// A title of the document's own, shown instead of the official name.
    #[serde(default, alias = "name", skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The goal's or a target's wording as the document quotes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Text>,
}

/// How many Sustainable Development Goals there are.
pub const SDG_COUNT: u8 = 17;

/// A footnote source: a document or web page the text cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Footnote number in the source document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footnote: Option<u16>,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
}

impl Document {
    /// The region's own territory: the one named as `meta.region`.
    pub fn region_territory(&self) -> Option<&Territory> {
        self.positioning
            .territories
            .iter()
            .find(|t| t.name == self.meta.region)
    }
}

impl Document {
    /// The investment of this id, in whichever roadmap lists it.
    pub fn investment(&self, id: &str) -> Option<&Investment> {
        self.roadmaps
            .iter()
            .flat_map(|r| &r.investments)
            .find(|i| i.id == id)
    }
}

/// Whether `d` is a date as documents write them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`,
/// with a month from 1 to 12 and a day from 1 to 31.
pub fn is_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let within = |s: &str, hi: u8| s.parse::<u8>().is_ok_and(|v| (1..=hi).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && within(m, 12),
        [y, m, day] => {
            digits(y, 4) && digits(m, 2) && within(m, 12) && digits(day, 2) && within(day, 31)
        }
        _ => false,
    }
}
