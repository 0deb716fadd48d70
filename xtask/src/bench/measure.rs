//! Measuring one served site in headless Chromium under one network profile:
//! time to `data-ready`, what the first view downloads, words typed key by key
//! cold and warm, interaction latencies over the fixed plan (loopback), memory.

use super::profile::Profile;
use super::queries;
use super::typing::{self, Key};
use super::webdriver::{Driver, Session};
use crate::{dist, Result};
use serde_json::{json, Value};
use std::path::Path;

/// How many cold loads `data-ready` is measured over (the median is reported).
const LOADS: usize = 3;
/// How long a page may take to become ready.
const READY_LIMIT_MS: u64 = 120_000;

/// What the page is: the Dossier app (hooks of INTERFACE.md §4), with the
/// trends series its plan charts (`kind:value`), or a plain engine page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind<'a> {
    App(&'a [String]),
    Engine,
}

/// Figures for one site.
#[derive(Default)]
pub struct Measured {
    /// Median ms from navigation start to `[data-ready="true"]`.
    pub ready_ms: Option<f64>,
    /// First view: bytes over the wire (the bench server does not compress),
    /// and the same files gzipped as a static host would send them.
    pub transfer: u64,
    pub gzip: u64,
    pub keystroke: Vec<f64>,
    /// Each key of the plan's queries typed one by one (Dossier only): ms to its paint.
    pub typing: Vec<f64>,
    /// Queries whose count showed 0 on the way to a non-zero result.
    pub typing_flashes: usize,
    pub facet: Vec<f64>,
    pub date: Vec<f64>,
    /// Dossier: each facet click and date change to the first frame after it
    /// (what its own script held the page for).
    pub click_shown: Vec<f64>,
    /// The trends view (Dossier only): each action (adding a series, the
    /// share, a facet click under every series, removing one) and its ms.
    pub trends: Vec<(String, f64)>,
    /// JS heap after the plan (after a GC), and wasm linear memory.
    pub heap: Option<f64>,
    pub wasm: Option<f64>,
    /// Each cold load's word typed key by key right after ready (every page).
    pub cold: Vec<Key>,
    /// Words typed key by key after 5 s idle, once the page was used (every page).
    pub warm: Vec<Key>,
    /// The app's idle warm-up on a fresh load left alone (Dossier only).
    pub warm_up: Option<super::warm_up::WarmUp>,
    /// Hooks that were missing, changes that did not show, failures.
    pub notes: Vec<String>,
    /// Every measurement, for report.json.
    pub detail: Value,
}

/// Loads `url` (a site served from `dir`) `LOADS` times cold under `profile`,
/// typing a word right after each load is ready; then (loopback) runs the plan;
/// then types the warm words; then (the app) loads it once more and leaves it
/// to warm up.
pub fn site(driver: &Driver, url: &str, dir: &Path, kind: Kind, profile: Profile) -> Result<Measured> {
    let session = driver.session(include_str!("page.js"))?;
    profile.apply(&session)?;
    let mut m = Measured::default();
    let mut readies = Vec::new();
    let mut first = Value::Null;
    for load in 0..LOADS {
        session.goto("about:blank")?;
        session.goto(url)?;
        let snap = wait_ready(&session)?;
        match snap["ready"].as_f64() {
            Some(ms) => readies.push(ms),
            None => {
                m.notes
                    .push(format!("not ready within {} s", READY_LIMIT_MS / 1000));
                m.detail = json!({ "first_view": snap });
                return Ok(m);
            }
        }
        if load == 0 {
            first = snap;
        }
        let word = queries::COLD_WORDS[load % queries::COLD_WORDS.len()];
        let (keys, notes) = typing::type_words(&session, &[word], 0)?;
        m.cold.extend(keys);
        add_notes(&mut m, notes);
    }
    readies.sort_by(f64::total_cmp);
    m.ready_ms = Some(readies[readies.len() / 2]);
    for r in first["resources"].as_array().into_iter().flatten() {
        m.transfer += r["transfer"].as_u64().unwrap_or(0);
        m.gzip += gzip_of(dir, r["url"].as_str().unwrap_or(""));
    }
    if profile == Profile::Loopback {
        plan(&session, kind, &mut m)?;
    }
    let (warm, notes) = typing::type_words(&session, &queries::WARM_WORDS, typing::WARM_IDLE_MS)?;
    m.warm = warm;
    add_notes(&mut m, notes);
    let snap = session.run_async(
        "if (window.gc) gc(); setTimeout(() => done(window.__bench.snapshot()), 100);",
        json!(null),
    )?;
    m.heap = snap["heap"].as_f64();
    m.wasm = snap["wasm"].as_f64().filter(|&w| w > 0.0);
    if let Kind::App(_) = kind {
        m.warm_up = Some(super::warm_up::measure(&session, url, dir)?);
    }
    let plan = m.detail.get("plan").cloned().unwrap_or(Value::Null);
    let typing = m.detail.get("typing").cloned().unwrap_or(Value::Null);
    let trends = m.detail.get("trends").cloned().unwrap_or(Value::Null);
    m.detail = json!({
        "profile": profile.name(), "loads_ready_ms": readies, "first_view": first, "plan": plan, "typing": typing, "trends": trends,
        "cold": typing::to_json(&m.cold), "warm": typing::to_json(&m.warm), "after": snap,
    });
    Ok(m)
}

