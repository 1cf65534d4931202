//! "Did you mean": the ids nearest to one written wrongly, and the organisations
//! whose name was written where their id belongs.

use strsim::jaro_winkler;

use super::text::{Text, sanitize};
use super::types::{Area, Document};

/// How alike (Jaro-Winkler, 0 to 1) a written id and a known one must be to suggest it.
const THRESHOLD: f64 = 0.8;

/// How far behind the best suggestion another may score and still be given.
const BEHIND: f64 = 0.1;

/// How many suggestions a message gives at most.
const MAX: usize = 3;

/// Something that can be referred to: its id and the names a writer may use instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<'a> {
    pub id: &'a str,
    /// The name shown beside the id in a suggestion.
    pub label: Option<&'a str>,
    /// Other names it goes by (a short name), matched but not shown.
    pub aliases: Vec<&'a str>,
}

/// The organisations of `doc` as candidates, named by name and short name.
pub fn organisations(doc: &Document) -> Vec<Candidate<'_>> {
    doc.organisations
        .iter()
        .map(|o| Candidate {
            id: &o.id,
            label: Some(o.name.as_str()),
            aliases: o.short_name.iter().map(Text::as_str).collect(),
        })
        .collect()
}

impl<'a> Candidate<'a> {
    /// A candidate known by its id alone.
    pub fn id(id: &'a str) -> Self {
        Self {
            id,
            label: None,
            aliases: Vec::new(),
        }
    }
}

/// The sources of `doc` as candidates, named by title.
pub fn sources(doc: &Document) -> Vec<Candidate<'_>> {
    doc.sources
        .iter()
        .map(|s| Candidate {
            id: &s.id,
            label: Some(s.title.as_str()),
            aliases: Vec::new(),
        })
        .collect()
}

/// Every investment of `doc` as candidates, by id alone (an investment has no name).
pub fn investments(doc: &Document) -> Vec<Candidate<'_>> {
    doc.roadmaps
        .iter()
        .flat_map(|r| &r.investments)
        .map(|i| Candidate::id(&i.id))
        .collect()
}

/// Every area of `doc` as candidates, named by title.
pub fn areas(doc: &Document) -> Vec<Candidate<'_>> {
    fn walk<'a>(areas: &'a [Area], out: &mut Vec<Candidate<'a>>) {
        for a in areas {
            out.push(Candidate {
                id: &a.id,
                label: Some(a.title.as_str()),
                aliases: Vec::new(),
            });
            walk(&a.children, out);
        }
    }
    let mut out = Vec::new();
    for g in doc.roadmaps.iter().flat_map(|r| &r.area_groups) {
        walk(&g.areas, &mut out);
    }
    out
}

/// `s` in lower case without accents, with runs of blanks, `-`, `_` and `.` made one
/// space: how names and ids are compared.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '’' | '\'' => ' ',
            c if c.is_whitespace() || matches!(c, '-' | '_' | '.') => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// Up to three candidates for what was `written`, best first: those whose name or
/// short name is what was written (case and accents aside), then those whose name
/// begins with it, then those whose id begins with it (or it with their id), then
/// those whose id is nearest to it.
pub fn nearest<'c, 'a>(written: &str, candidates: &'c [Candidate<'a>]) -> Vec<&'c Candidate<'a>> {
    let w = fold(written);
    if w.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &Candidate)> = candidates
        .iter()
        .filter_map(|c| {
            let names: Vec<String> = c.label.iter().chain(&c.aliases).map(|n| fold(n)).collect();
            let id = fold(c.id);
            let near = jaro_winkler(&w, &id);
            let score = if names.contains(&w) {
                3.0
            } else if w.len() >= 3 && names.iter().any(|n| n.starts_with(&w)) {
                2.5
            } else if id.starts_with(&w) || w.starts_with(&id) {
                2.0 + near * 0.4
            } else {
                near
            };
            (score >= THRESHOLD).then_some((score, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(b.1.id)));
    scored.dedup_by(|a, b| a.1.id == b.1.id);
    // Far behind the best, a candidate is noise: `r1-in-vitro` for `r1-diagnostic`.
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .into_iter()
        .take_while(|(score, _)| *score >= best - BEHIND)
        .take(MAX)
        .map(|(_, c)| c)
        .collect()
}

/// "did you mean `polimi` (Politecnico di Milano)?", or `None` when nothing is near.
pub fn did_you_mean(written: &str, candidates: &[Candidate]) -> Option<String> {
    let found = nearest(written, candidates);
    if found.is_empty() {
        return None;
    }
    let names: Vec<String> = found
        .iter()
        .map(|c| match c.label {
            Some(l) if !l.trim().is_empty() => {
                format!("`{}` ({})", sanitize(c.id), sanitize(l.trim()))
            }
            _ => format!("`{}`", sanitize(c.id)),
        })
        .collect();
    let list = match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
        [] => String::new(),
    };
    Some(format!("did you mean {list}?"))
}

