//! The slides of presentation mode, generated from the document: a title slide,
//! the overview, one slide per roadmap, the SWOT grid and then each quadrant, and
//! the charts that have something to show.
//!
//! A slide here is what it says, in blocks, with no size: `ui::deck` lays the
//! blocks out for the screen the deck is shown on and continues a slide on as many
//! pages as it needs. Everything a slide names is here in full; nothing is cut.

use super::figures::{ChartRow, chart};
use crate::model::format::{amount, date, priority_cells, priority_label};
use crate::model::{Area, Document, Index, Lang, Role};
use crate::place::{Chart, Place, Quadrant, quadrant_label, quadrant_marker};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slide {
    Title,
    Overview,
    Roadmap(u8),
    Swot,
    Quadrant(Quadrant),
    Chart(Chart),
}

impl Slide {
    /// The browser screen that tells the slide's story in full.
    pub fn place(self) -> Place {
        match self {
            Self::Title | Self::Overview => Place::Overview,
            Self::Roadmap(n) => Place::Roadmap(n),
            Self::Swot => Place::Swot(None),
            Self::Quadrant(q) => Place::Swot(Some(q)),
            Self::Chart(c) => Place::Figures(c),
        }
    }

    /// The slide that shows `place` to an audience, among `slides`: a roadmap's
    /// slide for the roadmap or one of its areas, the SWOT grid for the SWOT, a
    /// chart's slide for the figures.
    pub fn for_place(
        place: &Place,
        slides: &[Self],
        doc: &Document,
        index: &Index,
    ) -> Option<Self> {
        let wanted = match place {
            Place::Overview => Self::Overview,
            Place::Roadmap(n) => Self::Roadmap(*n),
            Place::Area(id) => Self::Roadmap(doc.roadmaps.get(index.area_loc(id)?.roadmap)?.number),
            Place::Swot(_) => Self::Swot,
            Place::Figures(c) => Self::Chart(*c),
            Place::Document | Place::Stakeholders | Place::Stakeholder(_) | Place::Matrix => {
                return None;
            }
        };
        slides.contains(&wanted).then_some(wanted)
    }
}

/// Every slide of `doc`, in presentation order.
pub fn slides(doc: &Document, index: &Index) -> Vec<Slide> {
    let mut v = vec![Slide::Title, Slide::Overview];
    v.extend(doc.roadmaps.iter().map(|r| Slide::Roadmap(r.number)));
    v.push(Slide::Swot);
    v.extend(Quadrant::ALL.map(Slide::Quadrant));
    v.extend(
        Chart::ALL
            .into_iter()
            .filter(|c| chart(doc, index, *c, Lang::It).bar_count() > 0)
            .map(Slide::Chart),
    );
    v
}

/// Rows of key players a roadmap slide shows at most; the rest are counted.
const KEY_PLAYER_ROWS: usize = 3;

/// What a piece of slide text is, for the theme to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Base,
    Title,
    Heading,
    Muted,
    Figure,
    Link,
    PriorityOn,
    PriorityOff,
    Quadrant(Quadrant),
}

/// A run of text in one tone.
pub type Run = (String, Tone);

fn run(text: impl Into<String>, tone: Tone) -> Run {
    (text.into(), tone)
}

/// A bar of a chart, drawn to the width of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct SlideBar {
    pub label: String,
    pub value: f64,
    /// The chart's largest value, which a full track shows.
    pub max: f64,
    /// The amount as written, never cut.
    pub text: String,
}

/// One piece of a slide's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph, wrapped to the page.
    Text(Vec<Run>),
    /// A list item at a depth, wrapped under its mark.
    Bullet {
        depth: u8,
        mark: Run,
        runs: Vec<Run>,
    },
    /// A row of a list whose `lead` (a number, a mark, a sector) stands in columns of
    /// its own: the text after it wraps under its own first word.
    Entry { lead: Vec<Run>, runs: Vec<Run> },
    /// A heading of what follows; a page never ends with one.
    Label(Vec<Run>),
    /// A bar of a chart.
    Bar(SlideBar),
    /// Names after a label, as many as `rows` lines hold and a count of the rest.
    Names {
        label: Run,
        names: Vec<String>,
        rows: usize,
    },
    /// Air between parts of a slide; none at the top or bottom of a page.
    Gap,
}

