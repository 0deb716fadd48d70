//! The build's time per 1,000 articles as `cargo xtask build` spends it (the
//! data step: ingest, index and data files, optimised on every core; then
//! trunk's wasm build, which a rebuild with the app unchanged skips) beside
//! Pagefind's (its pages written, then indexed): issue #15's target is a 100k
//! build no slower than Pagefind's.

use super::SizeResult;
use serde_json::{json, Value};
use std::fmt::Write;

/// The paragraph under a size's table (nothing with `--site reuse`).
pub fn write(md: &mut String, r: &SizeResult) {
    let Some(t) = r.build_times else { return };
    // A first build runs trunk; a rebuild with the app unchanged copies the kept one.
    let first = t.data_secs + t.app.trunk_secs;
    let again = t.data_secs + if t.app.reused { t.app.secs } else { 0.0 };
    if r.articles < 1000 {
        // Per 1,000 articles, a build of a few is all fixed costs: no rate to give.
        let _ = writeln!(
            md,
            "\nBuild time: {first:.1} s, of which trunk's wasm build {:.1} s; {again:.1} s again once the app is \
             built (rates per 1k articles and the ratio to Pagefind are given from 1,000 articles up).",
            t.app.trunk_secs
        );
        return;
    }
    let per_k = 1000.0 / r.articles.max(1) as f64;
    let _ = write!(
        md,
        "\nBuild time (optimised, {} threads, as `cargo xtask build` runs from {} articles): data step \
         (ingest, index, related articles, data files) {:.1} s, {:.2} s per 1k articles; trunk's wasm \
         build {:.1} s{}. A first build {first:.1} s, {:.2} s per 1k; a rebuild (articles changed, the app \
         kept from the last build) {again:.1} s, {:.2} s per 1k",
        t.threads,
        crate::optimised::BUILD_ARTICLES,
        t.data_secs,
        t.data_secs * per_k,
        t.app.trunk_secs,
        if t.app.reused {
            ", when the kept app was built (this build reused it)"
        } else {
            ""
        },
        first * per_k,
        again * per_k,
    );
    match pagefind_secs(r) {
        Some(p) => {
            let verdict = |x: f64| if x <= p { "met" } else { "missed" };
            let _ = writeln!(
                md,
                ". Pagefind (pages written and indexed) {p:.1} s, {:.2} s per 1k: Dossier's first build takes \
                 {:.1}× Pagefind's, a rebuild {:.1}× (target ≤ 1×: {}, {}).",
                p * per_k,
                first / p,
                again / p,
                verdict(first),
                verdict(again),
            );
        }
        None if r.failed.iter().any(|(n, _)| *n == "Pagefind") => {
            md.push_str(" (Pagefind's build failed: see the notes).\n")
        }
        None => md.push_str(" (Pagefind not run).\n"),
    }
}

/// The figures for `report.json`.
pub fn to_json(r: &SizeResult) -> Value {
    match r.build_times {
        Some(t) => json!({
            "threads": t.threads,
            "data_secs": t.data_secs,
            "trunk_secs": t.app.trunk_secs,
            "app_reused": t.app.reused,
            "app_copy_secs": if t.app.reused { Some(t.app.secs) } else { None },
            "pagefind_secs": pagefind_secs(r),
        }),
        None => Value::Null,
    }
}

/// Seconds Pagefind took on the same corpus, if it ran.
fn pagefind_secs(r: &SizeResult) -> Option<f64> {
    r.engines
        .iter()
        .find(|(name, ..)| *name == "Pagefind")
        .map(|(_, secs, ..)| *secs)
}
