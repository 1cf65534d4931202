//! Larger documents made from a real one, for benchmarks and tests at scale.
//!
//! Not part of the library: the benches and tests that need it include this file
//! with `#[path = "…/tests/support/synth.rs"] mod synth;`.

use roadmap_tui::model::{Area, Document, Investment, Partnership, StakeholderLink};

/// A valid document about `factor` times the size of `doc`: organisations, areas,
/// stakeholder links, paragraphs, SWOT items, partnerships, investments and
/// sources are repeated `factor` times, each copy with fresh ids and its
/// references pointing at the same copy. Roadmaps are not repeated (their numbers
/// must run 1, 2, 3… within a `u8`); each one grows inside instead. A `factor` of 0
/// or 1 returns a copy of `doc`.
pub fn scaled(doc: &Document, factor: usize) -> Document {
    let copies = 0..factor.max(1);
    let mut out = doc.clone();

    let p = &doc.preface;
    out.preface.paragraphs = repeat(&p.paragraphs, factor);
    out.preface.update = repeat(&p.update, factor);
    if let (Some(rp), Some(orig)) = (&mut out.preface.regional_priorities, &p.regional_priorities) {
        rp.paragraphs = repeat(&orig.paragraphs, factor);
    }
    out.preface.sources = copies
        .clone()
        .flat_map(|k| p.sources.iter().map(move |s| copy_id(s, k)))
        .collect();
    let pos = &doc.positioning;
    out.positioning.paragraphs = repeat(&pos.paragraphs, factor);
    out.positioning.research_system = copies
        .clone()
        .flat_map(|k| pos.research_system.iter().map(move |o| copy_id(o, k)))
        .collect();
    out.positioning.sources = copies
        .clone()
        .flat_map(|k| pos.sources.iter().map(move |s| copy_id(s, k)))
        .collect();

    for (r, orig) in out.roadmaps.iter_mut().zip(&doc.roadmaps) {
        r.summary = repeat(&orig.summary, factor);
        r.context = repeat(&orig.context, factor);
        r.areas_intro = repeat(&orig.areas_intro, factor);
        r.update = repeat(&orig.update, factor);
        r.assets = repeat(&orig.assets, factor);
        r.partnerships_text = repeat(&orig.partnerships_text, factor);
        r.area_groups = copies
            .clone()
            .flat_map(|k| {
                orig.area_groups.iter().map(move |g| {
                    let mut g = g.clone();
                    g.areas = g.areas.iter().map(|a| copy_area(a, k)).collect();
                    g
                })
            })
            .collect();
        r.stakeholders = copies
            .clone()
            .flat_map(|k| {
                orig.stakeholders.iter().map(move |s| StakeholderLink {
                    org: copy_id(&s.org, k),
                    ..s.clone()
                })
            })
            .collect();
        r.partnerships = copies
            .clone()
            .flat_map(|k| {
                orig.partnerships.iter().map(move |p| Partnership {
                    id: copy_id(&p.id, k),
                    members: copy_ids(&p.members, k),
                    sources: copy_ids(&p.sources, k),
                    ..p.clone()
                })
            })
            .collect();
        r.investments = copies
            .clone()
            .flat_map(|k| {
                orig.investments.iter().map(move |i| Investment {
                    id: copy_id(&i.id, k),
                    by: copy_ids(&i.by, k),
                    sources: copy_ids(&i.sources, k),
                    ..i.clone()
                })
            })
            .collect();
        r.sources = copies
            .clone()
            .flat_map(|k| orig.sources.iter().map(move |s| copy_id(s, k)))
            .collect();
    }

    out.organisations = copies
        .clone()
        .flat_map(|k| {
            doc.organisations.iter().map(move |o| {
                let mut o = o.clone();
                o.id = copy_id(&o.id, k);
                o.group = o.group.as_deref().map(|g| copy_id(g, k));
                o
            })
        })
        .collect();
    let s = &doc.swot;
    out.swot.strengths = repeat(&s.strengths, factor);
    out.swot.weaknesses = repeat(&s.weaknesses, factor);
    out.swot.opportunities = repeat(&s.opportunities, factor);
    out.swot.threats = repeat(&s.threats, factor);
    out.sources = copies
        .flat_map(|k| {
            doc.sources.iter().map(move |s| {
                let mut s = s.clone();
                s.id = copy_id(&s.id, k);
                s
            })
        })
        .collect();
    out
}

/// The id of copy `k`: the original for copy 0. A `.` never occurs in the ids of
/// the embedded document, and ids may contain it, so copies cannot collide.
fn copy_id(id: &str, k: usize) -> String {
    if k == 0 {
        id.to_owned()
    } else {
        format!("{id}.{k}")
    }
}

fn copy_ids(ids: &[String], k: usize) -> Vec<String> {
    ids.iter().map(|id| copy_id(id, k)).collect()
}

fn copy_area(a: &Area, k: usize) -> Area {
    Area {
        id: copy_id(&a.id, k),
        children: a.children.iter().map(|c| copy_area(c, k)).collect(),
        ..a.clone()
    }
}

fn repeat<T: Clone>(items: &[T], factor: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(items.len() * factor.max(1));
    for _ in 0..factor.max(1) {
        v.extend_from_slice(items);
    }
    v
}
