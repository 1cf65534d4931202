//! Collecting a document's searchable fields, in document order.

use nucleo_matcher::Utf32String;

use super::matching::Folded;
use super::{Entry, FUZZY_MAX_CHARS, Field, HitKind, SearchIndex};
use crate::model::{Area, Document, Roadmap, Text};
use crate::place::{Place, Quadrant};

/// Every searchable field of `doc`, in the order the file has them.
pub(super) fn index(doc: &Document) -> SearchIndex {
    let mut b = Builder::default();
    let p = &doc.preface;
    let mut prose: Vec<&Text> = p.paragraphs.iter().collect();
    prose.extend(&p.renumbering);
    prose.extend(&p.update);
    if let Some(rp) = &p.regional_priorities {
        prose.extend(&rp.paragraphs);
        prose.extend(&rp.recommendation);
    }
    prose.extend(&doc.positioning.paragraphs);
    for t in prose {
        b.thing(HitKind::Text, None, Place::Document);
        b.body(t, t);
    }
    for r in &doc.roadmaps {
        roadmap(&mut b, r);
    }
    for o in &doc.organisations {
        b.thing(
            HitKind::Organisation,
            None,
            Place::Stakeholder(o.id.clone()),
        );
        b.title(&o.name);
        if let Some(s) = &o.short_name {
            b.title(s);
        }
        if let Some(d) = &o.description {
            b.body(d, d);
        }
        if let Some(pl) = &o.place {
            b.body(pl, &o.name);
        }
    }
    let s = &doc.swot;
    for (q, items) in [
        (Quadrant::Strengths, &s.strengths),
        (Quadrant::Weaknesses, &s.weaknesses),
        (Quadrant::Opportunities, &s.opportunities),
        (Quadrant::Threats, &s.threats),
    ] {
        for t in items {
            b.thing(HitKind::Swot, None, Place::Swot(None));
            b.quadrant = Some(q);
            b.body(t, t);
        }
    }
    for src in &doc.sources {
        b.thing(HitKind::Source, None, Place::Document);
        b.title(&src.title);
        if let Some(u) = &src.url {
            b.body(u, u);
        }
    }
    SearchIndex {
        entries: b.entries,
        folded: b.folded,
    }
}

fn roadmap(b: &mut Builder, r: &Roadmap) {
    let n = Some(r.number);
    let here = Place::Roadmap(r.number);
    b.thing(HitKind::Roadmap, n, here.clone());
    b.title(&r.title);
    if let Some(s) = &r.short_title {
        b.title(s);
    }
    let paragraphs = |b: &mut Builder, list: &[Text]| {
        for t in list {
            b.thing(HitKind::Text, n, here.clone());
            b.body(t, t);
        }
    };
    paragraphs(b, &r.summary);
    paragraphs(b, &r.context);
    paragraphs(b, &r.areas_intro);
    for g in &r.area_groups {
        areas(b, n, &g.areas);
    }
    paragraphs(b, &r.update);
    paragraphs(b, &r.assets);
    for p in &r.partnerships {
        b.thing(HitKind::Partnership, n, here.clone());
        b.title(&p.name);
        b.body(&p.description, &p.name);
    }
    paragraphs(b, &r.partnerships_text);
    for inv in &r.investments {
        b.thing(HitKind::Investment, n, here.clone());
        b.title(&inv.purpose);
        if let Some(pl) = &inv.place {
            b.body(pl, &inv.purpose);
        }
    }
}

fn areas(b: &mut Builder, roadmap: Option<u8>, list: &[Area]) {
    for a in list {
        b.thing(HitKind::Area, roadmap, Place::Area(a.id.clone()));
        b.title(&a.title);
        if let Some(d) = &a.detail {
            b.body(d, d);
        }
        areas(b, roadmap, &a.children);
    }
}

/// Pushes entries thing by thing: [`Builder::thing`] starts one, the field methods
/// add its fields with the thing's kind, context and place.
struct Builder {
    entries: Vec<Entry>,
    folded: Folded,
    thing: u32,
    kind: HitKind,
    roadmap: Option<u8>,
    quadrant: Option<Quadrant>,
    place: Place,
}

