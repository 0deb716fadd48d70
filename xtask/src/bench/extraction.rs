//! Body extraction on the public article-extraction benchmark (Zyte/ScrapingHub,
//! 181 saved news pages with their true article bodies, MIT licence): each page
//! goes through Dossier's whole ingest as a user's `.html` file would, and its
//! body is scored beside the extractors whose outputs the benchmark ships.

use super::shingles::{page_score, same_tokens, score, Score};
use crate::Result;
use dossier_core::ingest::{ingest_files, SourceFile};
use flate2::read::GzDecoder;
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Where the benchmark is cloned when `--extraction` names no folder.
pub const DEFAULT_DIR: &str = "bench/work/article-extraction-benchmark";
/// Stored extractors scoring below this are left out of the report.
const MIN_PEER_F1: f64 = 0.85;
const REPOSITORY: &str = "https://github.com/scrapinghub/article-extraction-benchmark";

/// What the report shows: Dossier's score and speed, and every stored peer's score.
pub struct ExtractionFigures {
    pub pages: usize,
    pub dossier: Score,
    /// Pages whose ingest gave no article (a problem instead), by key.
    pub failed: Vec<String>,
    pub pages_per_sec: f64,
    /// (extractor, version, score), best first, from the benchmark's `output/*.json`.
    pub peers: Vec<(String, String, Score)>,
}

/// The benchmark's folder, cloned there first if it is missing.
pub fn ensure_set(dir: &Path) -> Result<()> {
    if dir.join("ground-truth.json").exists() {
        return Ok(());
    }
    eprintln!("xtask bench: cloning {REPOSITORY} into {}", dir.display());
    let ok = Command::new("git")
        .args(["clone", "--depth", "1", "--quiet", REPOSITORY])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success());
    if ok && dir.join("ground-truth.json").exists() {
        Ok(())
    } else {
        Err(format!(
            "{}: no ground-truth.json, and cloning {REPOSITORY} failed (clone it there by hand, or pass \
             --extraction skip)",
            dir.display()
        ))
    }
}

fn read_json(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The article body of `key` in an outputs map (`{key: {"articleBody": ..}}`).
fn body<'a>(map: &'a Value, key: &str) -> &'a str {
    map[key]["articleBody"].as_str().unwrap_or("")
}

/// Scores Dossier and every stored extractor on the benchmark in `dir`.
pub fn measure(dir: &Path) -> Result<ExtractionFigures> {
    let truth = read_json(&dir.join("ground-truth.json"))?;
    let keys: Vec<&String> = truth
        .as_object()
        .ok_or("ground-truth.json: not an object")?
        .keys()
        .collect();
    let mut pages = Vec::new();
    for key in &keys {
        let path = dir.join("html").join(format!("{key}.html.gz"));
        let gz = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut html = Vec::new();
        GzDecoder::new(&gz[..])
            .read_to_end(&mut html)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        pages.push(html);
    }
    let start = Instant::now();
    let mut failed = Vec::new();
    let bodies: Vec<String> = keys
        .iter()
        .zip(pages)
        .map(|(key, bytes)| {
            // One page at a time, as a reader adds a saved page: no corpus-wide statistics help it.
            let report = ingest_files(vec![SourceFile {
                path: format!("{key}.html"),
                bytes,
            }]);
            match report.corpus.articles.into_iter().next() {
                Some(a) => a.body,
                None => {
                    failed.push(key.to_string());
                    String::new()
                }
            }
        })
        .collect();
    let secs = start.elapsed().as_secs_f64();
    let by_key: HashMap<&str, &String> = keys.iter().map(|k| k.as_str()).zip(&bodies).collect();
    let dossier = score_against(&truth, &keys, |key| by_key[key].clone());
    Ok(ExtractionFigures {
        pages: keys.len(),
        dossier,
        failed,
        pages_per_sec: keys.len() as f64 / secs.max(1e-9),
        peers: peers(dir, &truth, &keys)?,
    })
}

