//! Adding files in the browser: drops synthetic articles onto the seed site and
//! measures how long the library worker takes and how responsive the page stays
//! meanwhile (longest main-thread task, longest gap between frames).

use super::figures::fmt;
use super::webdriver::Driver;
use super::SizeResult;
use crate::Result;
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

/// What one drop cost.
#[derive(Debug, Clone)]
pub struct DropFigures {
    pub files: usize,
    /// From the drop event to the report and the new result count painted.
    pub total_ms: f64,
    /// Longest main-thread task (PerformanceObserver `longtask`), 0 if none over 50 ms.
    pub longest_task_ms: f64,
    /// Main-thread tasks over 50 ms.
    pub long_tasks: u64,
    /// Longest gap between animation frames while the worker ran.
    pub longest_frame_gap_ms: f64,
}

/// The page side: drop the files, watch frames and long tasks until the report shows.
const SCRIPT: &str = r#"
const [files, expected] = arguments[0];
// Built before watching starts: making 1,000 File objects is the harness's work, not the page's.
const dt = new DataTransfer();
for (const [name, text] of files) dt.items.add(new File([text], name));
const tasks = [];
new PerformanceObserver(l => tasks.push(...l.getEntries().map(e => e.duration)))
  .observe({ entryTypes: ['longtask'] });
let last = performance.now(), gap = 0, running = true;
(function frame(t) { gap = Math.max(gap, t - last); last = t; if (running) requestAnimationFrame(frame); })(last);
const t0 = performance.now();
document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
(function poll() {
  const count = document.querySelector('[data-testid=result-count]');
  const n = count ? parseInt(count.textContent.replace(/\D/g, ''), 10) : 0;
  if (document.querySelector('[data-testid=add-report]') && n === expected) {
    requestAnimationFrame(() => {
      running = false;
      done({ total: performance.now() - t0, tasks, gap });
    });
  } else if (performance.now() - t0 > 600000) done({ error: 'not added within 10 minutes', n });
  else setTimeout(poll, 20);
})();
"#;

/// Drops every `.md`/`.txt` file of `corpus` on the site at `url`, which shows `bundled` articles.
pub fn measure(driver: &Driver, url: &str, corpus: &Path, bundled: usize) -> Result<DropFigures> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(corpus).map_err(|e| format!("{}: {e}", corpus.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".md") || name.ends_with(".txt") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push(json!([name, text]));
        }
    }
    let n = files.len();
    let session = driver.session("")?;
    session.goto(url)?;
    session.run_async(
        "(function poll() { document.querySelector('[data-ready=true]') ? done(true) : setTimeout(poll, 25); })();",
        json!(null),
    )?;
    let out: Value = session.run_async(SCRIPT, json!([files, bundled + n]))?;
    if let Some(e) = out.get("error") {
        return Err(format!("dropping {n} files: {e}"));
    }
    let tasks: Vec<f64> = out["tasks"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_f64)
        .collect();
    Ok(DropFigures {
        files: n,
        total_ms: out["total"].as_f64().unwrap_or(f64::NAN),
        longest_task_ms: tasks.iter().copied().fold(0.0, f64::max),
        long_tasks: tasks.len() as u64,
        longest_frame_gap_ms: out["gap"].as_f64().unwrap_or(f64::NAN),
    })
}

/// Adding files in the browser: the library worker ingests and indexes them off the main thread.
pub fn write(md: &mut String, r: &SizeResult) {
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

/// The figures for `report.json`.
pub fn to_json(d: &DropFigures) -> Value {
    json!({
        "files": d.files, "total_ms": d.total_ms, "longest_task_ms": d.longest_task_ms,
        "long_tasks": d.long_tasks, "longest_frame_gap_ms": d.longest_frame_gap_ms,
    })
}