/// `message`, followed by "; did you mean …?" when something is near `written`.
pub fn with_suggestion(message: String, written: &str, candidates: &[Candidate]) -> String {
    match did_you_mean(written, candidates) {
        Some(s) => format!("{message}; {s}"),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org<'a>(id: &'a str, name: &'a str, short: Option<&'a str>) -> Candidate<'a> {
        Candidate {
            id,
            label: Some(name),
            aliases: short.into_iter().collect(),
        }
    }

    fn orgs() -> Vec<Candidate<'static>> {
        vec![
            org("polimi", "Politecnico di Milano", None),
            org(
                "menarini",
                "A. Menarini Industrie Farmaceutiche Riunite",
                Some("Menarini"),
            ),
            org("menarini-biotech", "Menarini Biotech", None),
            org("unisi", "Università degli Studi di Siena", Some("UniSi")),
            org("ftls", "Fondazione Toscana Life Sciences", Some("TLS")),
        ]
    }

    fn ids(written: &str) -> Vec<&'static str> {
        let c = orgs();
        nearest(written, &c).iter().map(|c| c.id).collect()
    }

    #[test]
    fn folds_case_accents_and_separators() {
        assert_eq!(fold("Università  degli-Studi"), "universita degli studi");
        assert_eq!(fold("  L’Aquila "), "l aquila");
        assert_eq!(fold("r2-diagnostica"), "r2 diagnostica");
    }

    #[test]
    fn a_misspelt_id_suggests_the_nearest_ids() {
        assert_eq!(ids("menarni"), ["menarini", "menarini-biotech"]);
        assert_eq!(ids("unisi "), ["unisi"]);
    }

    #[test]
    fn a_name_written_for_an_id_suggests_that_organisation_first() {
        assert_eq!(ids("Politecnico di Milano"), ["polimi"]);
        assert_eq!(ids("universita degli studi di siena"), ["unisi"]);
        assert_eq!(ids("tls"), ["ftls"]);
        assert_eq!(ids("Politecnico"), ["polimi"]);
        // A name written exactly leaves the others far behind.
        assert_eq!(ids("MENARINI"), ["menarini"]);
    }

    #[test]
    fn nothing_near_gives_nothing() {
        assert!(ids("ghost-org").is_empty());
        assert!(ids("").is_empty());
        assert_eq!(did_you_mean("zzz", &orgs()), None);
    }

    #[test]
    fn at_most_three_suggestions_best_first() {
        let c: Vec<Candidate> = ["r1-a", "r1-b", "r1-c", "r1-d"]
            .into_iter()
            .map(Candidate::id)
            .collect();
        let found: Vec<&str> = nearest("r1-x", &c).iter().map(|c| c.id).collect();
        assert_eq!(found, ["r1-a", "r1-b", "r1-c"]);
    }

    #[test]
    fn ids_far_behind_the_best_are_left_out() {
        let c: Vec<Candidate> = ["r1-diagnostica", "r1-in-vitro"]
            .into_iter()
            .map(Candidate::id)
            .collect();
        let found: Vec<&str> = nearest("r1-diagnostic", &c).iter().map(|c| c.id).collect();
        assert_eq!(found, ["r1-diagnostica"]);
        // Alone, the far one is still near enough to suggest.
        let found: Vec<&str> = nearest("r1-in-vito", &c).iter().map(|c| c.id).collect();
        assert_eq!(found, ["r1-in-vitro"]);
    }

    #[test]
    fn ids_that_begin_with_what_was_written_come_first() {
        let c: Vec<Candidate> = ["r2-diagnosi-poc", "r2-diagnostica-avanzata", "r2-robotica"]
            .into_iter()
            .map(Candidate::id)
            .collect();
        let found: Vec<&str> = nearest("r2-diagnostica", &c).iter().map(|c| c.id).collect();
        assert_eq!(found, ["r2-diagnostica-avanzata"]);
    }

    #[test]
    fn the_message_never_carries_terminal_controls() {
        let c = [org("\u{1b}[31mred", "\u{1b}]0;title\u{7}Red", None)];
        let said = did_you_mean("\u{1b}[31mre", &c).expect("a suggestion");
        assert!(!said.contains(['\u{1b}', '\u{7}']), "{said:?}");
    }

    #[test]
    fn the_message_names_ids_with_their_names() {
        assert_eq!(
            did_you_mean("Politecnico di Milano", &orgs()).as_deref(),
            Some("did you mean `polimi` (Politecnico di Milano)?")
        );
        assert_eq!(
            did_you_mean("menarni", &orgs()).as_deref(),
            Some(
                "did you mean `menarini` (A. Menarini Industrie Farmaceutiche Riunite) or \
                 `menarini-biotech` (Menarini Biotech)?"
            )
        );
    }
}
