//! The SWOT, the figures tables and the sources.

use super::blocks::{
    Block, Inline, NONE, Rich, SwotQuadrant, Table, anchor, org_id, roadmap_id, source_id,
    table_or_nothing, text,
};
use super::front::{Part, year};
use crate::content::{DocHeading, swot_items};
use crate::model::format::amount;
use crate::model::{Document, Figure, Index, Lang, Metric};
use crate::place::{Quadrant, quadrant_label, quadrant_marker};

pub fn swot(doc: &Document, lang: Lang) -> Block {
    let quadrants = Quadrant::ALL
        .iter()
        .map(|&q| SwotQuadrant {
            quadrant: q,
            label: quadrant_label(q, lang).to_owned(),
            marker: quadrant_marker(q),
            items: swot_items(doc, q).into_iter().map(|i| i.text).collect(),
        })
        .collect();
    Block::Section {
        id: Part::Swot.id().to_owned(),
        class: "part",
        blocks: vec![
            Block::Heading(2, Part::Swot.label(lang).to_owned()),
            Block::Swot(quadrants),
        ],
    }
}

/// The EU projects per roadmap, the organisations' turnover and employees, the
/// announced investments. Year and scope have their own columns, so that figures
/// of different years or perimeters are never read as one series.
pub fn figures(doc: &Document, index: &Index, lang: Lang) -> Block {
    let mut v = vec![Block::Heading(2, Part::Figures.label(lang).to_owned())];
    let w = lang.words();

    v.push(Block::Heading(
        3,
        w.export.eu_projects_per_roadmap.to_owned(),
    ));
    let rows = doc
        .roadmaps
        .iter()
        .filter_map(|r| r.eu_projects.as_ref().map(|e| (r, e)))
        .map(|(r, e)| {
            vec![
                anchor(r.number.to_string(), roadmap_id(r.number)),
                text(&*r.sector),
                text(&*e.programme),
                text(e.projects.to_string()),
                text(
                    e.tuscan_coordinated
                        .map_or(NONE.to_owned(), |n| n.to_string()),
                ),
                text(amount(&e.contribution, lang)),
                text(year(&e.contribution)),
                text(e.contribution.scope.as_deref().unwrap_or(NONE)),
            ]
        })
        .collect();
    v.push(table_or_nothing(
        Table {
            head: vec![
                "Roadmap".to_owned(),
                w.columns.sector.to_owned(),
                w.columns.programme.to_owned(),
                w.columns.projects.to_owned(),
                w.columns.coordinated_in_tuscany.to_owned(),
                w.columns.eu_contribution.to_owned(),
                w.columns.year.to_owned(),
                w.columns.scope.to_owned(),
            ],
            rows,
            numeric: vec![0, 3, 4, 5, 6],
            ..Table::default()
        },
        lang,
    ));

    for (metric, heading) in [
        (Metric::Turnover, w.export.turnover_of_orgs.to_owned()),
        (Metric::Employees, w.export.employees_of_orgs.to_owned()),
    ] {
        v.push(Block::Heading(3, heading));
        v.push(table_or_nothing(org_metric_table(doc, metric, lang), lang));
    }

    v.push(Block::Heading(3, w.export.announced_investments.to_owned()));
    let mut rows = Vec::new();
    for r in &doc.roadmaps {
        for inv in &r.investments {
            let mut who: Rich = Vec::new();
            for (i, o) in inv.by.iter().filter_map(|b| index.org(doc, b)).enumerate() {
                if i > 0 {
                    who.push(Inline::Text(", ".to_owned()));
                }
                who.extend(anchor(&*o.name, org_id(&o.id)));
            }
            rows.push(vec![
                who,
                text(
                    inv.amount
                        .as_ref()
                        .map_or(NONE.to_owned(), |a| amount(a, lang)),
                ),
                text(inv.place.as_deref().unwrap_or(NONE)),
                text(&*inv.purpose),
                text(inv.date.as_deref().unwrap_or(NONE)),
                anchor(r.number.to_string(), roadmap_id(r.number)),
            ]);
        }
    }
    v.push(table_or_nothing(
        Table {
            head: vec![
                w.columns.who.to_owned(),
                w.columns.amount.to_owned(),
                w.columns.place.to_owned(),
                w.columns.what.to_owned(),
                w.columns.when.to_owned(),
                "Roadmap".to_owned(),
            ],
            rows,
            numeric: vec![1, 5],
            ..Table::default()
        },
        lang,
    ));
    Block::Section {
        id: Part::Figures.id().to_owned(),
        class: "part",
        blocks: v,
    }
}

/// Every figure of `metric` of every organisation, one row each.
fn org_metric_table(doc: &Document, metric: Metric, lang: Lang) -> Table {
    let rows = doc
        .organisations
        .iter()
        .flat_map(|o| {
            o.figures
                .iter()
                .filter(move |f| f.metric == metric)
                .map(move |f: &Figure| {
                    vec![
                        anchor(&*o.name, org_id(&o.id)),
                        text(amount(f, lang)),
                        text(year(f)),
                        text(f.scope.as_deref().unwrap_or(NONE)),
                        text(f.note.as_deref().unwrap_or(NONE)),
                    ]
                })
        })
        .collect();
    Table {
        head: vec![
            lang.words().columns.organisation.to_owned(),
            lang.words().columns.value.to_owned(),
            lang.words().columns.year.to_owned(),
            lang.words().columns.scope.to_owned(),
            lang.words().columns.note.to_owned(),
        ],
        rows,
        numeric: vec![1, 2],
        ..Table::default()
    }
}

/// Every footnote source: number, title, URL.
pub fn sources(doc: &Document, lang: Lang) -> Block {
    let rows = doc
        .sources
        .iter()
        .map(|s| {
            let url = s.url.as_ref().map_or_else(
                || text(NONE),
                |u| vec![Inline::Url(u.to_string(), u.to_string())],
            );
            vec![
                text(s.footnote.map_or(NONE.to_owned(), |n| n.to_string())),
                text(&*s.title),
                url,
            ]
        })
        .collect();
    Block::Section {
        id: "sources".to_owned(),
        class: "part sources",
        blocks: vec![
            Block::Heading(2, DocHeading::Sources.label(lang).to_owned()),
            table_or_nothing(
                Table {
                    head: vec![
                        lang.words().columns.note.to_owned(),
                        lang.words().columns.title.to_owned(),
                        "URL".to_owned(),
                    ],
                    rows,
                    numeric: vec![0],
                    row_ids: doc.sources.iter().map(|s| source_id(&s.id)).collect(),
                },
                lang,
            ),
        ],
    }
}
