//! Native engine latency per kind of state of the benchmark plan:
//! `cargo run --release -p dossier-core --example engine_latency -- /tmp/gen10k [rounds]`
//! (a folder of `cargo xtask gen-corpus`), or `-- synth:100000` for a synthetic
//! corpus made in memory, without ingest.

use dossier_core::model::Corpus;
use dossier_core::search::{Engine, Index};
use dossier_core::synth::{bench_states, latency_by_kind, quantile, state_kind};
use dossier_core::view::ViewState;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "/tmp/gen10k".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    // Ingest is slow (language detection): keep the loaded corpus next to the folder.
    let cache = format!("{}.corpus.postcard", dir.trim_end_matches('/'));
    let synthetic = dir.strip_prefix("synth:").and_then(|n| n.parse().ok());
    let corpus: Corpus = match synthetic.map(|n| dossier_core::synth::bench_corpus(n, 1)) {
        Some(c) => c,
        None => load(&dir, &cache),
    };
    let t = Instant::now();
    let index = Index::build(&corpus);
    let build = t.elapsed().as_secs_f64();
    let bytes = index.to_bytes().len();
    println!(
        "{} articles, index {bytes} bytes, built in {build:.2} s",
        corpus.articles.len()
    );
    let engine = Engine::new(&corpus, &index);
    let mut samples: Vec<(&str, &str, f64)> = Vec::new();
    // ONLY=word keeps the states whose query holds it; KIND=kind those of one kind.
    let only = std::env::var("ONLY").unwrap_or_default();
    let kind = std::env::var("KIND").unwrap_or_default();
    let states: Vec<ViewState> = bench_states()
        .into_iter()
        .filter(|s| s.q.contains(&only) && state_kind(s).contains(&kind))
        .collect();
    for state in &states {
        for _ in 0..rounds {
            let t = Instant::now();
            std::hint::black_box(if std::env::var_os("NO_PAGE").is_some() {
                engine.run_page(state, 0, 0)
            } else {
                engine.run(state)
            });
            samples.push((state_kind(state), &state.q, t.elapsed().as_secs_f64() * 1e3));
        }
    }
    let by_kind: Vec<(&str, f64)> = samples.iter().map(|s| (s.0, s.2)).collect();
    for (k, p50, p95) in latency_by_kind(&by_kind) {
        println!("{k:>15}  p50 {p50:7.2} ms  p95 {p95:7.2} ms");
    }
    if std::env::var_os("PER_QUERY").is_some() {
        for state in &states {
            let v: Vec<f64> = samples
                .iter()
                .filter(|s| std::ptr::eq(s.1, state.q.as_str()))
                .map(|s| s.2)
                .collect();
            let p50 = quantile(&v, 0.5).unwrap_or(f64::NAN);
            println!("{:>40}  p50 {p50:7.2} ms", state.q);
        }
    }
}

/// The corpus of a folder, ingested once and then read from its cache.
fn load(dir: &str, cache: &str) -> Corpus {
    match std::fs::read(cache)
        .ok()
        .and_then(|b| postcard::from_bytes(&b).ok())
    {
        Some(c) => c,
        None => {
            let c = dossier_core::ingest::load_corpus_dir(dir.as_ref())
                .expect("readable corpus folder")
                .corpus;
            let _ = std::fs::write(cache, postcard::to_allocvec(&c).expect("serialisable"));
            c
        }
    }
}
