use super::*;

/// Every message of a table as (path, text), read from its `Debug` form so that
/// no field can be left out of the check. Counts and formats are functions and
/// are checked by calling them.
fn messages(w: &Words) -> Vec<(String, String)> {
    let dump = format!("{w:#?}");
    let mut path: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for line in dump.lines() {
        let line = line.trim();
        if let Some(name) = line.strip_suffix(" {") {
            // "keys: KeyHelp {" opens a group; the outermost is "Words {".
            path.push(name.split(':').next().unwrap_or(name).to_owned());
        } else if line.starts_with('}') {
            path.pop();
        } else if let Some((field, value)) = line.split_once(": ")
            && let Some(text) = value.strip_suffix(',').and_then(|v| v.strip_prefix('"'))
        {
            let text = text.strip_suffix('"').unwrap_or(text);
            out.push((format!("{}.{field}", path.join(".")), text.to_owned()));
        }
    }
    out
}

/// Messages that are rightly the same in Italian and English: names, acronyms and
/// words the two languages share.
const SAME_IN_BOTH: &[&str] = &[
    "hints.swot",
    "hints.zoom",
    "contexts.roadmap",
    "choices.roadmap",
    "contexts.swot",
    "hit_kinds.swot",
    "roadmap_sorts.number",
    "roadmap_sorts.stakeholders",
    "screens.mouse",
    // Signs for narrow table cells.
    "qualifiers.more_than_short",
    "qualifiers.about_short",
    "qualifiers.almost_short",
    "qualifiers.at_least_short",
    "qualifiers.up_to_short",
];

#[test]
fn every_message_is_there_in_every_language() {
    let it = messages(&IT);
    assert!(it.len() > 300, "only {} messages read", it.len());
    for lang in Lang::ALL {
        let w = messages(lang.words());
        let paths = |v: &[(String, String)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        assert_eq!(paths(&w), paths(&it), "{lang:?} has other fields");
        for (path, text) in &w {
            assert!(!text.trim().is_empty(), "{lang:?} {path} is empty");
            assert_eq!(text.trim(), text, "{lang:?} {path} has spaces around it");
        }
    }
}

#[test]
fn english_differs_from_italian_except_where_the_word_is_shared() {
    let mut same: Vec<String> = messages(&IT)
        .into_iter()
        .zip(messages(&EN))
        .filter(|((_, it), (_, en))| it == en)
        .map(|((path, _), _)| path.trim_start_matches("Words.").to_owned())
        .collect();
    same.sort();
    let mut expected: Vec<String> = SAME_IN_BOTH.iter().map(ToString::to_string).collect();
    expected.sort();
    assert_eq!(same, expected);
}

#[test]
fn plural_forms_differ_for_one_and_many() {
    for lang in Lang::ALL {
        let c = &lang.words().counts;
        let counts: [(&str, Count); 7] = [
            ("announced_investments", c.announced_investments),
            ("areas", c.areas),
            ("sub_areas", c.sub_areas),
            ("organisations", c.organisations),
            ("projects", c.projects),
            ("results", c.results),
            ("more", c.more),
        ];
        for (name, count) in counts {
            let one = count(1).replace('1', "#");
            let many = count(2).replace('2', "#");
            assert_ne!(one, many, "{lang:?} {name}: one and many read the same");
            assert_eq!(
                count(2).replace('2', "#"),
                count(7).replace('7', "#"),
                "{lang:?} {name}"
            );
            assert!(
                count(12).contains("12"),
                "{lang:?} {name} leaves out the count"
            );
        }
        assert!((c.results_at_least)(50).contains("50+"));
    }
}

#[test]
fn plural_forms_read_right() {
    let (en, it) = (&Lang::En.words().counts, &Lang::It.words().counts);
    assert_eq!((en.roadmaps)(7), "7 roadmaps");
    assert_eq!((en.roadmaps)(1), "1 roadmap");
    assert_eq!((it.roadmaps)(7), "7 roadmap");
    assert_eq!((en.results)(1), "1 result");
    assert_eq!((it.results)(1), "1 risultato");
    assert_eq!((it.results)(3), "3 risultati");
    assert_eq!((en.stakeholders)(44), "44 stakeholders");
    assert_eq!((it.stakeholders)(44), "44 stakeholder");
    assert_eq!((it.announced_investments)(1), "1 investimento annunciato");
    assert_eq!((it.announced_investments)(7), "7 investimenti annunciati");
    assert_eq!((en.announced_investments)(1), "1 announced investment");
}

#[test]
fn languages_cycle_and_come_from_the_locale() {
    assert_eq!(Lang::It.toggle(), Lang::En);
    assert_eq!(Lang::En.toggle(), Lang::It);
    let locale = |v: &'static str| move |k: &str| (k == "LANG").then(|| v.to_owned());
    assert_eq!(Lang::from_locale(locale("it_IT.UTF-8")), Lang::It);
    assert_eq!(Lang::from_locale(locale("en_GB.UTF-8")), Lang::En);
    assert_eq!(Lang::from_locale(locale("de_DE.UTF-8")), Lang::En);
    assert_eq!(Lang::from_locale(|_| None), Lang::It);
    for lang in Lang::ALL {
        assert_eq!(lang.code(), lang.words().code);
    }
}

/// Names of places and reviews that only a document may bring: the program is for
/// any region's strategy.
/// A word beginning "toscan" or "tuscan", or the word "Italia", "Italy" or "MTR"
/// ("italiano" names a language).
fn names_a_place(text: &str) -> Option<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| {
            w.starts_with("toscan")
                || w.starts_with("tuscan")
                || ["italia", "italy", "mtr"].contains(w)
        })
        .map(str::to_owned)
}

#[test]
fn no_message_names_a_region_or_a_review() {
    for lang in Lang::ALL {
        let w = lang.words();
        for (path, text) in messages(w) {
            assert_eq!(names_a_place(&text), None, "{lang:?} {path}: {text}");
        }
        let r = &w.regional;
        for phrase in [
            r.sector_in,
            r.coordinated_in,
            r.coordinated_column,
            r.update_since,
            r.previous_roadmaps_of,
        ] {
            let text = phrase("Lombardia");
            assert!(text.contains("Lombardia"), "{lang:?}: {text}");
            assert_eq!(names_a_place(&text), None, "{lang:?}: {text}");
        }
    }
}
