#![allow(clippy::expect_used, clippy::unwrap_used, clippy::float_cmp)]
//! The embedded document against the source, item by item where it counts: the
//! structure's counts and the figures of the key organisations.

use roadmap_tui::model::index::count_areas;
use roadmap_tui::model::load::{EMBEDDED, EMBEDDED_FORM, EMBEDDED_NAME};
use roadmap_tui::model::{Document, Metric, Qualifier, Unit, load_embedded, parse_and_check};

fn doc() -> Document {
    load_embedded()
        .expect("the embedded document loads and validates")
        .doc
}

/// The browser reads the form the build made of the RON and does not check it
/// again: it must be the RON, read and checked, with nothing to warn about.
#[test]
fn the_form_built_from_the_ron_is_the_ron_read_and_checked() {
    let (from_ron, warnings) =
        parse_and_check(EMBEDDED_NAME, EMBEDDED).expect("the embedded RON is valid");
    assert!(warnings.is_empty(), "warnings: {warnings:?}");
    assert!(
        !EMBEDDED_FORM.is_empty(),
        "build.rs made no form of the RON"
    );
    let from_form: Document = serde_json::from_slice(EMBEDDED_FORM).expect("the form reads");
    assert!(from_form == from_ron, "the form differs from the RON");
    assert!(doc() == from_ron, "load_embedded reads something else");
}

#[test]
fn roadmaps_sectors_and_priorities_follow_the_overview_table() {
    let d = doc();
    let rows: Vec<(u8, &str, Option<&str>, u8)> = d
        .roadmaps
        .iter()
        .map(|r| {
            (
                r.number,
                r.sector.as_str(),
                r.secondary_sector.as_deref(),
                r.priority,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (1, "Biofarma", None, 1),
            (2, "Dispositivi medici", Some("ICT per la salute"), 1),
            (3, "ICT per la salute", Some("Dispositivi medici"), 1),
            (4, "Nutraceutica", None, 3),
            (5, "Tutti", None, 2),
            (6, "Tutti", None, 2),
            (7, "Tutti", None, 1),
        ]
    );
    let summary: Vec<usize> = d.roadmaps.iter().map(|r| r.summary.len()).collect();
    assert_eq!(
        summary,
        [5, 9, 2, 6, 4, 4, 8],
        "bullets of the overview table"
    );
}

#[test]
fn technology_areas_per_roadmap() {
    let d = doc();
    let areas: Vec<usize> = d
        .roadmaps
        .iter()
        .map(|r| r.area_groups.iter().map(|g| count_areas(&g.areas)).sum())
        .collect();
    // Roadmap 1: 6 product areas + 5 technologies; 2: 9 bullets + 3 diagnostics
    // sub-areas; 3: 2 groups of 10 and 5; 5: 4 bullets + 6 support activities.
    assert_eq!(areas, [11, 12, 17, 6, 10, 4, 8]);
    let r2 = &d.roadmaps[1];
    let diagnostica = &r2.area_groups[0].areas[0];
    assert!(diagnostica.title.starts_with("diagnostica avanzata"));
    assert_eq!(
        diagnostica.children.len(),
        3,
        "in vitro, in vivo, point-of-care"
    );
}

#[test]
fn swot_quadrants() {
    let s = doc().swot;
    assert_eq!(
        (
            s.strengths.len(),
            s.weaknesses.len(),
            s.opportunities.len(),
            s.threats.len()
        ),
        (8, 8, 10, 7)
    );
    assert!(s.strengths[0].starts_with("Forte posizionamento del comparto industriale"));
    assert!(s.weaknesses[0].starts_with("Settore dispositivi medici frammentato"));
    assert!(s.opportunities[0].starts_with("Settore delle scienze della vita in crescita"));
    assert_eq!(s.threats[0].as_str(), "Sostenibilità del sistema sanitario");
    assert!(s.threats[6].starts_with("Difficoltà dello sfruttamento del patrimonio"));
}

#[test]
fn organisations_are_named_once() {
    let d = doc();
    assert_eq!(d.organisations.len(), 119);
    let names: std::collections::HashSet<&str> =
        d.organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names.len(), d.organisations.len(), "no organisation twice");
    // Fondazione Toscana Life Sciences is one entity linked from several roadmaps.
    let tls: Vec<u8> = d
        .roadmaps
        .iter()
        .filter(|r| r.stakeholders.iter().any(|s| s.org == "fondazione-tls"))
        .map(|r| r.number)
        .collect();
    assert!(
        tls.contains(&1) && tls.contains(&2) && tls.contains(&7),
        "{tls:?}"
    );
}

