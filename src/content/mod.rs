//! What the item-list screens show, as plain data: the roadmap sections, an area,
//! a stakeholder. Navigation and rendering both read these lists, so a link's
//! position is the same for the cursor, the mouse and the screen.

pub mod figures;
pub mod fitted;
mod key;
mod pages;
mod roadmap;
pub mod slides;
pub mod sort;

pub use key::{ItemKey, Prose};
pub use pages::{area_items, document_items, stakeholder_items};
pub use roadmap::roadmap_section;

use crate::model::format::figure_line;
use crate::model::{
    Area, Document, Figure, Lang, Metric, OrgKind, Organisation, PartnershipKind, Role,
};
use crate::place::{Place, Quadrant};
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
}

impl Item {
    fn new(kind: ItemKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            target: None,
            key: None,
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
        let (it, en) = match self {
            Self::Summary => ("Sintesi", "Summary"),
            Self::Context => ("Contesto", "Context"),
            Self::Areas => ("Ambiti tecnologici", "Technology areas"),
            Self::Update => ("Aggiornamento MTR", "Update since MTR"),
            Self::Stakeholders => ("Stakeholder", "Stakeholders"),
            Self::EuProjects => ("Progetti UE, partnership", "EU projects, partners"),
            Self::Investments => ("Investimenti", "Investments"),
            Self::Sdgs => ("SDG", "SDGs"),
            Self::CrossRefs => ("Altre roadmap", "Other roadmaps"),
            Self::Sources => ("Fonti", "Sources"),
        };
        lang.pick(it, en)
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
        let (it, en) = match self {
            Self::Preface => ("Premessa", "Preface"),
            Self::PreviousRoadmaps => (
                "Le roadmap della revisione MTR S3",
                "The roadmaps of the MTR S3 review",
            ),
            Self::Positioning => ("Posizionamento del settore", "The sector's position"),
            Self::ResearchSystem => (
                "Sistema della ricerca e della clinica",
                "Research and clinical system",
            ),
            Self::Update => ("Aggiornamento sulle roadmap", "Update on the roadmaps"),
            Self::RegionalPriorities => ("Priorità regionali", "Regional priorities"),
            Self::Recommendation => ("Raccomandazione", "Recommendation"),
            Self::OtherProjects => (
                "Progetti europei fuori dalle roadmap",
                "EU projects outside the roadmaps",
            ),
            Self::Sources => ("Fonti", "Sources"),
            Self::Contact => ("Contatti", "Contact"),
        };
        lang.pick(it, en)
    }
}

/// The quadrant's heading as the source prints it, and in English.
pub fn quadrant_label(q: Quadrant, lang: Lang) -> &'static str {
    let (it, en) = match q {
        Quadrant::Strengths => ("Punti di forza", "Strengths"),
        Quadrant::Weaknesses => ("Punti di debolezza", "Weaknesses"),
        Quadrant::Opportunities => ("Opportunità future", "Opportunities"),
        Quadrant::Threats => ("Minacce future", "Threats"),
    };
    lang.pick(it, en)
}

/// A marker per quadrant, so that quadrants differ without colour too.
pub fn quadrant_marker(q: Quadrant) -> char {
    match q {
        Quadrant::Strengths => '+',
        Quadrant::Weaknesses => '−',
        Quadrant::Opportunities => '↗',
        Quadrant::Threats => '!',
    }
}

/// The items of one SWOT quadrant.
pub fn swot_items(doc: &Document, q: Quadrant) -> Vec<Item> {
    let s = &doc.swot;
    let list = match q {
        Quadrant::Strengths => &s.strengths,
        Quadrant::Weaknesses => &s.weaknesses,
        Quadrant::Opportunities => &s.opportunities,
        Quadrant::Threats => &s.threats,
    };
    list.iter()
        .enumerate()
        .map(|(n, t)| {
            Item::new(ItemKind::Marker(quadrant_marker(q)), t.to_string())
                .keyed(ItemKey::Swot(q, n))
        })
        .collect()
}

pub fn role_label(role: Role, lang: Lang) -> &'static str {
    let (it, en) = match role {
        Role::KeyPlayer => ("Attori principali", "Key players"),
        Role::Company => ("Altre imprese", "Other companies"),
        Role::ServiceProvider => ("Servizi", "Service providers"),
        Role::Research => ("Ricerca", "Research"),
        Role::Healthcare => ("Sanità", "Healthcare"),
        Role::Public => ("Enti pubblici", "Public bodies"),
        Role::Network => ("Reti e distretti", "Networks and districts"),
    };
    lang.pick(it, en)
}

pub fn kind_label(kind: OrgKind, lang: Lang) -> &'static str {
    let (it, en) = match kind {
        OrgKind::Company => ("impresa", "company"),
        OrgKind::University => ("università", "university"),
        OrgKind::HigherSchool => ("scuola superiore", "higher school"),
        OrgKind::ResearchInstitute => ("istituto di ricerca", "research institute"),
        OrgKind::Hospital => ("ospedale", "hospital"),
        OrgKind::HealthAuthority => ("sanità pubblica", "health authority"),
        OrgKind::Foundation => ("fondazione", "foundation"),
        OrgKind::PublicBody => ("ente pubblico", "public body"),
        OrgKind::Network => ("rete", "network"),
        OrgKind::CompetenceCentre => ("centro di competenza", "competence centre"),
        OrgKind::District => ("distretto", "district"),
        OrgKind::Laboratory => ("laboratorio", "laboratory"),
    };
    lang.pick(it, en)
}

fn partnership_kind_label(kind: PartnershipKind, lang: Lang) -> &'static str {
    let (it, en) = match kind {
        PartnershipKind::EuNetwork => ("rete europea", "EU network"),
        PartnershipKind::Interregional => {
            ("partnership interregionale", "interregional partnership")
        }
        PartnershipKind::BusinessNetwork => ("rete di imprese", "business network"),
        PartnershipKind::Agreement => ("accordo", "agreement"),
        PartnershipKind::Centre => ("centro", "centre"),
        PartnershipKind::Project => ("progetto", "project"),
        PartnershipKind::Initiative => ("iniziativa", "initiative"),
    };
    lang.pick(it, en)
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

fn empty(lang: Lang) -> Item {
    Item::new(
        ItemKind::Note,
        lang.pick("Nessun elemento.", "Nothing here."),
    )
}

/// A source's lines; keyed when `n`, its position in the document's sources, is
/// given (the document screen, where search lands on sources).
fn source_items(s: &crate::model::Source, n: Option<usize>) -> Vec<Item> {
    let mark = s.footnote.map_or_else(String::new, |n| format!("[{n}] "));
    let mut title = Item::new(ItemKind::Bullet(0), format!("{mark}{}", s.title));
    title.key = n.map(ItemKey::Source);
    let mut v = vec![title];
    if let Some(u) = &s.url {
        let mut url = Item::new(ItemKind::Note, u.to_string());
        url.key = n.map(ItemKey::SourceUrl);
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
