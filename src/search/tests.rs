use super::*;
use crate::content::{self, Prose};
use crate::model::{Index, Lang, Text, load_embedded, parse_and_validate};

const SMALL: &str = include_str!("../../tests/fixtures/small.ron");

pub(super) fn embedded() -> Document {
    load_embedded().unwrap().doc
}

pub(super) fn small() -> Document {
    parse_and_validate("small.ron", SMALL).unwrap()
}

pub(super) fn search(doc: &Document, q: &str) -> Vec<Hit> {
    SearchIndex::new(doc).query(q, Lang::It, &mut matcher())
}

/// The list the screen of `place` shows where `target` lands, built as the app
/// builds it: on a roadmap the target's section, on the SWOT its key's quadrant.
fn screen_items(
    doc: &Document,
    place: &Place,
    target: &Target,
    lang: Lang,
) -> Option<Vec<content::Item>> {
    let index = Index::new(doc);
    Some(match (place, target.item?) {
        (Place::Roadmap(n), _) => {
            let r = index.roadmap(doc, *n)?;
            content::roadmap_section(doc, &index, r, target.section?, lang)
        }
        (Place::Swot(_), ItemKey::Swot(q, _)) => content::swot_items(doc, q),
        (Place::Document, _) => content::document_items(doc, &index, lang),
        _ => return None,
    })
}

/// The text of the item `h` selects once its screen is open.
pub(super) fn landed(doc: &Document, h: &Hit) -> Option<String> {
    let items = screen_items(doc, &h.place, &h.target, Lang::It)?;
    landing(&items, &h.target).map(|i| items[i].text.clone())
}

fn texts(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.text.as_str()).collect()
}

/// What nucleo compares for an ASCII query: the character without accent, lowercase.
fn fold(c: char) -> char {
    nucleo_matcher::chars::normalize(c)
        .to_lowercase()
        .next()
        .unwrap()
}

fn highlighted(h: &Hit) -> String {
    let chars: Vec<char> = h.text.chars().collect();
    h.highlight.iter().map(|&i| chars[i]).collect()
}

/// `small` with a few accented texts for the folding tests.
pub(super) fn accented() -> Document {
    let mut doc = small();
    doc.swot.strengths = vec![
        Text::new("Sulla libertà di ricerca"),
        Text::new("PIÙ LIBERTÀ D'IMPRESA"),
    ];
    doc.swot.weaknesses = vec![Text::new("liberta scritto senza accento")];
    doc
}

#[test]
fn a_blank_query_finds_nothing() {
    let doc = small();
    for q in ["", " ", "\t\n  "] {
        assert!(search(&doc, q).is_empty(), "{q:?}");
    }
}

#[test]
fn a_query_that_matches_nothing_finds_nothing() {
    assert!(search(&embedded(), "xyzzyq").is_empty());
    assert!(search(&small(), "farmaci xyzzyq").is_empty());
}

#[test]
fn case_is_ignored() {
    let doc = embedded();
    let lower = search(&doc, "menarini");
    assert_eq!(search(&doc, "MENARINI"), lower);
    assert_eq!(search(&doc, "MeNaRiNi"), lower);
    let upper = search(&doc, "UNIVERSITA");
    assert!(texts(&upper).contains(&"Università di Siena"));
}

#[test]
fn a_query_without_accents_finds_accented_text() {
    let doc = embedded();
    let hits = search(&doc, "universita");
    assert_eq!(hits[0].text, "Università di Firenze");
    assert_eq!(highlighted(&hits[0]), "Università");

    let hits = search(&accented(), "liberta");
    let found = texts(&hits);
    assert!(found.contains(&"Sulla libertà di ricerca"), "{found:?}");
    assert!(found.contains(&"PIÙ LIBERTÀ D'IMPRESA"), "{found:?}");
    assert!(
        found.contains(&"liberta scritto senza accento"),
        "{found:?}"
    );
    for h in &hits {
        assert_eq!(
            highlighted(h).chars().map(fold).collect::<String>(),
            "liberta"
        );
    }
}

#[test]
fn a_query_with_accents_finds_text_with_or_without_them_in_any_case() {
    let doc = accented();
    for q in ["libertà", "LIBERTÀ", "Libertà"] {
        let hits = search(&doc, q);
        let found = texts(&hits);
        assert!(
            found.contains(&"Sulla libertà di ricerca"),
            "{q}: {found:?}"
        );
        assert!(found.contains(&"PIÙ LIBERTÀ D'IMPRESA"), "{q}: {found:?}");
        // An accent typed where the text has none (or the other way) still meets.
        assert!(
            found.contains(&"liberta scritto senza accento"),
            "{q}: {found:?}"
        );
    }
    let upper = search(&embedded(), "UNIVERSITÀ");
    assert!(texts(&upper).contains(&"Università di Siena"));
}

