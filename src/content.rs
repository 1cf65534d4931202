//! What the item-list screens show, as plain data: the roadmap sections, an area,
//! a stakeholder. Navigation and rendering both read these lists, so a link's
//! position is the same for the cursor, the mouse and the screen.

use crate::model::format::{amount, figure_line, metric_name};
use crate::model::index::count_areas;
use crate::model::{
    Area, Document, Figure, Index, Lang, Metric, OrgKind, Organisation, PartnershipKind, Roadmap,
    Role,
};
use crate::place::Place;
use crate::wrap::wrap;

/// How an item looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Heading,
    Paragraph,
    Bullet(u8),
    Link(u8),
    Figure,
    Note,
}

/// One selectable piece of content.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub text: String,
    pub target: Option<Place>,
}

impl Item {
    fn new(kind: ItemKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            target: None,
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
        }
    }

    /// The item's lines at `width` columns: prefix, indent and spacing included.
    /// `prev` is the kind of the item above, which decides the spacing.
    pub fn lines(&self, width: usize, prev: Option<ItemKind>) -> Vec<String> {
        let after_gap = matches!(prev, None | Some(ItemKind::Paragraph));
        let (prefix, indent, blank_before, blank_after) = match self.kind {
            ItemKind::Heading => ("", 0, !after_gap, false),
            ItemKind::Paragraph => ("", 0, false, true),
            ItemKind::Bullet(d) => ("• ", 2 * usize::from(d), false, false),
            ItemKind::Link(d) => ("→ ", 2 * usize::from(d), false, false),
            ItemKind::Figure => ("▪ ", 0, false, false),
            ItemKind::Note => ("", 2, false, false),
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
}

/// Heights of every item at `width`.
pub fn heights(items: &[Item], width: usize) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            it.lines(width, i.checked_sub(1).map(|p| items[p].kind))
                .len()
        })
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
            v.push(Item::heading(lang.pick(
                "Ambiti e soluzioni tecnologiche/organizzative",
                "Areas and technological/organisational solutions",
            )));
            for s in &r.summary {
                v.push(Item::new(ItemKind::Bullet(0), s.to_string()));
            }
            if !r.figures.is_empty() {
                v.push(Item::heading(lang.pick("Dati", "Figures")));
                for f in &r.figures {
                    v.extend(figure_item(f, lang));
                }
            }
            v.push(Item::heading(lang.pick("In cifre", "At a glance")));
            let areas: usize = r.area_groups.iter().map(|g| count_areas(&g.areas)).sum();
            v.push(Item::new(
                ItemKind::Figure,
                format!("{}: {areas}", lang.pick("Ambiti", "Areas")),
            ));
            v.push(Item::new(
                ItemKind::Figure,
                format!(
                    "{}: {}",
                    lang.pick("Stakeholder", "Stakeholders"),
                    r.stakeholders.len()
                ),
            ));
            if let Some(eu) = &r.eu_projects {
                v.push(Item::new(
                    ItemKind::Figure,
                    format!(
                        "{}: {} — {}",
                        lang.pick("Progetti UE", "EU projects"),
                        eu.projects,
                        amount(&eu.contribution, lang)
                    ),
                ));
            }
        }
        Section::Context => v.extend(r.context.iter().map(|p| Item::para(p.to_string()))),
        Section::Areas => {
            v.extend(r.areas_intro.iter().map(|p| Item::para(p.to_string())));
            for g in &r.area_groups {
                v.push(Item::heading(g.title.to_string()));
                push_area_links(&g.areas, 0, &mut v);
            }
        }
        Section::Update => v.extend(r.update.iter().map(|p| Item::para(p.to_string()))),
        Section::Stakeholders => {
            let mut roles: Vec<Role> = r.stakeholders.iter().map(|s| s.role).collect();
            roles.sort();
            roles.dedup();
            for role in roles {
                v.push(Item::heading(role_label(role, lang)));
                for s in r.stakeholders.iter().filter(|s| s.role == role) {
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
                    v.push(Item::link(0, text, Place::Stakeholder(o.id.clone())));
                }
            }
            if !r.assets.is_empty() {
                v.push(Item::heading(lang.pick("Dal testo", "From the text")));
                v.extend(r.assets.iter().map(|p| Item::para(p.to_string())));
            }
        }
        Section::EuProjects => {
            if let Some(eu) = &r.eu_projects {
                v.push(Item::heading(format!(
                    "{} {}",
                    lang.pick("Progetti", "Projects"),
                    eu.programme
                )));
                let mut line = format!(
                    "{}: {}",
                    lang.pick("Progetti finanziati", "Funded projects"),
                    eu.projects
                );
                if let Some(t) = eu.tuscan_coordinated {
                    line.push_str(&format!(
                        " ({t} {})",
                        lang.pick("con coordinatori toscani", "coordinated in Tuscany")
                    ));
                }
                v.push(Item::new(ItemKind::Figure, line));
                v.extend(figure_item(&eu.contribution, lang));
                for s in &eu.schemes {
                    let mut line = format!(
                        "{}: {} {}",
                        s.scheme,
                        s.projects,
                        lang.pick("progetti", "projects")
                    );
                    if let Some(c) = &s.contribution {
                        line.push_str(&format!(" ({})", amount(c, lang)));
                    }
                    v.push(Item::new(ItemKind::Bullet(1), line));
                }
                if let Some(p) = eu.private_participants {
                    v.push(Item::new(
                        ItemKind::Figure,
                        format!(
                            "{}: {p}",
                            lang.pick("Soggetti privati coinvolti", "Private participants")
                        ),
                    ));
                }
                if let Some(n) = &eu.note {
                    v.push(Item::new(ItemKind::Note, n.to_string()));
                }
            }
            if !r.partnerships.is_empty() {
                v.push(Item::heading(
                    lang.pick("Partnership e reti", "Partnerships and networks"),
                ));
            }
            for p in &r.partnerships {
                let mut head = format!("{} ({}", p.name, partnership_kind_label(p.kind, lang));
                if let Some(d) = &p.date {
                    head.push_str(&format!(", {d}"));
                }
                if let Some(a) = &p.amount {
                    head.push_str(&format!(", {}", amount(a, lang)));
                }
                head.push_str("): ");
                head.push_str(&p.description);
                v.push(Item::new(ItemKind::Bullet(0), head));
                for m in &p.members {
                    if let Some(o) = index.org(doc, m) {
                        v.push(Item::link(1, org_name(o), Place::Stakeholder(o.id.clone())));
                    }
                }
            }
            if !r.partnerships_text.is_empty() {
                v.push(Item::heading(lang.pick("Dal testo", "From the text")));
                v.extend(
                    r.partnerships_text
                        .iter()
                        .map(|p| Item::para(p.to_string())),
                );
            }
        }
        Section::Investments => {
            for inv in &r.investments {
                let mut head = inv.amount.as_ref().map_or_else(
                    || {
                        lang.pick("importo non indicato", "amount not given")
                            .to_owned()
                    },
                    |a| amount(a, lang),
                );
                head.push_str(&format!(" — {}", inv.purpose));
                let mut extra = Vec::new();
                if let Some(p) = &inv.place {
                    extra.push(p.to_string());
                }
                if let Some(d) = &inv.date {
                    extra.push(d.to_string());
                }
                if !extra.is_empty() {
                    head.push_str(&format!(" ({})", extra.join(", ")));
                }
                v.push(Item::new(ItemKind::Bullet(0), head));
                for b in &inv.by {
                    if let Some(o) = index.org(doc, b) {
                        v.push(Item::link(1, org_name(o), Place::Stakeholder(o.id.clone())));
                    }
                }
            }
        }
        Section::Sdgs => {
            for n in &r.sdgs {
                let name = doc
                    .sdgs
                    .iter()
                    .find(|s| s.number == *n)
                    .map_or("", |s| s.name.as_str());
                v.push(Item::new(ItemKind::Bullet(0), format!("SDG {n} — {name}")));
            }
        }
        Section::CrossRefs => {
            for c in &r.cross_refs {
                let title = index
                    .roadmap(doc, c.roadmap)
                    .map_or("", |r| r.title.as_str());
                v.push(Item::link(
                    0,
                    format!("Roadmap {} — {}", c.roadmap, c.topic),
                    Place::Roadmap(c.roadmap),
                ));
                if !title.is_empty() {
                    v.push(Item::new(ItemKind::Note, title.to_owned()));
                }
            }
        }
        Section::Sources => {
            for id in &r.sources {
                if let Some(s) = doc.sources.iter().find(|s| &s.id == id) {
                    v.extend(source_items(s));
                }
            }
        }
    }
    if v.is_empty() {
        v.push(empty(lang));
    }
    v
}