/// The fixed plan pasted query by query, facet clicks, date bounds; and (Dossier)
/// every plan query typed key by key with the counts seen on the way.
fn plan(session: &Session, kind: Kind, m: &mut Measured) -> Result<()> {
    let script = match kind {
        Kind::App(_) => "window.__bench.runApp(arguments[0]).then(done, e => done({error: String(e)}));",
        Kind::Engine => "window.__bench.runEngine(arguments[0]).then(done, e => done({error: String(e)}));",
    };
    let out = session.run_async(script, queries::plan())?;
    if let Some(e) = out.get("error") {
        m.notes.push(format!("plan failed: {e}"));
    }
    let times = |key: &str| -> Vec<f64> {
        out[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x["ms"].as_f64())
            .collect()
    };
    (m.keystroke, m.facet, m.date) = (times("keystroke"), times("facet"), times("date"));
    m.click_shown = ["facet", "date"]
        .iter()
        .flat_map(|key| out[*key].as_array().into_iter().flatten())
        .filter_map(|x| x["shown_ms"].as_f64())
        .collect();
    for missing in out["missing"].as_array().into_iter().flatten() {
        m.notes
            .push(format!("missing: {}", missing.as_str().unwrap_or("?")));
    }
    if let Some(n) = out["unchanged"].as_u64().filter(|&n| n > 0) {
        m.notes
            .push(format!("{n} actions changed nothing on the page (not timed)"));
    }
    if let Kind::App(series) = kind {
        trends(session, series, m)?;
        let typed = session.run_async(
            "window.__bench.typeKeyByKey(arguments[0]).then(done, e => done({error: String(e)}));",
            queries::plan(),
        )?;
        m.typing = typed["keys"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_f64)
            .collect();
        m.typing_flashes = typed["flashes"].as_array().map_or(0, Vec::len);
        if let Some(e) = typed.get("error") {
            m.notes.push(format!("typing key by key failed: {e}"));
        }
        m.detail["typing"] = typed;
    }
    m.detail["plan"] = out;
    Ok(())
}

/// The trends view's actions over `series` (see `runTrends` in page.js).
fn trends(session: &Session, series: &[String], m: &mut Measured) -> Result<()> {
    let plan = json!({ "series": series, "facet": queries::TRENDS_FACET });
    let out = session.run_async(
        "window.__bench.runTrends(arguments[0]).then(done, e => done({error: String(e)}));",
        plan,
    )?;
    if let Some(e) = out.get("error") {
        m.notes.push(format!("trends failed: {e}"));
    }
    for missing in out["missing"].as_array().into_iter().flatten() {
        m.notes
            .push(format!("trends: {}", missing.as_str().unwrap_or("?")));
    }
    m.trends = out["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| Some((s["what"].as_str()?.to_string(), s["ms"].as_f64()?)))
        .collect();
    m.detail["trends"] = out;
    Ok(())
}

/// Adds the notes `m` does not have yet (each load types into the same page).
fn add_notes(m: &mut Measured, notes: Vec<String>) {
    for n in notes {
        if !m.notes.contains(&n) {
            m.notes.push(n);
        }
    }
}

/// Polls until the page is ready (or the limit passes); returns its snapshot.
fn wait_ready(session: &Session) -> Result<Value> {
    let script = format!(
        "const t0 = Date.now(); (function poll() {{
            const b = window.__bench;
            if (b && b.ready !== null) done(b.snapshot());
            else if (Date.now() - t0 > {READY_LIMIT_MS}) done(b ? b.snapshot() : {{ready: null}});
            else setTimeout(poll, 25);
        }})();"
    );
    session.run_async(&script, json!(null))
}

/// Gzip size of the file a same-origin URL names, 0 for other URLs.
fn gzip_of(dir: &Path, url: &str) -> u64 {
    let Some(rest) = url
        .strip_prefix("http://")
        .and_then(|u| u.split_once('/'))
        .map(|(_, p)| p)
    else {
        return 0;
    };
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let file = if path.is_empty() || path.ends_with('/') {
        dir.join(path).join("index.html")
    } else {
        dir.join(path)
    };
    std::fs::read(&file).map_or(0, |b| dist::gzip_len(&b) as u64)
}

pub use dossier_core::synth::quantile;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(quantile(&v, 0.5), Some(10.0));
        assert_eq!(quantile(&v, 0.95), Some(19.0));
        assert_eq!(quantile(&[3.0], 0.95), Some(3.0));
        assert_eq!(quantile(&[], 0.5), None);
    }
}
