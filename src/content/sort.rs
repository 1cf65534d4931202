//! The tables' orders: the columns they sort by, in the order `S` cycles through
//! them, their headers, and the sorted, filtered indices each table lists.

use std::cmp::Ordering;

use super::org_figure;
use crate::model::text::{fold, has_words};
use crate::model::{Document, Index, Lang, Metric, OrgKind, Roadmap};

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

/// Organisation indices sorted by `key`, names A to Z within equal keys.
pub fn organisations(doc: &Document, index: &Index, key: SortKey, descending: bool) -> Vec<usize> {
    let orgs = &doc.organisations;
    let mut order: Vec<usize> = (0..orgs.len()).collect();
    let value = |i: usize, m: Metric| org_figure(&orgs[i], m).map(|f| f.value);
    let by_name = |a: &usize, b: &usize| {
        orgs[*a]
            .name
            .to_lowercase()
            .cmp(&orgs[*b].name.to_lowercase())
    };
    order.sort_by(|a, b| {
        let primary = match key {
            SortKey::Name => Ordering::Equal,
            SortKey::Kind => orgs[*a].kind.cmp(&orgs[*b].kind),
            SortKey::Place => orgs[*a].place.cmp(&orgs[*b].place),
            SortKey::Turnover => cmp_opt(value(*a, Metric::Turnover), value(*b, Metric::Turnover)),
            SortKey::Employees => {
                cmp_opt(value(*a, Metric::Employees), value(*b, Metric::Employees))
            }
            SortKey::Roadmaps => index.roadmap_count(*a).cmp(&index.roadmap_count(*b)),
            SortKey::InRoadmap(ri) => {
                let role = |o: usize| {
                    let r = index.role_in(doc, o, ri);
                    (r.is_none(), r)
                };
                role(*a).cmp(&role(*b))
            }
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then_with(|| by_name(a, b))
    });
    order
}

/// What narrows a table of organisations: typed words, a kind, a roadmap.
#[derive(Debug, Clone, Copy, Default)]
pub struct OrgFilter<'a> {
    pub text: &'a str,
    pub kind: Option<OrgKind>,
    pub roadmap: Option<u8>,
}

/// Organisation indices for a table: sorted, then narrowed by `filter`.
pub fn filtered_organisations(
    doc: &Document,
    index: &Index,
    key: SortKey,
    descending: bool,
    filter: OrgFilter,
) -> Vec<usize> {
    let query = fold(filter.text);
    let mut order = organisations(doc, index, key, descending);
    order.retain(|&i| {
        let org = &doc.organisations[i];
        filter.kind.is_none_or(|k| org.kind == k)
            && filter
                .roadmap
                .is_none_or(|n| index.org_roadmap_numbers[i].contains(&n))
            && index
                .org_folded
                .get(i)
                .is_some_and(|h| has_words(h, &query))
    });
    order
}

/// Roadmap indices for the overview's table: sorted by `key`, then narrowed by the
/// typed words `text`.
pub fn roadmaps(
    doc: &Document,
    index: &Index,
    key: RoadmapSort,
    descending: bool,
    text: &str,
) -> Vec<usize> {
    let roadmaps = &doc.roadmaps;
    let query = fold(text);
    let mut order: Vec<usize> = (0..roadmaps.len())
        .filter(|&i| {
            index
                .roadmap_folded
                .get(i)
                .is_some_and(|h| has_words(h, &query))
        })
        .collect();
    let areas = |r: &Roadmap| index.area_count(r.number);
    let sort_key = |r: &Roadmap| -> (f64, String) {
        match key {
            RoadmapSort::Number => (f64::from(r.number), String::new()),
            RoadmapSort::Title => (0.0, r.title.to_lowercase()),
            RoadmapSort::Sector => (0.0, r.sector.to_lowercase()),
            RoadmapSort::Priority => (f64::from(r.priority), String::new()),
            RoadmapSort::Areas => (areas(r) as f64, String::new()),
            RoadmapSort::Stakeholders => (r.stakeholders.len() as f64, String::new()),
            RoadmapSort::EuProjects => (
                r.eu_projects
                    .as_ref()
                    .map_or(-1.0, |e| f64::from(e.projects)),
                String::new(),
            ),
            RoadmapSort::EuContribution => (
                r.eu_projects
                    .as_ref()
                    .map_or(-1.0, |e| e.contribution.value),
                String::new(),
            ),
        }
    };
    order.sort_by(|&a, &b| {
        let (ka, kb) = (sort_key(&roadmaps[a]), sort_key(&roadmaps[b]));
        let primary = ka.0.total_cmp(&kb.0).then_with(|| ka.1.cmp(&kb.1));
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then(roadmaps[a].number.cmp(&roadmaps[b].number))
    });
    order
}

/// Per roadmap, how many of the organisations in `order` take part in it.
pub fn roadmap_totals(doc: &Document, index: &Index, order: &[usize]) -> Vec<usize> {
    if order.len() == doc.organisations.len() {
        return index.roadmap_org_counts.clone();
    }
    (0..doc.roadmaps.len())
        .map(|ri| {
            order
                .iter()
                .filter(|&&o| index.role_in(doc, o, ri).is_some())
                .count()
        })
        .collect()
}

/// Compares optional numbers, absent ones first.
fn cmp_opt(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => Ordering::Equal,
    }
}

/// The key after `current` in `all`, wrapping.
pub fn next_wrapping<T: Copy + PartialEq>(all: &[T], current: T) -> T {
    let i = all.iter().position(|k| *k == current).unwrap_or(0);
    all[(i + 1) % all.len()]
}

impl SortKey {
    /// Whether this column reads best largest first (numbers; names read A to Z).
    pub fn reads_descending(self) -> bool {
        matches!(self, Self::Turnover | Self::Employees | Self::Roadmaps)
    }
}

impl RoadmapSort {
    /// Whether this column reads best largest first.
    pub fn reads_descending(self) -> bool {
        matches!(
            self,
            Self::Areas | Self::Stakeholders | Self::EuProjects | Self::EuContribution
        )
    }
}
