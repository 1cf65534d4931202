//! The tables' orders: the columns they sort by, in the order `S` cycles through
//! them, their headers, and the sorted, filtered indices each table lists.

use std::cmp::Ordering;

use super::org_figure;
use crate::model::fold::{fold, has_words};
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

/// The matrix's columns, left to right: the name, the number of roadmaps (Σ), then
/// each roadmap's column. The cursor's column `col` sorts by `matrix_column(col)`.
pub fn matrix_column(col: usize) -> SortKey {
    match col {
        0 => SortKey::Name,
        1 => SortKey::Roadmaps,
        c => SortKey::InRoadmap(c - MATRIX_FIRST_ROADMAP),
    }
}

/// The matrix column of the first roadmap.
pub const MATRIX_FIRST_ROADMAP: usize = 2;

/// Organisation indices sorted by `key`, names A to Z within equal keys. Blanks
/// (a figure or a place not given, no part in the roadmap) come last whichever the
/// direction: the values are what the reader sorted for.
pub fn organisations(doc: &Document, index: &Index, key: SortKey, descending: bool) -> Vec<usize> {
    let orgs = &doc.organisations;
    let names: Vec<String> = orgs.iter().map(|o| o.name.to_lowercase()).collect();
    let mut order: Vec<usize> = (0..orgs.len()).collect();
    order.sort_by(|&a, &b| {
        org_cmp(doc, index, &names, key, a, b, descending).then_with(|| names[a].cmp(&names[b]))
    });
    order
}

/// Whether the organisations `rows` differ in column `key`: sorting by a column
/// whose values are all the same would change nothing.
pub fn org_column_varies(doc: &Document, index: &Index, key: SortKey, rows: &[usize]) -> bool {
    let Some((&first, rest)) = rows.split_first() else {
        return false;
    };
    let names: Vec<String> = match key {
        SortKey::Name => doc
            .organisations
            .iter()
            .map(|o| o.name.to_lowercase())
            .collect(),
        _ => Vec::new(),
    };
    rest.iter()
        .any(|&r| org_cmp(doc, index, &names, key, first, r, false) != Ordering::Equal)
}

/// How organisations `a` and `b` compare in column `key` (`names` lower-cased, read
/// only for the name column): smallest first, or largest when `descending`; a blank
/// after any value either way.
fn org_cmp(
    doc: &Document,
    index: &Index,
    names: &[String],
    key: SortKey,
    a: usize,
    b: usize,
    descending: bool,
) -> Ordering {
    let orgs = &doc.organisations;
    let figure = |i: usize, m: Metric| org_figure(&orgs[i], m).map(|f| f.value);
    let place = |i: usize| {
        orgs[i]
            .place
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .map(str::to_lowercase)
    };
    let f64_cmp = |x: f64, y: f64| x.total_cmp(&y);
    match key {
        SortKey::Name => directed(Some(&names[a]), Some(&names[b]), descending, Ord::cmp),
        SortKey::Kind => directed(
            Some(orgs[a].kind),
            Some(orgs[b].kind),
            descending,
            |x, y| x.cmp(&y),
        ),
        SortKey::Place => directed(place(a), place(b), descending, |x, y| x.cmp(&y)),
        SortKey::Turnover => directed(
            figure(a, Metric::Turnover),
            figure(b, Metric::Turnover),
            descending,
            f64_cmp,
        ),
        SortKey::Employees => directed(
            figure(a, Metric::Employees),
            figure(b, Metric::Employees),
            descending,
            f64_cmp,
        ),
        SortKey::Roadmaps => directed(
            Some(index.roadmap_count(a)),
            Some(index.roadmap_count(b)),
            descending,
            |x, y| x.cmp(&y),
        ),
        // Members first, key players before the rest; reversed, the other roles
        // first, and those not in the roadmap still last.
        SortKey::InRoadmap(ri) => directed(
            index.role_in(doc, a, ri),
            index.role_in(doc, b, ri),
            descending,
            |x, y| x.cmp(&y),
        ),
    }
}

/// Compares two values of a column in the direction asked, a blank (`None`) after
/// any value in both directions.
fn directed<T>(
    a: Option<T>,
    b: Option<T>,
    descending: bool,
    cmp: impl FnOnce(T, T) -> Ordering,
) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => {
            let o = cmp(a, b);
            if descending { o.reverse() } else { o }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
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
            && (query.trim().is_empty()
                || index
                    .org_folded(doc)
                    .get(i)
                    .is_some_and(|h| has_words(h, &query)))
    });
    order
}

/// Roadmap indices for the overview's table: sorted by `key` (blanks last in both
/// directions, roadmap numbers in order within equal keys), then narrowed by the
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
            query.trim().is_empty()
                || index
                    .roadmap_folded(doc)
                    .get(i)
                    .is_some_and(|h| has_words(h, &query))
        })
        .collect();
    order.sort_by(|&a, &b| {
        roadmap_cmp(index, &roadmaps[a], &roadmaps[b], key, descending)
            .then(roadmaps[a].number.cmp(&roadmaps[b].number))
    });
    order
}

/// Whether the roadmaps `rows` (indices) differ in column `key`.
pub fn roadmap_column_varies(
    doc: &Document,
    index: &Index,
    key: RoadmapSort,
    rows: &[usize],
) -> bool {
    let Some((&first, rest)) = rows.split_first() else {
        return false;
    };
    let r = &doc.roadmaps;
    rest.iter()
        .any(|&i| roadmap_cmp(index, &r[first], &r[i], key, false) != Ordering::Equal)
}

/// How roadmaps `a` and `b` compare in column `key`, a blank after any value.
fn roadmap_cmp(
    index: &Index,
    a: &Roadmap,
    b: &Roadmap,
    key: RoadmapSort,
    descending: bool,
) -> Ordering {
    let text = |t: &str| Some(t.to_lowercase()).filter(|t| !t.trim().is_empty());
    let count = |r: &Roadmap| match key {
        RoadmapSort::Number => Some(usize::from(r.number)),
        RoadmapSort::Priority => Some(usize::from(r.priority)),
        RoadmapSort::Areas => Some(index.area_count(r.number)),
        RoadmapSort::Stakeholders => Some(r.stakeholders.len()),
        RoadmapSort::EuProjects => r
            .eu_projects
            .as_ref()
            .and_then(|e| usize::try_from(e.projects).ok()),
        RoadmapSort::Title | RoadmapSort::Sector | RoadmapSort::EuContribution => None,
    };
    match key {
        RoadmapSort::Title => {
            directed(text(&a.title), text(&b.title), descending, |x, y| x.cmp(&y))
        }
        RoadmapSort::Sector => directed(text(&a.sector), text(&b.sector), descending, |x, y| {
            x.cmp(&y)
        }),
        RoadmapSort::EuContribution => directed(
            a.eu_projects.as_ref().map(|e| e.contribution.value),
            b.eu_projects.as_ref().map(|e| e.contribution.value),
            descending,
            |x: f64, y: f64| x.total_cmp(&y),
        ),
        _ => directed(count(a), count(b), descending, |x, y| x.cmp(&y)),
    }
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
