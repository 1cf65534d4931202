//! Collecting a document's searchable fields, in document order.

use nucleo_matcher::Utf32String;

use super::matching::Folded;
use super::{Entry, FUZZY_MAX_CHARS, Field, HitKind, SearchIndex, Target};
use crate::content::{ItemKey, Prose};
use crate::model::{Area, Document, Roadmap, Text};
use crate::place::{Place, Quadrant};

/// Every searchable field of `doc`, in the order the file has them.
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
    for r in &doc.roadmaps {
        roadmap(&mut b, r);
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
    SearchIndex {
        entries: b.entries,
        folded: b.folded,
    }
}

fn roadmap(b: &mut Builder, r: &Roadmap) {
    let n = Some(r.number);
    let here = Place::Roadmap(r.number);
    b.thing(HitKind::Roadmap, n, here.clone(), None);
    b.title(&r.title);
    if let Some(s) = &r.short_title {
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
    paragraphs(b, &r.context, Prose::Context);
    paragraphs(b, &r.areas_intro, Prose::AreasIntro);
    for g in &r.area_groups {
        areas(b, n, &g.areas);
    }
    paragraphs(b, &r.update, Prose::Update);
    paragraphs(b, &r.assets, Prose::Assets);
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

/// Pushes entries thing by thing: [`Builder::thing`] starts one, the field methods
/// add its fields with the thing's kind, context, place and target.
struct Builder {
    entries: Vec<Entry>,
    folded: Folded,
    thing: u32,
    kind: HitKind,
    roadmap: Option<u8>,
    quadrant: Option<Quadrant>,
    place: Place,
    target: Target,
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
            target: Target::default(),
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
    }

    fn title(&mut self, text: &str) {
        self.push(Field::Title, text);
    }

    fn body(&mut self, text: &str) {
        self.push(Field::Body, text);
    }

    fn push(&mut self, field: Field, text: &str) {
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
            target: self.target,
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
