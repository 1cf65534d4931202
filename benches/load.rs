//! Loading: parsing and validating the embedded document's text, and the RON text
//! of a hundredfold copy of it; reading the form the build made of the embedded
//! one; and starting up, from the text to the first frame.
//! `docs/performance.md` has the results.

#[path = "../tests/support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use roadmap_tui::app::App;
use roadmap_tui::model::load::EMBEDDED;
use roadmap_tui::model::{Lang, Loaded, load_embedded, parse_and_validate};
use roadmap_tui::ui;
use synth::scaled;

fn load(c: &mut Criterion) {
    let Ok(loaded) = load_embedded() else {
        panic!("the embedded document does not load");
    };
    let big = scaled(&loaded.doc, 100);
    let Ok(big_text) = ron::ser::to_string_pretty(&big, ron::ser::PrettyConfig::default()) else {
        panic!("the hundredfold document does not serialise");
    };
    // The text measured must be a document the loader takes, and the same one.
    match parse_and_validate("scaled-100.ron", &big_text) {
        Ok(back) => assert!(back == big, "the hundredfold document reads back different"),
        Err(e) => panic!("the hundredfold document does not load: {e}"),
    }
    eprintln!(
        "load: embedded {} bytes, scaled-100 {} bytes",
        EMBEDDED.len(),
        big_text.len()
    );
    let texts = [("embedded", EMBEDDED), ("scaled-100", big_text.as_str())];
    let mut g = c.benchmark_group("load");
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat);
    for (name, text) in texts {
        g.bench_with_input(
            BenchmarkId::new("parse-and-validate", name),
            text,
            |b, text| {
                b.iter(|| parse_and_validate("bench.ron", black_box(text)));
            },
        );
    }
    // The embedded document as the browser reads it: the form the build made of
    // the RON, not checked again.
    g.bench_function("embedded-form", |b| b.iter(load_embedded));
    // What the user waits for: the text read, checked, indexed for browsing (the
    // search index waits for the search), and the overview drawn.
    for (name, text) in texts {
        g.bench_with_input(BenchmarkId::new("to-first-frame", name), text, |b, text| {
            b.iter(|| {
                let Ok(doc) = parse_and_validate("bench.ron", black_box(text)) else {
                    panic!("the document does not load");
                };
                let loaded = Loaded {
                    doc,
                    name: "bench.ron".into(),
                    path: None,
                };
                let app = App::new(loaded, Lang::It, (160, 48));
                let mut terminal =
                    Terminal::new(TestBackend::new(160, 48)).unwrap_or_else(|never| match never {});
                let _ = terminal.draw(|f| ui::draw(f, &app));
                terminal
            });
        });
    }
    // The same without the text: the app built on a checked document and the
    // overview drawn at 120x40, what follows the load on the way to the first frame.
    let docs = [
        ("embedded", loaded.doc.clone()),
        ("scaled-100", big.clone()),
    ];
    for (name, doc) in &docs {
        g.bench_with_input(BenchmarkId::new("app-and-frame", name), doc, |b, doc| {
            b.iter_batched(
                || Loaded {
                    doc: doc.clone(),
                    name: "bench.ron".into(),
                    path: None,
                },
                |loaded| {
                    let app = App::new(loaded, Lang::It, (120, 40));
                    let mut terminal = Terminal::new(TestBackend::new(120, 40))
                        .unwrap_or_else(|never| match never {});
                    let _ = terminal.draw(|f| ui::draw(f, &app));
                    terminal
                },
                BatchSize::SmallInput,
            );
        });
    }
    g.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
