//! The columns the tables sort by, in the order `S` cycles through them, and
//! their headers.

use crate::model::Lang;

/// Columns the stakeholder table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Kind,
    Place,
    Turnover,
    Employees,
    Roadmaps,
    /// Members of the roadmap at this index first, key players before the rest
    /// (the matrix's roadmap columns).
    InRoadmap(usize),
}

impl SortKey {
    /// The column's header.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().sort_keys;
        match self {
            Self::Name => w.name,
            Self::Kind => w.kind,
            Self::Place => w.place,
            Self::Turnover => w.turnover,
            Self::Employees => w.employees,
            Self::Roadmaps => w.roadmaps,
            Self::InRoadmap(_) => w.in_roadmap,
        }
    }
}

pub const SORT_KEYS: &[SortKey] = &[
    SortKey::Name,
    SortKey::Kind,
    SortKey::Place,
    SortKey::Turnover,
    SortKey::Employees,
    SortKey::Roadmaps,
];

/// Columns the roadmap table of the overview sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoadmapSort {
    Number,
    Title,
    Sector,
    Priority,
    Areas,
    Stakeholders,
    EuProjects,
    EuContribution,
}

impl RoadmapSort {
    /// The column's header.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().roadmap_sorts;
        match self {
            Self::Number => w.number,
            Self::Title => w.title,
            Self::Sector => w.sector,
            Self::Priority => w.priority,
            Self::Areas => w.areas,
            Self::Stakeholders => w.stakeholders,
            Self::EuProjects => w.eu_projects,
            Self::EuContribution => w.eu_contribution,
        }
    }
}

pub const ROADMAP_SORT_KEYS: &[RoadmapSort] = &[
    RoadmapSort::Number,
    RoadmapSort::Title,
    RoadmapSort::Sector,
    RoadmapSort::Priority,
    RoadmapSort::Areas,
    RoadmapSort::Stakeholders,
    RoadmapSort::EuProjects,
    RoadmapSort::EuContribution,
];

/// The columns the matrix sorts by, in the order `S` cycles through them: the
/// name, the number of roadmaps, then each roadmap's column.
pub fn matrix_sort_keys(roadmaps: usize) -> Vec<SortKey> {
    let mut keys = vec![SortKey::Name, SortKey::Roadmaps];
    keys.extend((0..roadmaps).map(SortKey::InRoadmap));
    keys
}