/// The score of the bodies `pred` gives for each page.
fn score_against(truth: &Value, keys: &[&String], pred: impl Fn(&str) -> String) -> Score {
    let (mut per_page, mut exact) = (Vec::new(), Vec::new());
    for key in keys {
        let (t, p) = (body(truth, key), pred(key));
        per_page.push(page_score(t, &p));
        exact.push(same_tokens(t, &p));
    }
    score(&per_page, &exact)
}

/// Every stored output the benchmark ships, scored with the same function.
fn peers(dir: &Path, truth: &Value, keys: &[&String]) -> Result<Vec<(String, String, Score)>> {
    let mut out = Vec::new();
    let files =
        std::fs::read_dir(dir.join("output")).map_err(|e| format!("{}/output: {e}", dir.display()))?;
    for path in files.flatten().map(|e| e.path()) {
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let data = read_json(&path)?;
        // Newer outputs wrap the map as {"version": .., "output": {..}}.
        let (map, version) = match (data.get("output"), data.get("version")) {
            (Some(map), Some(v)) if map.is_object() => (map.clone(), v.as_str().unwrap_or("").to_string()),
            _ => (data, String::new()),
        };
        if keys.iter().any(|k| map.get(k.as_str()).is_none()) {
            continue;
        }
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        out.push((
            name,
            version,
            score_against(truth, keys, |key| body(&map, key).to_string()),
        ));
    }
    out.sort_by(|a, b| b.2.f1.total_cmp(&a.2.f1));
    // The tail (plain HTML-to-text converters) says nothing a reader's choice turns on.
    out.retain(|(_, _, s)| s.f1 >= MIN_PEER_F1);
    Ok(out)
}

/// The report's section.
pub fn write(md: &mut String, ex: &ExtractionFigures) {
    use std::fmt::Write;
    let row = |md: &mut String, name: &str, version: &str, s: &Score| {
        let _ = writeln!(
            md,
            "| {name} | {version} | {:.3} | {:.3} | {:.3} | {:.3} |",
            s.f1, s.precision, s.recall, s.accuracy
        );
    };
    let _ = write!(
        md,
        "\n## Article extraction ({} pages)\n\nThe [article-extraction benchmark]({REPOSITORY})'s saved news \
         pages, each ingested alone as a reader's `.html` file (extraction, then Dossier's cleaning), scored \
         with its `evaluate.py` metric (token 4-gram F1, ported to Rust; it reproduces the published figures, within 0.001, of \
         the stored extractors shown below, computed in the same run). Dossier: {:.0} pages per second (release build, one core){}. Target: \
         F1 ≥ 0.96, {}.\n\n| extractor | version | F1 | precision | recall | exact |\n|---|---|---:|---:|---:|---:|\n",
        ex.pages,
        ex.pages_per_sec,
        if ex.failed.is_empty() {
            String::new()
        } else {
            format!("; {} pages gave no article", ex.failed.len())
        },
        if ex.dossier.f1 >= 0.96 {
            "met".to_string()
        } else {
            format!("missed by {:.3}", 0.96 - ex.dossier.f1)
        }
    );
    row(md, "**Dossier**", "this build", &ex.dossier);
    for (name, version, s) in &ex.peers {
        row(md, name, version, s);
    }
}

/// The section's figures for `report.json`.
pub fn to_json(ex: &ExtractionFigures) -> Value {
    let s = |s: &Score| serde_json::json!({"f1": s.f1, "precision": s.precision, "recall": s.recall, "exact": s.accuracy});
    serde_json::json!({
        "pages": ex.pages, "pages_per_sec": ex.pages_per_sec, "failed": ex.failed, "dossier": s(&ex.dossier),
        "peers": ex.peers.iter().map(|(n, v, sc)| serde_json::json!({"name": n, "version": v, "score": s(sc)})).collect::<Vec<_>>(),
    })
}
