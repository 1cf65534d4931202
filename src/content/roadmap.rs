//! The sections of a roadmap screen.

use super::key::paras;
use super::{
    Item, ItemKey, ItemKind, Prose, Section, empty, figure_item, keyed, org_figure, org_name,
    push_area_links, source_items,
};
use crate::model::format::{amount, date_or_when, figure_line};
use crate::model::{Document, Index, Lang, Metric, Roadmap, Role};
use crate::place::Place;

/// Items of one section of a roadmap.
pub fn roadmap_section(
    doc: &Document,
    index: &Index,
    r: &Roadmap,
    section: Section,
    lang: Lang,
) -> Vec<Item> {
    let mut v = Vec::new();
    match section {
        Section::Summary => {
            v.push(Item::heading(lang.words().content.solutions));
            for (n, s) in r.summary.iter().enumerate() {
                v.push(
                    Item::new(ItemKind::Bullet(0), s.to_string())
                        .keyed(ItemKey::Prose(Prose::Summary, n)),
                );
            }
            if !r.figures.is_empty() {
                v.push(Item::heading(lang.words().content.figures));
                for (n, f) in r.figures.iter().enumerate() {
                    v.extend(keyed(figure_item(f, lang), ItemKey::Figure(n)));
                }
            }
            v.push(Item::heading(lang.words().content.at_a_glance));
            // Every area the Areas section lists, as the overview and the slides
            // count them, saying how many are sub-areas: the summary's shorter
            // list of solutions is not the same count.
            let all = index.area_count(r.number);
            let top: usize = r.area_groups.iter().map(|g| g.areas.len()).sum();
            let w = lang.words();
            let mut areas = format!("{}: {all}", w.content.areas);
            if all > top {
                let sub = (w.counts.sub_areas)(all - top);
                areas.push_str(&format!(", {} {sub}", w.content.of_which));
            }
            v.push(Item::new(ItemKind::Figure, areas));
            v.push(Item::new(
                ItemKind::Figure,
                format!(
                    "{}: {}",
                    lang.words().content.stakeholders,
                    r.stakeholders.len()
                ),
            ));
            if let Some(eu) = &r.eu_projects {
                v.push(Item::new(
                    ItemKind::Figure,
                    format!(
                        "{}: {} — {}",
                        lang.words().content.eu_projects,
                        eu.projects,
                        amount(&eu.contribution, lang)
                    ),
                ));
            }
        }
        Section::Context => v.extend(paras(&r.context, Prose::Context)),
        Section::Areas => {
            v.extend(paras(&r.areas_intro, Prose::AreasIntro));
            for g in &r.area_groups {
                v.push(Item::heading(g.title.to_string()));
                push_area_links(&g.areas, 0, &mut v);
            }
        }
        Section::Update => v.extend(paras(&r.update, Prose::Update)),
        Section::Stakeholders => {
            let mut roles: Vec<Role> = r.stakeholders.iter().map(|s| s.role).collect();
            roles.sort();
            roles.dedup();
            for role in roles {
                v.push(Item::heading(role.label(lang)));
                for (n, s) in r
                    .stakeholders
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.role == role)
                {
                    let Some(o) = index.org(doc, &s.org) else {
                        continue;
                    };
                    let mut text = org_name(o).to_owned();
                    let figures: Vec<String> = [Metric::Turnover, Metric::Employees]
                        .into_iter()
                        .filter_map(|m| org_figure(o, m).map(|f| figure_line(f, lang)))
                        .collect();
                    if !figures.is_empty() {
                        text.push_str(&format!(" — {}", figures.join(" · ")));
                    }
                    // A key player's note is often its whole paragraph, which the
                    // organisation's own screen shows; here it would bury the figures.
                    if let Some(n) = s
                        .note
                        .as_ref()
                        .filter(|n| s.role != Role::KeyPlayer || n.chars().count() <= 90)
                    {
                        text.push_str(&format!(" ({n})"));
                    }
                    v.push(
                        Item::link(0, text, Place::Stakeholder(o.id.clone()))
                            .keyed(ItemKey::Stakeholder(n)),
                    );
                }
            }
            if !r.assets.is_empty() {
                v.push(Item::heading(lang.words().content.from_the_text));
                v.extend(paras(&r.assets, Prose::Assets));
            }
        }
        Section::EuProjects => {
            if let Some(eu) = &r.eu_projects {
                v.push(Item::heading((lang.words().content.projects_of)(
                    &eu.programme,
                )));
                let mut line = format!("{}: {}", lang.words().content.funded_projects, eu.projects);
                if let Some(t) = eu.coordinated_in_region {
                    let region = (lang.words().regional.coordinated_in)(&doc.meta.region);
                    line.push_str(&format!(" ({t} {region})"));
                }
                v.push(Item::new(ItemKind::Figure, line));
                v.extend(figure_item(&eu.contribution, lang));
                for s in &eu.schemes {
                    let mut line = format!(
                        "{}: {}",
                        s.scheme,
                        (lang.words().counts.projects)(s.projects as usize)
                    );
                    if let Some(c) = &s.contribution {
                        line.push_str(&format!(" ({})", amount(c, lang)));
                    }
                    v.push(Item::new(ItemKind::Bullet(1), line));
                }
                if let Some(p) = eu.private_participants {
                    v.push(Item::new(
                        ItemKind::Figure,
                        format!("{}: {p}", lang.words().content.private_participants),
                    ));
                }
                if let Some(n) = &eu.note {
                    v.push(Item::new(ItemKind::Note, n.to_string()));
                }
            }
            if !r.partnerships.is_empty() {
                v.push(Item::heading(lang.words().hit_kinds.partnership));
            }
            for (n, p) in r.partnerships.iter().enumerate() {
                let mut head = format!("{} ({}", p.name, p.kind.label(lang));
                if let Some(d) = date_or_when(p.date.as_deref(), p.when.as_deref(), lang) {
                    head.push_str(&format!(", {d}"));
                }
                // Money one of the roadmap's investments carries is written there once.
                let linked = p
                    .investment
                    .as_deref()
                    .and_then(|id| doc.investment(id))
                    .and_then(|i| i.amount.as_ref());
                if let Some(a) = p.amount.as_ref().or(linked) {
                    head.push_str(&format!(", {}", amount(a, lang)));
                }
                head.push_str("): ");
                head.push_str(&p.description);
                v.push(Item::new(ItemKind::Bullet(0), head).keyed(ItemKey::Partnership(n)));
                for m in &p.members {
                    if let Some(o) = index.org(doc, m) {
                        v.push(Item::link(1, org_name(o), Place::Stakeholder(o.id.clone())));
                    }
                }
            }
            if !r.partnerships_text.is_empty() {
                v.push(Item::heading(lang.words().content.from_the_text));
                v.extend(paras(&r.partnerships_text, Prose::PartnershipsText));
            }
        }
        Section::Investments => {
            for (n, inv) in r.investments.iter().enumerate() {
                let mut head = inv.amount.as_ref().map_or_else(
                    || lang.words().content.amount_not_given.to_owned(),
                    |a| amount(a, lang),
                );
                head.push_str(&format!(" — {}", inv.purpose));
                let mut extra = Vec::new();
                if let Some(p) = &inv.place {
                    extra.push(p.to_string());
                }
                if let Some(d) = date_or_when(inv.date.as_deref(), inv.when.as_deref(), lang) {
                    extra.push(d);
                }
                if !extra.is_empty() {
                    head.push_str(&format!(" ({})", extra.join(", ")));
                }
                v.push(Item::new(ItemKind::Bullet(0), head).keyed(ItemKey::Investment(n)));
                for b in &inv.by {
                    if let Some(o) = index.org(doc, b) {
                        v.push(Item::link(1, org_name(o), Place::Stakeholder(o.id.clone())));
                    }
                }
            }
        }
        Section::Sdgs => {
            for (i, n) in r.sdgs.iter().enumerate() {
                let name = super::sdg_title(doc, *n, lang);
                v.push(
                    Item::new(ItemKind::Bullet(0), format!("SDG {n} — {name}"))
                        .keyed(ItemKey::Sdg(i)),
                );
                if let Some(t) = super::sdg_target(doc, *n) {
                    v.push(Item::new(ItemKind::Note, t.to_string()));
                }
            }
        }
        Section::CrossRefs => {
            for (i, c) in r.cross_refs.iter().enumerate() {
                let title = index
                    .roadmap(doc, c.roadmap)
                    .map_or("", |r| r.title.as_str());
                v.push(
                    Item::link(
                        0,
                        format!("Roadmap {} — {}", c.roadmap, c.topic),
                        Place::Roadmap(c.roadmap),
                    )
                    .keyed(ItemKey::CrossRef(i)),
                );
                if !title.is_empty() {
                    v.push(Item::new(ItemKind::Note, title.to_owned()));
                }
            }
            // The other end of the references: derived, never written twice.
            let referrers: Vec<_> = index.referrers(doc, r.number).collect();
            if !referrers.is_empty() {
                v.push(Item::heading(lang.words().content.referred_to_by));
                for (i, (from, c)) in referrers.into_iter().enumerate() {
                    v.push(
                        Item::link(
                            0,
                            format!("Roadmap {} — {}", from.number, c.topic),
                            Place::Roadmap(from.number),
                        )
                        .keyed(ItemKey::Referrer(i)),
                    );
                    v.push(Item::new(ItemKind::Note, from.title.to_string()));
                }
            }
        }
        Section::Sources => {
            for id in &r.sources {
                if let Some(s) = doc.sources.iter().find(|s| &s.id == id) {
                    v.extend(source_items(s, None));
                }
            }
        }
    }
    if v.is_empty() {
        v.push(empty(lang));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cross_reference_shows_at_both_ends() {
        let doc = crate::model::load_embedded().unwrap().doc;
        let index = Index::new(&doc);
        let text = |n: u8| -> Vec<String> {
            let r = index.roadmap(&doc, n).unwrap();
            roadmap_section(&doc, &index, r, Section::CrossRefs, Lang::En)
                .into_iter()
                .map(|i| i.text)
                .collect()
        };
        let mut pairs = 0;
        for from in &doc.roadmaps {
            for c in from.cross_refs.iter().filter(|c| c.roadmap != from.number) {
                let there = text(c.roadmap);
                let at = there
                    .iter()
                    .position(|t| t == "Referred to by")
                    .unwrap_or_else(|| panic!("roadmap {} names no referrer", c.roadmap));
                let line = format!("Roadmap {} — {}", from.number, c.topic);
                assert!(
                    there[at..].contains(&line),
                    "{line} not on roadmap {}",
                    c.roadmap
                );
                pairs += 1;
            }
        }
        assert!(
            pairs >= 5,
            "the embedded document cross-refers {pairs} times"
        );
        // Roadmap 4 writes none of its own, yet roadmap 7 refers to it.
        let r4 = index.roadmap(&doc, 4).unwrap();
        assert!(r4.cross_refs.is_empty());
        assert_eq!(index.referrers(&doc, 4).count(), 1);
        assert!(text(4).iter().any(|t| t.starts_with("Roadmap 7 — ")));
    }

    #[test]
    fn sdgs_are_named_in_the_interface_language_with_the_wording_the_document_quotes() {
        let mut doc = crate::model::load_embedded().unwrap().doc;
        let index = Index::new(&doc);
        let items = |doc: &Document, lang| -> Vec<String> {
            let r = index.roadmap(doc, 1).unwrap();
            roadmap_section(doc, &index, r, Section::Sdgs, lang)
                .into_iter()
                .map(|i| i.text)
                .collect()
        };
        let it = items(&doc, Lang::It);
        assert_eq!(it[0], "SDG 3 — Salute e benessere");
        assert_eq!(
            it[1],
            "Ensure healthy lives and promote well-being for all at all ages"
        );
        assert_eq!(
            items(&doc, Lang::En)[0],
            "SDG 3 — Good health and well-being"
        );
        // A title of the document's own wins; a goal it does not describe still has its name.
        doc.sdgs[0].title = Some("Salute".into());
        doc.sdgs.retain(|s| s.number == 3);
        let it = items(&doc, Lang::It);
        assert_eq!(it[0], "SDG 3 — Salute");
        assert_eq!(
            it.last().unwrap(),
            "SDG 9 — Imprese, innovazione e infrastrutture"
        );
    }
}