fn figure(
    d: &Document,
    org: &str,
    metric: Metric,
    scope: Option<&str>,
) -> (f64, Unit, Option<u16>, Option<Qualifier>) {
    let o = d.organisations.iter().find(|o| o.id == org).expect(org);
    let f = o
        .figures
        .iter()
        .find(|f| f.metric == metric && f.scope.as_deref() == scope)
        .unwrap_or_else(|| panic!("{org} has no {metric:?} for {scope:?}"));
    (f.value, f.unit, f.year, f.qualifier)
}

#[test]
fn key_player_figures_match_the_source() {
    use Metric as M;
    use Qualifier as Q;
    use Unit as U;
    let d = doc();
    // "oltre 3.75 miliardi di euro di fatturato nel 2020"
    assert_eq!(
        figure(&d, "menarini", M::Turnover, None),
        (3750.0, U::MillionEuro, Some(2020), Some(Q::MoreThan))
    );
    // "circa 1.100 dipendenti ed un fatturato 2020 di oltre 750 M di euro"
    assert_eq!(
        figure(&d, "eli-lilly", M::Employees, None),
        (1100.0, U::People, None, Some(Q::About))
    );
    assert_eq!(
        figure(&d, "eli-lilly", M::Turnover, None),
        (750.0, U::MillionEuro, Some(2020), Some(Q::MoreThan))
    );
    // "fatturato 2020 di 697.2 M di euro, 850 addetti in Toscana, oltre il 78% di export"
    assert_eq!(
        figure(&d, "kedrion", M::Turnover, None),
        (697.2, U::MillionEuro, Some(2020), None)
    );
    assert_eq!(
        figure(&d, "kedrion", M::Employees, Some("in Toscana")),
        (850.0, U::People, None, None)
    );
    assert_eq!(
        figure(&d, "kedrion", M::ExportShare, None),
        (78.0, U::Percent, None, Some(Q::MoreThan))
    );
    // "oltre 2.00 addetti" (evidently 2.000), "oltre 400 ricercatori", "47 M dosi di vaccini nel 2019"
    assert_eq!(
        figure(&d, "gsk-vaccines", M::Employees, Some("in Toscana")),
        (2000.0, U::People, None, Some(Q::MoreThan))
    );
    assert_eq!(
        figure(&d, "gsk-vaccines", M::Researchers, Some("in Toscana")),
        (400.0, U::People, None, Some(Q::MoreThan))
    );
    assert_eq!(
        figure(&d, "gsk-vaccines", M::Doses, Some("siti di Siena e Rosia")),
        (47_000_000.0, U::Doses, Some(2019), None)
    );
    let gsk = d
        .organisations
        .iter()
        .find(|o| o.id == "gsk-vaccines")
        .expect("gsk");
    assert!(
        gsk.figures
            .iter()
            .any(|f| f.note.as_deref().is_some_and(|n| n.contains("2.00"))),
        "the garbled source value is noted"
    );
    // "ha 1.500 dipendenti, ed un fatturato 2019 di 230 M di euro"
    assert_eq!(
        figure(&d, "aboca", M::Employees, None),
        (1500.0, U::People, None, None)
    );
    assert_eq!(
        figure(&d, "aboca", M::Turnover, None),
        (230.0, U::MillionEuro, Some(2019), None)
    );
    // "5.900 addetti di cui 2000 in R&S, fatturato di 700 M di euro nel 2020"
    assert_eq!(
        figure(&d, "dedalus", M::Employees, None),
        (5900.0, U::People, None, None)
    );
    assert_eq!(
        figure(&d, "dedalus", M::Employees, Some("R&S")),
        (2000.0, U::People, None, None)
    );
    assert_eq!(
        figure(&d, "dedalus", M::Turnover, None),
        (700.0, U::MillionEuro, Some(2020), None)
    );
    // "fatturato 2020 di circa 220 M di euro"
    assert_eq!(
        figure(&d, "esaote", M::Turnover, None),
        (220.0, U::MillionEuro, Some(2020), Some(Q::About))
    );
    // "fatturato nel 2019 intorno ai 47 M di euro, 170 addetti"
    assert_eq!(
        figure(&d, "cso", M::Turnover, None),
        (47.0, U::MillionEuro, Some(2019), Some(Q::About))
    );
    assert_eq!(
        figure(&d, "cso", M::Employees, None),
        (170.0, U::People, None, None)
    );
}

