//! `bench/report.md` (one table per corpus size, targets and how far off they
//! are) and `bench/report.json` (every figure and every single measurement).

use super::extraction::{self, ExtractionFigures};
use super::figures::fmt;
use super::measure::{quantile, Measured};
use super::SizeResult;
use crate::Result;
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

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
    super::size_table::write(md, r);
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
    super::native::write(md, r);
    super::trends::write(md, r);
    if let Some(added) = &r.added {
        super::added::write(md, added);
    }
    super::drop::write(md, r);
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

fn to_json(r: &SizeResult) -> Value {
    json!({
        "size": r.name, "articles": r.articles, "build_secs": r.build_secs,
        "build_times": super::build_time::to_json(r),
        "data_bytes": r.data_bytes, "data_gzip": r.data_gzip,
        "typo_blocks": r.typos.0, "typo_bytes": r.typos.1, "typo_gzip": r.typos.2,
        "dossier": measured_json(&r.app),
        "lighthouse": r.lighthouse.iter().map(super::lighthouse::to_json).collect::<Vec<_>>(),
        "drop": r.drop.as_ref().map(super::drop::to_json),
        "native": r.native.as_ref().map(super::native::to_json),
        "trends": r.trends.as_ref().map(super::trends::to_json),
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
