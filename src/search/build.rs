//! Collecting a document's searchable fields, in document order, and the names
//! the interface gives to places, in each language.

use super::glossary::Glossary;
use super::matching::VocabBuilder;
use super::text::Stemmers;
use super::{Entry, Field, HitKind, SearchIndex, Target};
use crate::content::{ItemKey, Prose, SECTIONS, Section};
use crate::model::{Area, Document, Figure, Lang, Roadmap, Text};
use crate::place::{Chart, Place, Quadrant, quadrant_label};

/// Every searchable field of `doc`, in the order the file has them, then the
/// interface's names of places.
pub(super) fn index(doc: &Document) -> SearchIndex {
    let mut b = Builder::default();
    let p = &doc.preface;
    let mut prose: Vec<(Prose, &[Text])> = vec![
        (Prose::Preface, &p.paragraphs),
        (Prose::Renumbering, p.renumbering.as_slice()),
        (Prose::PrefaceUpdate, &p.update),
    ];
    if let Some(rp) = &p.regional_priorities {
        prose.push((Prose::RegionalPriorities, &rp.paragraphs));
        prose.push((Prose::Recommendation, rp.recommendation.as_slice()));
    }
    prose.push((Prose::Positioning, &doc.positioning.paragraphs));
    for (list, texts) in prose {
        for (n, t) in texts.iter().enumerate() {
            let key = ItemKey::Prose(list, n);
            b.thing(HitKind::Text, None, Place::Document, Some(key));
            b.body(t);
        }
    }
    let pos = &doc.positioning;
    for (t, territory) in pos.territories.iter().enumerate() {
        for (n, f) in territory.figures.iter().enumerate() {
            let key = ItemKey::Positioning(t, n);
            b.thing(HitKind::Figure, None, Place::Document, Some(key));
            b.figure(f);
        }
    }
    for (n, g) in p.other_projects.iter().enumerate() {
        let key = ItemKey::OtherProjects(n);
        b.thing(HitKind::Text, None, Place::Document, Some(key));
        b.body(&g.description);
        if let Some(note) = &g.note {
            b.body(note);
        }
        if let Some(c) = &g.contribution {
            b.figure(c);
        }
    }
    for r in &doc.roadmaps {
        roadmap(&mut b, doc, r);
    }
    for o in &doc.organisations {
        b.thing(
            HitKind::Organisation,
            None,
            Place::Stakeholder(o.id.clone()),
            None,
        );
        b.title(&o.name);
        if let Some(s) = &o.short_name {
            b.title(s);
        }
        if let Some(d) = &o.description {
            b.body(d);
        }
        if let Some(pl) = &o.place {
            b.body(pl);
        }
        for f in &o.figures {
            b.figure(f);
        }
    }
    let s = &doc.swot;
    for (q, items) in [
        (Quadrant::Strengths, &s.strengths),
        (Quadrant::Weaknesses, &s.weaknesses),
        (Quadrant::Opportunities, &s.opportunities),
        (Quadrant::Threats, &s.threats),
    ] {
        for (n, t) in items.iter().enumerate() {
            let key = ItemKey::Swot(q, n);
            b.thing(HitKind::Swot, None, Place::Swot(None), Some(key));
            b.body(t);
        }
    }
    for (n, src) in doc.sources.iter().enumerate() {
        let key = ItemKey::Source(n);
        b.thing(HitKind::Source, None, Place::Document, Some(key));
        b.title(&src.title);
        if let Some(u) = &src.url {
            // The URL has a line of its own.
            b.target = Target::new(Some(ItemKey::SourceUrl(n)));
            b.body(u);
        }
    }
    for lang in [Lang::It, Lang::En] {
        places(&mut b, doc, lang);
    }
    let stemmers = Stemmers::default();
    SearchIndex {
        entries: b.entries,
        vocab: b.vocab.finish(&stemmers),
        glossary: Glossary::new(&stemmers),
        stemmers,
    }
}

