//! The roadmaps, section by section as the browser shows them, and the organisations.

use super::blocks::{
    Block, Inline, ListItem, NONE, Rich, Table, anchor, from_items, org_id, roadmap_id, text,
    without_nothing,
};
use super::front::roadmap_title;
use crate::content::{SECTIONS, Section, org_figure, roadmap_section};
use crate::model::fold::fold;
use crate::model::format::{amount, figure_line, priority_cells, priority_label};
use crate::model::{Area, Document, Figure, Index, Lang, Metric, Roadmap, Role, Source};
use crate::place::Chart;

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
        let blocks = match section {
            // The browser lists areas as links to their own screens; on paper each
            // area carries its detail in place.
            Section::Areas => areas(r),
            // The browser shows a source's URL as text; here it is a link.
            Section::Sources => sources(doc, &r.sources),
            _ => from_items(
                without_nothing(roadmap_section(doc, index, r, section, lang), lang),
                4,
            ),
        };
        // An empty section is left out, heading and all.
        if blocks.is_empty() {
            continue;
        }
        let mut part = vec![Block::Heading(3, section.title(doc, lang))];
        part.extend(blocks);
        v.push(Block::Section {
            id: section_id(r.number, section),
            class: "roadmap-section",
            blocks: part,
        });
    }
    Block::Section {
        id: roadmap_id(r.number),
        class: "roadmap",
        blocks: v,
    }
}

/// The id of a roadmap's section: `roadmap-3-areas`.
pub fn section_id(number: u8, section: Section) -> String {
    let name = match section {
        Section::Summary => "summary",
        Section::Context => "context",
        Section::Areas => "areas",
        Section::Update => "update",
        Section::Stakeholders => "stakeholders",
        Section::EuProjects => "eu-projects",
        Section::Investments => "investments",
        Section::Sdgs => "sdgs",
        Section::CrossRefs => "cross-references",
        Section::Sources => "sources",
    };
    format!("{}-{name}", roadmap_id(number))
}

fn areas(r: &Roadmap) -> Vec<Block> {
    let mut v: Vec<Block> = r
        .areas_intro
        .iter()
        .map(|p| Block::Para(text(&**p)))
        .collect();
    for g in &r.area_groups {
        v.push(Block::Heading(4, g.title.to_string()));
        v.push(Block::List(area_list(&g.areas)));
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

fn sources(doc: &Document, ids: &[String]) -> Vec<Block> {
    let items: Vec<ListItem> = ids
        .iter()
        .filter_map(|id| doc.sources.iter().find(|s| &s.id == id))
        .map(source_item)
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![Block::List(items)]
    }
}

/// Every organisation in one table, in alphabetical order: name (with its short
/// name, place and group), kind, the roadmaps it takes part in with its role,
/// turnover and employees (the figure the figures screen charts), and its details
/// (description and other figures). Each row keeps the id `org-<id>` that links
/// throughout the handout lead to.
pub fn organisations(doc: &Document, index: &Index, lang: Lang) -> Option<Block> {
    let w = lang.words();
    let mut orgs: Vec<_> = doc.organisations.iter().collect();
    orgs.sort_by_cached_key(|o| (fold(&o.name), o.name.to_string(), o.id.clone()));
    let mut row_ids = Vec::new();
    let mut details = Vec::new();
    let rows = orgs
        .iter()
        .map(|o| {
            row_ids.push(org_id(&o.id));
            let mut name = vec![Inline::Text(o.name.to_string())];
            let mut aside = Vec::new();
            if let Some(s) = &o.short_name {
                aside.push(s.to_string());
            }
            if let Some(p) = &o.place {
                aside.push(p.to_string());
            }
            if !aside.is_empty() {
                name.push(Inline::Text(format!(" ({})", aside.join(", "))));
            }
            if let Some(g) = o.group.as_ref().and_then(|g| index.org(doc, g)) {
                name.push(Inline::Text(format!(" — {} ", w.content.part_of)));
                name.extend(anchor(&*g.name, org_id(&g.id)));
            }
            let roadmaps = roadmaps_by_role(doc, index, &o.id, lang);
            let figure = |m: Metric| {
                text(org_figure(o, m).map_or_else(|| NONE.to_owned(), |f| amount(f, lang)))
            };
            // The figures of the two columns; the others go with the details.
            let shown: Vec<&Figure> = [Metric::Turnover, Metric::Employees]
                .into_iter()
                .filter_map(|m| org_figure(o, m))
                .collect();
            let mut lines: Vec<String> = o.description.iter().map(ToString::to_string).collect();
            lines.extend(
                o.figures
                    .iter()
                    .filter(|f| !shown.iter().any(|s| std::ptr::eq(*s, *f)))
                    .map(|f| figure_line(f, lang)),
            );
            details.push(if lines.is_empty() {
                Vec::new()
            } else {
                text(lines.join(" · "))
            });
            vec![
                name,
                text(o.kind.label(lang)),
                roadmaps,
                figure(Metric::Turnover),
                figure(Metric::Employees),
            ]
        })
        .collect();
    let t = Table {
        head: vec![
            w.columns.organisation.to_owned(),
            w.export.kind.to_owned(),
            "Roadmap".to_owned(),
            Chart::Turnover.label(lang).to_owned(),
            Chart::Employees.label(lang).to_owned(),
        ],
        rows,
        numeric: vec![3, 4],
        row_ids,
        cols: vec!["name", "kind", "roadmaps", "figure", "figure"],
        details,
        details_head: w.export.details.to_owned(),
    };
    super::blocks::table(t)
}

/// The roadmaps an organisation takes part in, grouped by its role in them, each number
/// a link: "1, 2, 5 public body; 3 research".
fn roadmaps_by_role(doc: &Document, index: &Index, id: &str, lang: Lang) -> Rich {
    let mut by_role: Vec<(Role, Vec<u8>)> = Vec::new();
    let links = index
        .org_index(id)
        .and_then(|oi| index.org_roadmaps.get(oi))
        .map_or(&[][..], Vec::as_slice);
    for &(ri, li) in links {
        let Some(r) = doc.roadmaps.get(ri) else {
            continue;
        };
        let Some(role) = r.stakeholders.get(li).map(|s| s.role) else {
            continue;
        };
        match by_role.iter_mut().find(|(q, _)| *q == role) {
            Some((_, numbers)) => numbers.push(r.number),
            None => by_role.push((role, vec![r.number])),
        }
    }
    let mut out: Rich = Vec::new();
    for (i, (role, numbers)) in by_role.iter().enumerate() {
        if i > 0 {
            out.push(Inline::Text("; ".to_owned()));
        }
        for (j, n) in numbers.iter().enumerate() {
            if j > 0 {
                out.push(Inline::Text(", ".to_owned()));
            }
            out.extend(anchor(n.to_string(), roadmap_id(*n)));
        }
        out.push(Inline::Text(format!(" {}", role.word(lang))));
    }
    out
}
