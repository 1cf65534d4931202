#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The handouts: `export --format markdown` and `export --format html`. The HTML is
//! parsed (scraper) to check where things are, not only that they are somewhere.

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

use roadmap_tui::export;
use roadmap_tui::model::{self, Document, Lang};
use roadmap_tui::place::{Quadrant, quadrant_label, quadrant_marker};
use scraper::{ElementRef, Html, Selector};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const SMALL: &str = "tests/fixtures/small.ron";
const ESCAPING: &str = "tests/fixtures/escaping.ron";
const EVIL: &str = "<script>alert(1)</script>";

fn embedded() -> Document {
    model::load_embedded().expect("embedded loads").doc
}

fn fixture(rel: &str) -> Document {
    model::load(Some(&Path::new(MANIFEST_DIR).join(rel)))
        .expect("fixture loads")
        .doc
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

/// The element's text with runs of whitespace collapsed.
fn text_of(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn texts(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector)).map(text_of).collect()
}

fn swot_list(d: &Document, q: Quadrant) -> &[model::Text] {
    match q {
        Quadrant::Strengths => &d.swot.strengths,
        Quadrant::Weaknesses => &d.swot.weaknesses,
        Quadrant::Opportunities => &d.swot.opportunities,
        Quadrant::Threats => &d.swot.threats,
    }
}

// ---------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------

#[test]
fn html_of_the_embedded_document_is_well_formed_html5() {
    let d = embedded();
    let out = export::html(&d, Lang::It);
    assert!(out.starts_with("<!DOCTYPE html>\n"));
    let page = Html::parse_document(&out);
    assert!(page.errors.is_empty(), "parse errors: {:?}", page.errors);
    let root = page.select(&sel("html")).next().expect("html element");
    assert_eq!(root.value().attr("lang"), Some("it"), "the UI's language");
    assert_eq!(page.select(&sel("head meta[charset='utf-8']")).count(), 1);
    assert_eq!(texts(&page, "head title"), vec![d.meta.title.to_string()]);

    let mut ids = HashSet::new();
    for e in page.select(&sel("[id]")) {
        let id = e.value().attr("id").expect("id");
        assert!(ids.insert(id.to_owned()), "id `{id}` used twice");
    }
    for a in page.select(&sel("a")) {
        let href = a.value().attr("href").expect("every link has an href");
        match href.strip_prefix('#') {
            Some(id) => assert!(ids.contains(id), "link to missing #{id}"),
            None => assert!(
                href.starts_with("http://") || href.starts_with("https://"),
                "non-web link {href}"
            ),
        }
    }
}

#[test]
fn html_is_self_contained() {
    let out = export::html(&embedded(), Lang::It);
    let page = Html::parse_document(&out);
    for forbidden in ["script", "link", "iframe", "object", "embed", "img", "base"] {
        assert_eq!(
            page.select(&sel(forbidden)).count(),
            0,
            "<{forbidden}> in the handout"
        );
    }
    assert_eq!(page.select(&sel("link[rel=stylesheet]")).count(), 0);
    assert_eq!(page.select(&sel("[src]")).count(), 0, "a src= attribute");
    assert_eq!(
        page.select(&sel("[style]")).count(),
        0,
        "inline style attribute"
    );
    let styles = texts(&page, "style");
    assert_eq!(styles.len(), 1, "one inline stylesheet");
    let css = &styles[0];
    for bad in ["@import", "url(", "http:", "https:", "@font-face"] {
        assert!(!css.contains(bad), "`{bad}` in the stylesheet");
    }
    assert!(css.contains("sans-serif"), "a system sans-serif stack");
    assert!(css.contains("@media print"), "print rules");
    assert!(
        css.contains("break-before: page"),
        "page breaks before roadmaps"
    );
}

#[test]
fn html_has_every_roadmap_organisation_and_source_with_anchors_and_contents() {
    let d = embedded();
    let page = Html::parse_document(&export::html(&d, Lang::It));
    let toc: HashSet<String> = page
        .select(&sel("#contents a"))
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .collect();
    for r in &d.roadmaps {
        let heading = texts(&page, &format!("section#roadmap-{}.roadmap > h2", r.number));
        assert_eq!(
            heading,
            vec![collapse(&format!("Roadmap {} — {}", r.number, r.title))]
        );
        assert!(toc.contains(&format!("#roadmap-{}", r.number)));
    }
    assert_eq!(
        page.select(&sel("section.roadmap")).count(),
        d.roadmaps.len()
    );
    for o in &d.organisations {
        let name = texts(
            &page,
            &format!("#organisations tr#org-{} > td:first-child", o.id),
        );
        assert_eq!(name.len(), 1, "one row for {}", o.id);
        assert!(
            name[0].starts_with(&collapse(&o.name)),
            "organisation {}",
            o.id
        );
    }
    assert!(
        toc.contains("#organisations"),
        "the organisations in contents"
    );
    let source_titles = texts(&page, "#sources tbody td:nth-child(2)");
    for s in &d.sources {
        assert!(
            source_titles.contains(&collapse(&s.title)),
            "source {} missing",
            s.id
        );
        let row = page
            .select(&sel(&format!("#sources tr#source-{}", s.id)))
            .next()
            .expect("a row per source");
        if let Some(u) = &s.url {
            let link = row.select(&sel("a")).next().expect("the URL is a link");
            assert_eq!(link.value().attr("href"), Some(u.as_str()));
        }
    }
}

