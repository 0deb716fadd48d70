//! The first table of a size's report section: Dossier beside every peer,
//! one row per metric, with issue #15's targets and how far off they are.

use super::figures::{cell, fmt, memory_mb, verdict};
use super::measure::{quantile, Measured};
use super::SizeResult;
use std::fmt::Write;

/// Issue #15's targets at 10k and 100k: the first view in KB gzip, and the
/// page's memory at 100k in MB.
pub const FIRST_VIEW_KB: f64 = 1500.0;
pub const MEMORY_MB_100K: f64 = 100.0;
/// Issue #15's first-view target for the seed site, KB gzip.
pub const SEED_FIRST_VIEW_KB: f64 = 200.0;

/// Issue #15's key and click → painted p95 target for a size, ms: one frame
/// at 60 Hz up to 10k articles, 50 ms at 100k.
pub fn fast_ms(size: &str) -> f64 {
    if size == "100k" {
        50.0
    } else {
        16.0
    }
}

/// Writes the `## NAME (N articles)` heading and the table under it, then its notes.
pub fn write(md: &mut String, r: &SizeResult) {
    let per_k = 1000.0 / r.articles.max(1) as f64;
    let (seed, k10, k100) = (r.name == "seed", r.name == "10k", r.name == "100k");
    let lim = |on: bool, v: f64| on.then_some(v);
    let _ = write!(
        md,
        "\n## {} ({} articles)\n\n| metric | Dossier |",
        r.name, r.articles
    );
    for (name, ..) in &r.engines {
        let _ = write!(md, " {name} |");
    }
    md.push_str(" target | verdict |\n|---|---:|");
    md.push_str(&"---:|".repeat(r.engines.len()));
    md.push_str("---|---|\n");
    let mut row = |label: &str,
                   ours: Option<f64>,
                   theirs: &dyn Fn(&Measured) -> Option<f64>,
                   limit: Option<f64>,
                   unit: &str| {
        let _ = write!(md, "| {label} | {} |", cell(ours));
        for (_, _, _, m) in &r.engines {
            let _ = write!(md, " {} |", cell(theirs(m)));
        }
        let target = limit.map_or(String::new(), |l| format!("≤ {} {unit}", fmt(l)));
        let _ = writeln!(md, " {target} | {} |", verdict(ours, limit, unit));
    };
    let a = &r.app;
    row(
        "data-ready, ms (median of 3 cold loads)",
        a.ready_ms,
        &|m| m.ready_ms,
        lim(seed, 300.0),
        "ms",
    );
    row(
        "first view, KB gzip",
        Some(a.gzip as f64 / 1e3),
        &|m| Some(m.gzip as f64 / 1e3),
        if seed {
            Some(SEED_FIRST_VIEW_KB)
        } else {
            lim(k10 || k100, FIRST_VIEW_KB)
        },
        "KB",
    );
    row(
        "first view, KB transferred (uncompressed)",
        Some(a.transfer as f64 / 1e3),
        &|m| Some(m.transfer as f64 / 1e3),
        None,
        "",
    );
    let q = |v: &[f64], p: f64| quantile(v, p);
    let fast = lim(k10 || k100, fast_ms(&r.name));
    row(
        "keystroke → painted p50, ms",
        q(&a.keystroke, 0.5),
        &|m| q(&m.keystroke, 0.5),
        None,
        "",
    );
    row(
        "keystroke → painted p95, ms",
        q(&a.keystroke, 0.95),
        &|m| q(&m.keystroke, 0.95),
        fast,
        "ms",
    );
    row(
        "typed key by key (Dossier): key → painted p95, ms",
        q(&a.typing, 0.95),
        &|_| None,
        fast,
        "ms",
    );
    row(
        "typed key by key (Dossier): queries that flashed 0 results",
        Some(a.typing_flashes as f64),
        &|_| None,
        Some(0.0),
        "",
    );
    row(
        "facet click → painted p50, ms",
        q(&a.facet, 0.5),
        &|m| q(&m.facet, 0.5),
        None,
        "",
    );
    row(
        "facet click → painted p95, ms",
        q(&a.facet, 0.95),
        &|m| q(&m.facet, 0.95),
        fast,
        "ms",
    );
    row(
        "date range change p95, ms",
        q(&a.date, 0.95),
        &|m| q(&m.date, 0.95),
        None,
        "",
    );
    row(
        "facet click or date change (Dossier) → next frame p95, ms",
        q(&a.click_shown, 0.95),
        &|_| None,
        lim(k100, super::lived::FRAME_MS),
        "ms",
    );
    row(
        "JS heap + wasm memory, MB",
        memory_mb(a),
        &memory_mb,
        lim(k100, MEMORY_MB_100K),
        "MB",
    );
    row(
        "wasm memory, MB",
        a.wasm.map(|w| w / 1e6),
        &|m| m.wasm.map(|w| w / 1e6),
        None,
        "",
    );
    // Not measured with `--site reuse` (NaN).
    let build = Some(r.build_secs).filter(|s| s.is_finite());
    row("build, s", build, &|_| None, None, "");
    let _ = write!(
        md,
        "| build, s per 1k articles | {} |",
        cell(build.map(|b| b * per_k))
    );
    for (_, secs, _, _) in &r.engines {
        let _ = write!(md, " {} |", fmt(secs * per_k));
    }
    md.push_str(" | |\n");
    let _ = write!(
        md,
        "| index, KB per 1k articles (gzip) | {} ({} raw) |",
        fmt(r.data_gzip as f64 * per_k / 1e3),
        fmt(r.data_bytes as f64 * per_k / 1e3)
    );
    for (_, _, bytes, _) in &r.engines {
        let _ = write!(md, " {} raw |", fmt(*bytes as f64 * per_k / 1e3));
    }
    md.push_str(" | |\n");
    let ours = q(&a.keystroke, 0.95);
    for (name, _, _, m) in &r.engines {
        let ratio = ours.zip(q(&m.keystroke, 0.95)).map(|(o, t)| o / t);
        let limit = lim(k10, 0.5);
        let blanks = " |".repeat(r.engines.len());
        let _ = writeln!(
            md,
            "| keystroke p95 ratio Dossier / {name} | {} |{blanks} ≤ 0.5× (10k) | {} |",
            cell(ratio),
            verdict(ratio, limit, "×")
        );
    }
    let notes: Vec<String> = std::iter::once(("Dossier", &r.app))
        .chain(r.engines.iter().map(|(n, _, _, m)| (*n, m)))
        .flat_map(|(n, m)| m.notes.iter().map(move |x| format!("- {n}: {x}")))
        .chain(
            r.failed
                .iter()
                .map(|(n, why)| format!("- {n}: not measured, its build failed: {why}")),
        )
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(md, "\nNotes:\n\n{}", notes.join("\n"));
    }
}
