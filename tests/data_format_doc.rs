#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Keeps `docs/data-format.md` honest: its example document must load, and every
//! field, enum value and type of `src/model/types.rs` must be documented, as must
//! the metric → unit table of `validate::unit_of`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use roadmap_tui::model::validate::unit_of;
use roadmap_tui::model::{Area, Document, Metric, Qualifier, Unit, parse_and_validate};

const DOC: &str = "docs/data-format.md";
const TYPES: &str = "src/model/types.rs";

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn markdown() -> String {
    read(DOC)
}

/// The text of the one fenced `ron` block of the document.
fn ron_example(md: &str) -> String {
    let starts: Vec<usize> = md
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_end() == "```ron")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        starts.len(),
        1,
        "{DOC} must have exactly one ```ron block, found {}",
        starts.len()
    );
    let mut body = String::new();
    for line in md.lines().skip(starts[0] + 1) {
        if line.trim_end() == "```" {
            return body;
        }
        body.push_str(line);
        body.push('\n');
    }
    panic!("the ```ron block of {DOC} is not closed");
}

fn example() -> Document {
    let text = ron_example(&markdown());
    match parse_and_validate(DOC, &text) {
        Ok(doc) => doc,
        Err(e) => panic!("the example in {DOC} does not load:\n{e}"),
    }
}

fn all_areas(areas: &[Area]) -> Vec<&Area> {
    let mut out = Vec::new();
    for a in areas {
        out.push(a);
        out.extend(all_areas(&a.children));
    }
    out
}

