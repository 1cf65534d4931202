//! The area, stakeholder and document screens.

use super::key::paras;
use super::{
    DocHeading, Item, ItemKey, ItemKind, Prose, empty, figure_item, keyed, push_area_links,
    source_items,
};
use crate::model::format::amount;
use crate::model::{Document, Index, Lang};
use crate::place::Place;

/// Items of an area screen.
pub fn area_items(doc: &Document, index: &Index, id: &str, lang: Lang) -> Vec<Item> {
    let mut v = Vec::new();
    let Some((area, ancestors)) = index.area(doc, id) else {
        return vec![empty(lang)];
    };
    if let Some(d) = &area.detail {
        v.push(Item::para(d.to_string()));
    }
    if !area.children.is_empty() {
        v.push(Item::heading(lang.words().content.sub_areas));
        push_area_links(&area.children, 0, &mut v);
    }
    if let Some(parent) = ancestors.last() {
        v.push(Item::heading(lang.words().content.part_of));
        v.push(Item::link(
            0,
            parent.title.to_string(),
            Place::Area(parent.id.clone()),
        ));
    }
    if let Some(loc) = index.area_loc(id)
        && let Some(r) = doc.roadmaps.get(loc.roadmap)
    {
        v.push(Item::heading("Roadmap"));
        v.push(Item::link(
            0,
            format!("Roadmap {} — {}", r.number, r.title),
            Place::Roadmap(r.number),
        ));
        if let Some(g) = r.area_groups.get(loc.group) {
            v.push(Item::new(
                ItemKind::Note,
                format!("{}: {}", lang.words().content.group, g.title),
            ));
        }
    }
    if v.is_empty() {
        v.push(empty(lang));
    }
    v
}

/// Items of a stakeholder screen.
pub fn stakeholder_items(doc: &Document, index: &Index, id: &str, lang: Lang) -> Vec<Item> {
    let mut v = Vec::new();
    let (Some(o), Some(oi)) = (index.org(doc, id), index.org_index(id)) else {
        return vec![empty(lang)];
    };
    if let Some(d) = &o.description {
        v.push(Item::para(d.to_string()));
    }
    if !o.figures.is_empty() {
        v.push(Item::heading(lang.words().content.figures));
        for f in &o.figures {
            v.extend(figure_item(f, lang));
        }
    }
    if let Some(g) = o.group.as_ref().and_then(|g| index.org(doc, g)) {
        v.push(Item::heading(lang.words().content.group));
        v.push(Item::link(
            0,
            g.name.to_string(),
            Place::Stakeholder(g.id.clone()),
        ));
    }
    if let Some(members) = index.org_members.get(oi).filter(|m| !m.is_empty()) {
        v.push(Item::heading(lang.words().content.members));
        for &m in members {
            if let Some(mo) = doc.organisations.get(m) {
                v.push(Item::link(
                    0,
                    mo.name.to_string(),
                    Place::Stakeholder(mo.id.clone()),
                ));
            }
        }
    }
    let links = &index.org_roadmaps[oi];
    if !links.is_empty() {
        v.push(Item::heading("Roadmap"));
        for &(ri, li) in links {
            let r = &doc.roadmaps[ri];
            let link = &r.stakeholders[li];
            let mut text = format!(
                "Roadmap {} — {}",
                r.number,
                link.role.label(lang).to_lowercase()
            );
            if let Some(n) = &link.note {
                text.push_str(&format!(": {n}"));
            }
            v.push(Item::link(0, text, Place::Roadmap(r.number)));
        }
    }
    let parts = &index.org_partnerships[oi];
    if !parts.is_empty() {
        v.push(Item::heading(lang.words().content.partnerships));
        for &(ri, pi) in parts {
            let r = &doc.roadmaps[ri];
            let p = &r.partnerships[pi];
            v.push(Item::link(
                0,
                format!("{} (roadmap {})", p.name, r.number),
                Place::Roadmap(r.number),
            ));
        }
    }
    let invs = &index.org_investments[oi];
    if !invs.is_empty() {
        v.push(Item::heading(lang.words().content.investments));
        for &(ri, ii) in invs {
            let r = &doc.roadmaps[ri];
            let inv = &r.investments[ii];
            let a = inv
                .amount
                .as_ref()
                .map_or_else(String::new, |a| format!("{} — ", amount(a, lang)));
            v.push(Item::link(
                0,
                format!("{a}{} (roadmap {})", inv.purpose, r.number),
                Place::Roadmap(r.number),
            ));
        }
    }
    if doc.positioning.research_system.iter().any(|r| r == id) {
        v.push(Item::heading(lang.words().content.research_system));
        v.push(Item::new(
            ItemKind::Note,
            lang.words().content.in_research_system,
        ));
    }
    if v.is_empty() {
        v.push(empty(lang));
    }
    v
}

