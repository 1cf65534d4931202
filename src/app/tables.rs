//! The three tables (roadmaps, stakeholders, matrix): their order from the sort
//! and the filters, and the keys that change either. The selected row stays on the
//! same roadmap or organisation whenever it is still listed.

use std::cmp::Ordering;

use super::{App, OverviewState, ROADMAP_SORT_KEYS, RoadmapSort, SORT_KEYS, matrix_sort_keys};
use super::{SortKey, TableFilter, ViewState};
use crate::action::Action;
use crate::content::org_figure;
use crate::model::text::{fold, has_words};
use crate::model::{Metric, OrgKind, Roadmap};
use crate::nav::TableNav;

impl App {
    /// Organisation indices sorted for the stakeholder table.
    pub fn stakeholder_order(&self, key: SortKey, descending: bool) -> Vec<usize> {
        let orgs = &self.doc.organisations;
        let mut order: Vec<usize> = (0..orgs.len()).collect();
        let value = |i: usize, m: Metric| org_figure(&orgs[i], m).map(|f| f.value);
        let cmp_opt = cmp_opt;
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
                SortKey::Turnover => {
                    cmp_opt(value(*a, Metric::Turnover), value(*b, Metric::Turnover))
                }
                SortKey::Employees => {
                    cmp_opt(value(*a, Metric::Employees), value(*b, Metric::Employees))
                }
                SortKey::Roadmaps => self
                    .index
                    .roadmap_count(*a)
                    .cmp(&self.index.roadmap_count(*b)),
                SortKey::InRoadmap(ri) => {
                    let role = |o: usize| {
                        let r = self.index.role_in(&self.doc, o, ri);
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

    /// Roadmap indices for the overview's table: sorted, then narrowed by the filter.
    pub fn roadmap_order(&self, s: &OverviewState) -> Vec<usize> {
        let roadmaps = &self.doc.roadmaps;
        let query = fold(&s.filter.text);
        let mut order: Vec<usize> = (0..roadmaps.len())
            .filter(|&i| {
                self.index
                    .roadmap_folded
                    .get(i)
                    .is_some_and(|h| has_words(h, &query))
            })
            .collect();
        let areas = |r: &Roadmap| self.index.area_count(r.number);
        let key = |r: &Roadmap| -> (f64, String) {
            match s.sort {
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
            let (ka, kb) = (key(&roadmaps[a]), key(&roadmaps[b]));
            let primary = ka.0.total_cmp(&kb.0).then_with(|| ka.1.cmp(&kb.1));
            let primary = if s.descending {
                primary.reverse()
            } else {
                primary
            };
            primary.then(roadmaps[a].number.cmp(&roadmaps[b].number))
        });
        order
    }

    /// Per roadmap, how many of the organisations in `order` take part in it.
    pub(super) fn matrix_totals(&self, order: &[usize]) -> Vec<usize> {
        let doc = &self.doc;
        if order.len() == doc.organisations.len() {
            return self.index.roadmap_org_counts.clone();
        }
        (0..doc.roadmaps.len())
            .map(|ri| {
                order
                    .iter()
                    .filter(|&&o| self.index.role_in(doc, o, ri).is_some())
                    .count()
            })
            .collect()
    }

    /// Organisation indices for a table: sorted, then narrowed by the filters.
    pub(super) fn org_order(
        &self,
        key: SortKey,
        descending: bool,
        filter: &TableFilter,
        kind: Option<OrgKind>,
        roadmap: Option<u8>,
    ) -> Vec<usize> {
        let query = fold(&filter.text);
        let mut order = self.stakeholder_order(key, descending);
        order.retain(|&i| {
            let org = &self.doc.organisations[i];
            kind.is_none_or(|k| org.kind == k)
                && roadmap.is_none_or(|n| self.index.org_roadmap_numbers[i].contains(&n))
                && self
                    .index
                    .org_folded
                    .get(i)
                    .is_some_and(|h| has_words(h, &query))
        });
        order
    }
}

/// The parts every table has.
fn parts(state: &mut ViewState) -> Option<(&mut TableNav, &mut TableFilter, &mut Vec<usize>)> {
    match state {
        ViewState::Overview(s) => Some((&mut s.table, &mut s.filter, &mut s.order)),
        ViewState::Stakeholders(s) => Some((&mut s.table, &mut s.filter, &mut s.order)),
        ViewState::Matrix(s) => Some((&mut s.table, &mut s.filter, &mut s.order)),
        _ => None,
    }
}

/// Recomputes the current table's order, keeping the selected item when it is
/// still listed.
pub(super) fn reorder(app: &mut App) {
    let order = match &app.view().state {
        ViewState::Overview(s) => app.roadmap_order(s),
        ViewState::Stakeholders(s) => {
            app.org_order(s.sort, s.descending, &s.filter, s.kind, s.roadmap)
        }
        ViewState::Matrix(s) => app.org_order(s.sort, s.descending, &s.filter, None, None),
        _ => return,
    };
    let totals =
        matches!(app.view().state, ViewState::Matrix(_)).then(|| app.matrix_totals(&order));
    let rows = app.table_viewport();
    if let (Some(totals), ViewState::Matrix(m)) = (totals, &mut app.view_mut().state) {
        m.totals = totals;
    }
    if let Some((table, _, slot)) = parts(&mut app.view_mut().state) {
        let item = slot.get(table.selected).copied();
        let pos = item
            .and_then(|i| order.iter().position(|&o| o == i))
            .unwrap_or(0);
        *slot = order;
        table.select(pos, slot.len(), rows);
    }
}

/// `f`: starts typing a filter on a table.
pub(super) fn start_filter(app: &mut App) -> bool {
    match parts(&mut app.view_mut().state) {
        Some((_, f, _)) if !f.editing => {
            f.editing = true;
            true
        }
        _ => false,
    }
}

/// Changes the filter text with `edit`, then re-filters.
pub(super) fn edit_filter(app: &mut App, edit: impl FnOnce(&mut String)) -> bool {
    let Some((_, f, _)) = parts(&mut app.view_mut().state) else {
        return false;
    };
    let before = f.text.clone();
    edit(&mut f.text);
    if f.text == before {
        return false;
    }
    reorder(app);
    true
}

/// Enter keeps the filter, Esc drops it; either way typing ends.
pub(super) fn finish_filter(app: &mut App, keep: bool) -> bool {
    let Some((_, f, _)) = parts(&mut app.view_mut().state) else {
        return false;
    };
    f.editing = false;
    if !keep && !f.text.is_empty() {
        f.text.clear();
        reorder(app);
    }
    true
}

/// Esc on a filtered table first shows it whole again. Returns false when nothing
/// was filtered, so Esc goes back as usual.
pub(super) fn clear_filters(app: &mut App) -> bool {
    let cleared = match &mut app.view_mut().state {
        ViewState::Stakeholders(s) if s.kind.is_some() || s.roadmap.is_some() => {
            s.kind = None;
            s.roadmap = None;
            s.filter.text.clear();
            true
        }
        state => match parts(state) {
            Some((_, f, _)) if !f.text.is_empty() => {
                f.text.clear();
                true
            }
            _ => false,
        },
    };
    if cleared {
        reorder(app);
    }
    cleared
}

/// `K` on the stakeholder table: the next kind of organisation present, then all.
pub(super) fn cycle_kind(app: &mut App) -> bool {
    let mut kinds: Vec<OrgKind> = app.doc.organisations.iter().map(|o| o.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let ViewState::Stakeholders(s) = &mut app.view_mut().state else {
        return false;
    };
    s.kind = next_of(&kinds, s.kind);
    reorder(app);
    true
}

/// `R` on the stakeholder table: the next roadmap, then all.
pub(super) fn cycle_roadmap(app: &mut App) -> bool {
    let numbers: Vec<u8> = app.doc.roadmaps.iter().map(|r| r.number).collect();
    let ViewState::Stakeholders(s) = &mut app.view_mut().state else {
        return false;
    };
    s.roadmap = next_of(&numbers, s.roadmap);
    reorder(app);
    true
}

/// None → the first → … → the last → None.
fn next_of<T: Copy + PartialEq>(all: &[T], current: Option<T>) -> Option<T> {
    match current {
        None => all.first().copied(),
        Some(c) => all
            .iter()
            .position(|x| *x == c)
            .and_then(|i| all.get(i + 1))
            .copied(),
    }
}

/// `S` sorts by the next column, `r` reverses the order.
pub(super) fn sort(app: &mut App, action: Action) -> bool {
    let cycle = action == Action::CycleSort;
    let matrix_keys = matrix_sort_keys(app.doc.roadmaps.len());
    match &mut app.view_mut().state {
        ViewState::Overview(s) => {
            if cycle {
                s.sort = next_wrapping(ROADMAP_SORT_KEYS, s.sort);
                // Counts and money read best largest first.
                s.descending = matches!(
                    s.sort,
                    RoadmapSort::Areas
                        | RoadmapSort::Stakeholders
                        | RoadmapSort::EuProjects
                        | RoadmapSort::EuContribution
                );
            } else {
                s.descending = !s.descending;
            }
        }
        ViewState::Stakeholders(s) => sort_orgs(SORT_KEYS, &mut s.sort, &mut s.descending, cycle),
        ViewState::Matrix(s) => {
            sort_orgs(&matrix_keys, &mut s.sort, &mut s.descending, cycle);
        }
        _ => return false,
    }
    reorder(app);
    true
}

fn sort_orgs(keys: &[SortKey], key: &mut SortKey, descending: &mut bool, cycle: bool) {
    if cycle {
        *key = next_wrapping(keys, *key);
        // Numbers read best largest first; names A to Z.
        *descending = matches!(
            key,
            SortKey::Turnover | SortKey::Employees | SortKey::Roadmaps
        );
    } else {
        *descending = !*descending;
    }
}

fn next_wrapping<T: Copy + PartialEq>(all: &[T], current: T) -> T {
    let i = all.iter().position(|k| *k == current).unwrap_or(0);
    all[(i + 1) % all.len()]
}

/// Compares optional numbers, absent ones first.
pub(super) fn cmp_opt(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Msg;
    use crate::app::update;
    use crate::model::{Lang, load_embedded};
    use crate::place::Place;

    fn totals(app: &App) -> (Vec<usize>, Vec<usize>) {
        let ViewState::Matrix(m) = &app.view().state else {
            panic!("not on the matrix");
        };
        let counted = (0..app.doc.roadmaps.len())
            .map(|ri| {
                m.order
                    .iter()
                    .filter(|&&o| app.index.role_in(&app.doc, o, ri).is_some())
                    .count()
            })
            .collect();
        (m.totals.clone(), counted)
    }

    #[test]
    fn matrix_totals_follow_the_filter_and_the_data() {
        let mut a = App::new(load_embedded().unwrap(), Lang::It, (120, 40));
        a.open(Place::Matrix);
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        update(&mut a, Msg::Action(Action::Filter));
        for c in "univ".chars() {
            update(&mut a, Msg::Input(c));
        }
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        assert!(kept.iter().sum::<usize>() < a.index.roadmap_org_counts.iter().sum());
        let mut loaded = load_embedded().unwrap();
        loaded.doc.roadmaps[0].stakeholders.truncate(1);
        a.reload(Ok(loaded));
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        update(&mut a, Msg::Action(Action::Back));
        let (kept, counted) = totals(&a);
        assert_eq!(kept, counted);
        assert_eq!(kept, a.index.roadmap_org_counts);
    }
}