#[test]
fn html_swot_is_a_two_by_two_grid_with_every_item_in_its_quadrant() {
    let d = embedded();
    let page = Html::parse_document(&export::html(&d, Lang::It));
    let grid = page
        .select(&sel("#swot .swot-grid"))
        .next()
        .expect("the SWOT grid");
    let order: Vec<String> = grid
        .select(&sel(":scope > section.quadrant"))
        .map(|q| q.value().attr("id").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        order,
        [
            "swot-strengths",
            "swot-weaknesses",
            "swot-opportunities",
            "swot-threats"
        ],
        "strengths | weaknesses over opportunities | threats"
    );
    for q in Quadrant::ALL {
        let quadrant = grid
            .select(&sel(&format!("section.quadrant.{}", q.name())))
            .next()
            .expect("quadrant");
        let items = swot_list(&d, q);
        let marker = quadrant_marker(q).to_string();
        let heading = text_of(quadrant.select(&sel("h3")).next().expect("heading"));
        assert_eq!(
            heading,
            format!("{marker} {} ({})", quadrant_label(q, Lang::It), items.len())
        );
        let shown: Vec<String> = quadrant.select(&sel("li")).map(text_of).collect();
        let expected: Vec<String> = items
            .iter()
            .map(|t| format!("{marker} {}", collapse(t)))
            .collect();
        assert_eq!(shown, expected, "{} quadrant", q.name());
    }
}

// ---------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------