/// The big heading of a slide, with a shorter form for a small screen; when only
/// the short form fits, `text` is written under it in ordinary letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub text: String,
    pub short: Option<String>,
}

/// A slide's content before it meets a screen.
#[derive(Debug, Clone, PartialEq)]
pub struct SlideText {
    pub heading: Heading,
    /// A slide shown as the SWOT's four quadrants side by side.
    pub grid: bool,
    pub blocks: Vec<Block>,
}

/// The slide's heading as the agenda lists it.
pub fn agenda_title(slide: Slide, doc: &Document, index: &Index, lang: Lang) -> String {
    match slide {
        Slide::Roadmap(n) => match index.roadmap(doc, n) {
            Some(r) => format!(
                "Roadmap {n} · {}",
                r.short_title.as_deref().unwrap_or(&r.title)
            ),
            None => format!("Roadmap {n}"),
        },
        Slide::Quadrant(q) => format!("SWOT · {}", quadrant_label(q, lang)),
        Slide::Title => doc.meta.title.to_string(),
        Slide::Overview => lang.words().slides.overview.to_owned(),
        Slide::Swot => "SWOT".to_owned(),
        Slide::Chart(c) => c.label(lang).to_owned(),
    }
}

/// The content of `slide`.
pub fn content(slide: Slide, doc: &Document, index: &Index, lang: Lang) -> SlideText {
    let mut grid = false;
    let (heading, blocks) = match slide {
        Slide::Title => title(doc, lang),
        Slide::Overview => overview(doc, lang),
        Slide::Roadmap(n) => roadmap(n, doc, index, lang),
        Slide::Swot => {
            grid = true;
            swot(doc, lang)
        }
        Slide::Quadrant(q) => quadrant(q, doc, lang),
        Slide::Chart(c) => chart_slide(c, doc, index, lang),
    };
    SlideText {
        heading,
        grid,
        blocks,
    }
}

fn heading(text: impl Into<String>) -> Heading {
    Heading {
        text: text.into(),
        short: None,
    }
}

fn title(doc: &Document, lang: Lang) -> (Heading, Vec<Block>) {
    let m = &doc.meta;
    // "Roadmap S3 – Distretto …": the part before the dash when all does not fit.
    let short = m
        .title
        .split_once(" – ")
        .or_else(|| m.title.split_once(" - "))
        .or_else(|| m.title.split_once(": "))
        .map(|(a, _)| a.trim().to_owned());
    let mut blocks = Vec::new();
    if let Some(s) = &m.subtitle {
        blocks.push(Block::Text(vec![run(s.as_str(), Tone::Heading)]));
        blocks.push(Block::Gap);
    }
    blocks.push(Block::Text(vec![run(m.author.as_str(), Tone::Title)]));
    if let Some(by) = &m.managed_by {
        blocks.push(Block::Text(vec![run(by.as_str(), Tone::Base)]));
    }
    blocks.push(Block::Gap);
    blocks.push(Block::Text(vec![run(date(&m.date, lang), Tone::Muted)]));
    (
        Heading {
            text: m.title.to_string(),
            short,
        },
        blocks,
    )
}

fn priority_runs(priority: u8) -> [Run; 2] {
    let (on, off) = priority_cells(priority);
    [run(on, Tone::PriorityOn), run(off, Tone::PriorityOff)]
}

fn overview(doc: &Document, lang: Lang) -> (Heading, Vec<Block>) {
    let mut blocks = Vec::new();
    let sector_w = doc
        .roadmaps
        .iter()
        .map(|r| r.sector.width())
        .max()
        .unwrap_or(0);
    for r in &doc.roadmaps {
        let [on, off] = priority_runs(r.priority);
        let title = r.short_title.as_deref().unwrap_or(&r.title);
        let pad = " ".repeat(sector_w - r.sector.width());
        blocks.push(Block::Entry {
            lead: vec![
                run(format!("{:>2} ", r.number), Tone::Title),
                on,
                off,
                run(format!(" {}{pad}  ", r.sector), Tone::Heading),
            ],
            runs: vec![run(title, Tone::Base)],
        });
    }
    blocks.push(Block::Gap);
    blocks.push(Block::Text(vec![run(
        lang.words().screens.priority_legend,
        Tone::Muted,
    )]));
    (heading(lang.words().slides.overview), blocks)
}

