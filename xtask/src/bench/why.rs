//! The report's last section: for each target a size misses, what the time or
//! the bytes go to, so a miss is explained and not only measured.

use super::measure::{quantile, Measured};
use super::size_table::{fast_ms, FIRST_VIEW_KB, MEMORY_MB_100K, SEED_FIRST_VIEW_KB};
use super::SizeResult;
use serde_json::Value;
use std::fmt::Write;

/// Appends "Why targets are missed" to `md` for size `r`, if any is.
pub fn write(md: &mut String, r: &SizeResult) {
    let mut lines = Vec::new();
    {
        let m = &r.app;
        let p95 = |v: &[f64]| quantile(v, 0.95).unwrap_or(0.0);
        let gzip_kb = m.gzip as f64 / 1e3;
        let name = &r.name;
        if r.name == "seed" && gzip_kb > SEED_FIRST_VIEW_KB {
            lines.push(format!(
                "- {name}, first view {gzip_kb:.0} KB gzip (target {SEED_FIRST_VIEW_KB:.0}): nearly all of it is the app's wasm \
                 (see `cargo xtask build`'s size list); the corpus itself is a few KB. `twiggy top` on the \
                 wasm with names (1.19 MB of code and data before wasm-opt; measured at `76dc3ed`): Leptos's \
                 rendering and reactivity 34% (`tachys` 18%, `reactive_graph` 11%, `leptos` 5%), the app's \
                 views 14%, read-only data 11%, the core 10% (engine, URL views, index parts), std and alloc \
                 7%, the Snowball stemmers 3%. Half of it is the framework and the views, so no trimming of \
                 one module reaches 200 KB: that takes a first-view module of its own, the rest fetched after \
                 (trunk 0.21 cannot split a wasm), or prerendered results."
            ));
        }
        let (k10, k100) = (r.name == "10k", r.name == "100k");
        let key = p95(&m.keystroke);
        let fast = fast_ms(name);
        if (k10 || k100) && key > fast {
            lines.push(format!(
                "- {name}, keystroke p95 {key:.0} ms: {}",
                keystroke_waits(m)
            ));
        }
        let facet = p95(&m.facet);
        if (k10 || k100) && facet > fast {
            // The engine's share, from this run's native figures: what is left is the page's.
            let engine = r.native.as_ref().and_then(|n| {
                let (_, _, p95) = n.latency.iter().find(|(kind, _, _)| *kind == "filters only")?;
                Some(format!(
                    " (natively, such a run takes {p95:.1} ms p95: see the native table)"
                ))
            });
            lines.push(format!(
                "- {name}, facet click p95 {facet:.0} ms: a click re-runs the whole view on the main thread \
                 (filters, every facet count and the histogram over all articles){} and re-renders the list \
                 of 20 new cards, then the browser lays out and paints them; 16 ms is a single frame at \
                 60 Hz, so one frame's work plus the browser's paint misses it.",
                engine.unwrap_or_default()
            ));
        }
        if (k10 || k100) && gzip_kb > FIRST_VIEW_KB {
            let data = r.added.as_ref().map_or(String::new(), |a| {
                let (file, added) = (a.first_view as f64, a.all_in_first_view() as f64);
                format!(
                    " The file is {:.0} KB of it ({:.1} B per article), of which the outlet, entity and story \
                     data are {:.0} KB ({:.1} B per article, mostly entity postings; see the table above).",
                    file / 1e3,
                    file / a.articles.max(1) as f64,
                    added / 1e3,
                    added / a.articles.max(1) as f64
                )
            });
            lines.push(format!(
                "- {name}, first view {gzip_kb:.0} KB gzip: the app's wasm and the first-view file, which holds \
                 what filters, facets and sorting need per article (dates, topics, lengths, outlets, entity \
                 postings, stories, part lists; the `first_view_sizes` example weighs each field).{data}"
            ));
        }
        let frame = super::lived::FRAME_MS;
        let shown = p95(&m.click_shown);
        if k100 && shown > frame {
            let over: Vec<String> = (m.click_shown.iter().enumerate())
                .filter(|(_, &ms)| ms > frame)
                .map(|(i, ms)| format!("click {} of {}: {ms:.1} ms", i + 1, m.click_shown.len()))
                .collect();
            lines.push(format!(
                "- {name}, a click's next frame p95 {shown:.1} ms ({}): a click runs its view (the whole view \
                 re-run, the list re-rendered) before the next frame until one click takes over a frame; from \
                 then on a facet shows itself pressed at once and the view follows the paint (`src/paced.rs`), \
                 until three cheap clicks in a row end that mode. So the first slow click of a page, and one \
                 after cheap ones, hold a frame.",
                over.join(", ")
            ));
        }
        let memory = super::figures::memory_mb(m).unwrap_or(0.0);
        if k100 && memory > MEMORY_MB_100K {
            lines.push(format!(
                "- {name}, memory {memory:.0} MB: wasm memory keeps its peak for the page's life. Cards and \
                 term blocks decode to about 3 times their files, and the view's and the warm-up's parts stay \
                 loaded (the `memory_profile` example counts each stage of a built site)."
            ));
        }
        if k10 {
            for (engine, _, _, e) in &r.engines {
                let theirs = p95(&e.keystroke);
                if theirs > 0.0 && key / theirs > 0.5 {
                    lines.push(format!(
                        "- {name}, keystroke p95 {:.1}× {engine}'s: {engine} {}",
                        key / theirs,
                        if *engine != "Pagefind" {
                            "holds the whole index and every text in memory before its first answer \
                             (compare its first view, data-ready and memory), so no query waits for the network"
                        } else {
                            "also fetches index chunks and fragments on demand; it lists 10 results, \
                             Dossier 20 with snippets, and Dossier also counts every facet and the histogram"
                        }
                    ));
                }
            }
        }
    }
    if !lines.is_empty() {
        let _ = writeln!(md, "\nWhy targets are missed:\n\n{}", lines.join("\n"));
    }
}

