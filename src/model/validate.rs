//! Checks that a parsed document hangs together. Every problem is collected, none
//! stops the others, and each says where it is.

use std::collections::{HashMap, HashSet};

use super::load::snippet;
use super::text::sanitize;
use super::types::{Area, Document, Figure, Metric, Unit};

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the document's structure, e.g. `roadmaps[1].stakeholders[3].org`.
    pub path: String,
    pub message: String,
    /// 1-based line and column in the file, when known.
    pub position: Option<(usize, usize)>,
    /// The offending line with a caret, when known.
    pub snippet: Option<String>,
    /// A string to look for in the file to find the position.
    needle: Option<String>,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            position: None,
            snippet: None,
            needle: None,
        }
    }

    /// Remembers a quoted value to search for when the position is resolved.
    fn near(self, value: &str) -> Self {
        self.near_text(format!("\"{value}\""))
    }

    /// Remembers literal text to search for when the position is resolved.
    fn near_text(mut self, text: String) -> Self {
        self.needle = Some(text);
        self
    }

    /// A syntax or type error from the parser.
    pub fn syntax(text: &str, e: &ron::error::SpannedError) -> Self {
        let (line, col) = (e.span.start.line, e.span.start.col);
        Self {
            path: String::new(),
            message: describe_ron_error(&e.code),
            position: Some((line, col)),
            snippet: snippet(text, line, col),
            needle: None,
        }
    }

    /// Finds the problem's line in `text` from the value it mentions.
    pub fn locate_in(&mut self, text: &str) {
        let Some(needle) = &self.needle else { return };
        let Some(offset) = text.find(needle.as_str()) else {
            return;
        };
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        self.position = Some((line, col));
        self.snippet = snippet(text, line, col);
    }

    /// `file:line:column: message (at path)` on one line.
    pub fn headline(&self, file: &str) -> String {
        let at = if self.path.is_empty() {
            String::new()
        } else {
            format!(" (at {})", self.path)
        };
        match self.position {
            Some((line, col)) => format!("{file}:{line}:{col}: {}{at}", self.message),
            None => format!("{file}: {}{at}", self.message),
        }
    }

    /// The headline followed by the snippet with a caret.
    pub fn render(&self, file: &str) -> String {
        match &self.snippet {
            Some(s) => format!("{}\n{s}", self.headline(file)),
            None => self.headline(file),
        }
    }
}