impl Default for Builder {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            folded: Folded::default(),
            thing: 0,
            kind: HitKind::Text,
            roadmap: None,
            quadrant: None,
            place: Place::Document,
        }
    }
}

impl Builder {
    fn thing(&mut self, kind: HitKind, roadmap: Option<u8>, place: Place) {
        self.thing += 1;
        self.kind = kind;
        self.roadmap = roadmap;
        self.quadrant = None;
        self.place = place;
    }

    fn title(&mut self, text: &str) {
        self.push(Field::Title, text, text);
    }

    fn body(&mut self, text: &str, needle: &str) {
        self.push(Field::Body, text, needle);
    }

    fn push(&mut self, field: Field, text: &str, needle: &str) {
        if text.trim().is_empty() {
            return;
        }
        let fuzzy = text.chars().count() <= FUZZY_MAX_CHARS;
        self.entries.push(Entry {
            kind: self.kind,
            field,
            roadmap: self.roadmap,
            quadrant: self.quadrant,
            place: self.place.clone(),
            needle: needle.to_owned(),
            thing: self.thing,
            fuzzy,
            solid: text.chars().filter(|c| !c.is_whitespace()).count() as u32,
            haystack: utf32(text, !fuzzy),
        });
        self.folded.push(text, fuzzy);
    }
}

/// Unlike `Utf32String::from`, keeps every char (nucleo keeps the first of each
/// grapheme), so that match indices are char indices into the text.
///
/// With `pad`, a space is appended: nucleo 0.3.1's substring search over non-ASCII
/// text never tries the last possible position, so a word ending the field would
/// not be found. No query word holds a space, so the pad itself never matches.
fn utf32(text: &str, pad: bool) -> Utf32String {
    let pad = if pad { " " } else { "" };
    if text.is_ascii() {
        Utf32String::Ascii(format!("{text}{pad}").into())
    } else {
        Utf32String::Unicode(text.chars().chain(pad.chars()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::HitKind as K;
    use crate::search::tests::{search, small};

    /// A query, the kind of hit expected first among its kind, its place, roadmap
    /// and needle.
    #[rustfmt::skip]
    const CASES: [(&str, K, &str, Option<u8>, &str); 13] = [
        ("dispositivi medici", K::Roadmap, "roadmap:2", Some(2), "Dispositivi medici"),
        ("nessuna variazione", K::Text, "roadmap:1", Some(1), "Nessuna variazione radicale."),
        ("comparto", K::Text, "document", None, "Il comparto regionale è solido."),
        ("confermate", K::Text, "document", None, "Le roadmap sono confermate."),
        ("point", K::Area, "area:r1-poc", Some(1), "Point-of-care"),
        ("biomarkers", K::Area, "area:r1-in-vitro", Some(1), "test e biomarkers"),
        ("device", K::Organisation, "stakeholder:device-b", None, "Device B"),
        ("farmaceutico", K::Organisation, "stakeholder:pharma-a", None, "Primo gruppo farmaceutico."),
        ("siena", K::Organisation, "stakeholder:uni-a", None, "Università A"),
        ("logistica", K::Partnership, "roadmap:1", Some(1), "Rete di imprese"),
        ("sesto", K::Investment, "roadmap:1", Some(1), "nuovo sito produttivo"),
        ("dati al", K::Source, "document", None, "Dati al 14 maggio 2021"),
        ("example.org", K::Source, "document", None, "https://example.org/dati"),
    ];

    #[test]
    fn every_kind_of_thing_is_found_with_its_place_context_and_needle() {
        let doc = small();
        let first = |q: &str, kind: K| {
            search(&doc, q)
                .into_iter()
                .find(|h| h.kind == kind)
                .unwrap_or_else(|| panic!("{q}: no {kind:?}"))
        };
        for (q, kind, place, roadmap, needle) in CASES {
            let h = first(q, kind);
            let got = (
                h.place.to_string(),
                h.roadmap,
                h.needle.as_str(),
                h.quadrant,
            );
            assert_eq!(got, (place.to_owned(), roadmap, needle, None), "{q}");
        }
        let h = first("shock", K::Swot);
        assert_eq!(h.place.to_string(), "swot");
        assert_eq!(h.quadrant, Some(crate::place::Quadrant::Threats));
        assert_eq!(h.needle, "Shock esogeni");
    }
}