fn area_bullets(areas: &[Area], depth: u8, blocks: &mut Vec<Block>) {
    for a in areas {
        blocks.push(Block::Bullet {
            depth,
            mark: run(if depth == 0 { "•" } else { "◦" }, Tone::Heading),
            runs: vec![run(a.title.as_str(), Tone::Base)],
        });
        area_bullets(&a.children, depth.saturating_add(1), blocks);
    }
}

fn roadmap(n: u8, doc: &Document, index: &Index, lang: Lang) -> (Heading, Vec<Block>) {
    let head = heading(format!("Roadmap {n}"));
    let Some(r) = index.roadmap(doc, n) else {
        return (head, Vec::new());
    };
    let w = lang.words();
    let mut sector = r.sector.to_string();
    if let Some(s) = &r.secondary_sector {
        sector.push_str(&format!(" ({s})"));
    }
    let [on, off] = priority_runs(r.priority);
    let mut blocks = vec![
        Block::Text(vec![run(r.title.as_str(), Tone::Title)]),
        Block::Text(vec![
            run(format!("{sector} · "), Tone::Heading),
            run(format!("{} ", w.screens.priority), Tone::Base),
            on,
            off,
            run(format!(" {}", priority_label(r.priority, lang)), Tone::Base),
        ]),
    ];
    let i = index.roadmap_index(n);
    let counts = &w.counts;
    let mut facts = vec![(counts.stakeholders)(
        i.and_then(|i| index.roadmap_org_counts.get(i).copied())
            .unwrap_or(0),
    )];
    facts.push((counts.areas)(index.area_count(n)));
    if let Some(e) = &r.eu_projects {
        facts.push(format!(
            "{} · {}",
            (lang.words().content.programme_projects)(e.projects as usize, &e.programme),
            amount(&e.contribution, lang)
        ));
    }
    if !r.investments.is_empty() {
        facts.push((counts.announced_investments)(r.investments.len()));
    }
    blocks.push(Block::Text(vec![run(facts.join(" · "), Tone::Figure)]));
    let key_players: Vec<&str> = r
        .stakeholders
        .iter()
        .filter(|l| l.role == Role::KeyPlayer)
        .filter_map(|l| index.org(doc, &l.org))
        .map(|o| o.short_name.as_deref().unwrap_or(&o.name))
        .collect();
    if !key_players.is_empty() {
        blocks.push(Block::Gap);
        blocks.push(Block::Names {
            label: run(format!("{}: ", Role::KeyPlayer.label(lang)), Tone::Base),
            names: key_players.iter().map(|s| (*s).to_owned()).collect(),
            rows: KEY_PLAYER_ROWS,
        });
    }
    for g in &r.area_groups {
        blocks.push(Block::Gap);
        blocks.push(Block::Label(vec![run(g.title.as_str(), Tone::Heading)]));
        area_bullets(&g.areas, 0, &mut blocks);
    }
    (head, blocks)
}

fn quadrant_bullets(q: Quadrant, doc: &Document) -> Vec<Block> {
    super::quadrant_texts(doc, q)
        .iter()
        .map(|item| Block::Bullet {
            depth: 0,
            mark: run(quadrant_marker(q).to_string(), Tone::Quadrant(q)),
            runs: vec![run(item.as_str(), Tone::Base)],
        })
        .collect()
}

/// The four quadrants one after the other, each under its label: the grid lays
/// them out side by side.
fn swot(doc: &Document, lang: Lang) -> (Heading, Vec<Block>) {
    let mut blocks = Vec::new();
    for q in Quadrant::ALL {
        blocks.push(Block::Label(vec![run(
            quadrant_label(q, lang),
            Tone::Quadrant(q),
        )]));
        blocks.extend(quadrant_bullets(q, doc));
    }
    (heading("SWOT"), blocks)
}

