//! Lighthouse on the seed site (mobile: slow 4G and a 4× slower CPU), twice: its
//! default simulated throttling and applied (devtools) throttling. The first
//! replays a trace recorded unthrottled, where on a local server the app's files
//! arrive before the first frame, so its LCP swings between runs of one build;
//! the second loads the page really throttled, in the order a phone sees. Each
//! gives the four category scores, FCP/LCP/TBT/CLS and the audits that cost points. Lighthouse is the npm package pinned in
//! `bench/lighthouse/package.json`; it drives Debian's Chromium (`CHROME_PATH`)
//! and never downloads a browser.

use crate::{server, tools, Result};
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;
use std::process::Command;

/// The browser Lighthouse drives (Debian's package; see `tools::ensure_browser`).
const CHROME: &str = "/usr/bin/chromium";
/// The categories scored, in report order: (Lighthouse id, label).
const CATEGORIES: [(&str, &str); 4] = [
    ("performance", "Performance"),
    ("accessibility", "Accessibility"),
    ("best-practices", "Best practices"),
    ("seo", "SEO"),
];

/// Lighthouse's throttling methods, as its `--throttling-method` names them, with a label.
pub const METHODS: [(&str, &str); 2] = [("simulate", "simulated"), ("devtools", "applied")];

/// What one Lighthouse run found.
#[derive(Debug, Clone)]
pub struct Scores {
    /// How the run throttled (a label of [`METHODS`]).
    pub method: String,
    /// Category scores 0–100, in [`CATEGORIES`] order.
    pub categories: Vec<(String, f64)>,
    /// First and largest contentful paint, total blocking time (ms), layout shift.
    pub fcp_ms: f64,
    pub lcp_ms: f64,
    pub tbt_ms: f64,
    pub cls: f64,
    /// The element Lighthouse took for the largest paint, as it describes it.
    pub lcp_element: String,
    /// Audits scored below 1 that weigh in a category: (category, audit title, what it shows).
    pub lost: Vec<(String, String, String)>,
}

/// Serves `dist` at `/` and runs Lighthouse's mobile audit on it once per throttling method.
pub fn measure_all(root: &Path, dist: &Path) -> Result<Vec<Scores>> {
    METHODS
        .iter()
        .map(|&(method, label)| measure(root, dist, method, label))
        .collect()
}

/// Serves `dist` at `/` and runs Lighthouse's mobile audit on it with `method` throttling.
fn measure(root: &Path, dist: &Path, method: &str, label: &str) -> Result<Scores> {
    let dir = root.join("bench/lighthouse");
    tools::ensure_npm_packages(&dir, &["node_modules/lighthouse/cli/index.js"], "Lighthouse")?;
    let addr = server::spawn(dist.to_path_buf(), "/".into(), "127.0.0.1:0").map_err(|e| e.to_string())?;
    let out = root.join("bench/work/lighthouse.json");
    std::fs::create_dir_all(out.parent().unwrap()).map_err(|e| e.to_string())?;
    let status = Command::new("node")
        .current_dir(&dir)
        .env("CHROME_PATH", CHROME)
        .arg("node_modules/lighthouse/cli/index.js")
        .arg(format!("http://{addr}/"))
        .args([
            "--quiet",
            "--output=json",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        ])
        .arg(format!("--throttling-method={method}"))
        .arg(format!("--output-path={}", out.display()))
        .status()
        .map_err(|e| format!("cannot run Lighthouse with node: {e}"))?;
    if !status.success() {
        return Err(format!("Lighthouse failed ({status})"));
    }
    let text = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let report: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", out.display()))?;
    parse(&report, label)
}

