//! Rendering: one frame of each screen at three terminal sizes, over the embedded
//! document and over copies of it ten and a hundred times larger; and a key
//! answered, `update` and the frame after it. `docs/performance.md` has the results.

#[path = "../tests/support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::{App, update};
use roadmap_tui::content::slides::Slide;
use roadmap_tui::model::{Lang, Loaded, load_embedded};
use roadmap_tui::place::{Chart, Place, Quadrant};
use roadmap_tui::ui;
use synth::scaled;

const SIZES: [(u16, u16); 3] = [(80, 24), (160, 48), (300, 100)];

/// How a screen is reached from the overview.
#[derive(Clone)]
enum Setup {
    Overview,
    Open(Place),
    /// A roadmap with its `n`th section chosen.
    Section(u8, usize),
    Search(&'static str),
    Slide(Slide),
}

fn screens(app: &App) -> Vec<(String, Setup)> {
    let area = app.doc.roadmaps[0].area_groups[0].areas[0].id.clone();
    let mut v = vec![
        ("overview".to_owned(), Setup::Overview),
        ("document".to_owned(), Setup::Open(Place::Document)),
        ("roadmap-summary".to_owned(), Setup::Section(1, 0)),
        ("roadmap-areas".to_owned(), Setup::Section(1, 2)),
        ("roadmap-stakeholders".to_owned(), Setup::Section(1, 4)),
        ("area".to_owned(), Setup::Open(Place::Area(area))),
        ("stakeholders".to_owned(), Setup::Open(Place::Stakeholders)),
        (
            "organisation".to_owned(),
            Setup::Open(Place::Stakeholder("menarini".into())),
        ),
        ("swot".to_owned(), Setup::Open(Place::Swot(None))),
        (
            "swot-zoomed".to_owned(),
            Setup::Open(Place::Swot(Some(Quadrant::Threats))),
        ),
        ("matrix".to_owned(), Setup::Open(Place::Matrix)),
    ];
    v.extend(Chart::ALL.map(|c| {
        (
            format!("figures-{}", c.name()),
            Setup::Open(Place::Figures(c)),
        )
    }));
    v.extend([
        ("search".to_owned(), Setup::Search("univ")),
        ("slide-roadmap".to_owned(), Setup::Slide(Slide::Roadmap(1))),
        ("slide-swot".to_owned(), Setup::Slide(Slide::Swot)),
        (
            "slide-chart".to_owned(),
            Setup::Slide(Slide::Chart(Chart::Turnover)),
        ),
    ]);
    v
}

fn act(app: &mut App, a: Action) {
    update(app, Msg::Action(a));
}

/// Puts `app` on the screen `setup` describes, through `update` as keys would.
fn go(app: &mut App, setup: &Setup) {
    app.layers.clear();
    app.truncate(1);
    let (width, height) = app.size;
    update(app, Msg::Resize { width, height });
    match setup {
        Setup::Overview => {}
        Setup::Open(place) => {
            app.open(place.clone());
            update(app, Msg::Resize { width, height });
        }
        Setup::Section(n, section) => {
            act(app, Action::OpenRoadmap(*n));
            for _ in 0..*section {
                act(app, Action::Down);
            }
        }
        Setup::Search(q) => {
            act(app, Action::OpenSearch);
            for c in q.chars() {
                update(app, Msg::Input(c));
            }
        }
        Setup::Slide(slide) => {
            let Some(i) = app.slides().iter().position(|s| s == slide) else {
                panic!("no slide {slide:?}");
            };
            act(app, Action::TogglePresent);
            let Some(page) = app.cache.deck().first_page(i) else {
                panic!("slide {slide:?} has no page");
            };
            app.present.go(page, app.cache.deck());
        }
    }
}

/// The embedded document, and copies ten and a hundred times larger: the embedded
/// one leaves some screens half empty, the larger ones fill every screen, so the
/// step from ten to a hundred shows what grows with the document alone.
fn apps() -> Vec<(&'static str, Loaded)> {
    let Ok(loaded) = load_embedded() else {
        panic!("the embedded document does not load");
    };
    let copy = |factor| Loaded {
        doc: scaled(&loaded.doc, factor),
        ..loaded.clone()
    };
    vec![
        ("embedded", loaded.clone()),
        ("scaled-10", copy(10)),
        ("scaled-100", copy(100)),
    ]
}

fn group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(10);
    g
}

/// Cells of `buf` that show something other than a blank: how much a frame draws.
fn inked(buf: &ratatui::buffer::Buffer) -> usize {
    buf.content().iter().filter(|c| c.symbol() != " ").count()
}

