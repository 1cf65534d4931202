#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Random key sequences and terminal sizes never panic and keep every selection in range,
//! on the embedded document and on documents built here for the edge cases a data
//! file can hold: no organisations, roadmaps with nothing in them, no roadmaps at all,
//! 10,000 organisations, and very long texts.

mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, Screen, update};
use roadmap_tui::content::SECTIONS;
use roadmap_tui::keymap::ALL_ACTIONS;
use roadmap_tui::model::{Document, Lang, Loaded, Role, StakeholderLink, Swot, Text};
use roadmap_tui::place::Quadrant;

fn msg() -> impl Strategy<Value = Msg> {
    let actions: Vec<Action> = ALL_ACTIONS
        .iter()
        .copied()
        .chain((1..=9).map(Action::OpenRoadmap))
        .filter(|a| *a != Action::Quit)
        .collect();
    prop_oneof![
        8 => proptest::sample::select(actions).prop_map(Msg::Action),
        1 => typed().prop_map(Msg::Input),
        1 => (1u16..=300, 1u16..=100).prop_map(|(width, height)| Msg::Resize { width, height }),
        1 => (0u16..300, 0u16..100).prop_map(|(column, row)| Msg::Click { column, row }),
        1 => (0u16..300, 0u16..100, prop_oneof![Just(-3i8), Just(3i8)])
            .prop_map(|(column, row, lines)| Msg::Scroll { column, row, lines }),
    ]
}

/// Characters typed into a filter: letters mostly, and anything a terminal can
/// deliver, controls and invisible formatting characters included.
fn typed() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => any::<char>(),
        1 => proptest::sample::select(vec![
            '\u{1b}', '\u{7}', '\u{0}', '\u{9b}', '\u{9d}', '\u{85}', '\u{202e}', '\u{2066}',
            '\u{200b}', '\u{feff}', '\u{301}', '漢', '🚀', ' ', '\t', '\r',
        ]),
    ]
}