#[test]
fn the_example_document_loads() {
    let doc = example();

    assert_eq!(doc.roadmaps.len(), 2);
    assert_eq!(
        doc.roadmaps.iter().map(|r| r.number).collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(doc.organisations.len(), 6);
    assert_eq!(doc.sources.len(), 2);
    assert!(!doc.meta.sources.is_empty());
    assert!(doc.meta.subtitle.is_some() && doc.meta.managed_by.is_some());
    assert!(doc.meta.data_as_of.is_some() && doc.meta.contact.is_some());

    // Preface with every part.
    assert_eq!(doc.preface.previous_roadmaps.len(), 2);
    assert!(doc.preface.renumbering.is_some());
    assert!(!doc.preface.update.is_empty());
    let priorities = doc
        .preface
        .regional_priorities
        .as_ref()
        .expect("regional_priorities");
    assert!(priorities.recommendation.is_some());
    let group = doc.preface.other_projects.first().expect("other_projects");
    assert!(group.contribution.is_some() && group.note.is_some());

    // Positioning.
    assert!(doc.positioning.territories.len() >= 2);
    assert!(
        doc.region_territory()
            .is_some_and(|t| !t.figures.is_empty())
    );
    assert!(doc.meta.previous_review.is_some());
    assert!(!doc.positioning.research_system.is_empty());

    // A nested area.
    let r1 = &doc.roadmaps[0];
    let areas: Vec<&Area> = r1
        .area_groups
        .iter()
        .flat_map(|g| all_areas(&g.areas))
        .collect();
    let parent = areas
        .iter()
        .find(|a| !a.children.is_empty())
        .expect("an area with children");
    assert_eq!(parent.id, "r1-sensori");
    assert!(
        parent
            .children
            .iter()
            .any(|c| c.id == "r1-sensori-acustici")
    );
    assert!(parent.detail.is_some());

    // The rest of a roadmap.
    assert!(r1.short_title.is_some() && r1.secondary_sector.is_some());
    assert!(!r1.figures.is_empty() && !r1.areas_intro.is_empty() && !r1.assets.is_empty());
    assert!(r1.stakeholders.iter().any(|s| s.note.is_some()));
    let eu = r1.eu_projects.as_ref().expect("eu_projects");
    assert!(eu.coordinated_in_region.is_some() && eu.private_participants.is_some());
    assert!(eu.schemes.iter().any(|s| s.contribution.is_some()));
    let p = r1.partnerships.first().expect("a partnership");
    assert!(
        !p.members.is_empty() && p.date.is_some() && p.amount.is_some() && !p.sources.is_empty()
    );
    assert!(!r1.partnerships_text.is_empty());
    let inv = r1.investments.first().expect("an investment");
    assert!(inv.amount.is_some() && inv.place.is_some() && inv.date.is_some());
    assert_eq!(r1.cross_refs.first().map(|c| c.roadmap), Some(2));
    assert!(!r1.sources.is_empty());

    // Organisations: a group and a figure with the qualifier written.
    let porto = doc
        .organisations
        .iter()
        .find(|o| o.id == "porto-esempio")
        .expect("porto-esempio");
    assert!(porto.short_name.is_some() && porto.description.is_some());
    let turnover = porto
        .figures
        .iter()
        .find(|f| f.metric == Metric::Turnover)
        .expect("a turnover figure");
    assert_eq!(turnover.qualifier, Some(Qualifier::MoreThan));
    assert_eq!(turnover.unit, Unit::MillionEuro);
    assert!(
        (turnover.value - 3750.0).abs() < f64::EPSILON,
        "3,75 miliardi is 3750.0"
    );
    assert_eq!(turnover.year, Some(2020));
    assert!(
        doc.organisations
            .iter()
            .any(|o| o.group.as_deref() == Some("gruppo-nautico-esempio"))
    );

    // A figure with label, scope and note.
    assert!(
        r1.figures
            .iter()
            .any(|f| f.label.is_some() && f.scope.is_some() && f.note.is_some())
    );

    // SWOT, SDGs, sources.
    let s = &doc.swot;
    assert!(!s.strengths.is_empty() && !s.weaknesses.is_empty());
    assert!(!s.opportunities.is_empty() && !s.threats.is_empty());
    // Goal 9 is named by the program; 14 carries the wording the document quotes.
    assert_eq!(doc.sdgs.iter().map(|s| s.number).collect::<Vec<_>>(), [14]);
    assert!(doc.sdgs[0].target.is_some() && doc.sdgs[0].title.is_none());
    assert!(
        doc.sources
            .iter()
            .any(|s| s.footnote.is_some() && s.url.is_some())
    );
}

/// Field names of the structs in `types.rs`, written out so that renaming or adding a
/// field in one place and not the other fails here.
#[rustfmt::skip]
const FIELDS: &[&str] = &[
    // Document
    "meta", "preface", "positioning", "roadmaps", "organisations", "swot", "sdgs", "sources",
    // Meta
    "title", "subtitle", "author", "managed_by", "region", "previous_review", "date", "data_as_of", "language", "contact",
    // Preface, PreviousRoadmap, RegionalPriorities, ProjectGroup
    "paragraphs", "previous_roadmaps", "renumbering", "update", "regional_priorities",
    "other_projects", "number", "now", "act", "recommendation", "description", "projects",
    "contribution", "note",
    // Positioning, Figure
    "territories", "research_system", "metric", "value", "unit", "year", "qualifier",
    "scope", "label",
    // Roadmap, AreaGroup, Area
    "id", "short_title", "sector", "secondary_sector", "priority", "summary", "figures",
    "context", "areas_intro", "area_groups", "assets", "stakeholders", "eu_projects",
    "partnerships", "partnerships_text", "investments", "cross_refs", "areas", "detail",
    "children",
    // StakeholderLink, EuProjects, SchemeCount
    "org", "role", "programme", "coordinated_in_region", "schemes", "private_participants",
    "scheme",
    // Partnership, Investment, CrossRef
    "name", "kind", "members", "amount", "by", "place", "purpose", "roadmap", "topic",
    "investment", "when", "source",
    // Organisation, Swot, Sdg, Source
    "short_name", "group", "strengths", "weaknesses", "opportunities", "threats", "footnote",
    "url", "target",
];

fn undocumented<'a>(md: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    names
        .into_iter()
        .filter(|n| !md.contains(&format!("`{n}`")))
        .collect()
}

#[test]
fn every_listed_field_is_documented() {
    let md = markdown();
    let missing = undocumented(&md, FIELDS.iter().copied());
    assert!(
        missing.is_empty(),
        "fields not in backticks in {DOC}: {missing:?}"
    );
}

/// What `types.rs` declares: struct fields, enum variants and type names.
#[derive(Default)]
struct Declared {
    fields: BTreeSet<String>,
    variants: BTreeMap<String, Vec<String>>,
    types: BTreeSet<String>,
}