fn source_items(s: &crate::model::Source) -> Vec<Item> {
    let mark = s.footnote.map_or_else(String::new, |n| format!("[{n}] "));
    let mut v = vec![Item::new(ItemKind::Bullet(0), format!("{mark}{}", s.title))];
    if let Some(u) = &s.url {
        v.push(Item::new(ItemKind::Note, u.to_string()));
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

/// Items of an area screen.
pub fn area_items(doc: &Document, index: &Index, id: &str, lang: Lang) -> Vec<Item> {
    let mut v = Vec::new();
    let Some((area, ancestors)) = index.area(doc, id) else {
        return vec![empty(lang)];
    };
    if let Some(d) = &area.detail {
        v.push(Item::para(d.to_string()));
    }
    if !area.children.is_empty() {
        v.push(Item::heading(lang.pick("Sotto-ambiti", "Sub-areas")));
        push_area_links(&area.children, 0, &mut v);
    }
    if let Some(parent) = ancestors.last() {
        v.push(Item::heading(lang.pick("Fa parte di", "Part of")));
        v.push(Item::link(
            0,
            parent.title.to_string(),
            Place::Area(parent.id.clone()),
        ));
    }
    if let Some(loc) = index.area_loc(id)
        && let Some(r) = doc.roadmaps.get(loc.roadmap)
    {
        v.push(Item::heading("Roadmap"));
        v.push(Item::link(
            0,
            format!("Roadmap {} — {}", r.number, r.title),
            Place::Roadmap(r.number),
        ));
        if let Some(g) = r.area_groups.get(loc.group) {
            v.push(Item::new(
                ItemKind::Note,
                format!("{}: {}", lang.pick("Gruppo", "Group"), g.title),
            ));
        }
    }
    if v.is_empty() {
        v.push(empty(lang));
    }
    v
}

/// Items of a stakeholder screen.
pub fn stakeholder_items(doc: &Document, index: &Index, id: &str, lang: Lang) -> Vec<Item> {
    let mut v = Vec::new();
    let (Some(o), Some(oi)) = (index.org(doc, id), index.org_index(id)) else {
        return vec![empty(lang)];
    };
    if let Some(d) = &o.description {
        v.push(Item::para(d.to_string()));
    }
    if !o.figures.is_empty() {
        v.push(Item::heading(lang.pick("Dati", "Figures")));
        for f in &o.figures {
            v.extend(figure_item(f, lang));
        }
    }
    if let Some(g) = o.group.as_ref().and_then(|g| index.org(doc, g)) {
        v.push(Item::heading(lang.pick("Gruppo", "Group")));
        v.push(Item::link(
            0,
            g.name.to_string(),
            Place::Stakeholder(g.id.clone()),
        ));
    }
    if let Some(members) = index.org_members.get(oi).filter(|m| !m.is_empty()) {
        v.push(Item::heading(lang.pick("Ne fanno parte", "Members")));
        for &m in members {
            if let Some(mo) = doc.organisations.get(m) {
                v.push(Item::link(
                    0,
                    mo.name.to_string(),
                    Place::Stakeholder(mo.id.clone()),
                ));
            }
        }
    }
    let links = &index.org_roadmaps[oi];
    if !links.is_empty() {
        v.push(Item::heading("Roadmap"));
        for &(ri, li) in links {
            let r = &doc.roadmaps[ri];
            let link = &r.stakeholders[li];
            let mut text = format!(
                "Roadmap {} — {}",
                r.number,
                role_label(link.role, lang).to_lowercase()
            );
            if let Some(n) = &link.note {
                text.push_str(&format!(": {n}"));
            }
            v.push(Item::link(0, text, Place::Roadmap(r.number)));
        }
    }
    let parts = &index.org_partnerships[oi];
    if !parts.is_empty() {
        v.push(Item::heading(lang.pick("Partnership", "Partnerships")));
        for &(ri, pi) in parts {
            let r = &doc.roadmaps[ri];
            let p = &r.partnerships[pi];
            v.push(Item::link(
                0,
                format!("{} (roadmap {})", p.name, r.number),
                Place::Roadmap(r.number),
            ));
        }
    }
    let invs = &index.org_investments[oi];
    if !invs.is_empty() {
        v.push(Item::heading(lang.pick("Investimenti", "Investments")));
        for &(ri, ii) in invs {
            let r = &doc.roadmaps[ri];
            let inv = &r.investments[ii];
            let a = inv
                .amount
                .as_ref()
                .map_or_else(String::new, |a| format!("{} — ", amount(a, lang)));
            v.push(Item::link(
                0,
                format!("{a}{} (roadmap {})", inv.purpose, r.number),
                Place::Roadmap(r.number),
            ));
        }
    }
    if doc.positioning.research_system.iter().any(|r| r == id) {
        v.push(Item::heading(
            lang.pick("Sistema della ricerca", "Research system"),
        ));
        v.push(Item::new(
            ItemKind::Note,
            lang.pick(
                "Parte del sistema regionale della ricerca e della clinica.",
                "Part of the regional research and clinical system.",
            ),
        ));
    }
    if v.is_empty() {
        v.push(empty(lang));
    }
    v
}

/// The metric name used for table headers.
pub fn metric_header(m: Metric, lang: Lang) -> String {
    let s = metric_name(m, lang);
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Items of the document screen: everything outside the roadmaps.
pub fn document_items(doc: &Document, index: &Index, lang: Lang) -> Vec<Item> {
    let mut v = Vec::new();
    let p = &doc.preface;
    v.push(Item::heading(lang.pick("Premessa", "Preface")));
    v.extend(p.paragraphs.iter().map(|t| Item::para(t.to_string())));
    if !p.previous_roadmaps.is_empty() {
        v.push(Item::heading(lang.pick(
            "Le roadmap della revisione MTR S3",
            "The roadmaps of the MTR S3 review",
        )));
        for r in &p.previous_roadmaps {
            let now = if r.number == r.now {
                format!("roadmap {}", r.now)
            } else {
                format!("{} roadmap {}", lang.pick("ora", "now"), r.now)
            };
            v.push(Item::link(
                0,
                format!("{}) {} → {now}", r.number, r.title),
                Place::Roadmap(r.now),
            ));
        }
        if let Some(n) = &p.renumbering {
            v.push(Item::new(ItemKind::Note, n.to_string()));
        }
    }
    let pos = &doc.positioning;
    v.push(Item::heading(
        lang.pick("Posizionamento del settore", "The sector's position"),
    ));
    for (title, figures) in [("Italia", &pos.italy), ("Toscana", &pos.tuscany)] {
        if !figures.is_empty() {
            v.push(Item::new(ItemKind::Bullet(0), title));
            for f in figures {
                v.extend(figure_item(f, lang));
            }
        }
    }
    v.extend(pos.paragraphs.iter().map(|t| Item::para(t.to_string())));
    if !pos.research_system.is_empty() {
        v.push(Item::heading(lang.pick(
            "Sistema della ricerca e della clinica",
            "Research and clinical system",
        )));
        for id in &pos.research_system {
            if let Some(o) = index.org(doc, id) {
                v.push(Item::link(
                    0,
                    o.name.to_string(),
                    Place::Stakeholder(o.id.clone()),
                ));
            }
        }
    }
    if !p.update.is_empty() {
        v.push(Item::heading(
            lang.pick("Aggiornamento sulle roadmap", "Update on the roadmaps"),
        ));
        v.extend(p.update.iter().map(|t| Item::para(t.to_string())));
    }
    if let Some(rp) = &p.regional_priorities {
        v.push(Item::heading(format!(
            "{} — {}",
            lang.pick("Priorità regionali", "Regional priorities"),
            rp.act
        )));
        v.extend(rp.paragraphs.iter().map(|t| Item::para(t.to_string())));
        if let Some(r) = &rp.recommendation {
            v.push(Item::new(
                ItemKind::Bullet(0),
                format!("{}: {r}", lang.pick("Raccomandazione", "Recommendation")),
            ));
        }
    }
    if !p.other_projects.is_empty() {
        v.push(Item::heading(lang.pick(
            "Progetti europei fuori dalle roadmap",
            "EU projects outside the roadmaps",
        )));
        for g in &p.other_projects {
            let mut line = format!(
                "{}: {} {}",
                g.description,
                g.projects,
                lang.pick("progetti", "projects")
            );
            if let Some(c) = &g.contribution {
                line.push_str(&format!(", {}", amount(c, lang)));
            }
            v.push(Item::new(ItemKind::Figure, line));
            if let Some(n) = &g.note {
                v.push(Item::new(ItemKind::Note, n.to_string()));
            }
        }
    }
    if !doc.sources.is_empty() {
        v.push(Item::heading(lang.pick("Fonti", "Sources")));
        for s in &doc.sources {
            v.extend(source_items(s));
        }
    }
    if let Some(c) = &doc.meta.contact {
        v.push(Item::heading(lang.pick("Contatti", "Contact")));
        v.push(Item::para(c.to_string()));
    }
    v
}