/// Rewords the parser's messages so a document author knows what to write.
fn describe_ron_error(e: &ron::Error) -> String {
    use ron::Error as E;
    let msg = match e {
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}`{}; it is required",
            outer.as_ref().map(|o| format!(" in {o}")).unwrap_or_default()
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}; expected one of: {}",
            outer.as_ref().map(|o| format!(" in {o}")).unwrap_or_default(),
            expected.join(", ")
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "unknown value `{found}`{}; expected one of: {}",
            outer.as_ref().map(|o| format!(" for {o}")).unwrap_or_default(),
            expected.join(", ")
        ),
        E::DuplicateStructField { field, outer } => format!(
            "field `{field}` given twice{}",
            outer.as_ref().map(|o| format!(" in {o}")).unwrap_or_default()
        ),
        E::ExceededRecursionLimit => {
            "nested too deeply (more than 64 levels); flatten the structure".into()
        }
        E::Eof => "unexpected end of file; a bracket or parenthesis is not closed".into(),
        other => {
            let s = other.to_string();
            let mut chars = s.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect::<String>()
            })
        }
    };
    sanitize(&msg)
}

/// Validates a parsed document, returning every problem found.
pub fn validate(doc: &Document) -> Vec<Problem> {
    let mut v = Validator::default();
    v.run(doc);
    v.problems
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    fn run(&mut self, doc: &Document) {
        let orgs = self.unique_ids(
            "organisations",
            doc.organisations.iter().map(|o| o.id.as_str()),
        );
        let sources = self.unique_ids("sources", doc.sources.iter().map(|s| s.id.as_str()));
        self.unique_ids("roadmaps", doc.roadmaps.iter().map(|r| r.id.as_str()));
        let mut area_ids = Vec::new();
        for r in &doc.roadmaps {
            for g in &r.area_groups {
                collect_area_ids(&g.areas, &mut area_ids);
            }
        }
        self.unique_ids("areas", area_ids.into_iter());
        self.unique_ids(
            "partnerships",
            doc.roadmaps
                .iter()
                .flat_map(|r| r.partnerships.iter().map(|p| p.id.as_str())),
        );
        self.unique_ids(
            "investments",
            doc.roadmaps
                .iter()
                .flat_map(|r| r.investments.iter().map(|i| i.id.as_str())),
        );
        let sdgs: HashSet<u8> = doc.sdgs.iter().map(|s| s.number).collect();
        let numbers = self.roadmap_numbers(doc);

        self.non_empty("meta.title", &doc.meta.title);
        self.refs("meta.sources", &doc.meta.sources, &sources, "source");
        self.refs("preface.sources", &doc.preface.sources, &sources, "source");
        for (i, p) in doc.preface.previous_roadmaps.iter().enumerate() {
            if !numbers.contains(&p.now) {
                self.push(
                    Problem::new(
                        format!("preface.previous_roadmaps[{i}].now"),
                        format!("roadmap {} does not exist", p.now),
                    )
                    .near_text(format!("now: {}", p.now)),
                );
            }
        }
        for (i, g) in doc.preface.other_projects.iter().enumerate() {
            if let Some(f) = &g.contribution {
                self.figure(&format!("preface.other_projects[{i}].contribution"), f);
            }
        }
        for (i, f) in doc.positioning.italy.iter().enumerate() {
            self.figure(&format!("positioning.italy[{i}]"), f);
        }
        for (i, f) in doc.positioning.tuscany.iter().enumerate() {
            self.figure(&format!("positioning.tuscany[{i}]"), f);
        }
        self.refs(
            "positioning.research_system",
            &doc.positioning.research_system,
            &orgs,
            "organisation",
        );
        self.refs("positioning.sources", &doc.positioning.sources, &sources, "source");

        for (ri, r) in doc.roadmaps.iter().enumerate() {
            let at = format!("roadmaps[{ri}]");
            self.non_empty(&format!("{at}.title"), &r.title);
            self.non_empty(&format!("{at}.sector"), &r.sector);
            if !(1..=5).contains(&r.priority) {
                self.push(
                    Problem::new(
                        format!("{at}.priority"),
                        format!(
                            "priority of roadmap {} is {}; it must be from 1 (highest) to 5",
                            r.number, r.priority
                        ),
                    )
                    .near_text(format!("priority: {}", r.priority)),
                );
            }
            for (i, f) in r.figures.iter().enumerate() {
                self.figure(&format!("{at}.figures[{i}]"), f);
            }
            for (gi, g) in r.area_groups.iter().enumerate() {
                self.non_empty(&format!("{at}.area_groups[{gi}].title"), &g.title);
                self.areas(&format!("{at}.area_groups[{gi}].areas"), &g.areas);
            }
            let mut linked = HashSet::new();
            for (i, s) in r.stakeholders.iter().enumerate() {
                let p = format!("{at}.stakeholders[{i}].org");
                self.reference(&p, &s.org, &orgs, "organisation");
                if !linked.insert(s.org.as_str()) {
                    self.push(
                        Problem::new(p, format!("organisation `{}` is linked twice", s.org))
                            .near(&s.org),
                    );
                }
            }
            for (i, n) in r.sdgs.iter().enumerate() {
                if !sdgs.contains(n) {
                    self.push(Problem::new(
                        format!("{at}.sdgs[{i}]"),
                        format!("SDG {n} is not in the sdgs table"),
                    ));
                }
            }
            if let Some(eu) = &r.eu_projects {
                self.figure(&format!("{at}.eu_projects.contribution"), &eu.contribution);
                for (i, s) in eu.schemes.iter().enumerate() {
                    if let Some(f) = &s.contribution {
                        self.figure(&format!("{at}.eu_projects.schemes[{i}].contribution"), f);
                    }
                }
            }
            for (i, p) in r.partnerships.iter().enumerate() {
                let pat = format!("{at}.partnerships[{i}]");
                self.non_empty(&format!("{pat}.name"), &p.name);
                self.refs(&format!("{pat}.members"), &p.members, &orgs, "organisation");
                self.refs(&format!("{pat}.sources"), &p.sources, &sources, "source");
                if let Some(f) = &p.amount {
                    self.figure(&format!("{pat}.amount"), f);
                }
            }
            for (i, inv) in r.investments.iter().enumerate() {
                let iat = format!("{at}.investments[{i}]");
                self.non_empty(&format!("{iat}.purpose"), &inv.purpose);
                self.refs(&format!("{iat}.by"), &inv.by, &orgs, "organisation");
                self.refs(&format!("{iat}.sources"), &inv.sources, &sources, "source");
                if let Some(f) = &inv.amount {
                    self.figure(&format!("{iat}.amount"), f);
                }
            }
            for (i, c) in r.cross_refs.iter().enumerate() {
                if !numbers.contains(&c.roadmap) {
                    self.push(
                        Problem::new(
                            format!("{at}.cross_refs[{i}].roadmap"),
                            format!("roadmap {} does not exist", c.roadmap),
                        )
                        .near_text(format!("roadmap: {}", c.roadmap)),
                    );
                }
            }
            self.refs(&format!("{at}.sources"), &r.sources, &sources, "source");
        }

        for (i, o) in doc.organisations.iter().enumerate() {
            let at = format!("organisations[{i}]");
            self.non_empty(&format!("{at}.name"), &o.name);
            if let Some(g) = &o.group {
                if g == &o.id {
                    self.push(
                        Problem::new(format!("{at}.group"), "an organisation cannot be its own group")
                            .near(g),
                    );
                } else {
                    self.reference(&format!("{at}.group"), g, &orgs, "organisation");
                }
            }
            for (fi, f) in o.figures.iter().enumerate() {
                self.figure(&format!("{at}.figures[{fi}]"), f);
            }
        }
        for (name, items) in [
            ("strengths", &doc.swot.strengths),
            ("weaknesses", &doc.swot.weaknesses),
            ("opportunities", &doc.swot.opportunities),
            ("threats", &doc.swot.threats),
        ] {
            for (i, t) in items.iter().enumerate() {
                self.non_empty(&format!("swot.{name}[{i}]"), t);
            }
        }
        let mut seen_sdg = HashSet::new();
        for (i, s) in doc.sdgs.iter().enumerate() {
            self.non_empty(&format!("sdgs[{i}].name"), &s.name);
            if !seen_sdg.insert(s.number) {
                self.push(Problem::new(
                    format!("sdgs[{i}].number"),
                    format!("SDG {} is listed twice", s.number),
                ));
            }
        }
        for (i, s) in doc.sources.iter().enumerate() {
            self.non_empty(&format!("sources[{i}].title"), &s.title);
        }
    }

    /// Checks ids in one namespace: well-formed and unique. Returns the set of ids.
    fn unique_ids<'a>(&mut self, kind: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<String> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if !is_valid_id(id) {
                self.push(
                    Problem::new(
                        format!("{kind}[{i}].id"),
                        format!(
                            "id `{}` is not valid; ids use lowercase letters, digits, `-`, `_` and `.`",
                            sanitize(id)
                        ),
                    )
                    .near(id),
                );
            }
            if seen.insert(id, i).is_some() {
                self.push(
                    Problem::new(
                        format!("{kind}[{i}].id"),
                        format!("duplicate id `{}` among {kind}", sanitize(id)),
                    )
                    .near(id),
                );
            }
        }
        seen.into_keys().map(str::to_owned).collect()
    }

    fn roadmap_numbers(&mut self, doc: &Document) -> HashSet<u8> {
        let mut numbers = HashSet::new();
        for (i, r) in doc.roadmaps.iter().enumerate() {
            if !numbers.insert(r.number) {
                self.push(
                    Problem::new(
                        format!("roadmaps[{i}].number"),
                        format!("roadmap number {} is used twice", r.number),
                    )
                    .near(&r.id),
                );
            }
        }
        for (i, r) in doc.roadmaps.iter().enumerate() {
            let expected = i + 1;
            if usize::from(r.number) != expected {
                self.push(
                    Problem::new(
                        format!("roadmaps[{i}].number"),
                        format!(
                            "roadmap numbers must run 1, 2, 3… in order; found {} where {expected} was expected",
                            r.number
                        ),
                    )
                    .near(&r.id),
                );
                break;
            }
        }
        numbers
    }

    fn areas(&mut self, at: &str, areas: &[Area]) {
        for (i, a) in areas.iter().enumerate() {
            let here = format!("{at}[{i}]");
            if a.title.trim().is_empty() {
                self.push(Problem::new(format!("{here}.title"), "title is empty").near(&a.id));
            }
            self.areas(&format!("{here}.children"), &a.children);
        }
    }

    fn non_empty(&mut self, at: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(Problem::new(at, "text is empty"));
        }
    }

    fn refs(&mut self, at: &str, ids: &[String], known: &HashSet<String>, kind: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(&format!("{at}[{i}]"), id, known, kind);
        }
    }

    fn reference(&mut self, at: &str, id: &str, known: &HashSet<String>, kind: &str) {
        if !known.contains(id) {
            self.push(
                Problem::new(at, format!("unknown {kind} `{}`", sanitize(id))).near(id),
            );
        }
    }

    fn figure(&mut self, at: &str, f: &Figure) {
        if !f.value.is_finite() || f.value < 0.0 {
            self.push(Problem::new(
                format!("{at}.value"),
                format!("value {} must be a non-negative number", f.value),
            ));
        }
        if f.unit == Unit::Percent && !(0.0..=100.0).contains(&f.value) {
            self.push(Problem::new(
                format!("{at}.value"),
                format!("percentage {} is outside 0–100", f.value),
            ));
        }
        let expected = unit_of(f.metric);
        if f.unit != expected {
            self.push(Problem::new(
                format!("{at}.unit"),
                format!(
                    "unit {:?} does not fit metric {:?}; expected {expected:?}",
                    f.unit, f.metric
                ),
            ));
        }
        if let Some(y) = f.year {
            if !(1900..=2100).contains(&y) {
                self.push(Problem::new(
                    format!("{at}.year"),
                    format!("year {y} is not plausible"),
                ));
            }
        }
    }
}

/// The unit every figure of a metric is given in.
pub fn unit_of(metric: Metric) -> Unit {
    use Metric as M;
    match metric {
        M::Turnover
        | M::ValueOfProduction
        | M::MarketValue
        | M::Export
        | M::Investment
        | M::EuContribution
        | M::Funding => Unit::MillionEuro,
        M::Employees | M::Researchers => Unit::People,
        M::Firms | M::LocalUnits | M::Count => Unit::Count,
        M::Doses => Unit::Doses,
        M::GdpShare | M::ExportShare | M::Share => Unit::Percent,
        M::Rank => Unit::Rank,
    }
}

/// Whether `id` can be used in a place name such as `stakeholder:ID`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'))
}

fn collect_area_ids<'a>(areas: &'a [Area], out: &mut Vec<&'a str>) {
    for a in areas {
        out.push(&a.id);
        collect_area_ids(&a.children, out);
    }
}
