//! What the charts of the figures screen show, as plain data: rows of bars under
//! group headings. A chart never mixes years, programmes or units in one group:
//! each year gets its own heading, and a scope other than the whole organisation is
//! written into the bar's label.

use unicode_width::UnicodeWidthStr;

use super::org_figure;
use crate::model::format::{amount, date_or_when, number};
use crate::model::{Document, Figure, Index, Lang, Metric, Organisation};
use crate::place::{Chart, Place};

/// One bar: a labelled amount that can lead somewhere.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The amount as the UI language writes it, with its qualifier.
    pub text: String,
    pub target: Option<Place>,
}

/// A line of a chart.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartRow {
    /// A heading over the bars that share a year or a programme.
    Group(String),
    Bar(Bar),
}

/// A chart's rows, and what a frame or a key needs to know about all of them
/// (where the bars are, the widest texts, the largest value), found once here.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub chart: Chart,
    /// What one bar measures, in the UI language.
    pub measure: String,
    /// Group headings and bars, top to bottom; what follows is derived from them.
    pub rows: Vec<ChartRow>,
    /// What the chart leaves out, and why.
    pub notes: Vec<String>,
    /// The row of each bar.
    bar_rows: Vec<usize>,
    widest_label: Option<usize>,
    widest_text: Option<usize>,
    max: f64,
}

impl ChartData {
    pub fn new(chart: Chart, measure: String, rows: Vec<ChartRow>, notes: Vec<String>) -> Self {
        let bar_rows: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, ChartRow::Bar(_)))
            .map(|(i, _)| i)
            .collect();
        let mut data = Self {
            chart,
            measure,
            rows,
            notes,
            bar_rows,
            widest_label: None,
            widest_text: None,
            max: 0.0,
        };
        data.widest_label = data.bars().map(|b| b.label.width()).max();
        data.widest_text = data.bars().map(|b| b.text.width()).max();
        data.max = data.bars().map(|b| b.value).fold(0.0, f64::max);
        data
    }

    pub fn bars(&self) -> impl Iterator<Item = &Bar> {
        self.rows.iter().filter_map(|r| match r {
            ChartRow::Bar(b) => Some(b),
            ChartRow::Group(_) => None,
        })
    }

    pub fn bar_count(&self) -> usize {
        self.bar_rows.len()
    }

    /// The `n`th bar.
    pub fn bar(&self, n: usize) -> Option<&Bar> {
        match self.rows.get(self.row_of_bar(n)?)? {
            ChartRow::Bar(b) => Some(b),
            ChartRow::Group(_) => None,
        }
    }

    /// The row of the `n`th bar.
    pub fn row_of_bar(&self, n: usize) -> Option<usize> {
        self.bar_rows.get(n).copied()
    }

    /// How many bars there are above `row`.
    pub fn bars_before(&self, row: usize) -> usize {
        self.bar_rows.partition_point(|&r| r < row)
    }

    /// The bar shown on `row`, counted among bars.
    pub fn bar_at_row(&self, row: usize) -> Option<usize> {
        match self.rows.get(row)? {
            ChartRow::Bar(_) => Some(self.bars_before(row)),
            ChartRow::Group(_) => None,
        }
    }

    /// The largest value, for a common scale across the whole chart.
    pub fn max(&self) -> f64 {
        self.max
    }

    /// Columns of the longest bar label, if there are bars.
    pub fn widest_label(&self) -> Option<usize> {
        self.widest_label
    }

    /// Columns of the longest amount written beside a bar, if there are bars.
    pub fn widest_text(&self) -> Option<usize> {
        self.widest_text
    }
}

/// The data of one chart.
pub fn chart(doc: &Document, index: &Index, chart: Chart, lang: Lang) -> ChartData {
    match chart {
        Chart::EuContribution | Chart::EuProjects => eu_chart(doc, chart, lang),
        Chart::Turnover | Chart::Employees => org_chart(doc, chart, lang),
        Chart::Investments => investments_chart(doc, index, lang),
    }
}

fn roadmap_label(r: &crate::model::Roadmap) -> String {
    let name = &r.sector;
    format!("{} · {name}", r.number)
}

