//! Checks that a parsed document hangs together. Every problem is collected, none
//! stops the others, and each says where it is.
//!
//! Longer than most files on purpose: one `Validator` walks the document once and
//! holds every cross-reference check (ids, references, numbering, units), each a
//! method of its own, beside the plain-words descriptions of RON's errors; split up,
//! the checks would each need the walk's state passed around.

use std::collections::{HashMap, HashSet};

use super::hints::syntax_hint;
use super::locate::{line_col, locate, snippet};
use super::suggest::{self, Candidate, with_suggestion};
use super::text::sanitize;
use super::types::{Area, Document, Figure, Metric, Unit, is_date};

/// The last line of a syntax error: the parser reports one problem and stops.
pub const STOPS_AT_SYNTAX: &str =
    "parsing stops at the first syntax error: any others are listed once it is fixed";

/// One thing wrong with a data file (or, among warnings, one that looks wrong).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problem {
    /// Where in the document's structure, e.g. `roadmaps[1].stakeholders[3].org`.
    pub path: String,
    pub message: String,
    /// 1-based line and column in the file, when known.
    pub position: Option<(usize, usize)>,
    /// The offending line with a caret, when known.
    pub snippet: Option<String>,
    /// A last line, after the snippet.
    pub note: Option<String>,
    /// The path of an earlier definition the problem clashes with; its position is
    /// added to the message once the problem is located.
    pub first: Option<String>,
}

impl Problem {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            position: None,
            snippet: None,
            note: None,
            first: None,
        }
    }

    /// A syntax or type error from the parser.
    pub fn syntax(text: &str, e: &ron::error::SpannedError) -> Self {
        let (mut line, mut col) = (e.span.start.line, e.span.start.col);
        // The parser reports the position after a `:`; point at the value itself.
        if let Some(src) = text.lines().nth(line.saturating_sub(1)) {
            col += src
                .chars()
                .skip(col.saturating_sub(1))
                .take_while(|c| c.is_whitespace())
                .count();
        }
        let mut message = describe_ron_error(&e.code);
        if let Some((hint, at)) = syntax_hint(text, offset_of(text, line, col), &e.code) {
            message = sanitize(&hint);
            (line, col) = line_col(text, at);
        }
        Self {
            message,
            position: Some((line, col)),
            snippet: snippet(text, line, col),
            note: Some(STOPS_AT_SYNTAX.to_owned()),
            ..Self::default()
        }
    }

    /// Finds the problem's line and column in `text` from its path.
    pub fn locate_in(&mut self, text: &str) {
        if let Some((line, col)) = locate(text, &self.path) {
            self.position = Some((line, col));
            self.snippet = snippet(text, line, col);
        }
        if let Some(first) = self.first.take()
            && let Some((line, col)) = locate(text, &first)
        {
            let at = format!("first defined at {first}");
            self.message = self
                .message
                .replace(&at, &format!("first defined at {line}:{col}"));
        }
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

    /// The headline followed by the snippet with a caret, and the note.
    pub fn render(&self, file: &str) -> String {
        let mut out = self.headline(file);
        for more in self.snippet.iter().chain(&self.note) {
            out.push('\n');
            out.push_str(more);
        }
        out
    }
}

