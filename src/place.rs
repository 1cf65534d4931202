//! Places: the screens of the browser, named the same way everywhere
//! (`--open`, `render`, breadcrumbs).

use std::fmt;

use crate::model::suggest;
use crate::model::text::sanitize;
use crate::model::{Document, Index, Lang};

/// A screen the user can be on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    Overview,
    Document,
    Roadmap(u8),
    Area(String),
    Stakeholders,
    Stakeholder(String),
    /// The SWOT grid; with a quadrant, that quadrant zoomed.
    Swot(Option<Quadrant>),
    /// Organisations × roadmaps.
    Matrix,
    /// The charts, on one of them.
    Figures(Chart),
}

/// A chart of the figures screen, in the order of its tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chart {
    EuContribution,
    EuProjects,
    Turnover,
    Employees,
    Investments,
}

impl Chart {
    pub const ALL: [Self; 5] = [
        Self::EuContribution,
        Self::EuProjects,
        Self::Turnover,
        Self::Employees,
        Self::Investments,
    ];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::EuContribution => "eu-contribution",
            Self::EuProjects => "eu-projects",
            Self::Turnover => "turnover",
            Self::Employees => "employees",
            Self::Investments => "investments",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == s)
    }

    /// The chart's tab title.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().charts;
        match self {
            Self::EuContribution => w.eu_contribution,
            Self::EuProjects => w.eu_projects,
            Self::Turnover => w.turnover,
            Self::Employees => w.employees,
            Self::Investments => w.investments,
        }
    }
}

/// A quadrant of the SWOT, in reading order of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quadrant {
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
}

impl Quadrant {
    pub const ALL: [Self; 4] = [
        Self::Strengths,
        Self::Weaknesses,
        Self::Opportunities,
        Self::Threats,
    ];

    pub fn index(self) -> usize {
        match self {
            Self::Strengths => 0,
            Self::Weaknesses => 1,
            Self::Opportunities => 2,
            Self::Threats => 3,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Strengths => "strengths",
            Self::Weaknesses => "weaknesses",
            Self::Opportunities => "opportunities",
            Self::Threats => "threats",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.name() == s)
    }
}

/// The quadrant's heading as the source prints it, and in English.
pub fn quadrant_label(q: Quadrant, lang: Lang) -> &'static str {
    let w = &lang.words().quadrants;
    match q {
        Quadrant::Strengths => w.strengths,
        Quadrant::Weaknesses => w.weaknesses,
        Quadrant::Opportunities => w.opportunities,
        Quadrant::Threats => w.threats,
    }
}

/// A marker per quadrant, so that quadrants differ without colour too.
pub fn quadrant_marker(q: Quadrant) -> char {
    match q {
        Quadrant::Strengths => '+',
        Quadrant::Weaknesses => '−',
        Quadrant::Opportunities => '↗',
        Quadrant::Threats => '!',
    }
}

/// The place forms accepted by `--open` and `render`, for error messages.
pub const PLACE_FORMS: &str = "overview, document, roadmap:N, area:ID, stakeholders, stakeholder:ID, \
     swot, swot:strengths|weaknesses|opportunities|threats, matrix, figures, \
     figures:eu-contribution|eu-projects|turnover|employees|investments, \
     search:TEXT (the search overlay on TEXT)";

impl Place {
    /// Parses a place name and checks that what it names exists in `doc`.
    pub fn parse(s: &str, doc: &Document, index: &Index) -> Result<Self, String> {
        let unknown = || {
            format!(
                "unknown place `{}`; valid forms are: {PLACE_FORMS}",
                sanitize(s)
            )
        };
        let (head, arg) = match s.split_once(':') {
            Some((h, a)) => (h, Some(a)),
            None => (s, None),
        };
        match (head, arg) {
            ("overview", None) => Ok(Self::Overview),
            ("document", None) => Ok(Self::Document),
            ("swot", None) => Ok(Self::Swot(None)),
            ("swot", Some(q)) => Quadrant::parse(q)
                .map(|q| Self::Swot(Some(q)))
                .ok_or_else(unknown),
            ("stakeholders", None) => Ok(Self::Stakeholders),
            ("matrix", None) => Ok(Self::Matrix),
            ("figures", None) => Ok(Self::Figures(Chart::EuContribution)),
            ("figures", Some(c)) => Chart::parse(c).map(Self::Figures).ok_or_else(unknown),
            ("roadmap", Some(n)) => {
                let numbers = doc
                    .roadmaps
                    .iter()
                    .map(|r| r.number.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                n.parse::<u8>()
                    .ok()
                    .filter(|&n| index.roadmap(doc, n).is_some())
                    .map(Self::Roadmap)
                    .ok_or_else(|| {
                        format!(
                            "no roadmap `{}`; this document has roadmaps {numbers}",
                            sanitize(n)
                        )
                    })
            }
            ("area", Some(id)) => index
                .area_loc(id)
                .map(|_| Self::Area(id.to_owned()))
                .ok_or_else(|| {
                    suggest::with_suggestion(
                        format!("no area with id `{}`", sanitize(id)),
                        id,
                        &suggest::areas(doc),
                    )
                }),
            ("stakeholder", Some(id)) => index
                .org(doc, id)
                .map(|_| Self::Stakeholder(id.to_owned()))
                .ok_or_else(|| {
                    suggest::with_suggestion(
                        format!("no organisation with id `{}`", sanitize(id)),
                        id,
                        &suggest::organisations(doc),
                    )
                }),
            _ => Err(unknown()),
        }
    }

    /// Whether `other` is shown by the same screen: the same place, or the SWOT
    /// or the figures whichever quadrant or chart each names.
    pub fn same_screen(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Swot(_), Self::Swot(_)) | (Self::Figures(_), Self::Figures(_)) => true,
            _ => self == other,
        }
    }

    /// A short title for breadcrumbs.
    pub fn crumb(&self, doc: &Document, index: &Index, lang: Lang) -> String {
        let w = &lang.words().places;
        match self {
            Self::Overview => w.overview.to_owned(),
            Self::Document => w.document.to_owned(),
            Self::Swot(_) => "SWOT".to_owned(),
            Self::Matrix => w.matrix.to_owned(),
            Self::Figures(_) => w.figures.to_owned(),
            Self::Roadmap(n) => format!("Roadmap {n}"),
            Self::Area(id) => index
                .area(doc, id)
                .map_or_else(|| id.clone(), |(a, _)| a.title.to_string()),
            Self::Stakeholders => w.stakeholders.to_owned(),
            Self::Stakeholder(id) => index.org(doc, id).map_or_else(
                || id.clone(),
                |o| o.short_name.as_ref().unwrap_or(&o.name).to_string(),
            ),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Overview => f.write_str("overview"),
            Self::Document => f.write_str("document"),
            Self::Swot(None) => f.write_str("swot"),
            Self::Swot(Some(q)) => write!(f, "swot:{}", q.name()),
            Self::Roadmap(n) => write!(f, "roadmap:{n}"),
            Self::Area(id) => write!(f, "area:{id}"),
            Self::Stakeholders => f.write_str("stakeholders"),
            Self::Matrix => f.write_str("matrix"),
            Self::Figures(c) => write!(f, "figures:{}", c.name()),
            Self::Stakeholder(id) => write!(f, "stakeholder:{id}"),
        }
    }
}