fn eu_chart(doc: &Document, chart: Chart, lang: Lang) -> ChartData {
    let mut with: Vec<(&str, Bar)> = Vec::new();
    let mut without = Vec::new();
    for r in &doc.roadmaps {
        let Some(e) = &r.eu_projects else {
            without.push(r.number.to_string());
            continue;
        };
        let (value, text) = if chart == Chart::EuProjects {
            let mut text = number(f64::from(e.projects), 0, lang);
            if let Some(c) = e.coordinated_in_region {
                let region = (lang.words().regional.coordinated_in)(&doc.meta.region);
                text.push_str(&format!(" ({c} {region})"));
            }
            (f64::from(e.projects), text)
        } else {
            (e.contribution.value, scoped_amount(&e.contribution, lang))
        };
        with.push((
            &e.programme,
            Bar {
                label: roadmap_label(r),
                value,
                text,
                target: Some(Place::Roadmap(r.number)),
            },
        ));
    }
    // One heading per programme: figures of different programmes are never one series.
    let mut programmes: Vec<&str> = with.iter().map(|(p, _)| *p).collect();
    programmes.dedup();
    programmes.sort_unstable();
    programmes.dedup();
    let mut rows = Vec::new();
    for p in programmes {
        rows.push(ChartRow::Group(format!(
            "{} {p}",
            lang.words().content.programme
        )));
        let mut bars: Vec<Bar> = with
            .iter()
            .filter(|(q, _)| *q == p)
            .map(|(_, b)| b.clone())
            .collect();
        sort_bars(&mut bars);
        rows.extend(bars.into_iter().map(ChartRow::Bar));
    }
    let mut notes = Vec::new();
    if !without.is_empty() {
        notes.push(format!(
            "{}: {}",
            lang.words().content.without_eu_figures,
            without.join(", ")
        ));
    }
    let measure = if chart == Chart::EuProjects {
        lang.words().content.projects_per_roadmap
    } else {
        lang.words().content.contribution_per_roadmap
    };
    ChartData::new(chart, measure.to_owned(), rows, notes)
}

/// The amount, with its scope when it has one: "circa 19 mln € (Toscana)".
fn scoped_amount(f: &Figure, lang: Lang) -> String {
    match &f.scope {
        Some(s) => format!("{} ({s})", amount(f, lang)),
        None => amount(f, lang),
    }
}

fn sort_bars(bars: &mut [Bar]) {
    bars.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.label.cmp(&b.label)));
}

fn org_label(o: &Organisation, f: &Figure) -> String {
    let name = o.short_name.as_deref().unwrap_or(&o.name);
    match &f.scope {
        Some(s) => format!("{name} ({s})"),
        None => name.to_owned(),
    }
}

fn org_chart(doc: &Document, chart: Chart, lang: Lang) -> ChartData {
    let metric = if chart == Chart::Turnover {
        Metric::Turnover
    } else {
        Metric::Employees
    };
    let mut by_year: Vec<(Option<u16>, Bar)> = doc
        .organisations
        .iter()
        .filter_map(|o| {
            let f = org_figure(o, metric)?;
            Some((
                f.year,
                Bar {
                    label: org_label(o, f),
                    value: f.value,
                    text: amount(f, lang),
                    target: Some(Place::Stakeholder(o.id.clone())),
                },
            ))
        })
        .collect();
    // Newest year first; figures without a year last, under their own heading.
    by_year.sort_by(|(ya, a), (yb, b)| {
        let year_key = |y: &Option<u16>| y.map_or(0, |y| u32::from(y) + 1);
        year_key(yb)
            .cmp(&year_key(ya))
            .then(b.value.total_cmp(&a.value))
            .then(a.label.cmp(&b.label))
    });
    let mut rows = Vec::new();
    let mut current: Option<Option<u16>> = None;
    for (year, bar) in by_year {
        if current != Some(year) {
            rows.push(ChartRow::Group(year.map_or_else(
                || lang.words().content.year_not_given.to_owned(),
                |y| y.to_string(),
            )));
            current = Some(year);
        }
        rows.push(ChartRow::Bar(bar));
    }
    let groups = rows
        .iter()
        .filter(|r| matches!(r, ChartRow::Group(_)))
        .count();
    let mut notes = Vec::new();
    if groups > 1 {
        notes.push(lang.words().content.year_groups.to_owned());
    }
    let measure = if chart == Chart::Turnover {
        lang.words().content.turnover_per_org
    } else {
        lang.words().content.employees_per_org
    };
    ChartData::new(chart, measure.to_owned(), rows, notes)
}