/// Items of the document screen: everything outside the roadmaps.
pub fn document_items(doc: &Document, index: &Index, lang: Lang) -> Vec<Item> {
    let mut v = Vec::new();
    let p = &doc.preface;
    v.push(Item::heading(DocHeading::Preface.label(lang)));
    v.extend(paras(&p.paragraphs, Prose::Preface));
    if !p.previous_roadmaps.is_empty() {
        v.push(Item::heading(DocHeading::PreviousRoadmaps.title(doc, lang)));
        for r in &p.previous_roadmaps {
            let now = if r.number == r.now {
                format!("roadmap {}", r.now)
            } else {
                format!("{} roadmap {}", lang.words().content.now, r.now)
            };
            v.push(Item::link(
                0,
                format!("{}) {} → {now}", r.number, r.title),
                Place::Roadmap(r.now),
            ));
        }
        if let Some(n) = &p.renumbering {
            v.push(
                Item::new(ItemKind::Note, n.to_string())
                    .keyed(ItemKey::Prose(Prose::Renumbering, 0)),
            );
        }
    }
    let pos = &doc.positioning;
    v.push(Item::heading(DocHeading::Positioning.label(lang)));
    for (t, territory) in pos.territories.iter().enumerate() {
        if !territory.figures.is_empty() {
            v.push(Item::new(ItemKind::Bullet(0), territory.name.to_string()));
            for (n, f) in territory.figures.iter().enumerate() {
                v.extend(keyed(figure_item(f, lang), ItemKey::Positioning(t, n)));
            }
        }
    }
    v.extend(paras(&pos.paragraphs, Prose::Positioning));
    if !pos.research_system.is_empty() {
        v.push(Item::heading(DocHeading::ResearchSystem.label(lang)));
        for id in &pos.research_system {
            if let Some(o) = index.org(doc, id) {
                v.push(Item::link(
                    0,
                    o.name.to_string(),
                    Place::Stakeholder(o.id.clone()),
                ));
            }
        }
    }
    if !p.update.is_empty() {
        v.push(Item::heading(DocHeading::Update.label(lang)));
        v.extend(paras(&p.update, Prose::PrefaceUpdate));
    }
    if let Some(rp) = &p.regional_priorities {
        v.push(Item::heading(format!(
            "{} — {}",
            DocHeading::RegionalPriorities.label(lang),
            rp.act
        )));
        v.extend(paras(&rp.paragraphs, Prose::RegionalPriorities));
        if let Some(r) = &rp.recommendation {
            v.push(
                Item::new(
                    ItemKind::Bullet(0),
                    format!("{}: {r}", DocHeading::Recommendation.label(lang)),
                )
                .keyed(ItemKey::Prose(Prose::Recommendation, 0)),
            );
        }
    }
    if !p.other_projects.is_empty() {
        v.push(Item::heading(DocHeading::OtherProjects.label(lang)));
        for (n, g) in p.other_projects.iter().enumerate() {
            let mut line = format!(
                "{}: {}",
                g.description,
                (lang.words().counts.projects)(g.projects as usize)
            );
            if let Some(c) = &g.contribution {
                line.push_str(&format!(", {}", amount(c, lang)));
            }
            v.push(Item::new(ItemKind::Figure, line).keyed(ItemKey::OtherProjects(n)));
            if let Some(n) = &g.note {
                v.push(Item::new(ItemKind::Note, n.to_string()));
            }
        }
    }
    if !doc.sources.is_empty() {
        v.push(Item::heading(DocHeading::Sources.label(lang)));
        for (n, s) in doc.sources.iter().enumerate() {
            v.extend(source_items(s, Some(n)));
        }
    }
    if let Some(c) = &doc.meta.contact {
        v.push(Item::heading(DocHeading::Contact.label(lang)));
        v.push(Item::para(c.to_string()));
    }
    v
}