/// Where the pasted plan's keystrokes went, from each query's detail: those
/// that waited for parts (how many requests, bytes and ms of network), and
/// the time of those that waited for none.
fn keystroke_waits(m: &Measured) -> String {
    let queries: Vec<&Value> = m.detail["plan"]["keystroke"]
        .as_array()
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    let f = |q: &Value, k: &str| q[k].as_f64().unwrap_or(0.0);
    let (waited, none): (Vec<&Value>, Vec<&Value>) = queries.iter().partition(|q| f(q, "requests") > 0.0);
    let mean = |k: &str| waited.iter().map(|q| f(q, k)).sum::<f64>() / waited.len().max(1) as f64;
    let quick: Vec<f64> = none.iter().map(|q| f(q, "ms")).collect();
    let mut out = format!(
        "each query of the plan is pasted once, soon after the page is ready (typed key by key, a word's \
         blocks are fetched while it is typed: see \"As a reader lives it\"). {} of {} queries fetched parts \
         before their list could show: {:.1} requests, {:.0} KB and {:.0} ms of their {:.0} ms waiting for \
         them on average (their term blocks, then the cards of their hits on screen that the idle warm-up had \
         not brought yet: see \"Idle warm-up\" for what it holds and when; the snippets' texts follow, and the \
         list does not wait for them).",
        waited.len(),
        queries.len(),
        mean("requests"),
        mean("kb"),
        mean("net_ms"),
        mean("ms"),
    );
    if let Some(p95) = quantile(&quick, 0.95) {
        let _ = write!(
            out,
            " The {} that fetched nothing took p95 {p95:.1} ms: one engine run (see the native table) plus \
             rendering.",
            quick.len()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_keystroke_line_splits_queries_by_what_they_waited_for() {
        let m = Measured {
            detail: json!({"plan": {"keystroke": [
                {"q": "a", "ms": 100.0, "requests": 4, "kb": 200.0, "net_ms": 80.0},
                {"q": "b", "ms": 60.0, "requests": 2, "kb": 100.0, "net_ms": 40.0},
                {"q": "c", "ms": 12.0, "requests": 0, "kb": 0.0, "net_ms": 0.0},
            ]}}),
            ..Measured::default()
        };
        let line = keystroke_waits(&m);
        assert!(
            line.contains("2 of 3 queries fetched parts before their list could show: 3.0 requests, 150 KB and 60 ms of their 80 ms"),
            "{line}"
        );
        assert!(
            line.contains("The 1 that fetched nothing took p95 12.0 ms"),
            "{line}"
        );
    }
}
