//! The SWOT, the figures (the figures screen's charts, each with its table) and the
//! sources.

use super::blocks::{
    Block, Inline, NONE, Rich, SwotQuadrant, Table, anchor, org_id, roadmap_id, source_id, table,
    text,
};
use super::front::{Part, year};
use crate::content::figures::{ChartData, chart};
use crate::content::{DocHeading, org_figure, swot_items};
use crate::model::format::{amount, date_or_when};
use crate::model::{Document, Index, Lang, Metric};
use crate::place::{Chart, Place, Quadrant, quadrant_label, quadrant_marker};

/// The four quadrants in one grid, or nothing when the document has no SWOT item.
pub fn swot(doc: &Document, lang: Lang) -> Option<Block> {
    let quadrants: Vec<SwotQuadrant> = Quadrant::ALL
        .iter()
        .map(|&q| SwotQuadrant {
            quadrant: q,
            label: quadrant_label(q, lang).to_owned(),
            marker: quadrant_marker(q),
            items: swot_items(doc, q).into_iter().map(|i| i.text).collect(),
        })
        .collect();
    if quadrants.iter().all(|q| q.items.is_empty()) {
        return None;
    }
    Some(Block::Section {
        id: Part::Swot.id().to_owned(),
        class: "part",
        blocks: vec![
            Block::Heading(2, Part::Swot.label(lang).to_owned()),
            Block::Swot(quadrants),
        ],
    })
}

/// The id of a chart's section: `chart-turnover`.
pub fn chart_id(c: Chart) -> String {
    format!("chart-{}", c.name())
}

/// The charts the figures screen shows, in its order, each drawn from the screen's
/// own data and followed by the table of its values; a chart without bars is left
/// out, as the slides leave it out.
pub fn figures(doc: &Document, index: &Index, lang: Lang) -> Option<Block> {
    let mut v = vec![Block::Heading(2, Part::Figures.label(lang).to_owned())];
    for c in Chart::ALL {
        let data = chart(doc, index, c, lang);
        let values = match c {
            Chart::EuContribution => None,
            // One table for both EU charts: projects and contribution side by side.
            Chart::EuProjects => eu_table(doc, lang),
            Chart::Turnover | Chart::Employees => org_metric_table(doc, index, &data, lang),
            Chart::Investments => investments_table(doc, index, lang),
        };
        let mut blocks = vec![Block::Heading(3, c.label(lang).to_owned())];
        if data.bar_count() > 0 {
            blocks.push(Block::Chart(data));
        }
        blocks.extend(values);
        if blocks.len() > 1 {
            v.push(Block::Section {
                id: chart_id(c),
                class: "chart",
                blocks,
            });
        }
    }
    (v.len() > 1).then(|| Block::Section {
        id: Part::Figures.id().to_owned(),
        class: "part",
        blocks: v,
    })
}

/// The EU projects per roadmap. Year and scope have their own columns, so that
/// figures of different years or perimeters are never read as one series.
fn eu_table(doc: &Document, lang: Lang) -> Option<Block> {
    let w = lang.words();
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
                    e.coordinated_in_region
                        .map_or(NONE.to_owned(), |n| n.to_string()),
                ),
                text(amount(&e.contribution, lang)),
                text(year(&e.contribution)),
                text(e.contribution.scope.as_deref().unwrap_or(NONE)),
            ]
        })
        .collect();
    table(Table {
        head: vec![
            "Roadmap".to_owned(),
            w.columns.sector.to_owned(),
            w.columns.programme.to_owned(),
            w.columns.projects.to_owned(),
            (w.regional.coordinated_column)(&doc.meta.region),
            w.columns.eu_contribution.to_owned(),
            w.columns.year.to_owned(),
            w.columns.scope.to_owned(),
        ],
        rows,
        numeric: vec![0, 3, 4, 5, 6],
        ..Table::default()
    })
}

/// The figures a turnover or employees chart draws, one row per bar in the chart's
/// order: the organisation a bar leads to and the figure the chart took from it.
fn org_metric_table(doc: &Document, index: &Index, data: &ChartData, lang: Lang) -> Option<Block> {
    let metric = if data.chart == Chart::Turnover {
        Metric::Turnover
    } else {
        Metric::Employees
    };
    let rows = data
        .bars()
        .filter_map(|b| match &b.target {
            Some(Place::Stakeholder(id)) => index.org(doc, id),
            _ => None,
        })
        .filter_map(|o| org_figure(o, metric).map(|f| (o, f)))
        .map(|(o, f)| {
            vec![
                anchor(&*o.name, org_id(&o.id)),
                text(amount(f, lang)),
                text(year(f)),
                text(f.scope.as_deref().unwrap_or(NONE)),
                text(f.note.as_deref().unwrap_or(NONE)),
            ]
        })
        .collect();
    let c = &lang.words().columns;
    table(Table {
        head: vec![
            c.organisation.to_owned(),
            c.value.to_owned(),
            c.year.to_owned(),
            c.scope.to_owned(),
            c.note.to_owned(),
        ],
        rows,
        numeric: vec![1, 2],
        ..Table::default()
    })
}

/// Every announced investment, with or without an amount.
fn investments_table(doc: &Document, index: &Index, lang: Lang) -> Option<Block> {
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
                text(
                    date_or_when(inv.date.as_deref(), inv.when.as_deref(), lang)
                        .unwrap_or_else(|| NONE.to_owned()),
                ),
                anchor(r.number.to_string(), roadmap_id(r.number)),
            ]);
        }
    }
    let c = &lang.words().columns;
    table(Table {
        head: vec![
            c.who.to_owned(),
            c.amount.to_owned(),
            c.place.to_owned(),
            c.what.to_owned(),
            c.when.to_owned(),
            "Roadmap".to_owned(),
        ],
        rows,
        numeric: vec![1, 5],
        ..Table::default()
    })
}

/// Every footnote source: number, title, URL; nothing when there is none.
pub fn sources(doc: &Document, lang: Lang) -> Option<Block> {
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
    let sources = table(Table {
        head: vec![
            lang.words().columns.note.to_owned(),
            lang.words().columns.title.to_owned(),
            "URL".to_owned(),
        ],
        rows,
        numeric: vec![0],
        row_ids: doc.sources.iter().map(|s| source_id(&s.id)).collect(),
        ..Table::default()
    })?;
    Some(Block::Section {
        id: "sources".to_owned(),
        class: "part sources",
        blocks: vec![
            Block::Heading(2, DocHeading::Sources.label(lang).to_owned()),
            sources,
        ],
    })
}
