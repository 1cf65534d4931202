//! The handout's front matter: title page, contents, preface, positioning and the
//! overview table of the roadmaps.

use super::blocks::{
    Block, Inline, ListItem, NONE, Rich, Table, anchor, org_id, roadmap_id, sources_line, table,
    text,
};
use crate::content::DocHeading;
use crate::model::format::{amount, date, metric_name, priority_cells};
use crate::model::index::count_areas;
use crate::model::{Document, Figure, Index, Lang};

/// The headings of the handout's own parts (the document screen's are in `DocHeading`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Contents,
    Overview,
    Organisations,
    Swot,
    Figures,
}

impl Part {
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().parts;
        match self {
            Self::Contents => w.contents,
            Self::Overview => w.overview,
            Self::Organisations => w.organisations,
            Self::Swot => w.swot,
            Self::Figures => w.figures,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Self::Contents => "contents",
            Self::Overview => "overview",
            Self::Organisations => "organisations",
            Self::Swot => "swot",
            Self::Figures => "figures",
        }
    }
}

/// The title page: what the document in hand is ("Dispensa"), title, subtitle, the
/// facts (author, managed by, date…), its sources and the contents. In print it ends
/// with a page break.
pub fn title_page(doc: &Document, lang: Lang, contents: Option<Block>) -> Block {
    let m = &doc.meta;
    // The title first, so that a Markdown file begins with it; the stylesheet sets
    // the kicker above it.
    let mut v = vec![
        Block::Heading(1, m.title.to_string()),
        Block::Kicker(lang.words().export.handout.to_owned()),
    ];
    if let Some(s) = &m.subtitle {
        v.push(Block::Para(text(s.to_string())));
    }
    let mut facts = vec![(lang.words().export.author.to_owned(), text(&*m.author))];
    if let Some(by) = &m.managed_by {
        facts.push((lang.words().export.managed_by.to_owned(), text(&**by)));
    }
    facts.push((
        lang.words().export.date.to_owned(),
        text(date(&m.date, lang)),
    ));
    if let Some(d) = &m.data_as_of {
        facts.push((
            lang.words().export.data_as_of.to_owned(),
            text(date(d, lang)),
        ));
    }
    if let Some(c) = &m.contact {
        facts.push((DocHeading::Contact.label(lang).to_owned(), text(&**c)));
    }
    v.push(Block::Facts(facts));
    v.extend(sources_line(doc, &m.sources, lang));
    v.extend(contents);
    Block::Section {
        id: "title".to_owned(),
        class: "title-page",
        blocks: v,
    }
}

/// The contents, in reading order, made from the parts themselves so that every
/// entry leads to a part that is there: each part with its heading, and under it
/// its own sections (a roadmap's sections, the figures' charts).
pub fn contents(parts: &[Block], lang: Lang) -> Option<Block> {
    let items: Vec<ListItem> = parts.iter().filter_map(entry).collect();
    if items.is_empty() {
        return None;
    }
    Some(Block::Section {
        id: Part::Contents.id().to_owned(),
        class: "toc",
        blocks: vec![
            Block::Heading(2, Part::Contents.label(lang).to_owned()),
            Block::List(items),
        ],
    })
}

/// A contents entry for a section: its first heading, linked to its id.
fn entry(b: &Block) -> Option<ListItem> {
    let Block::Section { id, blocks, .. } = b else {
        return None;
    };
    let heading = blocks.iter().find_map(|b| match b {
        Block::Heading(_, t) => Some(t.as_str()),
        _ => None,
    })?;
    let mut item = ListItem::new(anchor(heading, id.as_str()));
    item.children = blocks.iter().filter_map(entry).collect();
    Some(item)
}

pub fn roadmap_title(number: u8, title: &str) -> String {
    format!("Roadmap {number} — {title}")
}

/// The premessa: paragraphs, the previous roadmaps, the update, the regional
/// priorities and the EU projects outside the roadmaps.
pub fn preface(doc: &Document, lang: Lang) -> Option<Block> {
    let p = &doc.preface;
    let mut v = vec![Block::Heading(
        2,
        DocHeading::Preface.label(lang).to_owned(),
    )];
    v.extend(p.paragraphs.iter().map(|t| Block::Para(text(&**t))));
    if !p.previous_roadmaps.is_empty() {
        v.push(Block::Heading(
            3,
            DocHeading::PreviousRoadmaps.title(doc, lang),
        ));
        let rows = p
            .previous_roadmaps
            .iter()
            .map(|r| {
                let now = doc.roadmaps.iter().find(|n| n.number == r.now).map_or_else(
                    || text(format!("Roadmap {}", r.now)),
                    |n| anchor(roadmap_title(n.number, &n.title), roadmap_id(n.number)),
                );
                vec![text(r.number.to_string()), text(&*r.title), now]
            })
            .collect();
        v.extend(table(Table {
            head: vec![
                lang.words().columns.former_number.to_owned(),
                lang.words().columns.former_title.to_owned(),
                lang.words().columns.now.to_owned(),
            ],
            rows,
            numeric: vec![0],
            ..Table::default()
        }));
        if let Some(n) = &p.renumbering {
            v.push(Block::Note(text(&**n)));
        }
    }
    if !p.update.is_empty() {
        v.push(Block::Heading(3, DocHeading::Update.label(lang).to_owned()));
        v.extend(p.update.iter().map(|t| Block::Para(text(&**t))));
    }
    if let Some(rp) = &p.regional_priorities {
        v.push(Block::Heading(
            3,
            format!(
                "{} — {}",
                DocHeading::RegionalPriorities.label(lang),
                rp.act
            ),
        ));
        v.extend(rp.paragraphs.iter().map(|t| Block::Para(text(&**t))));
        if let Some(r) = &rp.recommendation {
            v.push(Block::Facts(vec![(
                DocHeading::Recommendation.label(lang).to_owned(),
                text(&**r),
            )]));
        }
    }
    if !p.other_projects.is_empty() {
        v.push(Block::Heading(
            3,
            DocHeading::OtherProjects.label(lang).to_owned(),
        ));
        let rows = p
            .other_projects
            .iter()
            .map(|g| {
                vec![
                    text(&*g.description),
                    text(g.projects.to_string()),
                    text(
                        g.contribution
                            .as_ref()
                            .map_or(NONE.to_owned(), |c| amount(c, lang)),
                    ),
                    text(g.note.as_deref().unwrap_or(NONE)),
                ]
            })
            .collect();
        v.extend(table(Table {
            head: vec![
                lang.words().columns.description.to_owned(),
                lang.words().columns.projects.to_owned(),
                lang.words().columns.eu_contribution.to_owned(),
                lang.words().columns.note.to_owned(),
            ],
            rows,
            numeric: vec![1, 2],
            ..Table::default()
        }));
    }
    v.extend(sources_line(doc, &p.sources, lang));
    part("preface", v)
}