fn roadmap(b: &mut Builder, doc: &Document, r: &Roadmap) {
    let n = Some(r.number);
    let here = Place::Roadmap(r.number);
    b.thing(HitKind::Roadmap, n, here.clone(), None);
    b.title(&r.title);
    if let Some(s) = &r.short_title {
        b.title(s);
    }
    b.title(&r.sector);
    if let Some(s) = &r.secondary_sector {
        b.title(s);
    }
    let paragraphs = |b: &mut Builder, list: &[Text], prose: Prose| {
        for (i, t) in list.iter().enumerate() {
            let key = ItemKey::Prose(prose, i);
            b.thing(HitKind::Text, n, here.clone(), Some(key));
            b.body(t);
        }
    };
    paragraphs(b, &r.summary, Prose::Summary);
    for (i, f) in r.figures.iter().enumerate() {
        b.thing(HitKind::Figure, n, here.clone(), Some(ItemKey::Figure(i)));
        b.figure(f);
    }
    paragraphs(b, &r.context, Prose::Context);
    paragraphs(b, &r.areas_intro, Prose::AreasIntro);
    for g in &r.area_groups {
        areas(b, n, &g.areas);
    }
    paragraphs(b, &r.update, Prose::Update);
    for (i, s) in r.stakeholders.iter().enumerate() {
        if let Some(note) = &s.note {
            b.thing(
                HitKind::Organisation,
                n,
                here.clone(),
                Some(ItemKey::Stakeholder(i)),
            );
            b.about = Some(Place::Stakeholder(s.org.clone()));
            b.body(note);
        }
    }
    paragraphs(b, &r.assets, Prose::Assets);
    if let Some(eu) = &r.eu_projects {
        b.thing(HitKind::Figure, n, here.clone(), None);
        b.target.section = Some(Section::EuProjects);
        b.figure(&eu.contribution);
        for s in &eu.schemes {
            b.body(&s.scheme);
            if let Some(c) = &s.contribution {
                b.figure(c);
            }
        }
        if let Some(note) = &eu.note {
            b.body(note);
        }
    }
    for (i, p) in r.partnerships.iter().enumerate() {
        let key = ItemKey::Partnership(i);
        b.thing(HitKind::Partnership, n, here.clone(), Some(key));
        b.title(&p.name);
        b.body(&p.description);
    }
    paragraphs(b, &r.partnerships_text, Prose::PartnershipsText);
    for (i, inv) in r.investments.iter().enumerate() {
        let key = ItemKey::Investment(i);
        b.thing(HitKind::Investment, n, here.clone(), Some(key));
        b.title(&inv.purpose);
        if let Some(pl) = &inv.place {
            b.body(pl);
        }
    }
    for (i, goal) in r.sdgs.iter().enumerate() {
        b.thing(HitKind::Sdg, n, here.clone(), Some(ItemKey::Sdg(i)));
        // The goal's name in both languages: it is the program's, not the document's.
        let [it, en] = [Lang::It, Lang::En].map(|l| crate::content::sdg_title(doc, *goal, l));
        b.title(&format!("SDG {goal} — {it}"));
        if en != it {
            b.body(&en);
        }
        if let Some(t) = crate::content::sdg_target(doc, *goal) {
            b.body(t);
        }
    }
    for (i, c) in r.cross_refs.iter().enumerate() {
        b.thing(
            HitKind::CrossRef,
            n,
            here.clone(),
            Some(ItemKey::CrossRef(i)),
        );
        b.body(&c.topic);
    }
}

fn areas(b: &mut Builder, roadmap: Option<u8>, list: &[Area]) {
    for a in list {
        b.thing(HitKind::Area, roadmap, Place::Area(a.id.clone()), None);
        b.title(&a.title);
        if let Some(d) = &a.detail {
            b.body(d);
        }
        areas(b, roadmap, &a.children);
    }
}

/// The names the interface gives to places in `lang`: the screens, the SWOT's
/// quadrants, the charts, and each roadmap's sections.
fn places(b: &mut Builder, doc: &Document, lang: Lang) {
    let w = lang.words();
    let mut named: Vec<(Place, Option<u8>, Option<Section>, &str)> = vec![
        (Place::Overview, None, None, w.places.overview),
        (Place::Document, None, None, w.places.document),
        (Place::Stakeholders, None, None, w.places.stakeholders),
        (Place::Matrix, None, None, w.places.matrix),
        (Place::Swot(None), None, None, "SWOT"),
    ];
    for q in Quadrant::ALL {
        named.push((Place::Swot(Some(q)), None, None, quadrant_label(q, lang)));
    }
    for c in Chart::ALL {
        named.push((Place::Figures(c), None, None, c.label(lang)));
    }
    for r in &doc.roadmaps {
        for &s in SECTIONS {
            named.push((
                Place::Roadmap(r.number),
                Some(r.number),
                Some(s),
                s.label(lang),
            ));
        }
    }
    for (place, roadmap, section, name) in named {
        b.thing(HitKind::Place, roadmap, place, None);
        b.target.section = section;
        b.lang = Some(lang);
        b.title(name);
    }
}

