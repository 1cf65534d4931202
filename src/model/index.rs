//! Lookups derived from a document once per load: who appears where.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::fold::fold;
use super::text::Text;
use super::types::{Area, Document, Organisation, Roadmap, Role};

/// Where an area sits: its roadmap, group and path of child indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaLoc {
    pub roadmap: usize,
    pub group: usize,
    pub path: Vec<usize>,
}

/// Derived lookups over a validated document.
#[derive(Debug, Clone, Default)]
pub struct Index {
    orgs: HashMap<String, usize>,
    roadmaps: HashMap<u8, usize>,
    areas: HashMap<String, AreaLoc>,
    /// Per organisation: (roadmap index, stakeholder link index).
    pub org_roadmaps: Vec<Vec<(usize, usize)>>,
    /// Per organisation: (roadmap index, partnership index).
    pub org_partnerships: Vec<Vec<(usize, usize)>>,
    /// Per organisation: (roadmap index, investment index).
    pub org_investments: Vec<Vec<(usize, usize)>>,
    /// Per organisation: the organisations whose group it is.
    pub org_members: Vec<Vec<usize>>,
    /// Per organisation: the numbers of the distinct roadmaps it is linked to, in order.
    pub org_roadmap_numbers: Vec<Vec<u8>>,
    /// Per roadmap (in document order): how many distinct organisations it links to.
    pub roadmap_org_counts: Vec<usize>,
    /// Per roadmap (in document order): its links with the key-player role. A slide
    /// names a few of them and counts the rest on every frame.
    pub roadmap_key_player_counts: Vec<usize>,
    /// Per roadmap (in document order): its areas, sub-areas included. Counted once:
    /// screens show them on every frame.
    pub roadmap_area_counts: Vec<usize>,
    /// Per organisation: name, short name and place, folded for table filters;
    /// folded when a filter first needs them, not before the first frame.
    org_folded: OnceLock<Vec<String>>,
    /// Per roadmap: number, titles and sectors, folded for table filters; likewise.
    roadmap_folded: OnceLock<Vec<String>>,
    /// Per roadmap (in document order): the cross-references of other roadmaps to
    /// it, as (referring roadmap index, cross-reference index), derived so that a
    /// reference is written once and shown at both ends.
    pub roadmap_referrers: Vec<Vec<(usize, usize)>>,
}

