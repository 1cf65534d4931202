#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! What a reader types and what they must, and must not, find in the embedded
//! document: acronyms, singular and plural, verb forms, accents, one typo,
//! English terms on Italian text, and the interface's names of places.

use std::collections::BTreeSet;

use roadmap_tui::model::{Document, Lang, load_embedded};
use roadmap_tui::search::{Hit, HitKind, SearchIndex, matcher};

struct Docs {
    doc: Document,
    index: SearchIndex,
}

fn docs() -> Docs {
    let doc = load_embedded().unwrap().doc;
    let index = SearchIndex::new(&doc);
    Docs { doc, index }
}

impl Docs {
    fn query(&self, q: &str, lang: Lang) -> Vec<Hit> {
        self.index.query(q, lang, &mut matcher())
    }
}

/// The words of `text`, lower case and without accents, as a reader compares them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(nucleo_fold).collect::<String>())
        .collect()
}

fn nucleo_fold(c: char) -> char {
    nucleo_matcher::chars::normalize(c)
        .to_lowercase()
        .next()
        .unwrap_or(c)
}

/// The highlighted runs of a hit's text, folded.
fn marked(h: &Hit) -> Vec<String> {
    let chars: Vec<char> = h.text.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut last = None;
    for &i in &h.highlight {
        let c = nucleo_fold(chars[i]);
        match out.last_mut() {
            Some(run) if last == Some(i - 1) => run.push(c),
            _ => out.push(c.to_string()),
        }
        last = Some(i);
    }
    out
}

/// Where each hit goes, as a set: two queries that find the same things.
fn places(hits: &[Hit]) -> BTreeSet<String> {
    hits.iter()
        .map(|h| format!("{} {:?} {:?}", h.place, h.target, h.about))
        .collect()
}

fn has(hits: &[Hit], text: &str) -> bool {
    hits.iter().any(|h| h.text.contains(text))
}

#[test]
fn acronyms_find_the_whole_word_only() {
    let d = docs();
    for (q, at_least) in [("PNRR", 9), ("HERA", 3), ("ERC", 2), ("IVD", 6)] {
        let hits = d.query(q, Lang::It);
        assert!(hits.len() >= at_least, "{q}: {}", hits.len());
        let word = q.to_lowercase();
        for h in &hits {
            assert!(words(&h.text).contains(&word), "{q}: {}", h.text);
            assert_eq!(marked(h), vec![word.clone(); marked(h).len()], "{q}");
        }
    }
    let pnrr = d.query("PNRR", Lang::It);
    assert!(!has(
        &pnrr,
        "Gli ambiti di riferimento possono essere riassunti"
    ));
    assert!(!has(&d.query("HERA", Lang::It), "biofortificati"));
}

#[test]
fn letters_inside_words_or_scattered_are_no_match() {
    let d = docs();
    let trial = d.query("trial", Lang::It);
    for h in &trial {
        for run in marked(h) {
            assert!(!run.starts_with("industri"), "{}", h.text);
        }
    }
    assert!(
        trial
            .iter()
            .any(|h| h.place.to_string() == "stakeholder:clinical-trial-office")
    );
    let mena = d.query("mena", Lang::It);
    assert!(!mena.is_empty());
    for h in &mena {
        assert!(
            words(&h.text).iter().any(|w| w.starts_with("mena")),
            "{}",
            h.text
        );
    }
    assert!(!has(&mena, "assorbita dal gruppo GPI"));
}

#[test]
fn singular_and_plural_find_the_same_things() {
    let d = docs();
    for (a, b) in [
        ("sperimentazione clinica", "sperimentazioni cliniche"),
        ("biobanca", "biobanche"),
        ("vaccino", "vaccini"),
        ("farmaco", "farmaci"),
        ("università", "università"),
    ] {
        let (ha, hb) = (d.query(a, Lang::It), d.query(b, Lang::It));
        assert!(!ha.is_empty(), "{a}");
        let (pa, pb) = (places(&ha), places(&hb));
        assert!(
            pa == pb,
            "{a} / {b}: {:?} {:?}",
            pa.difference(&pb).collect::<Vec<_>>(),
            pb.difference(&pa).collect::<Vec<_>>()
        );
    }
    // One more for the plural: the source misspells it once, "dispostivi medici",
    // one letter from "dispositivi" but two from "dispositivo".
    let singular = places(&d.query("dispositivo medico", Lang::It));
    let plural = d.query("dispositivi medici", Lang::It);
    assert!(singular.is_subset(&places(&plural)));
    assert_eq!(places(&plural).len(), singular.len() + 1);
    assert!(has(&plural, "DISPOSTIVI MEDICI") || has(&plural, "dispostivi medici"));
    // The document's paragraph on trials says it in the plural only.
    let singular = d.query("sperimentazione clinica", Lang::It);
    assert!(has(&singular, "numerose sperimentazioni cliniche"));
    assert!(singular.len() >= 17, "{}", singular.len());
}

#[test]
fn a_verb_finds_its_noun_and_the_other_way() {
    let d = docs();
    let verb = d.query("collaborare", Lang::It);
    assert!(
        verb.iter()
            .any(|h| marked(h).iter().any(|r| r == "collaborazione"))
    );
    let noun = d.query("finanziamento", Lang::It);
    assert!(
        noun.iter()
            .any(|h| marked(h).iter().any(|r| r == "finanziati"))
    );
}

