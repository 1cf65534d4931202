//! What the item-list screens show, as plain data: the roadmap sections, an area,
//! a stakeholder. Navigation and rendering both read these lists, so a link's
//! position is the same for the cursor, the mouse and the screen.

pub mod choices;
pub mod figures;
pub mod fitted;
mod key;
pub mod overview;
mod pages;
mod roadmap;
pub mod slides;
pub mod sort;

pub use key::{ItemKey, Prose};
pub use pages::{area_items, document_items, stakeholder_items};
pub use roadmap::roadmap_section;

use crate::model::format::figure_line;
use crate::model::{Area, Document, Figure, Lang, Metric, Organisation};
use crate::place::{Place, Quadrant, quadrant_marker};
use crate::wrap::{line_count, wrap};

/// How an item looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Heading,
    Paragraph,
    Bullet(u8),
    Link(u8),
    Figure,
    Note,
    /// A bullet with its own marker (SWOT quadrants).
    Marker(char),
}

/// One selectable piece of content.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub text: String,
    pub target: Option<Place>,
    /// What the item shows, for the items a search can land on.
    pub key: Option<ItemKey>,
    /// The web address the item shows or names (a source and its address).
    pub url: Option<String>,
}

impl Item {
    fn new(kind: ItemKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            target: None,
            key: None,
            url: None,
        }
    }
    fn heading(text: impl Into<String>) -> Self {
        Self::new(ItemKind::Heading, text)
    }
    fn para(text: impl Into<String>) -> Self {
        Self::new(ItemKind::Paragraph, text)
    }
    fn link(depth: u8, text: impl Into<String>, target: Place) -> Self {
        Self {
            kind: ItemKind::Link(depth),
            text: text.into(),
            target: Some(target),
            key: None,
            url: None,
        }
    }
    fn keyed(self, key: ItemKey) -> Self {
        Self {
            key: Some(key),
            ..self
        }
    }

    /// How the item is set: its prefix, indent, and whether a blank line comes
    /// before and after it, given the kind of the item above.
    fn shape(&self, prev: Option<ItemKind>) -> (&'static str, usize, bool, bool) {
        let after_gap = matches!(prev, None | Some(ItemKind::Paragraph));
        match self.kind {
            ItemKind::Heading => ("", 0, !after_gap, false),
            ItemKind::Paragraph => ("", 0, false, true),
            ItemKind::Bullet(d) => ("• ", 2 * usize::from(d), false, false),
            ItemKind::Link(d) => ("→ ", 2 * usize::from(d), false, false),
            ItemKind::Figure => ("▪ ", 0, false, false),
            ItemKind::Note => ("", 2, false, false),
            ItemKind::Marker(_) => ("", 0, false, false),
        }
    }

    /// Columns the prefix takes.
    fn prefix_width(&self, prefix: &str) -> usize {
        if matches!(self.kind, ItemKind::Marker(_)) {
            2
        } else {
            prefix.chars().count()
        }
    }

    /// The item's lines at `width` columns: prefix, indent and spacing included.
    /// `prev` is the kind of the item above, which decides the spacing.
    pub fn lines(&self, width: usize, prev: Option<ItemKind>) -> Vec<String> {
        let (prefix, indent, blank_before, blank_after) = self.shape(prev);
        let marker;
        let prefix = if let ItemKind::Marker(c) = self.kind {
            marker = format!("{c} ");
            marker.as_str()
        } else {
            prefix
        };
        let inner = width.saturating_sub(indent + prefix.chars().count()).max(1);
        let mut out = Vec::new();
        if blank_before {
            out.push(String::new());
        }
        for (i, l) in wrap(&self.text, inner).into_iter().enumerate() {
            let lead = if i == 0 {
                prefix.to_owned()
            } else {
                " ".repeat(prefix.chars().count())
            };
            out.push(format!("{}{lead}{l}", " ".repeat(indent)));
        }
        if blank_after {
            out.push(String::new());
        }
        out
    }

    /// How many lines [`Self::lines`] gives, without making them.
    pub fn height(&self, width: usize, prev: Option<ItemKind>) -> usize {
        let (prefix, indent, blank_before, blank_after) = self.shape(prev);
        let inner = width
            .saturating_sub(indent + self.prefix_width(prefix))
            .max(1);
        usize::from(blank_before) + line_count(&self.text, inner) + usize::from(blank_after)
    }
}

/// Heights of every item at `width`.
pub fn heights(items: &[Item], width: usize) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, it)| it.height(width, i.checked_sub(1).map(|p| items[p].kind)))
        .collect()
}

/// The sections of a roadmap screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Summary,
    Context,
    Areas,
    Update,
    Stakeholders,
    EuProjects,
    Investments,
    Sdgs,
    CrossRefs,
    Sources,
}

pub const SECTIONS: &[Section] = &[
    Section::Summary,
    Section::Context,
    Section::Areas,
    Section::Update,
    Section::Stakeholders,
    Section::EuProjects,
    Section::Investments,
    Section::Sdgs,
    Section::CrossRefs,
    Section::Sources,
];

impl Section {
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().sections;
        match self {
            Self::Summary => w.summary,
            Self::Context => w.context,
            Self::Areas => w.areas,
            Self::Update => w.update,
            Self::Stakeholders => w.stakeholders,
            Self::EuProjects => w.eu_projects,
            Self::Investments => w.investments,
            Self::Sdgs => w.sdgs,
            Self::CrossRefs => w.cross_refs,
            Self::Sources => w.sources,
        }
    }

    /// The label as this document reads it: the update section is named after the
    /// review it updates, when the document names one.
    pub fn title(self, doc: &Document, lang: Lang) -> String {
        match (self, &doc.meta.previous_review) {
            (Self::Update, Some(review)) => (lang.words().regional.update_since)(review),
            _ => self.label(lang).to_owned(),
        }
    }
}

