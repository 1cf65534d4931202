#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The handout people keep: title page, contents, one organisations table, the SWOT
//! on one page, the figures screen's charts as SVG, A4 print rules, no empty
//! sections, the page in the UI's language. The HTML is parsed (scraper).

use std::path::Path;

use roadmap_tui::content::figures::{ChartData, chart};
use roadmap_tui::content::{SECTIONS, Section, roadmap_section};
use roadmap_tui::export;
use roadmap_tui::model::fold::fold;
use roadmap_tui::model::{self, Document, Index, Lang};
use roadmap_tui::place::{Chart, Quadrant};
use scraper::{ElementRef, Html, Selector};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

fn documents() -> Vec<(&'static str, Document)> {
    let fixture = |rel: &str| {
        model::load(Some(&Path::new(MANIFEST_DIR).join(rel)))
            .expect("fixture loads")
            .doc
    };
    // The small document without any organisation's figures or investments: charts
    // with no bar, and sections with nothing in them.
    let mut bare = fixture("tests/fixtures/small.ron");
    for o in &mut bare.organisations {
        o.figures.clear();
    }
    for r in &mut bare.roadmaps {
        r.investments.clear();
        r.eu_projects = None;
    }
    vec![
        (
            "embedded",
            model::load_embedded().expect("embedded loads").doc,
        ),
        ("small", fixture("tests/fixtures/small.ron")),
        ("escaping", fixture("tests/fixtures/escaping.ron")),
        ("bare", bare),
    ]
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

fn text_of(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn page(d: &Document, lang: Lang) -> Html {
    let page = Html::parse_document(&export::html(d, lang));
    assert!(page.errors.is_empty(), "parse errors: {:?}", page.errors);
    page
}

/// The stylesheet without its comments.
fn stylesheet(page: &Html) -> String {
    let css: String = page.select(&sel("style")).map(text_of).collect();
    let mut out = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The declarations of every rule whose selector is exactly `selector`.
fn rules(css: &str, selector: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let head = rest[..open].rsplit(['}', ';']).next().unwrap_or("").trim();
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        if head == selector {
            out.push(rest[open + 1..close].to_owned());
        }
        rest = &rest[open + 1..];
    }
    out
}

fn ids(page: &Html) -> Vec<String> {
    page.select(&sel("[id]"))
        .filter_map(|e| e.value().attr("id").map(str::to_owned))
        .collect()
}

#[test]
fn the_title_page_names_the_handout_and_holds_the_contents_then_ends_the_page() {
    for (name, d) in documents() {
        for lang in Lang::ALL {
            let page = page(&d, lang);
            let main = page.select(&sel("main")).next().expect("main");
            let first = main
                .select(&sel(":scope > section"))
                .next()
                .expect("a first section");
            assert_eq!(first.value().attr("id"), Some("title"), "{name}");
            assert_eq!(first.value().attr("class"), Some("title-page"));
            let kicker: Vec<String> = first.select(&sel("p.kicker")).map(text_of).collect();
            assert_eq!(kicker, [lang.words().export.handout], "{name} {lang:?}");
            let h1: Vec<String> = first.select(&sel("h1")).map(text_of).collect();
            assert_eq!(h1, [text_of_str(&d.meta.title)]);
            let facts: Vec<String> = first.select(&sel("dl.facts dt")).map(text_of).collect();
            let w = &lang.words().export;
            assert!(facts.contains(&w.author.to_owned()), "{facts:?}");
            assert!(facts.contains(&w.date.to_owned()), "{facts:?}");
            assert_eq!(first.select(&sel("section#contents")).count(), 1);
            let css = stylesheet(&page);
            assert!(
                rules(&css, ".title-page")
                    .iter()
                    .any(|r| r.contains("break-after: page")),
                "the title page ends a printed page"
            );
        }
    }
}

fn text_of_str(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn nothing_here_is_never_printed_and_empty_sections_are_left_out() {
    let nothing = Lang::ALL.map(|l| l.words().content.nothing);
    let mut left_out = 0;
    for (name, d) in documents() {
        let index = Index::new(&d);
        for lang in Lang::ALL {
            let html = export::html(&d, lang);
            let md = export::markdown(&d, lang);
            for n in nothing {
                assert!(!html.contains(n), "{name} {lang:?}: `{n}` in the HTML");
                assert!(!md.contains(n), "{name} {lang:?}: `{n}` in the Markdown");
            }
            let page = page(&d, lang);
            let ids = ids(&page);
            for r in &d.roadmaps {
                for (&section, slug) in SECTIONS.iter().zip(SLUGS) {
                    let id = format!("roadmap-{}-{slug}", r.number);
                    let items = roadmap_section(&d, &index, r, section, lang);
                    let empty = match section {
                        Section::Areas => r.area_groups.is_empty() && r.areas_intro.is_empty(),
                        Section::Sources => r.sources.is_empty(),
                        _ => items.len() == 1 && items[0].text == lang.words().content.nothing,
                    };
                    assert_eq!(ids.contains(&id), !empty, "{name}: #{id}");
                    assert_eq!(
                        md.contains(&format!("<a id=\"{id}\"></a>")),
                        !empty,
                        "{name}: Markdown #{id}"
                    );
                    left_out += usize::from(empty && lang == Lang::It);
                }
            }
        }
    }
    assert!(left_out > 0, "some fixture has an empty section");
}

/// The ids of a roadmap's sections, in the order of `SECTIONS`.
const SLUGS: [&str; 10] = [
    "summary",
    "context",
    "areas",
    "update",
    "stakeholders",
    "eu-projects",
    "investments",
    "sdgs",
    "cross-references",
    "sources",
];

#[test]
fn the_swot_is_one_grid_of_four_quadrants_that_does_not_break() {
    let (_, d) = documents().remove(0);
    let page = page(&d, Lang::En);
    let grids: Vec<ElementRef> = page.select(&sel("#swot .swot-grid")).collect();
    assert_eq!(grids.len(), 1, "one block");
    let quadrants: Vec<ElementRef> = grids[0].select(&sel(":scope > section.quadrant")).collect();
    assert_eq!(quadrants.len(), 4);
    let items = grids[0].select(&sel("li")).count();
    let s = &d.swot;
    assert_eq!(
        items,
        s.strengths.len() + s.weaknesses.len() + s.opportunities.len() + s.threats.len(),
        "every SWOT item in the grid"
    );
    for (q, section) in Quadrant::ALL.iter().zip(&quadrants) {
        assert_eq!(
            section.value().attr("id"),
            Some(format!("swot-{}", q.name()).as_str())
        );
    }
    let css = stylesheet(&page);
    assert!(
        rules(&css, ".swot-grid")
            .iter()
            .any(|r| r.contains("break-inside: avoid")),
        "the grid does not break across pages"
    );
}

#[test]
fn pages_are_a4_and_wide_tables_keep_within_them() {
    let (_, d) = documents().remove(0);
    let page = page(&d, Lang::It);
    let css = stylesheet(&page);
    let pages = rules(&css, "@page");
    assert!(
        pages.iter().any(|r| r.contains("size: A4")),
        "@page size: A4 in {pages:?}"
    );
    assert!(
        rules(&css, "th, td")
            .iter()
            .any(|r| r.contains("overflow-wrap: anywhere")),
        "long words break inside cells"
    );
    assert!(
        rules(&css, ".sized table")
            .iter()
            .any(|r| r.contains("table-layout: fixed"))
    );
    assert_eq!(
        page.select(&sel("head meta[name=viewport]")).count(),
        1,
        "reads on a phone"
    );
    assert!(css.contains("@media (max-width:"), "a narrow layout");
}

#[test]
fn each_chart_of_the_figures_screen_is_an_svg_with_a_bar_per_value() {
    let mut drawn = 0;
    let mut skipped = 0;
    for (name, d) in documents() {
        let index = Index::new(&d);
        for lang in Lang::ALL {
            let page = page(&d, lang);
            let mut charts = 0;
            for c in Chart::ALL {
                let data = chart(&d, &index, c, lang);
                let id = format!("chart-{}", c.name());
                let svgs: Vec<ElementRef> =
                    page.select(&sel(&format!("section#{id} svg"))).collect();
                if data.bar_count() == 0 {
                    assert!(svgs.is_empty(), "{name}: an empty chart #{id} drawn");
                    skipped += 1;
                    continue;
                }
                charts += 1;
                drawn += 1;
                assert_eq!(svgs.len(), 1, "{name}: one svg in #{id}");
                let svg = svgs[0];
                let widths: Vec<f64> = svg
                    .select(&sel("rect"))
                    .map(|r| r.value().attr("width").unwrap().parse().unwrap())
                    .collect();
                assert_eq!(widths.len(), data.bar_count(), "{name}: bars of #{id}");
                let values: Vec<String> = svg.select(&sel("text.value")).map(text_of).collect();
                let labels: Vec<String> = svg.select(&sel("text.label")).map(text_of).collect();
                let expected_values: Vec<String> =
                    data.bars().map(|b| text_of_str(&b.text)).collect();
                let expected_labels: Vec<String> =
                    data.bars().map(|b| text_of_str(&b.label)).collect();
                assert_eq!(values, expected_values, "{name}: values of #{id}");
                // A label too long for its lines is cut with "…": the table has it whole.
                for (shown, label) in labels.iter().zip(&expected_labels) {
                    match shown.strip_suffix('…') {
                        Some(cut) => assert!(label.starts_with(cut), "{name}: {shown}"),
                        None => assert_eq!(shown, label, "{name}: a label of #{id}"),
                    }
                }
                assert_eq!(labels.len(), expected_labels.len());
                // Lengths follow the values: the largest value draws the longest bar.
                for (w, b) in widths.iter().zip(data.bars()) {
                    let expected =
                        widths.iter().copied().fold(0.0, f64::max) * b.value / data.max();
                    assert!(
                        (w - expected).abs() < 0.2,
                        "{name} #{id}: {w} for {}",
                        b.value
                    );
                }
            }
            assert_eq!(page.select(&sel("svg")).count(), charts, "{name}: svgs");
        }
    }
    assert!(drawn > 0 && skipped > 0, "drawn {drawn}, skipped {skipped}");
}

#[test]
fn organisations_are_one_alphabetical_table_with_a_row_each() {
    for (name, d) in documents() {
        let page = page(&d, Lang::It);
        let part = page
            .select(&sel("section#organisations"))
            .next()
            .expect("the organisations");
        assert_eq!(part.select(&sel("table")).count(), 1, "{name}: one table");
        assert_eq!(
            part.select(&sel("h3")).count(),
            0,
            "{name}: no heading each"
        );
        let rows: Vec<String> = part
            .select(&sel("tbody > tr[id]"))
            .map(|r| r.value().attr("id").unwrap().to_owned())
            .collect();
        let mut orgs: Vec<&model::Organisation> = d.organisations.iter().collect();
        orgs.sort_by_cached_key(|o| (fold(&o.name), o.name.to_string(), o.id.clone()));
        let expected: Vec<String> = orgs.iter().map(|o| format!("org-{}", o.id)).collect();
        assert_eq!(rows, expected, "{name}: alphabetical, one row each");
    }
    let (_, d) = documents().remove(0);
    let page = page(&d, Lang::It);
    let menarini: Vec<String> = page
        .select(&sel("tr#org-menarini > td"))
        .map(text_of)
        .collect();
    assert_eq!(menarini[0], "Gruppo Menarini (Menarini)");
    assert_eq!(menarini[1], "impresa");
    assert!(
        menarini.contains(&"oltre 3,75 mld €".to_owned()),
        "{menarini:?}"
    );
    let roadmaps: Vec<&str> = page
        .select(&sel("tr#org-menarini > td:nth-child(3) a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(roadmaps.contains(&"#roadmap-1"), "{roadmaps:?}");
    // On a phone each row is a card that labels its values with the column heads.
    let heads: Vec<String> = page
        .select(&sel("#organisations thead th"))
        .map(text_of)
        .collect();
    let labels: Vec<&str> = page
        .select(&sel("tr#org-menarini > td"))
        .filter_map(|td| td.value().attr("data-label"))
        .collect();
    assert_eq!(labels, heads);
}

#[test]
fn the_page_is_in_the_ui_language_and_its_contents_lead_everywhere_in_order() {
    for (name, d) in documents() {
        for lang in Lang::ALL {
            let page = page(&d, lang);
            let root = page.select(&sel("html")).next().expect("html");
            assert_eq!(root.value().attr("lang"), Some(lang.code()), "{name}");
            let all = ids(&page);
            let toc: Vec<String> = page
                .select(&sel("#contents a"))
                .map(|a| a.value().attr("href").unwrap().to_owned())
                .collect();
            let positions: Vec<usize> = toc
                .iter()
                .map(|h| {
                    let id = h.strip_prefix('#').expect("an anchor");
                    all.iter()
                        .position(|i| i == id)
                        .unwrap_or_else(|| panic!("{name}: #{id} is nowhere"))
                })
                .collect();
            assert!(
                positions.windows(2).all(|w| w[0] < w[1]),
                "{name}: contents in reading order"
            );
            // Every part after the title page is in the contents.
            for part in page.select(&sel("main > section:not(#title)")) {
                let id = part.value().attr("id").unwrap();
                assert!(
                    toc.contains(&format!("#{id}")),
                    "{name}: #{id} not in contents"
                );
            }
            let h2: Vec<String> = page
                .select(&sel("main > section > h2"))
                .map(text_of)
                .collect();
            let w = lang.words();
            assert!(h2.contains(&w.parts.organisations.to_owned()), "{h2:?}");
            assert!(h2.contains(&w.parts.swot.to_owned()), "{h2:?}");
        }
    }
}

#[test]
fn markdown_has_contents_that_lead_to_anchors_and_one_organisations_table() {
    for (name, d) in documents() {
        let md = export::markdown(&d, Lang::En);
        let start = md.find("<a id=\"contents\"></a>").expect("contents");
        let links: Vec<&str> = md[start..]
            .lines()
            .skip(2)
            .take_while(|l| l.trim_start().starts_with("- ["))
            .filter_map(|l| l.rsplit_once("](#").map(|(_, id)| id.trim_end_matches(')')))
            .collect();
        assert!(links.len() > 3, "{name}: {links:?}");
        for id in &links {
            assert!(
                md.contains(&format!("<a id=\"{id}\"></a>")),
                "{name}: #{id} leads nowhere"
            );
        }
        let rows: Vec<&str> = md
            .lines()
            .filter(|l| l.starts_with("| <a id=\"org-"))
            .collect();
        assert_eq!(rows.len(), d.organisations.len(), "{name}: a row each");
        let table_heads = md
            .lines()
            .filter(|l| l.starts_with("| Organisation | Kind | Roadmap"))
            .count();
        assert_eq!(table_heads, 1, "{name}: one organisations table");
    }
}

/// The Markdown between a chart's anchor and the next section's.
fn chart_section(md: &str, c: Chart) -> &str {
    let start = md
        .find(&format!("<a id=\"chart-{}\"></a>", c.name()))
        .expect("the chart's section");
    let rest = &md[start + 1..];
    let end = rest.find("\n#").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[test]
fn markdown_lists_a_chart_s_values_unless_its_table_follows() {
    let (_, d) = documents().remove(0);
    let index = Index::new(&d);
    let md = export::markdown(&d, Lang::En);
    let bars = |data: &ChartData| -> Vec<String> {
        data.bars()
            .map(|b| format!("- {}: {}", b.label, b.text))
            .collect()
    };
    // EU contribution has no table of its own: its bars are listed.
    let eu = chart(&d, &index, Chart::EuContribution, Lang::En);
    let section = chart_section(&md, Chart::EuContribution);
    for line in bars(&eu) {
        assert!(section.contains(&line), "{line} in {section}");
    }
    // Turnover is followed by its table: the values are there once, in the table.
    let turnover = chart(&d, &index, Chart::Turnover, Lang::En);
    let section = chart_section(&md, Chart::Turnover);
    assert!(section.contains(&format!("*{}*", turnover.measure)));
    for line in bars(&turnover) {
        assert!(!section.contains(&line), "{line} listed beside its table");
    }
    assert!(section.contains("| [Gruppo Menarini](#org-menarini) | more than €3.75bn |"));
}