impl Index {
    /// The cross-references to roadmap `number` from other roadmaps: the referring
    /// roadmap and what it says.
    pub fn referrers<'d>(
        &self,
        doc: &'d Document,
        number: u8,
    ) -> impl Iterator<Item = (&'d crate::model::Roadmap, &'d crate::model::CrossRef)> {
        let list = self
            .roadmap_index(number)
            .and_then(|i| self.roadmap_referrers.get(i))
            .map_or(&[][..], Vec::as_slice);
        list.iter().filter_map(move |&(ri, ci)| {
            let r = doc.roadmaps.get(ri)?;
            Some((r, r.cross_refs.get(ci)?))
        })
    }

    /// Per organisation of `doc` (the document this index was made of): name,
    /// short name and place, folded for table filters.
    pub fn org_folded(&self, doc: &Document) -> &[String] {
        self.org_folded.get_or_init(|| {
            doc.organisations
                .iter()
                .map(|o| {
                    let parts = [Some(&o.name), o.short_name.as_ref(), o.place.as_ref()];
                    fold(
                        &parts
                            .into_iter()
                            .flatten()
                            .map(Text::as_str)
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                })
                .collect()
        })
    }

    /// Per roadmap of `doc` (the document this index was made of): number, titles
    /// and sectors, folded for table filters.
    pub fn roadmap_folded(&self, doc: &Document) -> &[String] {
        self.roadmap_folded.get_or_init(|| {
            doc.roadmaps
                .iter()
                .map(|r| {
                    let parts = [
                        Some(&r.title),
                        r.short_title.as_ref(),
                        Some(&r.sector),
                        r.secondary_sector.as_ref(),
                    ];
                    let text: Vec<&str> = parts.into_iter().flatten().map(Text::as_str).collect();
                    fold(&format!("{} {}", r.number, text.join(" ")))
                })
                .collect()
        })
    }

    pub fn new(doc: &Document) -> Self {
        let orgs: HashMap<String, usize> = doc
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.clone(), i))
            .collect();
        let n = doc.organisations.len();
        let mut ix = Self {
            roadmaps: doc
                .roadmaps
                .iter()
                .enumerate()
                .map(|(i, r)| (r.number, i))
                .collect(),
            org_roadmaps: vec![Vec::new(); n],
            org_partnerships: vec![Vec::new(); n],
            org_investments: vec![Vec::new(); n],
            org_members: vec![Vec::new(); n],
            org_roadmap_numbers: vec![Vec::new(); n],
            ..Self::default()
        };
        for (ri, r) in doc.roadmaps.iter().enumerate() {
            for (li, link) in r.stakeholders.iter().enumerate() {
                if let Some(&o) = orgs.get(&link.org) {
                    ix.org_roadmaps[o].push((ri, li));
                    if ix.org_roadmap_numbers[o].last() != Some(&r.number) {
                        ix.org_roadmap_numbers[o].push(r.number);
                    }
                }
            }
            for (pi, p) in r.partnerships.iter().enumerate() {
                for m in &p.members {
                    if let Some(&o) = orgs.get(m) {
                        ix.org_partnerships[o].push((ri, pi));
                    }
                }
            }
            for (ii, inv) in r.investments.iter().enumerate() {
                for b in &inv.by {
                    if let Some(&o) = orgs.get(b) {
                        ix.org_investments[o].push((ri, ii));
                    }
                }
            }
            for (gi, g) in r.area_groups.iter().enumerate() {
                index_areas(&g.areas, ri, gi, &mut Vec::new(), &mut ix.areas);
            }
        }
        ix.roadmap_referrers = vec![Vec::new(); doc.roadmaps.len()];
        for (ri, r) in doc.roadmaps.iter().enumerate() {
            for (ci, c) in r.cross_refs.iter().enumerate() {
                if let Some(&to) = ix.roadmaps.get(&c.roadmap)
                    && to != ri
                {
                    ix.roadmap_referrers[to].push((ri, ci));
                }
            }
        }
        ix.roadmap_area_counts = doc
            .roadmaps
            .iter()
            .map(|r| r.area_groups.iter().map(|g| count_areas(&g.areas)).sum())
            .collect();
        ix.roadmap_key_player_counts = doc
            .roadmaps
            .iter()
            .map(|r| {
                r.stakeholders
                    .iter()
                    .filter(|l| l.role == Role::KeyPlayer)
                    .count()
            })
            .collect();
        ix.roadmap_org_counts = vec![0; doc.roadmaps.len()];
        for links in &ix.org_roadmaps {
            let mut seen: Vec<usize> = links.iter().map(|&(ri, _)| ri).collect();
            seen.dedup();
            seen.sort_unstable();
            seen.dedup();
            for ri in seen {
                ix.roadmap_org_counts[ri] += 1;
            }
        }
        for (i, o) in doc.organisations.iter().enumerate() {
            if let Some(&g) = o.group.as_ref().and_then(|g| orgs.get(g)) {
                ix.org_members[g].push(i);
            }
        }
        ix.orgs = orgs;
        ix
    }

    pub fn org<'d>(&self, doc: &'d Document, id: &str) -> Option<&'d Organisation> {
        self.orgs.get(id).and_then(|&i| doc.organisations.get(i))
    }

    pub fn org_index(&self, id: &str) -> Option<usize> {
        self.orgs.get(id).copied()
    }

    pub fn roadmap<'d>(&self, doc: &'d Document, number: u8) -> Option<&'d Roadmap> {
        self.roadmaps
            .get(&number)
            .and_then(|&i| doc.roadmaps.get(i))
    }

    pub fn roadmap_index(&self, number: u8) -> Option<usize> {
        self.roadmaps.get(&number).copied()
    }

    pub fn area_loc(&self, id: &str) -> Option<&AreaLoc> {
        self.areas.get(id)
    }

    /// The area with `id`, and its ancestors from the top-level area down (excluding itself).
    pub fn area<'d>(&self, doc: &'d Document, id: &str) -> Option<(&'d Area, Vec<&'d Area>)> {
        let loc = self.areas.get(id)?;
        let group = doc.roadmaps.get(loc.roadmap)?.area_groups.get(loc.group)?;
        let (first, rest) = loc.path.split_first()?;
        let mut area = group.areas.get(*first)?;
        let mut ancestors = Vec::new();
        for &i in rest {
            ancestors.push(area);
            area = area.children.get(i)?;
        }
        Some((area, ancestors))
    }

    /// The role an organisation has in the roadmap at `roadmap` (document order): the
    /// first in `Role` order when it is listed more than once.
    pub fn role_in(&self, doc: &Document, org: usize, roadmap: usize) -> Option<Role> {
        self.org_roadmaps
            .get(org)?
            .iter()
            .filter(|&&(ri, _)| ri == roadmap)
            .filter_map(|&(ri, li)| Some(doc.roadmaps.get(ri)?.stakeholders.get(li)?.role))
            .min()
    }

    /// Areas of the roadmap with `number`, sub-areas included.
    pub fn area_count(&self, number: u8) -> usize {
        self.roadmap_index(number)
            .and_then(|i| self.roadmap_area_counts.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// Number of distinct roadmaps an organisation is linked to.
    pub fn roadmap_count(&self, org: usize) -> usize {
        self.org_roadmap_numbers.get(org).map_or(0, Vec::len)
    }
}

fn index_areas(
    areas: &[Area],
    roadmap: usize,
    group: usize,
    path: &mut Vec<usize>,
    out: &mut HashMap<String, AreaLoc>,
) {
    for (i, a) in areas.iter().enumerate() {
        path.push(i);
        out.insert(
            a.id.clone(),
            AreaLoc {
                roadmap,
                group,
                path: path.clone(),
            },
        );
        index_areas(&a.children, roadmap, group, path, out);
        path.pop();
    }
}

/// Counts areas in a tree, children included.
pub fn count_areas(areas: &[Area]) -> usize {
    areas.iter().map(|a| 1 + count_areas(&a.children)).sum()
}