fn quadrant(q: Quadrant, doc: &Document, lang: Lang) -> (Heading, Vec<Block>) {
    (
        Heading {
            text: quadrant_label(q, lang).to_owned(),
            short: Some("SWOT".to_owned()),
        },
        quadrant_bullets(q, doc),
    )
}

fn chart_slide(c: Chart, doc: &Document, index: &Index, lang: Lang) -> (Heading, Vec<Block>) {
    let data = chart(doc, index, c, lang);
    let max = data.max();
    let mut blocks = vec![Block::Text(vec![run(data.measure.clone(), Tone::Muted)])];
    for row in &data.rows {
        match row {
            ChartRow::Group(g) => {
                blocks.push(Block::Gap);
                blocks.push(Block::Label(vec![run(g.as_str(), Tone::Heading)]));
            }
            ChartRow::Bar(b) => blocks.push(Block::Bar(SlideBar {
                label: b.label.clone(),
                value: b.value,
                max,
                text: b.text.clone(),
            })),
        }
    }
    for note in &data.notes {
        blocks.push(Block::Gap);
        blocks.push(Block::Text(vec![run(note.as_str(), Tone::Muted)]));
    }
    let short =
        (c == Chart::EuContribution).then(|| lang.words().slides.eu_contribution_short.to_owned());
    (
        Heading {
            text: c.label(lang).to_owned(),
            short,
        },
        blocks,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> (Document, Index) {
        let doc = crate::model::load_embedded().unwrap().doc;
        let index = Index::new(&doc);
        (doc, index)
    }

    #[test]
    fn the_embedded_document_makes_a_deck_of_nineteen_slides() {
        let (doc, index) = doc();
        let s = slides(&doc, &index);
        // Title, overview, 7 roadmaps, the grid, 4 quadrants, 5 charts.
        assert_eq!(s.len(), 2 + 7 + 1 + 4 + 5);
        assert_eq!(s[2], Slide::Roadmap(1));
        assert_eq!(s[9], Slide::Swot);
        assert_eq!(s[10].place(), Place::Swot(Some(Quadrant::Strengths)));
        assert_eq!(s.last(), Some(&Slide::Chart(Chart::Investments)));
    }

    #[test]
    fn a_place_finds_the_slide_that_shows_it() {
        let (doc, index) = doc();
        let s = slides(&doc, &index);
        let at = |p: Place| Slide::for_place(&p, &s, &doc, &index);
        assert_eq!(at(Place::Roadmap(3)), Some(Slide::Roadmap(3)));
        assert_eq!(at(Place::Swot(Some(Quadrant::Threats))), Some(Slide::Swot));
        assert_eq!(
            at(Place::Figures(Chart::Turnover)),
            Some(Slide::Chart(Chart::Turnover))
        );
        let area = &doc.roadmaps[1].area_groups[0].areas[0].id;
        assert_eq!(at(Place::Area(area.clone())), Some(Slide::Roadmap(2)));
        assert_eq!(at(Place::Matrix), None);
    }

    #[test]
    fn a_roadmap_slide_lists_every_area_and_sub_area_as_a_bullet() {
        let (doc, index) = doc();
        for r in &doc.roadmaps {
            let text = content(Slide::Roadmap(r.number), &doc, &index, Lang::It);
            let bullets = text
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Bullet { .. }))
                .count();
            assert_eq!(bullets, index.area_count(r.number), "roadmap {}", r.number);
        }
    }

    #[test]
    fn chart_slides_have_a_bar_per_bar_of_the_chart() {
        let (doc, index) = doc();
        for c in Chart::ALL {
            let text = content(Slide::Chart(c), &doc, &index, Lang::En);
            let bars = text
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Bar(_)))
                .count();
            assert_eq!(bars, chart(&doc, &index, c, Lang::En).bar_count(), "{c:?}");
        }
    }
}
