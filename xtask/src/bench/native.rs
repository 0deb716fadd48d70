//! The engine alone, natively: index build time and size, and the time of one
//! full answer (search, filters, facet counts, histogram, top-20 snippets) for
//! each state of the measurement plan. No browser, no rendering.

use super::figures::fmt;
use super::queries;
use super::SizeResult;
use dossier_core::model::Corpus;
use dossier_core::search::{Engine, Index};
use dossier_core::synth::{latency_by_kind, state_kind};
use serde_json::{json, Value};
use std::fmt::Write;
use std::time::Instant;

/// How many times each state is answered.
const ROUNDS: usize = 10;

/// What the native run measured.
pub struct NativeFigures {
    pub index_secs: f64,
    pub index_bytes: usize,
    /// (kind of state, p50 ms, p95 ms), kinds in a fixed order, then "all".
    pub latency: Vec<(&'static str, f64, f64)>,
}

/// Indexes `corpus` and answers every state of the plan [`ROUNDS`] times.
pub fn measure(corpus: &Corpus) -> NativeFigures {
    let start = Instant::now();
    let index = Index::build(corpus);
    let index_secs = start.elapsed().as_secs_f64();
    let index_bytes = index.to_bytes().len();
    let engine = Engine::new(corpus, &index);
    let mut samples: Vec<(&'static str, f64)> = Vec::new();
    for state in queries::states() {
        for _ in 0..ROUNDS {
            let t = Instant::now();
            std::hint::black_box(engine.run(&state));
            samples.push((state_kind(&state), t.elapsed().as_secs_f64() * 1e3));
        }
    }
    let latency = latency_by_kind(&samples);
    NativeFigures {
        index_secs,
        index_bytes,
        latency,
    }
}

/// The native engine's rows: one answer's latency per kind of state, and the index.
pub fn write(md: &mut String, r: &SizeResult) {
    let Some(n) = &r.native else { return };
    let target = if r.name == "10k" { "≤ 5 ms p95" } else { "" };
    let _ = write!(
        md,
        "\nNative engine (release, no browser): index built in {:.2} s, {} KB ({:.0} KB per 1k articles). \
         One answer = search + filters + facet counts + histogram + top-20 snippets.\n\n\
         | state | p50, ms | p95, ms | target |\n|---|---:|---:|---|\n",
        n.index_secs,
        n.index_bytes / 1000,
        n.index_bytes as f64 / r.articles.max(1) as f64,
    );
    for (kind, p50, p95) in &n.latency {
        let _ = writeln!(md, "| {kind} | {} | {} | {target} |", fmt(*p50), fmt(*p95));
    }
}

/// The native figures for `report.json`.
pub fn to_json(n: &NativeFigures) -> Value {
    json!({
        "index_secs": n.index_secs, "index_bytes": n.index_bytes,
        "latency_ms": n.latency.iter().map(|(k, p50, p95)| json!({"state": k, "p50": p50, "p95": p95})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_state_is_measured() {
        let figures = measure(&dossier_core::synth::bench_corpus(50, 3));
        let kinds: Vec<&str> = figures.latency.iter().map(|l| l.0).collect();
        assert_eq!(
            kinds,
            [
                "words",
                "words + facets",
                "phrase",
                "prefix",
                "filters only",
                "all"
            ]
        );
        assert!(figures.index_bytes > 0);
        assert!(figures.latency.iter().all(|(_, p50, p95)| p50 <= p95));
    }
}