/// Headings of the document screen, which the handouts share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocHeading {
    Preface,
    PreviousRoadmaps,
    Positioning,
    ResearchSystem,
    Update,
    RegionalPriorities,
    Recommendation,
    OtherProjects,
    Sources,
    Contact,
}

impl DocHeading {
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().doc_headings;
        match self {
            Self::Preface => w.preface,
            Self::PreviousRoadmaps => w.previous_roadmaps,
            Self::Positioning => w.positioning,
            Self::ResearchSystem => w.research_system,
            Self::Update => w.update,
            Self::RegionalPriorities => w.regional_priorities,
            Self::Recommendation => w.recommendation,
            Self::OtherProjects => w.other_projects,
            Self::Sources => w.sources,
            Self::Contact => w.contact,
        }
    }

    /// The heading as this document reads it: the earlier roadmaps are those of the
    /// review it names, when it names one.
    pub fn title(self, doc: &Document, lang: Lang) -> String {
        match (self, &doc.meta.previous_review) {
            (Self::PreviousRoadmaps, Some(review)) => {
                (lang.words().regional.previous_roadmaps_of)(review)
            }
            _ => self.label(lang).to_owned(),
        }
    }
}

/// The items of one SWOT quadrant.
pub fn swot_items(doc: &Document, q: Quadrant) -> Vec<Item> {
    quadrant_texts(doc, q)
        .iter()
        .enumerate()
        .map(|(n, t)| {
            Item::new(ItemKind::Marker(quadrant_marker(q)), t.to_string())
                .keyed(ItemKey::Swot(q, n))
        })
        .collect()
}

/// The items of quadrant `q` as the document writes them.
pub fn quadrant_texts(doc: &Document, q: Quadrant) -> &[crate::model::Text] {
    let s = &doc.swot;
    match q {
        Quadrant::Strengths => &s.strengths,
        Quadrant::Weaknesses => &s.weaknesses,
        Quadrant::Opportunities => &s.opportunities,
        Quadrant::Threats => &s.threats,
    }
}

fn org_name(o: &Organisation) -> &str {
    &o.name
}

/// The first figure of `metric` an organisation has, if any.
pub fn org_figure(o: &Organisation, metric: Metric) -> Option<&Figure> {
    o.figures
        .iter()
        .find(|f| f.metric == metric && f.scope.is_none())
        .or_else(|| o.figures.iter().find(|f| f.metric == metric))
}

fn figure_item(f: &Figure, lang: Lang) -> Vec<Item> {
    let mut v = vec![Item::new(ItemKind::Figure, figure_line(f, lang))];
    if let Some(note) = &f.note {
        v.push(Item::new(ItemKind::Note, format!("({note})")));
    }
    v
}

/// `items` with the first keyed `key`: a figure's line, not its note.
fn keyed(mut items: Vec<Item>, key: ItemKey) -> Vec<Item> {
    if let Some(first) = items.first_mut() {
        first.key = Some(key);
    }
    items
}

fn empty(lang: Lang) -> Item {
    Item::new(ItemKind::Note, lang.words().content.nothing)
}

/// Whether `link` is a web address the browser may be asked to open: `http://` or
/// `https://` and nothing that could end a command or an escape sequence.
pub fn is_web_link(link: &str) -> bool {
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        link.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .map(|_| &link[scheme.len()..])
    });
    rest.is_some_and(|r| !r.is_empty())
        && !link.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// `text` as plain text for the clipboard: control characters (line breaks,
/// tabs, escapes) become spaces, and the ends are trimmed.
pub fn plain_text(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.trim().to_owned()
}

/// A source's lines; keyed when `n`, its position in the document's sources, is
/// given (the document screen, where search lands on sources).
fn source_items(s: &crate::model::Source, n: Option<usize>) -> Vec<Item> {
    let mark = s.footnote.map_or_else(String::new, |n| format!("[{n}] "));
    let mut title = Item::new(ItemKind::Bullet(0), format!("{mark}{}", s.title));
    title.key = n.map(ItemKey::Source);
    title.url = s.url.as_ref().map(ToString::to_string);
    let mut v = vec![title];
    if let Some(u) = &s.url {
        let mut url = Item::new(ItemKind::Note, u.to_string());
        url.key = n.map(ItemKey::SourceUrl);
        url.url = Some(u.to_string());
        v.push(url);
    }
    v
}

fn push_area_links(areas: &[Area], depth: u8, v: &mut Vec<Item>) {
    for a in areas {
        v.push(Item::link(
            depth,
            a.title.to_string(),
            Place::Area(a.id.clone()),
        ));
        push_area_links(&a.children, depth.saturating_add(1), v);
    }
}

/// Goal `n`'s title: the document's own when it gives one, else the goal's
/// official name in `lang`.
pub fn sdg_title(doc: &crate::model::Document, n: u8, lang: crate::model::Lang) -> String {
    let own = doc
        .sdgs
        .iter()
        .find(|s| s.number == n)
        .and_then(|s| s.title.as_ref());
    match own {
        Some(t) => t.to_string(),
        None => usize::from(n)
            .checked_sub(1)
            .and_then(|i| lang.words().content.sdg_names.get(i))
            .map_or_else(String::new, |s| (*s).to_owned()),
    }
}

/// The goal's or target's wording the document quotes for goal `n`, if any.
pub fn sdg_target(doc: &crate::model::Document, n: u8) -> Option<&crate::model::Text> {
    doc.sdgs
        .iter()
        .find(|s| s.number == n)
        .and_then(|s| s.target.as_ref())
}