/// The figures of a Lighthouse JSON report (`lhr`).
pub fn parse(lhr: &Value, method: &str) -> Result<Scores> {
    if let Some(error) = lhr["runtimeError"]["message"].as_str() {
        return Err(format!("Lighthouse could not audit the page: {error}"));
    }
    let audit = |id: &str| {
        lhr["audits"][id]["numericValue"]
            .as_f64()
            .ok_or_else(|| format!("Lighthouse report: no numeric value for audit `{id}`"))
    };
    let mut categories = Vec::new();
    let mut lost = Vec::new();
    for (id, label) in CATEGORIES {
        let category = &lhr["categories"][id];
        let score = category["score"]
            .as_f64()
            .ok_or_else(|| format!("Lighthouse report: no score for `{id}`"))?;
        categories.push((label.to_string(), (score * 100.0).round()));
        for auditref in category["auditRefs"].as_array().into_iter().flatten() {
            let a = &lhr["audits"][auditref["id"].as_str().unwrap_or_default()];
            let weighs = auditref["weight"].as_f64().unwrap_or(0.0) > 0.0;
            if weighs && a["score"].as_f64().is_some_and(|s| s < 1.0) {
                let shown = a["displayValue"].as_str().unwrap_or_default().to_string();
                lost.push((
                    label.to_string(),
                    a["title"].as_str().unwrap_or_default().to_string(),
                    shown,
                ));
            }
        }
    }
    let lcp_element = lhr["audits"]["largest-contentful-paint-element"]["details"]["items"][0]["items"][0]
        ["node"]["snippet"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    Ok(Scores {
        method: method.to_string(),
        categories,
        fcp_ms: audit("first-contentful-paint")?,
        lcp_ms: audit("largest-contentful-paint")?,
        tbt_ms: audit("total-blocking-time")?,
        cls: audit("cumulative-layout-shift")?,
        lcp_element,
        lost,
    })
}

/// The report's Lighthouse section for one size.
pub fn write(md: &mut String, name: &str, s: &Scores) {
    let _ = write!(
        md,
        "\n### Lighthouse ({name} site, mobile, {} throttling)\n\n\
         Lighthouse 12 on Debian's Chromium: slow 4G and a 4× slower CPU, {}, on the site as built \
         (served without compression). Target: 100 in all four.\n\n| category | score |\n|---|---:|\n",
        s.method,
        if s.method == "simulated" {
            "simulated from an unthrottled load (Lighthouse's default; on a local server the app's files may \
             all arrive before the first frame, and the estimate then counts them in the largest paint)"
        } else {
            "applied while the page loads (the order of paints a phone sees)"
        }
    );
    for (label, score) in &s.categories {
        let _ = writeln!(md, "| {label} | {score:.0} |");
    }
    let _ = write!(
        md,
        "\n| metric | value |\n|---|---:|\n| first contentful paint | {:.0} ms |\n\
         | largest contentful paint | {:.0} ms |\n| total blocking time | {:.0} ms |\n\
         | cumulative layout shift | {:.3} |\n",
        s.fcp_ms, s.lcp_ms, s.tbt_ms, s.cls
    );
    if !s.lcp_element.is_empty() {
        let _ = writeln!(md, "\nLargest paint: `{}`", s.lcp_element.replace('`', "'"));
    }
    if !s.lost.is_empty() {
        let _ = writeln!(md, "\nAudits that cost points:\n");
        for (category, title, shown) in &s.lost {
            let shown = if shown.is_empty() {
                String::new()
            } else {
                format!(": {shown}")
            };
            let _ = writeln!(md, "- {category}: {}{shown}", title.replace('`', "'"));
        }
    }
}

/// The Lighthouse figures for `report.json`.
pub fn to_json(s: &Scores) -> Value {
    json!({
        "method": s.method,
        "categories": s.categories.iter().map(|(l, v)| json!({"category": l, "score": v})).collect::<Vec<_>>(),
        "fcp_ms": s.fcp_ms, "lcp_ms": s.lcp_ms, "tbt_ms": s.tbt_ms, "cls": s.cls,
        "lcp_element": s.lcp_element,
        "lost": s.lost.iter().map(|(c, t, d)| json!({"category": c, "audit": t, "value": d})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_gives_scores_metrics_and_the_audits_that_cost_points() {
        let lhr = json!({
            "categories": {
                "performance": { "score": 0.91, "auditRefs": [
                    { "id": "largest-contentful-paint", "weight": 25 },
                    { "id": "uses-text-compression", "weight": 0 } ] },
                "accessibility": { "score": 1.0, "auditRefs": [] },
                "best-practices": { "score": 1.0, "auditRefs": [] },
                "seo": { "score": 0.9, "auditRefs": [ { "id": "meta-description", "weight": 1 } ] },
            },
            "audits": {
                "first-contentful-paint": { "numericValue": 900.4 },
                "largest-contentful-paint": { "numericValue": 3012.0, "score": 0.8, "title": "Largest Contentful Paint", "displayValue": "3.0 s" },
                "uses-text-compression": { "score": 0.0, "title": "Enable text compression" },
                "total-blocking-time": { "numericValue": 220.0 },
                "cumulative-layout-shift": { "numericValue": 0.01 },
                "meta-description": { "score": 0.0, "title": "Document does not have a meta description" },
            }
        });
        let s = parse(&lhr, "simulated").unwrap();
        assert_eq!(s.categories[0], ("Performance".to_string(), 91.0));
        assert_eq!(s.categories[3], ("SEO".to_string(), 90.0));
        assert_eq!((s.lcp_ms, s.tbt_ms), (3012.0, 220.0));
        // Weightless audits cost no points.
        assert_eq!(s.lost.len(), 2, "{:?}", s.lost);
        let mut md = String::new();
        write(&mut md, "seed", &s);
        assert!(
            md.contains("| Performance | 91 |") && md.contains("| largest contentful paint | 3012 ms |"),
            "{md}"
        );
        assert!(
            md.contains("- SEO: Document does not have a meta description"),
            "{md}"
        );
        assert!(
            md.contains("- Performance: Largest Contentful Paint: 3.0 s"),
            "{md}"
        );
        assert!(
            md.contains("### Lighthouse (seed site, mobile, simulated throttling)"),
            "{md}"
        );
    }

    #[test]
    fn a_run_that_failed_says_why() {
        let err = parse(&json!({ "runtimeError": { "message": "NO_FCP" } }), "applied").unwrap_err();
        assert!(err.contains("NO_FCP"));
    }
}