/// Each screen on the three documents one after the other, so that a comparison
/// between them is not spread over the whole run. Before each screen, how many
/// cells it inks on each document goes to standard error: where a larger document
/// fills more of the screen, its frame has more to draw.
fn render(c: &mut Criterion) {
    let mut apps: Vec<(&str, App)> = apps()
        .into_iter()
        .map(|(name, loaded)| (name, App::new(loaded, Lang::It, SIZES[0])))
        .collect();
    for (w, h) in SIZES {
        let mut g = group(c, &format!("render-{w}x{h}"));
        let mut terminal =
            Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|never| match never {});
        for (_, app) in &mut apps {
            update(
                app,
                Msg::Resize {
                    width: w,
                    height: h,
                },
            );
        }
        // Each document's own screens: the area shown is each one's first.
        let setups: Vec<_> = apps.iter().map(|(_, app)| screens(app)).collect();
        for i in 0..setups[0].len() {
            let screen = &setups[0][i].0;
            let mut ink = Vec::new();
            for ((name, app), setups) in apps.iter_mut().zip(&setups) {
                go(app, &setups[i].1);
                ink.push(format!(
                    "{name} {}",
                    inked(&ui::render_to_buffer(app, w, h))
                ));
            }
            eprintln!("cells inked: render-{w}x{h}/{screen}: {}", ink.join(", "));
            for (name, app) in &apps {
                g.bench_function(BenchmarkId::new(screen, name), |b| {
                    b.iter(|| {
                        let _ = terminal.draw(|f| ui::draw(f, black_box(app)));
                    });
                });
            }
        }
        g.finish();
    }
}

/// A key on a long list and the frame that shows it: Down then Up, so every
/// iteration starts from the same place.
fn keys(c: &mut Criterion) {
    let mut g = group(c, "key");
    let (w, h) = (160, 48);
    for (name, loaded) in apps() {
        let mut app = App::new(loaded, Lang::It, (w, h));
        let mut terminal =
            Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|never| match never {});
        let screens = [
            ("overview", Setup::Overview),
            ("document", Setup::Open(Place::Document)),
            ("roadmap-stakeholders", Setup::Section(1, 4)),
            ("swot", Setup::Open(Place::Swot(None))),
            ("stakeholders", Setup::Open(Place::Stakeholders)),
        ];
        for (screen, setup) in screens {
            go(&mut app, &setup);
            if matches!(setup, Setup::Section(..)) {
                act(&mut app, Action::NextPane);
            }
            // One step in, so that Up has somewhere to go.
            act(&mut app, Action::Down);
            g.bench_function(BenchmarkId::new(format!("down-up-{screen}"), name), |b| {
                b.iter(|| {
                    for a in [Action::Down, Action::Up] {
                        update(&mut app, Msg::Action(a));
                        let _ = terminal.draw(|f| ui::draw(f, black_box(&app)));
                    }
                });
            });
        }
        // Keys after which a list is measured again: the document opened (and left),
        // the language switched there, the window narrowed and widened again.
        let mut both = |label: &str, setup: Setup, msgs: [Msg; 2]| {
            go(&mut app, &setup);
            g.bench_function(BenchmarkId::new(label, name), |b| {
                b.iter(|| {
                    for m in &msgs {
                        update(&mut app, m.clone());
                        if let Msg::Resize { width, height } = *m {
                            terminal.backend_mut().resize(width, height);
                        }
                        let _ = terminal.draw(|f| ui::draw(f, black_box(&app)));
                    }
                });
            });
        };
        both(
            "open-back-document",
            Setup::Overview,
            [Msg::Action(Action::GoDocument), Msg::Action(Action::Back)],
        );
        let lang = Msg::Action(Action::ToggleLang);
        both(
            "lang-lang-document",
            Setup::Open(Place::Document),
            [lang.clone(), lang],
        );
        // Narrowed by ten columns and widened again.
        let narrow_widen = [
            Msg::Resize {
                width: w - 10,
                height: h,
            },
            Msg::Resize {
                width: w,
                height: h,
            },
        ];
        both(
            "resize-resize-document",
            Setup::Open(Place::Document),
            narrow_widen.clone(),
        );
        // Presenting: a page turned, and the deck laid out again for a new size.
        let slide = Setup::Slide(Slide::Roadmap(1));
        both(
            "next-prev-slide",
            slide.clone(),
            [
                Msg::Action(Action::NextSlide),
                Msg::Action(Action::PrevSlide),
            ],
        );
        both("resize-resize-slide", slide, narrow_widen);
    }
    g.finish();
}

criterion_group!(benches, render, keys);
criterion_main!(benches);