/// Byte offset of 1-based `line` and character column `col` in `text`.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// Rewords the parser's messages so a document author knows what to write.
fn describe_ron_error(e: &ron::Error) -> String {
    use ron::Error as E;
    let msg = match e {
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}`{}; it is required",
            outer
                .as_ref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default()
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}; expected one of: {}",
            outer
                .as_ref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default(),
            expected.join(", ")
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "unknown value `{found}`{}; expected one of: {}",
            outer
                .as_ref()
                .map(|o| format!(" for {o}"))
                .unwrap_or_default(),
            expected.join(", ")
        ),
        E::DuplicateStructField { field, outer } => format!(
            "field `{field}` given twice{}",
            outer
                .as_ref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default()
        ),
        E::ExceededRecursionLimit => {
            "nested too deeply for the loader; flatten the structure (areas can nest about 30 levels)".into()
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
    check(doc).0
}

/// Validates a parsed document: every problem found, and every warning (something
/// that is allowed but looks like a mistake, such as a share written as a fraction).
pub fn check(doc: &Document) -> (Vec<Problem>, Vec<Problem>) {
    let mut v = Validator::default();
    v.run(doc);
    (v.problems, v.warnings)
}

/// The ids of one kind, and what a wrong one may have meant.
struct Known<'a> {
    ids: HashSet<String>,
    candidates: Vec<Candidate<'a>>,
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Validator {
    fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    fn run(&mut self, doc: &Document) {
        let orgs = self.unique_ids(
            "organisation",
            doc.organisations
                .iter()
                .enumerate()
                .map(|(i, o)| (format!("organisations[{i}].id"), o.id.as_str())),
        );
        let sources = self.unique_ids(
            "source",
            doc.sources
                .iter()
                .enumerate()
                .map(|(i, s)| (format!("sources[{i}].id"), s.id.as_str())),
        );
        self.unique_ids(
            "roadmap",
            doc.roadmaps
                .iter()
                .enumerate()
                .map(|(i, r)| (format!("roadmaps[{i}].id"), r.id.as_str())),
        );
        let mut area_ids = Vec::new();
        for (ri, r) in doc.roadmaps.iter().enumerate() {
            for (gi, g) in r.area_groups.iter().enumerate() {
                collect_area_ids(
                    &g.areas,
                    &format!("roadmaps[{ri}].area_groups[{gi}].areas"),
                    &mut area_ids,
                );
            }
        }
        self.unique_ids("area", area_ids.into_iter());
        self.unique_ids(
            "partnership",
            doc.roadmaps.iter().enumerate().flat_map(|(ri, r)| {
                r.partnerships.iter().enumerate().map(move |(i, p)| {
                    (
                        format!("roadmaps[{ri}].partnerships[{i}].id"),
                        p.id.as_str(),
                    )
                })
            }),
        );
        let investments = self.unique_ids(
            "investment",
            doc.roadmaps.iter().enumerate().flat_map(|(ri, r)| {
                r.investments.iter().enumerate().map(move |(i, p)| {
                    (format!("roadmaps[{ri}].investments[{i}].id"), p.id.as_str())
                })
            }),
        );
        let orgs = Known {
            ids: orgs,
            candidates: suggest::organisations(doc),
        };
        let sources = Known {
            ids: sources,
            candidates: suggest::sources(doc),
        };
        let numbers = self.roadmap_numbers(doc);
        let investments = Known {
            ids: investments,
            candidates: suggest::investments(doc),
        };
        self.date("meta.date", Some(&doc.meta.date));
        self.date("meta.data_as_of", doc.meta.data_as_of.as_deref());

        self.non_empty("meta.title", &doc.meta.title);
        self.refs("meta.sources", &doc.meta.sources, &sources, "source");
        self.refs("preface.sources", &doc.preface.sources, &sources, "source");
        for (i, p) in doc.preface.previous_roadmaps.iter().enumerate() {
            if !numbers.contains(&p.now) {
                self.push(Problem::new(
                    format!("preface.previous_roadmaps[{i}].now"),
                    format!("roadmap {} does not exist", p.now),
                ));
            }
        }
        for (i, g) in doc.preface.other_projects.iter().enumerate() {
            if let Some(f) = &g.contribution {
                self.figure(&format!("preface.other_projects[{i}].contribution"), f);
            }
        }
        self.non_empty("meta.region", &doc.meta.region);
        if let Some(r) = &doc.meta.previous_review {
            self.non_empty("meta.previous_review", r);
        }
        let mut territories = HashMap::new();
        for (i, t) in doc.positioning.territories.iter().enumerate() {
            let at = format!("positioning.territories[{i}]");
            self.non_empty(&format!("{at}.name"), &t.name);
            if let Some(first) = territories.insert(t.name.as_str(), i) {
                self.push(Problem::new(
                    format!("{at}.name"),
                    format!(
                        "territory \"{}\" is already listed as positioning.territories[{first}]; \
                         give each territory one entry",
                        t.name
                    ),
                ));
            }
            for (j, f) in t.figures.iter().enumerate() {
                self.figure(&format!("{at}.figures[{j}]"), f);
            }
        }
        if !territories.is_empty() && !territories.contains_key(doc.meta.region.as_str()) {
            let names: Vec<String> = doc
                .positioning
                .territories
                .iter()
                .map(|t| format!("\"{}\"", t.name))
                .collect();
            self.warnings.push(Problem::new(
                "meta.region".to_owned(),
                format!(
                    "no territory in positioning is named \"{}\", so the overview shows no \
                     regional figures; name the region as its territory is named ({})",
                    doc.meta.region,
                    names.join(", ")
                ),
            ));
        }
        self.refs(
            "positioning.research_system",
            &doc.positioning.research_system,
            &orgs,
            "organisation",
        );
        self.refs(
            "positioning.sources",
            &doc.positioning.sources,
            &sources,
            "source",
        );

        for (ri, r) in doc.roadmaps.iter().enumerate() {
            let at = format!("roadmaps[{ri}]");
            self.non_empty(&format!("{at}.title"), &r.title);
            self.non_empty(&format!("{at}.sector"), &r.sector);
            if !(1..=5).contains(&r.priority) {
                self.push(Problem::new(
                    format!("{at}.priority"),
                    format!(
                        "priority of roadmap {} is {}; it must be from 1 (highest) to 5",
                        r.number, r.priority
                    ),
                ));
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
                    self.push(Problem::new(
                        p,
                        format!("organisation `{}` is linked twice", s.org),
                    ));
                }
            }
            for (i, n) in r.sdgs.iter().enumerate() {
                if !(1..=crate::model::SDG_COUNT).contains(n) {
                    self.push(Problem::new(
                        format!("{at}.sdgs[{i}]"),
                        format!("there is no SDG {n}: the goals are numbered 1 to 17"),
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
                self.date(&format!("{pat}.date"), p.date.as_deref());
                if let Some(id) = &p.investment {
                    self.reference(&format!("{pat}.investment"), id, &investments, "investment");
                    if p.amount.is_some() {
                        self.push(Problem::new(
                            format!("{pat}.amount"),
                            format!(
                                "the amount is the investment `{}`'s: write it there only and \
                                 remove `amount` here, so that no total counts it twice",
                                sanitize(id)
                            ),
                        ));
                    }
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
                self.date(&format!("{iat}.date"), inv.date.as_deref());
            }
            for (i, c) in r.cross_refs.iter().enumerate() {
                if !numbers.contains(&c.roadmap) {
                    self.push(Problem::new(
                        format!("{at}.cross_refs[{i}].roadmap"),
                        format!("roadmap {} does not exist", c.roadmap),
                    ));
                }
            }
            self.refs(&format!("{at}.sources"), &r.sources, &sources, "source");
        }

        for (i, o) in doc.organisations.iter().enumerate() {
            let at = format!("organisations[{i}]");
            self.non_empty(&format!("{at}.name"), &o.name);
            if let Some(g) = &o.group {
                if g == &o.id {
                    self.push(Problem::new(
                        format!("{at}.group"),
                        "an organisation cannot be its own group",
                    ));
                } else {
                    self.reference(&format!("{at}.group"), g, &orgs, "organisation");
                }
            }
            for (fi, f) in o.figures.iter().enumerate() {
                self.figure(&format!("{at}.figures[{fi}]"), f);
                // The same money as one of its investments: stated twice, counted twice.
                let twin = doc
                    .roadmaps
                    .iter()
                    .flat_map(|r| &r.investments)
                    .find(|inv| {
                        inv.by.contains(&o.id)
                            && inv.amount.as_ref().is_some_and(|a| {
                                a.metric == f.metric
                                    && a.unit == f.unit
                                    && (a.value - f.value).abs() < 1e-9
                            })
                    });
                if let Some(inv) = twin {
                    self.warnings.push(Problem::new(
                        format!("{at}.figures[{fi}]"),
                        format!(
                            "the investment `{}` already gives this amount; remove the figure \
                             here (the organisation's page lists its investments), so that no \
                             total counts it twice",
                            sanitize(&inv.id)
                        ),
                    ));
                }
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
            if let Some(title) = &s.title {
                self.non_empty(&format!("sdgs[{i}].title"), title);
            }
            if !(1..=crate::model::SDG_COUNT).contains(&s.number) {
                self.push(Problem::new(
                    format!("sdgs[{i}].number"),
                    format!(
                        "there is no SDG {}: the goals are numbered 1 to 17",
                        s.number
                    ),
                ));
            } else if !seen_sdg.insert(s.number) {
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
    fn unique_ids<'a>(
        &mut self,
        kind: &str,
        ids: impl Iterator<Item = (String, &'a str)>,
    ) -> HashSet<String> {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (path, id) in ids {
            if !is_valid_id(id) {
                self.push(Problem::new(
                    path.clone(),
                    format!(
                        "id `{}` is not valid; ids use lowercase letters, digits, `-`, `_` and `.`",
                        sanitize(id)
                    ),
                ));
            }
            if let Some(first) = seen.get(id) {
                self.push(Problem {
                    first: Some(first.clone()),
                    ..Problem::new(
                        path,
                        format!(
                            "duplicate {kind} id `{}`; first defined at {first}",
                            sanitize(id)
                        ),
                    )
                });
            } else {
                seen.insert(id, path);
            }
        }
        seen.into_keys().map(str::to_owned).collect()
    }

    fn roadmap_numbers(&mut self, doc: &Document) -> HashSet<u8> {
        let mut numbers = HashSet::new();
        for (i, r) in doc.roadmaps.iter().enumerate() {
            if !numbers.insert(r.number) {
                self.push(Problem::new(
                    format!("roadmaps[{i}].number"),
                    format!("roadmap number {} is used twice", r.number),
                ));
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
                    ),
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
                self.push(Problem::new(format!("{here}.title"), "title is empty"));
            }
            self.areas(&format!("{here}.children"), &a.children);
        }
    }

    fn non_empty(&mut self, at: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(Problem::new(at, "text is empty"));
        }
    }

    fn refs(&mut self, at: &str, ids: &[String], known: &Known, kind: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(&format!("{at}[{i}]"), id, known, kind);
        }
    }

    fn reference(&mut self, at: &str, id: &str, known: &Known, kind: &str) {
        if !known.ids.contains(id) {
            let message = format!("unknown {kind} `{}`", sanitize(id));
            self.push(Problem::new(
                at,
                with_suggestion(message, id, &known.candidates),
            ));
        }
    }

    /// A date must be `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, so that every date reads
    /// in one form in each language.
    fn date(&mut self, at: &str, d: Option<&str>) {
        if let Some(d) = d.filter(|d| !is_date(d)) {
            let words = if at.starts_with("meta") {
                ""
            } else {
                "; words such as \"negli ultimi due anni\" go in `when`"
            };
            self.push(Problem::new(
                at,
                format!(
                    "date \"{}\" is not in the form YYYY-MM-DD, YYYY-MM or YYYY: write e.g. \
                     \"2021-05-25\" or \"2021-03\"{words}",
                    sanitize(d)
                ),
            ));
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
        if f.unit == Unit::Percent && f.value > 0.0 && f.value < 1.0 {
            let percent = (f.value * 100.0 * 1e6).round() / 1e6;
            self.warnings.push(Problem::new(
                format!("{at}.value"),
                format!(
                    "{} looks like a fraction: shares are written in percent ({percent})",
                    f.value
                ),
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
        if let Some(y) = f.year
            && !(1900..=2100).contains(&y)
        {
            self.push(Problem::new(
                format!("{at}.year"),
                format!("year {y} is not plausible"),
            ));
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
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

fn collect_area_ids<'a>(areas: &'a [Area], at: &str, out: &mut Vec<(String, &'a str)>) {
    for (i, a) in areas.iter().enumerate() {
        let here = format!("{at}[{i}]");
        out.push((format!("{here}.id"), &a.id));
        collect_area_ids(&a.children, &format!("{here}.children"), out);
    }
}
