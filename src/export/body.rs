//! The roadmaps, section by section as the browser shows them, and the organisations.

use super::blocks::{Block, Inline, ListItem, from_items, nothing, org_id, roadmap_id, text};
use super::front::roadmap_title;
use crate::content::{SECTIONS, Section, roadmap_section, stakeholder_items};
use crate::model::format::{priority_cells, priority_label};
use crate::model::{Area, Document, Index, Lang, Roadmap, Source};

/// Every roadmap, each in its own section.
pub fn roadmaps(doc: &Document, index: &Index, lang: Lang) -> Vec<Block> {
    doc.roadmaps
        .iter()
        .map(|r| roadmap(doc, index, r, lang))
        .collect()
}

fn roadmap(doc: &Document, index: &Index, r: &Roadmap, lang: Lang) -> Block {
    let mut v = vec![Block::Heading(2, roadmap_title(r.number, &r.title))];
    let mut facts = Vec::new();
    if let Some(s) = &r.short_title {
        facts.push((lang.words().export.short_title.to_owned(), text(&**s)));
    }
    let mut sector = r.sector.to_string();
    if let Some(s2) = &r.secondary_sector {
        sector.push_str(&format!(" ({} {s2})", lang.words().export.also));
    }
    facts.push((lang.words().export.sector.to_owned(), text(sector)));
    let (on, off) = priority_cells(r.priority);
    facts.push((
        lang.words().export.priority.to_owned(),
        text(format!("{on}{off} {}", priority_label(r.priority, lang))),
    ));
    v.push(Block::Facts(facts));
    for &section in SECTIONS {
        v.push(Block::Heading(3, section.label(lang).to_owned()));
        match section {
            // The browser lists areas as links to their own screens; on paper each
            // area carries its detail in place.
            Section::Areas => v.extend(areas(r, lang)),
            // The browser shows a source's URL as text; here it is a link.
            Section::Sources => v.extend(sources(doc, &r.sources, lang)),
            _ => v.extend(from_items(roadmap_section(doc, index, r, section, lang), 4)),
        }
    }
    Block::Section {
        id: roadmap_id(r.number),
        class: "roadmap",
        blocks: v,
    }
}

fn areas(r: &Roadmap, lang: Lang) -> Vec<Block> {
    let mut v: Vec<Block> = r
        .areas_intro
        .iter()
        .map(|p| Block::Para(text(&**p)))
        .collect();
    for g in &r.area_groups {
        v.push(Block::Heading(4, g.title.to_string()));
        v.push(Block::List(area_list(&g.areas)));
    }
    if v.is_empty() {
        v.push(nothing(lang));
    }
    v
}

fn area_list(areas: &[Area]) -> Vec<ListItem> {
    areas
        .iter()
        .map(|a| ListItem {
            text: text(&*a.title),
            notes: a.detail.iter().map(|d| text(&**d)).collect(),
            children: area_list(&a.children),
            id: Some(format!("area-{}", a.id)),
        })
        .collect()
}

/// A source as a list item: footnote number, title linking to its URL (the sources
/// table at the end shows the URLs themselves, for paper).
fn source_item(s: &Source) -> ListItem {
    let mut line = Vec::new();
    if let Some(n) = s.footnote {
        line.push(Inline::Text(format!("[{n}] ")));
    }
    match &s.url {
        Some(u) => line.push(Inline::Url(s.title.to_string(), u.to_string())),
        None => line.push(Inline::Text(s.title.to_string())),
    }
    ListItem::new(line)
}

fn sources(doc: &Document, ids: &[String], lang: Lang) -> Vec<Block> {
    let items: Vec<ListItem> = ids
        .iter()
        .filter_map(|id| doc.sources.iter().find(|s| &s.id == id))
        .map(source_item)
        .collect();
    if items.is_empty() {
        vec![nothing(lang)]
    } else {
        vec![Block::List(items)]
    }
}

/// Every organisation: kind, place, then what its browser screen shows (figures,
/// group, members, the roadmaps it appears in with its role, partnerships, investments).
pub fn organisations(doc: &Document, index: &Index, lang: Lang) -> Vec<Block> {
    doc.organisations
        .iter()
        .map(|o| {
            let mut v = vec![Block::Heading(3, o.name.to_string())];
            let mut facts = Vec::new();
            if let Some(s) = &o.short_name {
                facts.push((lang.words().export.short_name.to_owned(), text(&**s)));
            }
            facts.push((
                lang.words().export.kind.to_owned(),
                text(o.kind.label(lang)),
            ));
            if let Some(p) = &o.place {
                facts.push((lang.words().export.place.to_owned(), text(&**p)));
            }
            v.push(Block::Facts(facts));
            v.extend(from_items(stakeholder_items(doc, index, &o.id, lang), 4));
            Block::Section {
                id: org_id(&o.id),
                class: "org",
                blocks: v,
            }
        })
        .collect()
}