/// Markdown text with backslash escapes removed, to look for data strings in it.
fn unescape(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&n) = chars.peek()
            && n.is_ascii_punctuation()
        {
            out.push(n);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn markdown_has_every_roadmap_organisation_and_swot_item() {
    let d = embedded();
    let md = export::markdown(&d, Lang::It);
    let plain = unescape(&md);
    for r in &d.roadmaps {
        assert!(
            md.contains(&format!(
                "## <a id=\"roadmap-{}\"></a>Roadmap {} — ",
                r.number, r.number
            )),
            "heading of roadmap {}",
            r.number
        );
        assert!(plain.contains(r.title.as_str()), "roadmap {}", r.number);
    }
    for o in &d.organisations {
        assert!(
            plain.contains(&format!("| <a id=\"org-{}\"></a>{}", o.id, o.name)),
            "organisation {}",
            o.id
        );
    }
    for q in Quadrant::ALL {
        let items = swot_list(&d, q);
        let heading = format!(
            "### {} {} ({})\n\n",
            quadrant_marker(q),
            quadrant_label(q, Lang::It),
            items.len()
        );
        let start = plain.find(&heading).expect("quadrant heading");
        let list: Vec<&str> = plain[start + heading.len()..]
            .lines()
            .take_while(|l| l.starts_with("- "))
            .map(|l| &l[2..])
            .collect();
        let expected: Vec<&str> = items.iter().map(model::Text::as_str).collect();
        assert_eq!(list, expected, "{} quadrant", q.name());
    }
    for s in &d.sources {
        assert!(plain.contains(s.title.as_str()), "source {}", s.id);
    }
}

/// The cells of a Markdown table row: split at pipes that no backslash escapes.
fn cells(row: &str) -> usize {
    let mut n = 0;
    let mut backslashes = 0;
    for c in row.trim().chars() {
        if c == '|' && backslashes % 2 == 0 {
            n += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    n - 1
}

/// Every table: a header, a rule and rows, all with the same number of cells.
fn assert_tables_well_formed(md: &str) -> usize {
    let lines: Vec<&str> = md.lines().collect();
    let mut tables = 0;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].starts_with("| ") {
            let cols = cells(lines[i]);
            assert!(
                lines[i + 1].starts_with("| ---"),
                "no rule under {}",
                lines[i]
            );
            assert_eq!(cells(lines[i + 1]), cols, "rule of {}", lines[i]);
            let mut j = i + 2;
            while j < lines.len() && lines[j].starts_with('|') {
                assert_eq!(cells(lines[j]), cols, "row {:?}", lines[j]);
                j += 1;
            }
            tables += 1;
            i = j;
        } else {
            i += 1;
        }
    }
    tables
}

#[test]
fn markdown_tables_of_the_embedded_document_are_well_formed() {
    let md = export::markdown(&embedded(), Lang::En);
    // Previous roadmaps, other projects, Italy, Tuscany, overview, organisations,
    // EU projects, turnover, employees, investments, sources.
    assert_eq!(assert_tables_well_formed(&md), 11);
}

// ---------------------------------------------------------------------------------------
// Escaping
// ---------------------------------------------------------------------------------------

#[test]
fn markup_in_the_data_is_text_in_html() {
    let d = fixture(ESCAPING);
    let out = export::html(&d, Lang::It);
    assert!(!out.contains('\u{1b}'), "an ESC byte in the HTML");
    assert!(!out.contains(EVIL), "the script tag is not escaped");
    let page = Html::parse_document(&out);
    assert!(page.errors.is_empty(), "parse errors: {:?}", page.errors);
    assert_eq!(page.select(&sel("script")).count(), 0, "a live <script>");
    assert_eq!(
        page.select(&sel("h2 b, td b, a b")).count(),
        0,
        "a live <b>"
    );
    let title = texts(&page, "section#roadmap-1 > h2");
    assert_eq!(
        title,
        vec![format!(
            "Roadmap 1 — Tecnologie <b>per</b> nuovi farmaci | {EVIL} & | * ␛[31m"
        )]
    );
    let org = texts(&page, "tr#org-pharma-a > td:first-child");
    assert_eq!(
        org,
        vec![format!(
            "Pharma A | {EVIL} & | * ␛[31m \"quoted\" 'single' (Firenze)"
        )]
    );
    // Only web addresses become links, and they are percent-encoded where needed.
    let fn1 = page
        .select(&sel("tr#source-fn1 a"))
        .next()
        .expect("fn1 links");
    assert_eq!(
        fn1.value().attr("href"),
        Some("https://example.org/dati?a=1&b=%3Cx%3E%7Cy")
    );
    assert_eq!(page.select(&sel("tr#source-fn2 a")).count(), 0);
    assert!(texts(&page, "tr#source-fn2 td").contains(&"javascript:alert(1)".to_owned()));
    assert!(!out.contains("href=\"javascript"));
}

#[test]
fn markup_in_the_data_is_text_in_markdown() {
    let d = fixture(ESCAPING);
    let md = export::markdown(&d, Lang::It);
    assert!(!md.contains('\u{1b}'), "an ESC byte in the Markdown");
    // The only raw HTML is the export's own anchors; link targets are in <…>.
    for (i, _) in md.match_indices('<') {
        let rest = &md[i..];
        assert!(
            md[..i].ends_with('\\')
                || rest.starts_with("<a id=\"")
                || rest.starts_with("</a>")
                || rest.starts_with("<https://"),
            "raw `<` from the data: {:?}",
            &rest[..rest.len().min(40)]
        );
    }
    assert!(md.contains("\\<script\\>alert(1)\\</script\\> & \\| \\* ␛\\[31m"));
    // Tables with pipes in cells: previous roadmaps, other projects, Italy, Tuscany,
    // overview, organisations, EU projects, turnover, employees, investments, sources.
    assert_eq!(assert_tables_well_formed(&md), 11);
    // A leading "- " or "1. " in the data does not start a list.
    assert!(md.contains("- \\- Point-of-care"));
    assert!(md.contains("- 1\\. Settore anticiclico"));
    assert!(md.contains("*\\# non un titolo*"));
    assert!(!md.contains("](<javascript"), "a javascript: link");
    assert!(md.contains("(<https://example.org/dati?a=1&b=%3Cx%3E%7Cy>)"));
}

// ---------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------

#[test]
fn menarini_turnover_is_formatted_for_each_language() {
    let d = embedded();
    for (lang, amount) in [
        (Lang::It, "oltre 3,75 mld €"),
        (Lang::En, "more than €3.75bn"),
    ] {
        let page = Html::parse_document(&export::html(&d, lang));
        let row: Vec<String> = page
            .select(&sel("#figures tr"))
            .find(|tr| {
                tr.select(&sel("a[href='#org-menarini']")).next().is_some()
                    && tr.select(&sel("td")).nth(1).map(text_of).as_deref() == Some(amount)
            })
            .expect("Menarini in the turnover table")
            .select(&sel("td"))
            .map(text_of)
            .collect();
        // The column no turnover fills is left out.
        assert_eq!(row, ["Gruppo Menarini", amount, "2020", "—"]);

        let md = export::markdown(&d, lang);
        assert!(
            md.contains(&format!(
                "| [Gruppo Menarini](#org-menarini) | {amount} | 2020 | — |"
            )),
            "{lang:?}"
        );
    }
    let en = export::markdown(&d, Lang::En);
    assert!(en.contains("about 16,000"), "English thousands separator");
    let it = export::markdown(&d, Lang::It);
    assert!(it.contains("circa 16.000"), "Italian thousands separator");
}

// ---------------------------------------------------------------------------------------
// Through the binary
// ---------------------------------------------------------------------------------------

fn run(args: &[&str], lang_env: Option<&str>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(MANIFEST_DIR)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(l) = lang_env {
        cmd.env("LANG", l);
    }
    cmd.output().expect("the binary runs")
}

#[test]
fn dash_as_the_output_is_standard_output_not_a_file_named_dash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let r = Command::new(BIN)
        .args(["export", "--format", "json", "-o", "-"])
        .current_dir(dir.path())
        .output()
        .expect("the binary runs");
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(r.stdout.starts_with(b"{"), "the JSON on standard output");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert!(left.is_empty(), "no file written: {left:?}");
}