/// Pushes entries thing by thing: [`Builder::thing`] starts one, the field methods
/// add its fields with the thing's kind, context, place and target.
struct Builder {
    entries: Vec<Entry>,
    vocab: VocabBuilder,
    thing: u32,
    kind: HitKind,
    roadmap: Option<u8>,
    quadrant: Option<Quadrant>,
    place: Place,
    target: Target,
    about: Option<Place>,
    lang: Option<Lang>,
}

impl Default for Builder {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            vocab: VocabBuilder::default(),
            thing: 0,
            kind: HitKind::Text,
            roadmap: None,
            quadrant: None,
            place: Place::Document,
            target: Target::default(),
            about: None,
            lang: None,
        }
    }
}

impl Builder {
    /// Starts a thing; its fields select `item` on `place`.
    fn thing(&mut self, kind: HitKind, roadmap: Option<u8>, place: Place, item: Option<ItemKey>) {
        self.thing += 1;
        self.kind = kind;
        self.roadmap = roadmap;
        self.quadrant = match item {
            Some(ItemKey::Swot(q, _)) => Some(q),
            _ => None,
        };
        self.place = place;
        self.target = Target::new(item);
        self.about = None;
        self.lang = None;
    }

    fn title(&mut self, text: &str) {
        self.push(Field::Title, text);
    }

    fn body(&mut self, text: &str) {
        self.push(Field::Body, text);
    }

    /// A figure's words: its label, scope and note.
    fn figure(&mut self, f: &Figure) {
        for t in [&f.label, &f.scope, &f.note].into_iter().flatten() {
            self.body(t);
        }
    }

    fn push(&mut self, field: Field, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let words = self.vocab.add(self.entries.len() as u32, text);
        self.entries.push(Entry {
            kind: self.kind,
            field,
            roadmap: self.roadmap,
            quadrant: self.quadrant,
            place: self.place.clone(),
            target: self.target,
            about: self.about.clone(),
            lang: self.lang,
            thing: self.thing,
            words: u16::try_from(words).unwrap_or(u16::MAX),
            text: text.into(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::HitKind as K;
    use crate::search::tests::{landed, search, small};

    /// A query, the kind of hit expected first among its kind, its place, roadmap,
    /// and text the item it selects there shows ("" for a thing that is a screen of
    /// its own, which selects nothing).
    #[rustfmt::skip]
    const CASES: [(&str, K, &str, Option<u8>, &str); 13] = [
        ("dispositivi medici", K::Roadmap, "roadmap:2", Some(2), ""),
        ("nessuna variazione", K::Text, "roadmap:1", Some(1), "Nessuna variazione radicale."),
        ("comparto", K::Text, "document", None, "Il comparto regionale è solido."),
        ("confermate", K::Text, "document", None, "Le roadmap sono confermate."),
        ("point", K::Area, "area:r1-poc", Some(1), ""),
        ("biomarkers", K::Area, "area:r1-in-vitro", Some(1), ""),
        ("device", K::Organisation, "stakeholder:device-b", None, ""),
        ("farmaceutico", K::Organisation, "stakeholder:pharma-a", None, ""),
        ("siena", K::Organisation, "stakeholder:uni-a", None, ""),
        ("logistica", K::Partnership, "roadmap:1", Some(1), "Rete di imprese"),
        ("sesto", K::Investment, "roadmap:1", Some(1), "nuovo sito produttivo"),
        ("dati al", K::Source, "document", None, "Dati al 14 maggio 2021"),
        ("example.org", K::Source, "document", None, "https://example.org/dati"),
    ];

    #[test]
    fn every_kind_of_thing_is_found_with_its_place_context_and_target() {
        let doc = small();
        let first = |q: &str, kind: K| {
            search(&doc, q)
                .into_iter()
                .find(|h| h.kind == kind)
                .unwrap_or_else(|| panic!("{q}: no {kind:?}"))
        };
        for (q, kind, place, roadmap, shows) in CASES {
            let h = first(q, kind);
            let got = (h.place.to_string(), h.roadmap, h.quadrant);
            assert_eq!(got, (place.to_owned(), roadmap, None), "{q}");
            let text = landed(&doc, &h);
            if shows.is_empty() {
                assert_eq!(text, None, "{q}");
            } else {
                assert!(text.is_some_and(|t| t.contains(shows)), "{q}");
            }
        }
        let h = first("shock", K::Swot);
        assert_eq!(h.place.to_string(), "swot");
        assert_eq!(h.quadrant, Some(crate::place::Quadrant::Threats));
        assert_eq!(landed(&doc, &h).as_deref(), Some("Shock esogeni"));
    }
}