#[test]
fn sector_figures_read_each_separator_in_context() {
    let d = doc();
    assert_eq!(&*d.meta.region, "Toscana");
    let names: Vec<&str> = d.positioning.territories.iter().map(|t| &*t.name).collect();
    assert_eq!(names, ["Italia", "Toscana"]);
    let (country, region) = (
        &d.positioning.territories[0].figures,
        &d.positioning.territories[1].figures,
    );
    let find = |figs: &[roadmap_tui::model::Figure], m: Metric| {
        figs.iter()
            .find(|f| f.metric == m)
            .map(|f| (f.value, f.qualifier))
            .expect("figure")
    };
    // "circa 400 imprese, con un fatturato totale di oltre 8 miliardi di euro e circa 16.000 addetti"
    assert_eq!(find(region, Metric::Firms), (400.0, Some(Qualifier::About)));
    assert_eq!(
        find(region, Metric::Turnover),
        (8000.0, Some(Qualifier::MoreThan))
    );
    assert_eq!(
        find(region, Metric::Employees),
        (16000.0, Some(Qualifier::About))
    );
    assert_eq!(find(region, Metric::GdpShare).0, 10.3);
    // "circa 225 miliardi di euro (dati 2018)"
    assert_eq!(
        find(country, Metric::ValueOfProduction),
        (225_000.0, Some(Qualifier::About))
    );
}

#[test]
fn eu_project_statistics() {
    let d = doc();
    let eu: Vec<(u32, Option<u32>, f64, Option<u32>)> = d
        .roadmaps
        .iter()
        .filter_map(|r| r.eu_projects.as_ref())
        .map(|e| {
            (
                e.projects,
                e.coordinated_in_region,
                e.contribution.value,
                e.private_participants,
            )
        })
        .collect();
    assert_eq!(
        eu,
        [
            (32, Some(8), 19.0, Some(7)),
            (38, Some(8), 20.0, Some(12)),
            (2, Some(2), 2.5, Some(2))
        ]
    );
    let msca = &d.roadmaps[0].eu_projects.as_ref().expect("r1").schemes[0];
    assert_eq!((msca.scheme.as_str(), msca.projects), ("MSCA", 11));
    assert_eq!(msca.contribution.as_ref().map(|f| f.value), Some(4.5));
    // Outside the roadmaps: 18 clinical/policy projects (≈8.5 M) and 14 basic research (≈11.5 M).
    let other: Vec<(u32, Option<f64>)> = d
        .preface
        .other_projects
        .iter()
        .map(|g| (g.projects, g.contribution.as_ref().map(|f| f.value)))
        .collect();
    assert_eq!(other, [(18, Some(8.5)), (14, Some(11.5))]);
}

#[test]
fn renumbering_and_sources() {
    let d = doc();
    let moved: Vec<(u8, u8)> = d
        .preface
        .previous_roadmaps
        .iter()
        .map(|p| (p.number, p.now))
        .collect();
    assert_eq!(
        moved,
        [(1, 1), (2, 2), (3, 3), (4, 5), (5, 6), (6, 7), (7, 4)],
        "MTR 7 became roadmap 4"
    );
    let footnotes: Vec<u16> = d.sources.iter().filter_map(|s| s.footnote).collect();
    assert_eq!(footnotes, (1..=16).collect::<Vec<_>>());
    let sdgs: Vec<Vec<u8>> = d.roadmaps.iter().map(|r| r.sdgs.clone()).collect();
    assert_eq!(sdgs[5], [9], "roadmap 6 names only SDG 9");
}

