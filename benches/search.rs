//! Search: one keystroke's query and the index build, over the embedded document
//! and over a hundredfold copy of it. `docs/performance.md` has the results.

#[path = "../tests/support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use roadmap_tui::model::{Document, Lang, load_embedded};
use roadmap_tui::search::{SearchIndex, matcher};
use synth::scaled;

/// A word being typed, a phrase of two words found in many paragraphs, a word in
/// nearly every paragraph, a short start of many words, and an English term the
/// glossary translates.
const QUERIES: [(&str, &str); 5] = [
    ("word", "univ"),
    ("phrase", "sperimentazione clinica"),
    ("common", "di"),
    ("prefix", "pro"),
    ("english", "clinical trials"),
];

fn documents() -> Vec<(&'static str, Document)> {
    let Ok(loaded) = load_embedded() else {
        panic!("the embedded document does not load");
    };
    let big = scaled(&loaded.doc, 100);
    vec![("embedded", loaded.doc), ("scaled-100", big)]
}

fn search(c: &mut Criterion) {
    let docs = documents();
    let mut g = c.benchmark_group("search");
    g.warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20);
    for (name, doc) in &docs {
        let search = SearchIndex::new(doc);
        let mut m = matcher();
        for (label, q) in QUERIES {
            g.bench_with_input(
                BenchmarkId::new(format!("query-{label}"), name),
                q,
                |b, q| {
                    b.iter(|| search.query(black_box(q), Lang::It, &mut m));
                },
            );
        }
    }
    for (name, doc) in &docs {
        g.bench_with_input(BenchmarkId::new("build", name), doc, |b, doc| {
            b.iter(|| SearchIndex::new(black_box(doc)));
        });
    }
    g.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
