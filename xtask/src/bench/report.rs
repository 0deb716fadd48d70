//! `bench/report.md` (one table per corpus size, targets and how far off they
//! are) and `bench/report.json` (every figure and every single measurement).

use super::extraction::{self, ExtractionFigures};
use super::measure::{quantile, Measured};
use super::SizeResult;
use crate::Result;
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

/// Issue #15's targets at 10k and 100k: the first view in KB gzip, and the
/// page's memory at 100k in MB.
pub const FIRST_VIEW_KB: f64 = 1500.0;
pub const MEMORY_MB_100K: f64 = 100.0;

/// The report section (and `report.json` entry) of the extraction benchmark.
const EXTRACTION: &str = "Article extraction";

/// Writes both report files: the sizes measured so far, and the other sizes
/// of the previous report as they were (so `--sizes 100k` adds to it); the
/// same for the extraction benchmark's section.
pub fn write(root: &Path, results: &[SizeResult], ex: Option<&ExtractionFigures>) -> Result<()> {
    let mut md = String::from(
        "# Dossier benchmark\n\nWritten by `cargo xtask bench`: release builds served on 127.0.0.1 \
         (no compression; gzip sizes computed from the files), headless Chromium, one machine, one run. \
         Latencies are from the action (input event, click) to the frame that painted its last DOM change; \
         engines: from calling their search to the painted top-10 list. Targets are reported, never asserted.\n",
    );
    let dir = root.join("bench");
    let old_md = std::fs::read_to_string(dir.join("report.md")).unwrap_or_default();
    let old_json: Vec<Value> = std::fs::read_to_string(dir.join("report.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let mut json: Vec<Value> = Vec::new();
    let old_sections = sections(&old_md);
    if let Some(ex) = ex {
        extraction::write(&mut md, ex);
    }
    // cheap (a 50-article ingest): measured on every write
    let stories = super::stories::measure(root)
        .map_err(|e| eprintln!("xtask bench: stories: {e}"))
        .ok();
    if let Some(s) = &stories {
        super::stories::write(&mut md, s);
    }
    // Earlier sections first, in their order, each replaced if measured now.
    for (name, section) in &old_sections {
        match results.iter().find(|r| r.name == *name) {
            Some(r) => size_section(&mut md, r),
            None if *name == EXTRACTION && ex.is_some() => {}
            None if *name == super::stories::SECTION && stories.is_some() => {}
            None => md.push_str(section),
        }
    }
    for r in results
        .iter()
        .filter(|r| !old_sections.iter().any(|(n, _)| *n == r.name))
    {
        size_section(&mut md, r);
    }
    if let Some(ex) = ex {
        let mut entry = extraction::to_json(ex);
        entry["size"] = EXTRACTION.into();
        json.push(entry);
    }
    if let Some(s) = &stories {
        let mut entry = super::stories::to_json(s);
        entry["size"] = super::stories::SECTION.into();
        json.push(entry);
    }
    for v in &old_json {
        let name = v["size"].as_str().unwrap_or_default();
        match results.iter().find(|r| r.name == name) {
            Some(r) => json.push(to_json(r)),
            None if name == EXTRACTION && ex.is_some() => {}
            None if name == super::stories::SECTION && stories.is_some() => {}
            None => json.push(v.clone()),
        }
    }
    json.extend(
        results
            .iter()
            .filter(|r| !old_json.iter().any(|v| v["size"] == r.name.as_str()))
            .map(to_json),
    );
    std::fs::write(dir.join("report.md"), md).map_err(|e| format!("bench/report.md: {e}"))?;
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("report.json"), text + "\n").map_err(|e| format!("bench/report.json: {e}"))
}

/// One size's part of the report.
fn size_section(md: &mut String, r: &SizeResult) {
    table(md, r);
    super::lived::write(md, r);
    super::warm_up::write(md, r);
    super::build_time::write(md, r);
    let (blocks, raw, gzip) = r.typos;
    let _ = write!(
        md,
        "\nTypo index (close spellings of misspelt words, fetched a few blocks per word): {blocks} blocks, \
         {} KB raw, {} KB gzip.\n",
        fmt(raw as f64 / 1e3),
        fmt(gzip as f64 / 1e3)
    );
    native_table(md, r);
    trends_table(md, r);
    if let Some(added) = &r.added {
        super::added::write(md, added);
    }
    drop_table(md, r);
    for scores in &r.lighthouse {
        super::lighthouse::write(md, &r.name, scores);
    }
    super::why::write(md, r);
}

/// The `## NAME (N articles)` sections of a report, by size name.
fn sections(md: &str) -> Vec<(&str, &str)> {
    let starts: Vec<usize> = md.match_indices("\n## ").map(|(i, _)| i).collect();
    starts
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let end = starts.get(k + 1).copied().unwrap_or(md.len());
            let section = &md[i..end];
            let name = section[4..].split(" (").next()?;
            (!name.contains('\n')).then_some((name, section))
        })
        .collect()
}

/// A target: the limit and whether lower is better (always, here).
fn verdict(value: Option<f64>, limit: Option<f64>, unit: &str) -> String {
    match (value, limit) {
        (Some(v), Some(l)) if v <= l => "met".into(),
        (Some(v), Some(l)) => format!("missed by {} {unit} ({:.1}×)", fmt(v - l), v / l),
        (None, Some(_)) => "not measured".into(),
        _ => String::new(),
    }
}

