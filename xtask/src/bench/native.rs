//! The engine alone, natively: index build time and size, and the time of one
//! full answer (search, filters, facet counts, histogram, top-20 snippets) for
//! each state of the measurement plan. No browser, no rendering.

use super::queries;
use dossier_core::model::Corpus;
use dossier_core::search::{Engine, Index};
use dossier_core::synth::{latency_by_kind, state_kind};
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