fn declared() -> Declared {
    let src = read(TYPES);
    let mut d = Declared::default();
    let mut current_enum: Option<String> = None;
    let mut in_struct = false;
    for line in src.lines().map(str::trim) {
        if line.starts_with("//") || line.starts_with('#') {
            continue;
        }
        let type_name = |rest: &str| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        if let Some(rest) = line.strip_prefix("pub struct ") {
            d.types.insert(type_name(rest));
            in_struct = true;
        } else if let Some(rest) = line.strip_prefix("pub enum ") {
            let name = type_name(rest);
            d.types.insert(name.clone());
            d.variants.insert(name.clone(), Vec::new());
            current_enum = Some(name);
        } else if line == "}" {
            in_struct = false;
            current_enum = None;
        } else if in_struct {
            if let Some((field, _)) = line.strip_prefix("pub ").and_then(|l| l.split_once(':')) {
                d.fields.insert(field.trim().to_owned());
            }
        } else if let Some(e) = &current_enum {
            let v = line.trim_end_matches(',');
            if !v.is_empty() && v.chars().all(char::is_alphanumeric) {
                d.variants.get_mut(e).expect("enum seen").push(v.to_owned());
            }
        }
    }
    d
}

#[test]
fn everything_declared_in_types_rs_is_documented() {
    let md = markdown();
    let d = declared();
    assert!(
        d.fields.len() > 70,
        "parsed too few fields from {TYPES}: {:?}",
        d.fields
    );
    assert!(d.types.contains("Document") && d.types.contains("Figure"));
    assert_eq!(
        d.variants.get("Metric").map(Vec::len),
        Some(17),
        "Metric variants from {TYPES}"
    );

    let missing = undocumented(&md, d.fields.iter().map(String::as_str));
    assert!(
        missing.is_empty(),
        "fields of {TYPES} not in backticks in {DOC}: {missing:?}"
    );

    let listed: BTreeSet<&str> = FIELDS.iter().copied().collect();
    let unlisted: Vec<&String> = d
        .fields
        .iter()
        .filter(|f| !listed.contains(f.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "add these fields of {TYPES} to FIELDS: {unlisted:?}"
    );

    let missing = undocumented(&md, d.types.iter().map(String::as_str));
    assert!(
        missing.is_empty(),
        "types of {TYPES} not in backticks in {DOC}: {missing:?}"
    );

    for (e, variants) in &d.variants {
        let missing = undocumented(&md, variants.iter().map(String::as_str));
        assert!(
            missing.is_empty(),
            "values of {e} not in backticks in {DOC}: {missing:?}"
        );
    }
}

/// The content of a table cell that is exactly one code span, `X`.
fn code_cell(cell: &str) -> Option<&str> {
    let inner = cell.trim().strip_prefix('`')?.strip_suffix('`')?;
    (!inner.is_empty() && !inner.contains('`')).then_some(inner)
}

/// Rows of markdown tables in `text` whose first two cells are a metric and a unit.
fn metric_unit_rows(text: &str) -> Vec<(Metric, Unit)> {
    text.lines()
        .filter(|l| l.trim_start().starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim().trim_matches('|').split('|').collect();
            let metric = ron::from_str::<Metric>(code_cell(cells.first()?)?).ok()?;
            let unit = ron::from_str::<Unit>(code_cell(cells.get(1)?)?).ok()?;
            Some((metric, unit))
        })
        .collect()
}

#[test]
fn the_unit_table_matches_unit_of() {
    let md = markdown();
    let d = declared();
    let metrics: Vec<Metric> = d.variants["Metric"]
        .iter()
        .map(|v| ron::from_str::<Metric>(v).unwrap_or_else(|e| panic!("Metric {v}: {e}")))
        .collect();

    // Every table anywhere that pairs a metric with a unit agrees with the code.
    for (m, u) in metric_unit_rows(&md) {
        assert_eq!(u, unit_of(m), "{DOC} gives {m:?} the unit {u:?}");
    }

    // The dedicated section lists every metric exactly once.
    let heading = "### Which unit each metric takes";
    let start = md
        .find(heading)
        .unwrap_or_else(|| panic!("{DOC} has no `{heading}` section"));
    let section = &md[start + heading.len()..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let rows = metric_unit_rows(section);
    let mut listed: Vec<Metric> = rows.iter().map(|(m, _)| *m).collect();
    listed.sort();
    let mut expected = metrics.clone();
    expected.sort();
    assert_eq!(
        listed, expected,
        "the table in `{heading}` must list every metric once"
    );
    for (m, u) in rows {
        assert_eq!(u, unit_of(m));
    }
}