fn assert_in_range(app: &App) {
    assert!(!app.stack().is_empty());
    for view in app.stack() {
        match view {
            Screen::Overview(s) => {
                assert!(s.table.selected < s.order.len().max(1));
                assert!(s.order.len() <= app.doc.roadmaps.len());
            }
            Screen::Stakeholders(s) => {
                assert!(s.table.selected < s.order.len().max(1));
                assert!(s.order.len() <= app.doc.organisations.len());
                assert!(s.table.offset <= s.table.selected || s.order.is_empty());
            }
            Screen::Roadmap(r) => assert!(r.section < SECTIONS.len()),
            Screen::Matrix(m) => {
                assert!(m.table.selected < m.order.len().max(1));
                // The name, Σ, then a column per roadmap.
                assert!(m.col <= app.doc.roadmaps.len() + 1);
                assert!(m.col_offset < app.doc.roadmaps.len().max(1));
                if let Some(c) = m.roadmap_col() {
                    assert!(
                        m.col_offset <= c,
                        "the cursor's column is not left of the view"
                    );
                }
            }
            Screen::Figures(f) => {
                assert!(f.selected < f.data.bar_count().max(1));
                assert!(f.offset < f.data.rows.len().max(1));
            }
            Screen::Detail(_) => {}
            Screen::Swot(s) => {
                // Every quadrant's scroll stays in range, not just the focused one.
                let body = roadmap_tui::ui::layout::body(app.size);
                let rects = roadmap_tui::ui::layout::swot(body, s.focus.index(), s.zoomed);
                for q in Quadrant::ALL {
                    let items = roadmap_tui::content::swot_items(&app.doc, q);
                    let nav = s.lists[q.index()];
                    // An empty quadrant keeps the selection on its first place.
                    assert!(nav.selected < items.len().max(1));
                    let (rows, width) = roadmap_tui::ui::layout::content_viewport(rects[q.index()]);
                    if view == app.screen() && rows > 0 {
                        let total: usize =
                            roadmap_tui::content::heights(&items, width).iter().sum();
                        assert!(
                            nav.offset <= total.saturating_sub(rows),
                            "{q:?} scrolled past its end"
                        );
                    }
                }
            }
        }
    }
    // Item lists: the selection names an existing item.
    if let Some((items, _, _)) = app.current_items() {
        let nav = match app.screen() {
            Screen::Roadmap(r) => r.content,
            Screen::Detail(d) => d.nav,
            Screen::Swot(s) => s.lists[s.focus.index()],
            _ => unreachable!(),
        };
        assert!(
            nav.selected < items.len().max(1),
            "{} of {}",
            nav.selected,
            items.len()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_input_never_panics(
        size in (1u16..=300, 1u16..=100),
        msgs in proptest::collection::vec(msg(), 1..60),
        english in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::It };
        let mut app = common::embedded(lang, size);
        for m in msgs {
            update(&mut app, m);
            assert_in_range(&app);
        }
        // Every reachable state draws at the size it ended with.
        let _ = roadmap_tui::ui::render_to_buffer(&app, app.size.0, app.size.1);
        // Back always leads home: it may first close the help, end a filter being
        // typed and clear a table's filters, at most three presses per screen.
        let bound = 3 * app.stack().len() + 1;
        for _ in 0..bound {
            update(&mut app, Msg::Action(Action::Back));
        }
        prop_assert_eq!(app.stack().len(), 1);
        prop_assert!(app.help().is_none());
    }
}

// ---------------------------------------------------------------------------------
// Generated documents
// ---------------------------------------------------------------------------------

fn small_doc() -> Document {
    common::small(Lang::It, (80, 24)).doc
}

/// The small fixture with no organisations and nothing that refers to one.
fn without_organisations() -> Document {
    let mut d = small_doc();
    d.organisations.clear();
    d.positioning.research_system.clear();
    for r in &mut d.roadmaps {
        r.stakeholders.clear();
        for p in &mut r.partnerships {
            p.members.clear();
        }
        for i in &mut r.investments {
            i.by.clear();
        }
    }
    d
}

/// Roadmaps with a title and nothing else: no areas, stakeholders, figures, prose,
/// projects, partnerships, investments or sources; and an empty SWOT.
fn hollow_roadmaps() -> Document {
    let mut d = without_organisations();
    for r in &mut d.roadmaps {
        r.summary.clear();
        r.figures.clear();
        r.context.clear();
        r.areas_intro.clear();
        r.area_groups.clear();
        r.update.clear();
        r.assets.clear();
        r.sdgs.clear();
        r.eu_projects = None;
        r.partnerships.clear();
        r.partnerships_text.clear();
        r.investments.clear();
        r.cross_refs.clear();
        r.sources.clear();
    }
    d.swot = Swot {
        strengths: Vec::new(),
        weaknesses: Vec::new(),
        opportunities: Vec::new(),
        threats: Vec::new(),
    };
    d
}

/// No roadmaps at all (and so no organisations linked to one).
fn no_roadmaps() -> Document {
    let mut d = hollow_roadmaps();
    d.roadmaps.clear();
    d.preface.previous_roadmaps.clear();
    d
}

/// `n` organisations, made by cloning the fixture's first one with fresh ids and
/// names; every hundredth takes part in roadmap 1, every third in roadmap 2.
fn many_organisations(n: usize) -> Document {
    let mut d = small_doc();
    let model = d.organisations[0].clone();
    for i in 0..n {
        let mut o = model.clone();
        o.id = format!("org-{i:05}");
        o.name = Text::new(&format!(
            "Organizzazione {i:05} {}",
            ["Alfa", "Beta", "Gamma"][i % 3]
        ));
        o.short_name = None;
        o.group = None;
        if i % 100 == 0 {
            d.roadmaps[0].stakeholders.push(StakeholderLink {
                org: o.id.clone(),
                role: Role::Company,
                note: None,
            });
        }
        if i % 3 == 0 {
            d.roadmaps[1].stakeholders.push(StakeholderLink {
                org: o.id.clone(),
                role: Role::Research,
                note: None,
            });
        }
        d.organisations.push(o);
    }
    d
}

/// A 20,000-character paragraph (words and one very long word) in the preface, a
/// roadmap's context, an organisation's description and a SWOT item, and a
/// 500-character organisation name.
fn long_texts() -> Document {
    let mut d = small_doc();
    let words: String = "parola lunghissima, e poi ancora "
        .chars()
        .cycle()
        .take(15_000)
        .collect();
    let long = format!("{words}{}", "x".repeat(5_000));
    assert_eq!(long.chars().count(), 20_000);
    let long = Text::new(&long);
    d.preface.paragraphs.push(long.clone());
    d.roadmaps[0].context.push(long.clone());
    d.roadmaps[0].title = Text::new(&"Titolo lungo ".repeat(40));
    d.organisations[0].description = Some(long.clone());
    d.swot.threats.push(long);
    let name: String = "Nome di organisation molto lungo "
        .chars()
        .cycle()
        .take(500)
        .collect();
    d.organisations[1].name = Text::new(&name);
    d
}

fn app_of(doc: Document, size: (u16, u16), lang: Lang) -> App {
    let problems = roadmap_tui::model::validate::validate(&doc);
    assert!(
        problems.is_empty(),
        "the generated document is invalid: {problems:?}"
    );
    App::new(
        Loaded {
            doc,
            name: "generated.ron".into(),
            path: None,
        },
        lang,
        size,
    )
}

/// Plays `msgs` on `app` at `size` and checks the same as `random_input_never_panics`,
/// and that the final screen has no control or bidi character in any cell.
fn play(
    mut app: App,
    size: (u16, u16),
    english: bool,
    msgs: Vec<Msg>,
) -> Result<(), TestCaseError> {
    if english {
        app.lang = Lang::En;
    }
    update(
        &mut app,
        Msg::Resize {
            width: size.0,
            height: size.1,
        },
    );
    for m in msgs {
        update(&mut app, m);
        assert_in_range(&app);
    }
    let buf = roadmap_tui::ui::render_to_buffer(&app, app.size.0, app.size.1);
    common::walk::assert_inert(&buf, &format!("{} at {:?}", app.place(), app.size));
    let bound = 3 * app.stack().len() + 1;
    for _ in 0..bound {
        update(&mut app, Msg::Action(Action::Back));
    }
    prop_assert_eq!(app.stack().len(), 1);
    prop_assert!(app.help().is_none());
    Ok(())
}

fn case() -> impl Strategy<Value = ((u16, u16), bool, Vec<Msg>)> {
    (
        (1u16..=300, 1u16..=100),
        any::<bool>(),
        proptest::collection::vec(msg(), 1..60),
    )
}

#[test]
fn random_input_on_generated_documents() {
    let apps: Vec<App> = [
        without_organisations(),
        hollow_roadmaps(),
        no_roadmaps(),
        long_texts(),
    ]
    .into_iter()
    .map(|d| app_of(d, (80, 24), Lang::It))
    .collect();
    // Every generated document draws on every screen before any key is pressed.
    for app in &apps {
        common::walk::every_screen(app, &[(1, 1), (61, 17), (120, 40)], |what, buf| {
            common::walk::assert_inert(buf, what);
        });
    }
    let mut runner = TestRunner::new(Config {
        cases: 64,
        ..Config::default()
    });
    runner
        .run(
            &(0..apps.len(), case()),
            |(which, (size, english, msgs))| play(apps[which].clone(), size, english, msgs),
        )
        .unwrap();
}

#[test]
fn random_input_on_ten_thousand_organisations() {
    // Built once: every case starts from a clone.
    let app = app_of(many_organisations(10_000), (80, 24), Lang::It);
    assert_eq!(app.doc.organisations.len(), 10_003);
    let mut runner = TestRunner::new(Config {
        cases: 6,
        ..Config::default()
    });
    runner
        .run(&case(), |(size, english, msgs)| {
            play(app.clone(), size, english, msgs)
        })
        .unwrap();
}
