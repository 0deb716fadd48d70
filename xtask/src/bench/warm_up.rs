//! The idle warm-up, measured on a fresh load of the app under each profile:
//! when it ended after `data-ready`, what it fetched over the wire against its
//! budget (the app's `dossier-warmed` mark), how much of each kind of part
//! the page then held, and the page's memory once it had.

use super::profile::Profile;
use super::webdriver::Session;
use super::SizeResult;
use crate::Result;
use serde_json::{json, Value};
use std::fmt::Write;
use std::path::Path;

/// Longest wait for the warm-up to end, ms.
const LIMIT_MS: u64 = 180_000;

/// The kinds of parts reported, by the prefix of their files in `data/`.
const KINDS: [(&str, &str); 6] = [
    ("words-", "word blocks"),
    ("cards-", "card chunks"),
    ("terms-", "term blocks"),
    ("typos-", "typo blocks"),
    ("leads-", "lead chunks"),
    ("positions-", "positions"),
];

/// What one warm-up did.
#[derive(Default, Clone)]
pub struct WarmUp {
    /// From `data-ready` to the mark, ms (`None`: it did not end in time).
    pub ended_ms: Option<f64>,
    /// Parts it fetched and their bytes as sent, and its budget (the mark's detail).
    pub parts: u64,
    pub sent: u64,
    pub budget: u64,
    /// Per kind of [`KINDS`]: parts the page had fetched by then, of those the site has.
    pub held: Vec<(usize, usize)>,
    /// JS heap plus wasm memory after it, MB.
    pub memory_mb: Option<f64>,
}

/// Loads `url` (served from `dir`) afresh, waits until the app marks the
/// warm-up's end and reads what it fetched.
pub fn measure(session: &Session, url: &str, dir: &Path) -> Result<WarmUp> {
    session.goto("about:blank")?;
    session.goto(url)?;
    let script = format!(
        "const t0 = Date.now(); (function poll() {{
            const b = window.__bench, m = performance.getEntriesByName('dossier-warmed', 'mark')[0];
            const urls = () => performance.getEntriesByName('dossier-part', 'measure').map((e) => e.detail.url);
            if (b && b.ready !== null && m) {{
                if (window.gc) gc();
                setTimeout(() => {{ const s = b.snapshot();
                    done({{ ended: m.startTime - b.ready, detail: m.detail, urls: urls(), heap: s.heap, wasm: s.wasm }}); }}, 100);
            }} else if (Date.now() - t0 > {LIMIT_MS}) done({{ urls: urls() }});
            else setTimeout(poll, 50);
        }})();"
    );
    let out = session.run_async(&script, json!(null))?;
    Ok(read(&out, dir))
}

/// The figures in the page's answer `out`, against the files of `dir/data`.
fn read(out: &Value, dir: &Path) -> WarmUp {
    let files: Vec<String> = std::fs::read_dir(dir.join("data"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let mut fetched: Vec<&str> = out["urls"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|u| u.as_str()?.rsplit('/').next())
        .collect();
    fetched.sort_unstable();
    fetched.dedup();
    let count = |names: &[&str], prefix: &str| names.iter().filter(|n| n.starts_with(prefix)).count();
    let names: Vec<&str> = files.iter().map(String::as_str).collect();
    let n = |k: &str| out["detail"][k].as_f64().unwrap_or(0.0) as u64;
    WarmUp {
        ended_ms: out["ended"].as_f64(),
        parts: n("parts"),
        sent: n("sent"),
        budget: n("budget"),
        held: KINDS
            .iter()
            .map(|(prefix, _)| (count(&fetched, prefix), count(&names, prefix)))
            .collect(),
        memory_mb: out["heap"]
            .as_f64()
            .map(|h| (h + out["wasm"].as_f64().unwrap_or(0.0)) / 1e6),
    }
}

/// Appends the warm-up's section for size `r` (nothing for a site without parts).
pub fn write(md: &mut String, r: &SizeResult) {
    let runs: Vec<(Profile, &WarmUp)> = std::iter::once((Profile::Loopback, &r.app))
        .chain(
            r.network
                .iter()
                .filter(|(n, _)| *n == "Dossier")
                .map(|(_, m)| (Profile::Net, m)),
        )
        .filter_map(|(p, m)| Some((p, m.warm_up.as_ref()?)))
        .filter(|(_, w)| w.held.iter().any(|&(_, of)| of > 0))
        .collect();
    if runs.is_empty() {
        return;
    }
    let _ = write!(
        md,
        "\n### Idle warm-up ({} site)\n\n\
         A fresh load left alone: once the first view is settled the page fetches index parts while idle, \
         four at a time over HTTP/1.1 (loopback) and eight over HTTP/2 (net), within a budget counted over the wire (each part's body as the host sent it: \
         uncompressed on loopback, gzipped on the net profile, as GitHub Pages sends it). Held: parts of each \
         kind the page had fetched by the warm-up's end (the first view's included), of those the site has.\n\n\
         | profile | budget, KB | fetched, parts | over the wire, KB | ended after ready, s | {} | memory after, MB |\n\
         |---|---:|---:|---:|---:|{}---:|\n",
        r.name,
        KINDS.map(|(_, name)| name).join(" | "),
        "---:|".repeat(KINDS.len()),
    );
    for (profile, w) in runs {
        let held: Vec<String> = w.held.iter().map(|(n, of)| format!("{n} of {of}")).collect();
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            profile.name(),
            w.budget / 1024,
            w.parts,
            w.sent / 1024,
            w.ended_ms
                .map_or("did not end".into(), |ms| format!("{:.1}", ms / 1e3)),
            held.join(" | "),
            w.memory_mb.map_or("".into(), |mb| format!("{mb:.1}")),
        );
    }
}

/// The figures for report.json.
pub fn to_json(w: &WarmUp) -> Value {
    json!({
        "ended_after_ready_ms": w.ended_ms, "parts": w.parts, "sent": w.sent, "budget": w.budget,
        "held": KINDS.iter().zip(&w.held).map(|((p, _), (n, of))| json!({"kind": p.trim_end_matches('-'), "held": n, "of": of})).collect::<Vec<_>>(),
        "memory_mb": w.memory_mb,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_parts_are_counted_by_kind_once_each_against_the_site() {
        let dir = std::env::temp_dir().join(format!("dossier-warm-up-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        for f in [
            "words-a-0.bin",
            "cards-b-0.bin",
            "cards-b-1.bin",
            "terms-c-0.bin",
            "corpus-d.bin",
        ] {
            std::fs::write(dir.join("data").join(f), b"x").unwrap();
        }
        let out = json!({
            "ended": 1500.0, "detail": {"parts": 3, "sent": 4096, "budget": 8192},
            "urls": ["http://h/data/cards-b-1.bin", "http://h/data/cards-b-1.bin", "http://h/data/words-a-0.bin"],
            "heap": 2e6, "wasm": 3e6,
        });
        let w = read(&out, &dir);
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(w.ended_ms, Some(1500.0));
        assert_eq!((w.parts, w.sent, w.budget), (3, 4096, 8192));
        assert_eq!(w.held, [(1, 1), (1, 2), (0, 1), (0, 0), (0, 0), (0, 0)]);
        assert_eq!(w.memory_mb, Some(5.0));
        // A warm-up that did not end says so, and counts what it had.
        let w = read(&json!({"urls": []}), &dir);
        assert_eq!(w.ended_ms, None);
    }
}
