//! The trends view's numbers natively: the time of [`Engine::trends`] (every
//! series counted per period over the dossier, and the share's base) for one
//! series and for four, with and without filters. The page adds drawing a few
//! dozen SVG points and table rows to this; the count is the work that grows
//! with the corpus.

use super::figures::fmt;
use super::SizeResult;
use dossier_core::model::Corpus;
use dossier_core::search::{Engine, Index};
use dossier_core::synth::{quantile, BENCH_QUERIES};
use dossier_core::view::{Series, ViewState};
use serde_json::{json, Value};
use std::fmt::Write;
use std::time::Instant;

/// How many times each view is counted.
const ROUNDS: usize = 10;

/// What the trends run measured: (views, p50 ms, p95 ms), then "all".
pub struct TrendFigures {
    pub latency: Vec<(&'static str, f64, f64)>,
}

/// Four series the corpus has, as a reader would chart them: a query of the
/// benchmark plan, its first topic, its most frequent outlet and its most
/// mentioned entity (more queries of the plan where it lacks those). The
/// browser bench adds the same ones through the trends view's form.
pub fn series(corpus: &Corpus) -> Vec<Series> {
    let mut series = vec![Series::Query(BENCH_QUERIES[0].0.to_string())];
    if let Some(t) = corpus.topics.first() {
        series.push(Series::Topic(t.slug.clone()));
    }
    let most = |names: &mut dyn Iterator<Item = &str>| {
        let mut counts: std::collections::HashMap<&str, usize> = Default::default();
        for n in names {
            *counts.entry(n).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|&(n, c)| (c, std::cmp::Reverse(n)))
            .map(|(n, _)| n.to_string())
    };
    if let Some(s) = most(&mut corpus.articles.iter().filter_map(|a| a.source.as_deref())) {
        series.push(Series::Source(s));
    }
    if let Some(e) = most(
        &mut corpus
            .articles
            .iter()
            .flat_map(|a| a.entities.iter().map(|e| e.name.as_str())),
    ) {
        series.push(Series::Entity(e));
    }
    // A corpus without outlets or entities still gets four series: more
    // queries of the plan (not the one the filtered view searches).
    for (q, _, _) in BENCH_QUERIES.iter().skip(3) {
        if series.len() >= 4 {
            break;
        }
        series.push(Series::Query(q.to_string()));
    }
    series.truncate(4);
    series
}

/// The views measured, by kind: one series, four, and four under a query,
/// a filter and the share.
fn views(corpus: &Corpus) -> Vec<(&'static str, ViewState)> {
    let series = series(corpus);
    let with = |n: usize| {
        let mut v = ViewState::default();
        for s in series.iter().take(n) {
            v.add_series(s.clone());
        }
        v
    };
    let mut filtered = with(4);
    filtered.toggle_lang("fr");
    filtered.q = BENCH_QUERIES[2].0.to_string();
    filtered.trend_share = true;
    vec![
        ("1 series", with(1)),
        ("4 series", with(4)),
        ("4 series + query, filters, share", filtered),
    ]
}

/// Indexes `corpus` and counts each trends view [`ROUNDS`] times.
pub fn measure(corpus: &Corpus) -> TrendFigures {
    let index = Index::build(corpus);
    let engine = Engine::new(corpus, &index);
    let mut latency = Vec::new();
    let mut all = Vec::new();
    for (kind, view) in views(corpus) {
        let mut samples = Vec::new();
        for _ in 0..ROUNDS {
            let t = Instant::now();
            std::hint::black_box(engine.trends(&view));
            samples.push(t.elapsed().as_secs_f64() * 1e3);
        }
        all.extend_from_slice(&samples);
        if let (Some(p50), Some(p95)) = (quantile(&samples, 0.5), quantile(&samples, 0.95)) {
            latency.push((kind, p50, p95));
        }
    }
    if let (Some(p50), Some(p95)) = (quantile(&all, 0.5), quantile(&all, 0.95)) {
        latency.push(("all", p50, p95));
    }
    TrendFigures { latency }
}

/// The trends view per kind of view (issue #17: p95 at 10k and 100k): the
/// engine's counts natively, and each action in the page to its paint.
pub fn write(md: &mut String, r: &SizeResult) {
    if let Some(t) = &r.trends {
        md.push_str("\nTrends view (native): every series counted per period, and the share's base.\n\n| view | p50, ms | p95, ms |\n|---|---:|---:|\n");
        for (kind, p50, p95) in &t.latency {
            let _ = writeln!(md, "| {kind} | {} | {} |", fmt(*p50), fmt(*p95));
        }
    }
    let rendered: Vec<&(String, f64)> = r
        .app
        .trends
        .iter()
        .filter(|(what, _)| what != "open" && what != "close")
        .collect();
    if rendered.is_empty() {
        return;
    }
    md.push_str(
        "\nTrends view in the page (loopback): each action to the paint of the chart, legend and list it changes; \
         series are added through the view's form.\n\n| action | n | p50, ms | p95, ms |\n|---|---:|---:|---:|\n",
    );
    let mut kinds: Vec<&str> = Vec::new();
    for (what, _) in &rendered {
        if !kinds.contains(&what.as_str()) {
            kinds.push(what);
        }
    }
    let row = |md: &mut String, name: &str, v: Vec<f64>| {
        let q = |p| quantile(&v, p).map_or("–".into(), fmt);
        let _ = writeln!(md, "| {name} | {} | {} | {} |", v.len(), q(0.5), q(0.95));
    };
    for kind in kinds {
        row(
            md,
            kind,
            rendered
                .iter()
                .filter(|(w, _)| w == kind)
                .map(|(_, ms)| *ms)
                .collect(),
        );
    }
    row(
        md,
        "**trend view render, all**",
        rendered.iter().map(|(_, ms)| *ms).collect(),
    );
}

/// The native trends figures for `report.json`.
pub fn to_json(t: &TrendFigures) -> Value {
    t.latency
        .iter()
        .map(|(k, p50, p95)| json!({"view": k, "p50": p50, "p95": p95}))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_trends_view_is_measured() {
        let corpus = dossier_core::synth::bench_corpus(60, 3);
        let figures = measure(&corpus);
        let kinds: Vec<&str> = figures.latency.iter().map(|l| l.0).collect();
        assert_eq!(
            kinds,
            ["1 series", "4 series", "4 series + query, filters, share", "all"]
        );
        assert!(figures.latency.iter().all(|(_, p50, p95)| p50 <= p95));
        let four = &views(&corpus)[1].1;
        assert_eq!(four.trend.len(), 4, "{:?}", four.trend);
    }

    /// `cargo test --release -p xtask trends_at_scale -- --ignored --nocapture`:
    /// the figures at 10k and 100k synthetic articles without the whole bench.
    #[test]
    #[ignore]
    fn trends_at_scale() {
        for n in [10_000, 100_000] {
            let figures = measure(&dossier_core::synth::bench_corpus(n, 1));
            for (kind, p50, p95) in figures.latency {
                println!("{n} articles, {kind}: p50 {p50:.2} ms, p95 {p95:.2} ms");
            }
        }
    }
}