#[test]
fn no_pdf_artefacts_remain() {
    let json = serde_json::to_string(&doc()).expect("json");
    assert!(
        !json.contains("segnalibro"),
        "\"Errore. Il segnalibro non è definito.\" left in"
    );
    assert!(!json.contains("roadmap 1-76"));
}

#[test]
fn any_of_the_seventeen_goals_is_valid_without_a_table_and_no_other() {
    let mut doc = roadmap_tui::model::load_embedded().unwrap().doc;
    doc.sdgs.clear();
    doc.roadmaps[0].sdgs = vec![1, 17];
    assert!(roadmap_tui::model::validate::validate(&doc).is_empty());
    doc.roadmaps[0].sdgs = vec![0, 18];
    doc.sdgs.push(roadmap_tui::model::Sdg {
        number: 18,
        title: None,
        target: None,
    });
    let problems = roadmap_tui::model::validate::validate(&doc);
    let text: Vec<String> = problems.iter().map(|p| format!("{p:?}")).collect();
    assert_eq!(problems.len(), 3, "{text:?}");
    assert!(
        text.iter()
            .all(|p| p.contains("the goals are numbered 1 to 17")),
        "{text:?}"
    );
}

/// What the source says, not more: a quoted estimate keeps its scope and who gives
/// it, one amount is stored once, each number has the year the source gives it.
#[test]
fn quoted_figures_keep_their_scope_and_source() {
    let d = doc();
    // "L’OCSE stima infatti che nel 2030 saranno biotech l’80% dei prodotti
    // farmaceutici": a world forecast, OCSE's, and OCSE is no stakeholder.
    let r1 = &d.roadmaps[0];
    let forecast = r1
        .figures
        .iter()
        .find(|f| f.year == Some(2030))
        .expect("the 2030 forecast");
    assert_eq!(forecast.value, 80.0);
    assert_eq!(forecast.scope.as_deref(), Some("mondo"));
    assert_eq!(forecast.source.as_deref(), Some("OCSE"));
    assert!(d.organisations.iter().all(|o| &*o.name != "OCSE"));
    assert!(r1.stakeholders.iter().all(|s| s.org != "ocse"));

    // "circa 225 miliardi di euro (dati 2018), con circa 1.8 milioni di addetti":
    // the year belongs to the 225 bn only.
    let italy = &d.positioning.territories[0].figures;
    let year_of = |m: Metric| italy.iter().find(|f| f.metric == m).map(|f| f.year);
    assert_eq!(year_of(Metric::ValueOfProduction), Some(Some(2018)));
    assert_eq!(year_of(Metric::Employees), Some(None));

    // "produce insulina … esportata per il 98%": the insulin, not all production.
    let lilly = d
        .organisations
        .iter()
        .find(|o| o.id == "eli-lilly")
        .expect("Lilly");
    let export = lilly
        .figures
        .iter()
        .find(|f| f.metric == Metric::ExportShare)
        .expect("export share");
    assert_eq!(export.value, 98.0);
    assert!(
        export
            .label
            .as_deref()
            .is_some_and(|l| l.contains("insulina"))
    );

    // "è il primo operatore nel settore in Europa": a rank, as Menarini's claim is.
    let dedalus = d
        .organisations
        .iter()
        .find(|o| o.id == "dedalus")
        .expect("Dedalus");
    assert!(dedalus.figures.iter().any(|f| f.metric == Metric::Rank
        && f.value == 1.0
        && f.scope.as_deref().is_some_and(|s| s.starts_with("Europa"))));
}