fn investments_chart(doc: &Document, index: &Index, lang: Lang) -> ChartData {
    let mut bars = Vec::new();
    let mut unpriced = Vec::new();
    for r in &doc.roadmaps {
        for inv in &r.investments {
            let by: Vec<&Organisation> =
                inv.by.iter().filter_map(|id| index.org(doc, id)).collect();
            let who = by
                .iter()
                .map(|o| o.short_name.as_deref().unwrap_or(&o.name))
                .collect::<Vec<_>>()
                .join(" + ");
            let mut label = format!("Roadmap {} · {who}", r.number);
            if let Some(p) = &inv.place {
                label.push_str(&format!(" — {p}"));
            }
            let Some(f) = &inv.amount else {
                unpriced.push(label);
                continue;
            };
            let mut text = amount(f, lang);
            if let Some(d) = date_or_when(inv.date.as_deref(), inv.when.as_deref(), lang) {
                text.push_str(&format!(" ({d})"));
            }
            // One investor: its page; several: the roadmap that tells the story.
            let target = match by.as_slice() {
                [o] => Place::Stakeholder(o.id.clone()),
                _ => Place::Roadmap(r.number),
            };
            bars.push(Bar {
                label,
                value: f.value,
                text,
                target: Some(target),
            });
        }
    }
    sort_bars(&mut bars);
    let mut rows = Vec::new();
    if !bars.is_empty() {
        rows.push(ChartRow::Group(lang.words().content.announced.to_owned()));
    }
    rows.extend(bars.into_iter().map(ChartRow::Bar));
    let notes = if unpriced.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "{}: {}",
            lang.words().content.no_amount,
            unpriced.join("; ")
        )]
    };
    let measure = lang.words().content.announced_investments;
    ChartData::new(Chart::Investments, measure.to_owned(), rows, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(c: Chart, lang: Lang) -> ChartData {
        let doc = crate::model::load_embedded().unwrap().doc;
        super::chart(&doc, &Index::new(&doc), c, lang)
    }

    #[test]
    fn turnover_groups_by_year_newest_first_and_never_mixes_years() {
        let c = chart(Chart::Turnover, Lang::It);
        let groups: Vec<&str> = c
            .rows
            .iter()
            .filter_map(|r| match r {
                ChartRow::Group(g) => Some(g.as_str()),
                ChartRow::Bar(_) => None,
            })
            .collect();
        assert_eq!(groups, ["2020", "2019", "Anno non indicato"]);
        let first = c.bars().next().unwrap();
        assert_eq!(first.label, "Menarini");
        assert_eq!(first.text, "oltre 3,75 mld €");
        assert_eq!(first.target, Some(Place::Stakeholder("menarini".into())));
        assert!(!c.notes.is_empty());
    }

    #[test]
    fn eu_charts_cover_the_roadmaps_with_figures_and_name_the_others() {
        let c = chart(Chart::EuContribution, Lang::En);
        assert_eq!(c.bar_count(), 3);
        assert_eq!(c.rows[0], ChartRow::Group("Programme H2020".into()));
        assert_eq!(c.notes, ["Roadmaps without EU figures: 4, 5, 6, 7"]);
        let p = chart(Chart::EuProjects, Lang::It);
        let values: Vec<f64> = p.bars().map(|b| b.value).collect();
        assert_eq!(values, [38.0, 32.0, 2.0]);
    }

    #[test]
    fn investments_show_their_date_and_list_those_without_amount() {
        let c = chart(Chart::Investments, Lang::It);
        let top = c.bars().next().unwrap();
        assert!(top.text.starts_with("circa 150 mln €"), "{}", top.text);
        assert_eq!(top.target, Some(Place::Stakeholder("menarini".into())));
        assert_eq!(c.notes.len(), 1);
        assert!(c.notes[0].contains("Firenze"));
    }

    #[test]
    fn rows_and_bars_map_both_ways() {
        let c = chart(Chart::Turnover, Lang::It);
        for n in 0..c.bar_count() {
            let row = c.row_of_bar(n).unwrap();
            assert_eq!(c.bar_at_row(row), Some(n));
        }
        assert_eq!(c.bar_at_row(0), None);
    }
}