#[test]
fn a_whole_name_beats_a_longer_name_and_a_scatter() {
    let doc = embedded();
    let hits = search(&doc, "menarini");
    let orgs: Vec<&Hit> = hits
        .iter()
        .filter(|h| h.kind == HitKind::Organisation)
        .collect();
    assert_eq!(orgs[0].place, Place::Stakeholder("menarini".into()));
    assert_eq!(orgs[0].text, "Menarini");
    assert_eq!(
        orgs[1].place,
        Place::Stakeholder("menarini-diagnostics".into())
    );
    assert!(orgs[0].score > orgs[1].score);

    let mut doc = small();
    doc.roadmaps[0].area_groups[0].areas[0].title = Text::new("Un impianto di vaccini");
    let hits = search(&doc, "univ");
    let found = texts(&hits);
    assert!(found.contains(&"Università A"), "{found:?}");
    assert!(!found.contains(&"Un impianto di vaccini"), "{found:?}");
}

#[test]
fn letters_scattered_over_word_starts_are_no_match() {
    let hits = search(&embedded(), "menarini");
    assert!(
        hits.iter().all(|h| fold_str(&h.text).contains("menarini")),
        "{:#?}",
        texts(&hits)
    );
}

fn fold_str(s: &str) -> String {
    s.chars().map(fold).collect()
}

#[test]
fn a_title_beats_a_body_hit_of_equal_quality() {
    let mut doc = small();
    // The body comes first in the document, so only the field can order them.
    doc.organisations[0].description = Some(Text::new(
        "Vaccini e terapie: il primo gruppo farmaceutico della regione, con siti produttivi e laboratori.",
    ));
    doc.organisations[2].name = Text::new("Vaccini Toscani");
    let hits = search(&doc, "vaccini");
    let orgs: Vec<&Hit> = hits
        .iter()
        .filter(|h| h.kind == HitKind::Organisation)
        .collect();
    assert_eq!(orgs.len(), 2, "{hits:#?}");
    assert_eq!(
        (orgs[0].field, orgs[0].text.as_str()),
        (Field::Title, "Vaccini Toscani")
    );
    assert_eq!(orgs[1].field, Field::Body);
    assert!(orgs[0].score > orgs[1].score);
}

#[test]
fn hits_are_grouped_by_kind_best_group_first() {
    let doc = embedded();
    for q in [
        "menarini",
        "univ",
        "vaccini",
        "siena",
        "diagnostica",
        "a",
        "roadmap 3",
        "clinical trials",
    ] {
        let hits = search(&doc, q);
        let groups: Vec<&[Hit]> = hits.chunk_by(|a, b| a.kind == b.kind).collect();
        let kinds: Vec<HitKind> = groups.iter().map(|g| g[0].kind).collect();
        for (i, k) in kinds.iter().enumerate() {
            assert!(!kinds[i + 1..].contains(k), "{q}: {k:?} split in {kinds:?}");
        }
        for pair in groups.windows(2) {
            assert!(pair[0][0].score >= pair[1][0].score, "{q}: {kinds:?}");
        }
        for g in &groups {
            assert!(g.windows(2).all(|w| w[0].score >= w[1].score), "{q}");
        }
    }
    let hits = search(&doc, "menarini");
    assert_eq!(hits[0].kind, HitKind::Organisation);
}

#[test]
fn equal_scores_keep_document_order() {
    let hits = search(&embedded(), "universita");
    let first: Vec<&str> = texts(&hits).into_iter().take(3).collect();
    assert_eq!(
        first,
        [
            "Università di Firenze",
            "Università di Pisa",
            "Università di Siena"
        ]
    );
    assert!(hits[..3].iter().all(|h| h.score == hits[0].score));
}

#[test]
fn a_thing_is_listed_once() {
    // Menarini matches by short name, name and description: one hit.
    let hits = search(&embedded(), "menarini");
    let n = hits
        .iter()
        .filter(|h| h.place == Place::Stakeholder("menarini".into()))
        .count();
    assert_eq!(n, 1);
}

/// The highlighted runs of a hit, folded.
fn runs(h: &Hit) -> Vec<String> {
    let chars: Vec<char> = h.text.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut last = None;
    for &i in &h.highlight {
        if last.is_some_and(|l| l + 1 == i) {
            out.last_mut().unwrap().push(fold(chars[i]));
        } else {
            out.push(fold(chars[i]).to_string());
        }
        last = Some(i);
    }
    out
}