fn fmt(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn cell(v: Option<f64>) -> String {
    v.map_or("n/a".into(), fmt)
}

fn memory_mb(m: &Measured) -> Option<f64> {
    m.heap.map(|h| (h + m.wasm.unwrap_or(0.0)) / 1e6)
}

fn table(md: &mut String, r: &SizeResult) {
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
            Some(200.0)
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
    let fast = if k10 { Some(16.0) } else { lim(k100, 50.0) };
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

/// The native engine's rows: one answer's latency per kind of state, and the index.
fn native_table(md: &mut String, r: &SizeResult) {
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

/// The trends view per kind of view (issue #17: p95 at 10k and 100k): the
/// engine's counts natively, and each action in the page to its paint.
fn trends_table(md: &mut String, r: &SizeResult) {
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

fn measured_json(m: &Measured) -> Value {
    let q = |v: &[f64], p| quantile(v, p);
    json!({
        "ready_ms": m.ready_ms, "first_view_gzip": m.gzip, "first_view_transfer": m.transfer,
        "keystroke_p50": q(&m.keystroke, 0.5), "keystroke_p95": q(&m.keystroke, 0.95),
        "typing_key_p50": q(&m.typing, 0.5), "typing_key_p95": q(&m.typing, 0.95), "typing_flashes": m.typing_flashes,
        "facet_p50": q(&m.facet, 0.5), "facet_p95": q(&m.facet, 0.95), "date_p95": q(&m.date, 0.95),
        "click_shown_p95": q(&m.click_shown, 0.95),
        "trends": m.trends.iter().map(|(what, ms)| json!({"action": what, "ms": ms})).collect::<Vec<_>>(),
        "js_heap": m.heap, "wasm_memory": m.wasm, "typed": super::lived::to_json(m),
        "warm_up": m.warm_up.as_ref().map(super::warm_up::to_json),
        "notes": m.notes, "detail": m.detail,
    })
}

/// Adding files in the browser: the library worker ingests and indexes them off the main thread.
fn drop_table(md: &mut String, r: &SizeResult) {
    let Some(d) = &r.drop else { return };
    let _ = write!(
        md,
        "\n### Adding {} files in the browser ({} site)\n\n\
         Synthetic en/fr/ar/ru articles dropped on the page; ingest, near-duplicate check and indexing run in \
         the library worker.\n\n| metric | value |\n|---|---:|\n\
         | drop → report and results painted | {} ms |\n\
         | longest main-thread task | {} ms |\n\
         | main-thread tasks over 50 ms | {} |\n\
         | longest gap between frames | {} ms |\n",
        d.files,
        r.name,
        fmt(d.total_ms),
        fmt(d.longest_task_ms),
        d.long_tasks,
        fmt(d.longest_frame_gap_ms)
    );
}

fn to_json(r: &SizeResult) -> Value {
    json!({
        "size": r.name, "articles": r.articles, "build_secs": r.build_secs,
        "build_times": super::build_time::to_json(r),
        "data_bytes": r.data_bytes, "data_gzip": r.data_gzip,
        "typo_blocks": r.typos.0, "typo_bytes": r.typos.1, "typo_gzip": r.typos.2,
        "dossier": measured_json(&r.app),
        "lighthouse": r.lighthouse.iter().map(super::lighthouse::to_json).collect::<Vec<_>>(),
        "drop": r.drop.as_ref().map(|d| json!({
            "files": d.files, "total_ms": d.total_ms, "longest_task_ms": d.longest_task_ms,
            "long_tasks": d.long_tasks, "longest_frame_gap_ms": d.longest_frame_gap_ms,
        })),
        "native": r.native.as_ref().map(|n| json!({
            "index_secs": n.index_secs, "index_bytes": n.index_bytes,
            "latency_ms": n.latency.iter().map(|(k, p50, p95)| json!({"state": k, "p50": p50, "p95": p95})).collect::<Vec<_>>(),
        })),
        "trends": r.trends.as_ref().map(|t| {
            t.latency.iter().map(|(k, p50, p95)| json!({"view": k, "p50": p50, "p95": p95})).collect::<Vec<_>>()
        }),
        "added": r.added.as_ref().map(super::added::to_json),
        "engines": r.engines.iter().map(|(n, secs, bytes, m)| {
            json!({ "name": n, "build_secs": secs, "index_bytes": bytes, "measured": measured_json(m) })
        }).collect::<Vec<_>>(),
        "failed": r.failed.iter().map(|(n, why)| json!({ "name": n, "why": why })).collect::<Vec<_>>(),
        "network": r.network.iter().map(|(n, m)| json!({ "name": n, "measured": measured_json(m) })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_report_splits_into_its_size_sections() {
        let md = "# Dossier benchmark\n\nintro\n\n## seed (5 articles)\n\n| a |\n\n### Adding\n\n## 10k (10000 articles)\n\nrows\n";
        let s = super::sections(md);
        assert_eq!(s.iter().map(|(n, _)| *n).collect::<Vec<_>>(), ["seed", "10k"]);
        assert!(s[0].1.contains("### Adding") && s[1].1.ends_with("rows\n"));
    }
}