/// A table of figures: metric, value, year, scope, and a note column when any has one.
pub fn figures_table(figures: &[Figure], lang: Lang) -> Table {
    let notes = figures.iter().any(|f| f.note.is_some());
    let given = figures.iter().any(|f| f.source.is_some());
    let mut head = vec![
        lang.words().columns.metric.to_owned(),
        lang.words().columns.value.to_owned(),
        lang.words().columns.year.to_owned(),
        lang.words().columns.scope.to_owned(),
    ];
    if given {
        head.push(lang.words().columns.given_by.to_owned());
    }
    if notes {
        head.push(lang.words().columns.note.to_owned());
    }
    let rows = figures
        .iter()
        .map(|f| {
            let name = f
                .label
                .as_deref()
                .unwrap_or_else(|| metric_name(f.metric, lang));
            let mut row = vec![
                text(name),
                text(amount(f, lang)),
                text(year(f)),
                text(f.scope.as_deref().unwrap_or(NONE)),
            ];
            if given {
                row.push(text(f.source.as_deref().unwrap_or(NONE)));
            }
            if notes {
                row.push(text(f.note.as_deref().unwrap_or(NONE)));
            }
            row
        })
        .collect();
    Table {
        head,
        rows,
        numeric: vec![1, 2],
        ..Table::default()
    }
}

pub fn year(f: &Figure) -> String {
    f.year.map_or_else(|| NONE.to_owned(), |y| y.to_string())
}

/// The sector's figures in each territory, paragraphs and the research system.
pub fn positioning(doc: &Document, index: &Index, lang: Lang) -> Option<Block> {
    let pos = &doc.positioning;
    let mut v = vec![Block::Heading(
        2,
        DocHeading::Positioning.label(lang).to_owned(),
    )];
    for territory in &pos.territories {
        if let Some(t) = table(figures_table(&territory.figures, lang)) {
            v.push(Block::Heading(3, territory.name.to_string()));
            v.push(t);
        }
    }
    v.extend(pos.paragraphs.iter().map(|t| Block::Para(text(&**t))));
    let research: Vec<ListItem> = pos
        .research_system
        .iter()
        .filter_map(|id| index.org(doc, id))
        .map(|o| ListItem::new(anchor(&*o.name, org_id(&o.id))))
        .collect();
    if !research.is_empty() {
        v.push(Block::Heading(
            3,
            DocHeading::ResearchSystem.label(lang).to_owned(),
        ));
        v.push(Block::List(research));
    }
    v.extend(sources_line(doc, &pos.sources, lang));
    part("positioning", v)
}

/// The overview table: one row per roadmap.
pub fn overview(doc: &Document, lang: Lang) -> Option<Block> {
    let rows = doc
        .roadmaps
        .iter()
        .map(|r| {
            let (on, off) = priority_cells(r.priority);
            let areas: usize = r.area_groups.iter().map(|g| count_areas(&g.areas)).sum();
            let (projects, contribution) = r.eu_projects.as_ref().map_or_else(
                || (NONE.to_owned(), NONE.to_owned()),
                |e| (e.projects.to_string(), amount(&e.contribution, lang)),
            );
            let mut sector: Rich = text(&*r.sector);
            if let Some(s2) = &r.secondary_sector {
                sector.push(Inline::Text(format!(
                    " ({} {s2})",
                    lang.words().export.also
                )));
            }
            vec![
                text(r.number.to_string()),
                anchor(&*r.title, roadmap_id(r.number)),
                sector,
                text(format!("{on}{off} {}", r.priority)),
                text(areas.to_string()),
                text(r.stakeholders.len().to_string()),
                text(projects),
                text(contribution),
            ]
        })
        .collect();
    let overview = Table {
        head: {
            let c = &lang.words().columns;
            [
                c.number,
                c.title,
                c.sector,
                c.priority,
                c.technology_areas,
                c.stakeholders,
                c.eu_projects,
                c.eu_contribution,
            ]
            .map(str::to_owned)
            .to_vec()
        },
        rows,
        numeric: vec![0, 4, 5, 6, 7],
        ..Table::default()
    };
    Some(Block::Section {
        id: Part::Overview.id().to_owned(),
        class: "part",
        blocks: vec![
            Block::Heading(2, Part::Overview.label(lang).to_owned()),
            Block::Note(text(lang.words().export.priority_note)),
            table(overview)?,
        ],
    })
}

/// A part of the front matter, or nothing when it has only its heading.
fn part(id: &str, blocks: Vec<Block>) -> Option<Block> {
    (blocks.len() > 1).then(|| Block::Section {
        id: id.to_owned(),
        class: "part",
        blocks,
    })
}