#[test]
fn export_html_to_a_file_writes_the_same_bytes_as_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("handout.html");
    let o = out.to_str().expect("UTF-8 path");
    let r = run(
        &["export", "--format", "html", "-o", o, "--lang", "it", SMALL],
        None,
    );
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(r.stdout.is_empty() && r.stderr.is_empty());
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(written.starts_with("<!DOCTYPE html>"));
    assert!(written.contains("Tecnologie per nuovi farmaci"));
    let stdout = run(&["export", "--format", "html", "--lang", "it", SMALL], None);
    assert_eq!(String::from_utf8(stdout.stdout).expect("UTF-8"), written);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_new_handout_is_readable_by_all_and_a_replaced_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("handout.md");
    let o = out.to_str().expect("UTF-8 path");
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    let r = run(&["export", "--format", "markdown", "-o", o, SMALL], None);
    assert!(r.status.success());
    assert_eq!(mode(&out), 0o644);
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let r = run(&["export", "--format", "markdown", "-o", o, SMALL], None);
    assert!(r.status.success());
    assert_eq!(mode(&out), 0o600);
}

#[test]
fn export_of_a_handout_refuses_to_overwrite_the_data_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data.ron");
    let original = std::fs::read(Path::new(MANIFEST_DIR).join(SMALL)).expect("read");
    std::fs::write(&data, &original).expect("write");
    let d = data.to_str().expect("UTF-8 path");
    for format in ["markdown", "html"] {
        let r = run(&["export", "--format", format, "-o", d, d], None);
        assert_eq!(r.status.code(), Some(1), "{format}");
        assert!(r.stdout.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&r.stderr),
            format!(
                "error: {d}: refusing to overwrite the data file itself; choose another output\n"
            )
        );
        assert_eq!(
            std::fs::read(&data).expect("read"),
            original,
            "data changed"
        );
    }
}

#[test]
fn lang_picks_the_language_of_headings_and_defaults_to_the_locale() {
    let english = [
        "Contents",
        "Preface",
        "SWOT analysis",
        "Strengths",
        "Figures tables",
    ];
    let italian = [
        "Indice",
        "Premessa",
        "Analisi SWOT",
        "Punti di forza",
        "Tabelle dei dati",
    ];
    for (args, env, expect, refuse) in [
        (vec!["--lang", "en"], Some("it_IT.UTF-8"), english, italian),
        (vec!["--lang", "it"], Some("en_GB.UTF-8"), italian, english),
        (vec![], Some("en_GB.UTF-8"), english, italian),
        (vec![], None, italian, english),
    ] {
        for format in ["markdown", "html"] {
            let mut all = vec!["export", "--format", format];
            all.extend(&args);
            all.push(SMALL);
            let r = run(&all, env);
            assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
            let out = String::from_utf8(r.stdout).expect("UTF-8");
            for h in expect {
                assert!(out.contains(h), "{format} {args:?} {env:?}: no `{h}`");
            }
            for h in refuse {
                assert!(!out.contains(h), "{format} {args:?} {env:?}: `{h}`");
            }
        }
    }
    // The page is in the language of its headings; the data keeps its own words.
    let r = run(&["export", "--format", "html", "--lang", "en", SMALL], None);
    let out = String::from_utf8(r.stdout).expect("UTF-8");
    assert!(out.contains("<html lang=\"en\">"));
    assert!(out.contains("Il comparto regionale è solido."));
}