#[test]
fn an_amount_is_stored_once_and_linked_from_both_places() {
    let d = doc();
    let r1 = &d.roadmaps[0];
    // C.Re.Me.P.: the regional 6.5 M is the investment's; the partnership links it.
    let cremep = r1
        .partnerships
        .iter()
        .find(|p| p.id == "r1-p-cremep")
        .expect("C.Re.Me.P.");
    assert_eq!(cremep.amount, None);
    let inv = d
        .investment(cremep.investment.as_deref().expect("linked"))
        .expect("the investment");
    assert_eq!(inv.amount.as_ref().map(|a| a.value), Some(6.5));
    // Menarini's 150 M is its investment, not also a figure of the company.
    let menarini = d
        .organisations
        .iter()
        .find(|o| o.id == "menarini")
        .expect("Menarini");
    assert!(
        menarini
            .figures
            .iter()
            .all(|f| f.metric != Metric::Investment)
    );
    assert!(
        r1.investments
            .iter()
            .any(|i| i.by == ["menarini"] && i.amount.as_ref().is_some_and(|a| a.value == 150.0))
    );
    // No organisation figure repeats one of its investments, anywhere.
    let (_, warnings) = roadmap_tui::model::validate::check(&d);
    assert_eq!(warnings, [], "the embedded document has no warnings");
}

#[test]
fn dates_are_written_in_one_form() {
    let d = doc();
    let mut dates = vec![d.meta.date.to_string()];
    dates.extend(d.meta.data_as_of.iter().map(ToString::to_string));
    for r in &d.roadmaps {
        dates.extend(
            r.partnerships
                .iter()
                .filter_map(|p| p.date.as_deref().map(str::to_owned)),
        );
        dates.extend(
            r.investments
                .iter()
                .filter_map(|i| i.date.as_deref().map(str::to_owned)),
        );
    }
    assert!(dates.len() > 10);
    for d in &dates {
        assert!(roadmap_tui::model::is_date(d), "{d}");
    }
    // "GU n.123 25.05.21": the decree's date.
    assert!(dates.iter().any(|d| d == "2021-05-25"));
}

#[test]
fn validation_holds_dates_to_one_form_and_amounts_to_one_place() {
    use roadmap_tui::model::validate::{check, validate};
    let mut doc = roadmap_tui::model::load_embedded().unwrap().doc;
    let r1 = &mut doc.roadmaps[0];
    r1.investments[0].date = Some("25.05.21".into());
    r1.partnerships[0].date = Some("2021-13".into());
    let cremep = r1
        .partnerships
        .iter_mut()
        .find(|p| p.id == "r1-p-cremep")
        .expect("C.Re.Me.P.");
    cremep.amount = r1_investment_amount();
    let ghost = r1.partnerships.last_mut().expect("a partnership");
    ghost.investment = Some("r1-i-cremepp".into());
    let problems = validate(&doc);
    let text: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect();
    assert_eq!(problems.len(), 4, "{text:#?}");
    assert!(
        text.iter()
            .any(|t| t.contains("\"25.05.21\" is not in the form YYYY-MM-DD")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("\"2021-13\" is not in the form"))
    );
    assert!(
        text.iter()
            .any(|t| t.contains("write it there only and remove `amount` here"))
    );
    assert!(
        text.iter()
            .any(|t| t.contains("unknown investment `r1-i-cremepp`")
                && t.contains("did you mean `r1-i-cremep`")),
        "{text:#?}"
    );

    // An organisation's figure that repeats one of its investments is a warning.
    let mut doc = roadmap_tui::model::load_embedded().unwrap().doc;
    let menarini = doc
        .organisations
        .iter_mut()
        .find(|o| o.id == "menarini")
        .expect("Menarini");
    menarini.figures.extend(
        doc.roadmaps[0]
            .investments
            .iter()
            .find(|i| i.by == ["menarini"])
            .and_then(|i| i.amount.clone()),
    );
    let (problems, warnings) = check(&doc);
    assert!(problems.is_empty());
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("already gives this amount"));
}

fn r1_investment_amount() -> Option<roadmap_tui::model::Figure> {
    roadmap_tui::model::load_embedded()
        .unwrap()
        .doc
        .investment("r1-i-cremep")
        .and_then(|i| i.amount.clone())
}
