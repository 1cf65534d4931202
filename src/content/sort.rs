//! The columns the tables sort by, in the order `S` cycles through them.

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