#[test]
fn hit_texts_are_one_short_line_and_highlight_matched_words() {
    let doc = embedded();
    for q in [
        "universita",
        "vaccini siena",
        "sesto fiorentino",
        "ricerca clinica",
        "aou",
    ] {
        let words: Vec<String> = q.split(' ').map(fold_str).collect();
        let hits = search(&doc, q);
        assert!(!hits.is_empty(), "{q}");
        for h in &hits {
            assert!(h.text.chars().count() <= SNIPPET_CHARS, "{}", h.text);
            assert!(!h.text.contains('\n'), "{}", h.text);
            assert!(!h.highlight.is_empty(), "{q}: {}", h.text);
            assert!(h.highlight.windows(2).all(|w| w[0] < w[1]));
            let chars: Vec<char> = h.text.chars().collect();
            // Each run is a word (or its typed start), and shares its start with
            // a word of the query: the same word, its prefix, or its stem.
            for &i in &h.highlight {
                if i > 0 && !h.highlight.contains(&(i - 1)) {
                    assert!(!chars[i - 1].is_alphanumeric(), "{q}: {}", h.text);
                }
            }
            for run in runs(h) {
                assert!(
                    words.iter().any(|w| run.get(..3) == w.get(..3)),
                    "{q}: {run:?} in {}",
                    h.text
                );
            }
        }
    }
    for h in search(&doc, "universita") {
        assert!(runs(&h).iter().all(|r| r == "universita"), "{}", h.text);
    }
}

#[test]
fn a_body_snippet_is_cut_around_its_match() {
    let mut doc = small();
    let long = format!(
        "{}dell’Università di Siena,{}",
        "prima parola ".repeat(20),
        " dopo".repeat(40)
    );
    doc.roadmaps[1].context = vec![Text::new(&long)];
    let hits = search(&doc, "universita");
    let h = hits.iter().find(|h| h.field == Field::Body).unwrap();
    assert_eq!(landed(&doc, h).as_deref(), Some(long.as_str()));
    assert!(
        h.text.starts_with('…') && h.text.ends_with('…'),
        "{}",
        h.text
    );
    assert!(h.text.chars().count() <= SNIPPET_CHARS);
    assert!(
        h.text.contains("dell’Università di Siena, dopo"),
        "{}",
        h.text
    );
    assert_eq!(highlighted(h), "Università");
}

#[test]
fn the_list_is_capped() {
    let hits = search(&embedded(), "di");
    assert_eq!(hits.len(), MAX_HITS);
}

#[test]
fn one_matcher_serves_many_queries() {
    let doc = embedded();
    let ix = SearchIndex::new(&doc);
    let mut m = matcher();
    let first = ix.query("vaccini", Lang::It, &mut m);
    for q in ["v", "va", "vac", "vacc", "univ", ""] {
        ix.query(q, Lang::It, &mut m);
    }
    assert_eq!(ix.query("vaccini", Lang::It, &mut m), first);
}

#[test]
fn a_word_ending_a_long_accented_field_is_found() {
    let mut doc = small();
    let long =
        "Un paragrafo abbastanza lungo da essere cercato per sottostringa, che finisce con città";
    doc.roadmaps[1].context = vec![Text::new(long)];
    for q in ["citta", "città", "CITTÀ"] {
        let hits = search(&doc, q);
        let h = hits
            .iter()
            .find(|h| h.target.item == Some(ItemKey::Prose(Prose::Context, 0)))
            .unwrap_or_else(|| panic!("{q}"));
        assert_eq!(highlighted(h), "città");
        assert!(h.text.ends_with("città"), "{}", h.text);
    }
}

#[test]
fn every_target_is_one_item_of_the_screen_it_opens() {
    for doc in [embedded(), small(), accented()] {
        let ix = SearchIndex::new(&doc);
        for lang in [Lang::It, Lang::En] {
            for e in &ix.entries {
                let Some(key) = e.target.item else {
                    continue;
                };
                let items = screen_items(&doc, &e.place, &e.target, lang)
                    .unwrap_or_else(|| panic!("{key:?} on {}: no list", e.place));
                let n = items.iter().filter(|i| i.key == Some(key)).count();
                assert_eq!(n, 1, "{key:?} on {} ({lang:?})", e.place);
            }
        }
    }
}

#[test]
fn a_thing_without_an_item_of_its_own_selects_nothing() {
    let doc = small();
    for (q, kind) in [
        ("dispositivi medici", HitKind::Roadmap),
        ("point", HitKind::Area),
        ("device", HitKind::Organisation),
        ("siena", HitKind::Organisation),
    ] {
        let h = search(&doc, q)
            .into_iter()
            .find(|h| h.kind == kind)
            .unwrap();
        assert_eq!(h.target, Target::default(), "{q}");
    }
}