#[test]
fn accents_typed_or_not_find_the_same() {
    let d = docs();
    for (a, b) in [
        ("universita", "università"),
        ("sanita", "sanità"),
        ("citta", "città"),
    ] {
        assert_eq!(
            places(&d.query(a, Lang::It)),
            places(&d.query(b, Lang::It)),
            "{a}"
        );
    }
    assert_eq!(
        d.query("universita", Lang::It)[0].text,
        "Università di Firenze"
    );
}

#[test]
fn one_typo_in_a_long_word_is_forgiven() {
    let d = docs();
    for (typo, place) in [
        ("menarni", "stakeholder:menarini"),
        ("menraini", "stakeholder:menarini"),
        ("biobanhe", "stakeholder:rete-regionale-biobanche"),
        ("kedrionn", "stakeholder:kedrion"),
    ] {
        let hits = d.query(typo, Lang::It);
        assert_eq!(
            hits.first().map(|h| h.place.to_string()).as_deref(),
            Some(place),
            "{typo}"
        );
    }
    // Two typos are too many; a short word gets none.
    assert!(d.query("mnaerni", Lang::It).is_empty());
    assert!(has(&d.query("abxca", Lang::It), "Aboca"));
    assert!(d.query("abxc", Lang::It).is_empty());
}

#[test]
fn english_terms_find_the_italian_text() {
    let d = docs();
    let trials = d.query("clinical trials", Lang::En);
    assert!(trials.len() >= 17, "{}", trials.len());
    assert!(has(&trials, "numerose sperimentazioni cliniche"));
    // Untranslated matches come first: the office is named in English.
    assert_eq!(
        trials[0].place.to_string(),
        "stakeholder:clinical-trial-office"
    );
    let devices = d.query("medical devices", Lang::En);
    assert!(
        devices
            .iter()
            .any(|h| h.kind == HitKind::Roadmap && h.place.to_string() == "roadmap:2")
    );
    // And the other way: an Italian term finds the English words of the text.
    let dispositivi = d.query("dispositivo medico", Lang::It);
    assert!(has(&dispositivi, "Medical Device Regulation"));
}

#[test]
fn the_interface_names_of_places_are_found_in_its_language() {
    let d = docs();
    let first = |q: &str, lang: Lang| {
        d.query(q, lang)
            .into_iter()
            .find(|h| h.kind == HitKind::Place)
            .map(|h| (h.place.to_string(), h.target.section))
    };
    assert_eq!(first("threats", Lang::En).unwrap().0, "swot:threats");
    assert_eq!(first("minacce", Lang::It).unwrap().0, "swot:threats");
    assert_eq!(first("matrice", Lang::It).unwrap().0, "matrix");
    assert_eq!(first("matrix", Lang::En).unwrap().0, "matrix");
    // Not in the other language's names.
    assert_eq!(first("matrice", Lang::En), None);
    let investments = d.query("investimenti", Lang::It);
    let sections: Vec<_> = investments
        .iter()
        .filter(|h| h.kind == HitKind::Place && h.place.to_string().starts_with("roadmap:"))
        .collect();
    assert_eq!(sections.len(), d.doc.roadmaps.len());
    // What the document says ranks above the names of its places.
    assert_ne!(investments[0].kind, HitKind::Place);
}

#[test]
fn sectors_roles_figures_goals_and_cross_references_are_searched() {
    let d = docs();
    let nutra = d.query("nutraceutica", Lang::It);
    assert!(
        nutra
            .iter()
            .any(|h| h.kind == HitKind::Roadmap && h.place.to_string() == "roadmap:4")
    );
    // A note on an organisation's role in a roadmap: on the roadmap, about it.
    let role = d.query("player di riferimento del settore nutraceutico", Lang::It);
    let h = role
        .iter()
        .find(|h| h.place.to_string() == "roadmap:4")
        .expect("a role note on roadmap 4");
    assert!(h.about.is_some());
    let fig = d.query("addetti del settore farmaceutico", Lang::It);
    assert_eq!(fig[0].kind, HitKind::Figure);
    assert_eq!(fig[0].place.to_string(), "document");
    let sdg = d.query("SDG 3", Lang::It);
    let with_3 = d
        .doc
        .roadmaps
        .iter()
        .filter(|r| r.sdgs.contains(&3))
        .count();
    assert_eq!(
        sdg.iter().filter(|h| h.kind == HitKind::Sdg).count(),
        with_3
    );
    let topic = &d.doc.roadmaps[0].cross_refs[0].topic;
    let first_words: String = topic
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let refs = d.query(&first_words, Lang::It);
    assert!(
        refs.iter().any(|h| h.kind == HitKind::CrossRef),
        "{first_words}"
    );
}

#[test]
fn every_matched_word_in_view_is_highlighted_and_the_excerpt_shows_the_match() {
    let d = docs();
    for q in ["nutrac", "sperimentazione clinica", "biobanche", "Menarini"] {
        for h in d.query(q, Lang::It) {
            assert!(!h.highlight.is_empty(), "{q}: {}", h.text);
        }
    }
}
