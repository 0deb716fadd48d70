//! The report's "as a reader lives it" part of a size: every engine under every
//! network profile, words typed key by key cold and warm, long tasks, first
//! view bytes, ratios to Dossier in the same run, and for each missed target by
//! how much and where the keys' time went.

use super::figures::{cell, fmt};
use super::measure::Measured;
use super::profile::Profile;
use super::typing::{self, Key};
use super::SizeResult;
use serde_json::{json, Value};
use std::fmt::Write;

/// Every (engine, profile, figures) of a size, Dossier first in each profile.
fn runs(r: &SizeResult) -> Vec<(&'static str, Profile, &Measured)> {
    let loopback = std::iter::once(("Dossier", &r.app))
        .chain(r.engines.iter().map(|(n, _, _, m)| (*n, m)))
        // A page left out by `--profiles` was never opened: it has no detail.
        .filter(|(_, m)| !m.detail.is_null())
        .map(|(n, m)| (n, Profile::Loopback, m));
    let net = r.network.iter().map(|(n, m)| (*n, Profile::Net, m));
    loopback.chain(net).collect()
}

/// Appends the section for size `r` (nothing if no page was typed into).
pub fn write(md: &mut String, r: &SizeResult) {
    let runs = runs(r);
    if runs
        .iter()
        .all(|(_, _, m)| m.cold.is_empty() && m.warm.is_empty())
    {
        return;
    }
    let target = super::size_table::fast_ms(&r.name);
    let _ = write!(
        md,
        "\n### As a reader lives it ({} site)\n\n\
         Words typed key by key, 120 ms apart, each key timed to the frame that painted its change (one frame \
         when nothing changed): **cold** is the first search after `data-ready`, on a fresh load (one word per \
         load: {}), **warm** a word typed after 5 s idle in a page already used ({}). Long tasks: main-thread \
         tasks over 50 ms from a key to the next. Letter shown: key → the first frame after it (which shows the \
         typed letter; the search's own script delays it). Skipped frames: keys followed by frames over {SKIPPED_MS} ms \
         apart (the page's thread held a frame, whatever held it: script, style, layout or paint), and the \
         longest interval. Profiles: loopback ({}); net ({}). A ratio is the engine's \
         figure over Dossier's in the same profile and run (over 1: Dossier is faster).\n\n\
         | engine | profile | data-ready, ms | first view over the wire, KB | cold p50 | cold p95 | warm p50 | \
         warm p95 | long tasks typing (n, ms) | letter shown p95 | keys skipping frames (n, longest ms) | \
         cold p95 ÷ Dossier | warm p95 ÷ Dossier |\n\
         |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
        r.name,
        super::queries::COLD_WORDS.join(", "),
        super::queries::WARM_WORDS.join(", "),
        Profile::Loopback.describe(),
        Profile::Net.describe(),
    );
    let ours = |p: Profile| runs.iter().find(|(n, q, _)| *n == "Dossier" && *q == p);
    for (name, profile, m) in &runs {
        let (c50, c95) = typing::p50_p95(&m.cold);
        let (w50, w95) = typing::p50_p95(&m.warm);
        let ratio = |theirs: Option<f64>, of: fn(&Measured) -> &[Key]| {
            let o = ours(*profile).and_then(|(_, _, d)| typing::p50_p95(of(d)).1);
            theirs.zip(o).filter(|_| *name != "Dossier").map(|(t, o)| t / o)
        };
        let all = [&m.cold[..], &m.warm[..]].concat();
        let (long, long_ms) = typing::long_tasks(&all);
        let (longest, skipping) = typing::frames_skipped(&all, SKIPPED_MS);
        let _ = writeln!(
            md,
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {long}, {} | {} | {skipping}, {} | {} | {} |",
            profile.name(),
            cell(m.ready_ms),
            fmt(m.transfer as f64 / 1e3),
            cell(c50),
            cell(c95),
            cell(w50),
            cell(w95),
            fmt(long_ms),
            cell(typing::shown_p95(&all)),
            fmt(longest),
            cell(ratio(c95, |d| &d.cold)),
            cell(ratio(w95, |d| &d.warm)),
        );
    }
    let mut misses = Vec::new();
    for (name, profile, m) in &runs {
        for (phase, keys) in [("cold", &m.cold), ("warm", &m.warm)] {
            if let Some(line) = miss(name, *profile, phase, keys, target) {
                misses.push(line);
            }
        }
        let all = [&m.cold[..], &m.warm[..]].concat();
        misses.extend(skipped_miss(name, *profile, &all));
        let (long, long_ms) = typing::long_tasks(&all);
        if long > 0 {
            misses.push(format!(
                "- {name}, {}: {long} long tasks while typing, {} ms in all (target: none; a key \
                 typed during one waits for it to end).",
                profile.name(),
                fmt(long_ms)
            ));
        }
    }
    let _ = writeln!(
        md,
        "\nTargets (reported, never asserted): key → painted p95 ≤ {} ms cold and warm, no long task while \
         typing, the typed letter shown within {FRAME_MS} ms and no frame skipped. {}",
        fmt(target),
        if misses.is_empty() { "All met." } else { "Missed:" }
    );
    if !misses.is_empty() {
        let _ = writeln!(md, "\n{}", misses.join("\n"));
    }
    // Loopback's notes are under the size's table; the net profile's go here.
    let notes: Vec<String> = r
        .network
        .iter()
        .flat_map(|(n, m)| m.notes.iter().map(move |x| format!("- {n}, net: {x}")))
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(md, "\nNotes:\n\n{}", notes.join("\n"));
    }
}

/// The line for a missed key target: by how much, and where the slow keys' time went.
fn miss(name: &str, profile: Profile, phase: &str, keys: &[Key], target: f64) -> Option<String> {
    let p95 = typing::p50_p95(keys).1?;
    if p95 <= target {
        return None;
    }
    let s = typing::slow_keys(keys, target)?;
    let rest = (s.mean_ms - s.net_ms.max(s.long_ms)).max(0.0);
    Some(format!(
        "- {name}, {}, {phase}: p95 {} ms, missed by {} ms ({:.1}×). {} of {} keys over {} ms took {} ms on \
         average: {} ms waiting for the {:.1} requests each started, {} ms in long tasks, about {} ms the rest \
         (script, style, layout, paint).",
        profile.name(),
        fmt(p95),
        fmt(p95 - target),
        p95 / target,
        s.slow,
        s.of,
        fmt(target),
        fmt(s.mean_ms),
        fmt(s.net_ms),
        s.requests,
        fmt(s.long_ms),
        fmt(rest),
    ))
}

/// The line for frames skipped while typing, or a letter shown late.
fn skipped_miss(name: &str, profile: Profile, keys: &[Key]) -> Option<String> {
    let shown = typing::shown_p95(keys).unwrap_or(0.0);
    let (longest, skipping) = typing::frames_skipped(keys, SKIPPED_MS);
    (shown > FRAME_MS || skipping > 0).then(|| {
        format!(
            "- {name}, {}: the typed letter shown p95 {} ms; {skipping} of {} keys followed by frames over \
             {SKIPPED_MS} ms apart, the longest {} ms (target: the page's thread never holds a frame while typing).",
            profile.name(),
            fmt(shown),
            keys.len(),
            fmt(longest)
        )
    })
}

/// The typed figures of one page for report.json.
pub fn to_json(m: &Measured) -> Value {
    let (c50, c95) = typing::p50_p95(&m.cold);
    let (w50, w95) = typing::p50_p95(&m.warm);
    let all = [&m.cold[..], &m.warm[..]].concat();
    let (long, long_ms) = typing::long_tasks(&all);
    let (longest, skipping) = typing::frames_skipped(&all, SKIPPED_MS);
    json!({"cold_p50": c50, "cold_p95": c95, "warm_p50": w50, "warm_p95": w95,
           "long_tasks_typing": long, "long_task_ms_typing": long_ms,
           "letter_shown_p95": typing::shown_p95(&all), "keys_skipping_frames_typing": skipping,
           "longest_frame_ms_typing": longest})
}

/// One frame at 60 Hz, ms: the typed letter's target.
pub(super) const FRAME_MS: f64 = 16.7;
/// Frames further apart than this skipped one at least (one and a half
/// frames: requestAnimationFrame's intervals jitter around 16.7 ms).
const SKIPPED_MS: f64 = 25.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn key(ms: f64, net_ms: f64, long_ms: f64) -> Key {
        Key {
            word: "الغاز".into(),
            typed: 2,
            ms: Some(ms),
            shown_ms: Some(ms.min(16.0)),
            requests: usize::from(net_ms > 0.0),
            net_ms,
            long: usize::from(long_ms > 0.0),
            long_ms,
            frame_ms: long_ms.max(16.0),
        }
    }

    #[test]
    fn a_missed_target_says_by_how_much_and_where_the_time_went() {
        let keys: Vec<Key> = (0..19)
            .map(|_| key(10.0, 0.0, 0.0))
            .chain([key(90.0, 60.0, 0.0), key(110.0, 0.0, 80.0)])
            .collect();
        let line = miss("Dossier", Profile::Net, "cold", &keys, 16.0).unwrap();
        assert!(line.contains("p95 90.0 ms, missed by 74.0 ms (5.6×)"), "{line}");
        assert!(line.contains("2 of 21 keys over 16.0 ms took 100 ms"), "{line}");
        assert!(line.contains("30.0 ms waiting for the 0.5 requests"), "{line}");
        assert!(line.contains("40.0 ms in long tasks"), "{line}");
        let fast: Vec<Key> = (0..20).map(|_| key(10.0, 0.0, 0.0)).collect();
        assert_eq!(miss("Orama", Profile::Loopback, "warm", &fast, 16.0), None);
        // The 80 ms long task held a frame: named, with the longest.
        let skipped = skipped_miss("Dossier", Profile::Loopback, &keys).unwrap();
        assert!(
            skipped.contains("1 of 21 keys followed by frames over 25 ms apart, the longest 80.0 ms"),
            "{skipped}"
        );
        assert_eq!(skipped_miss("Orama", Profile::Loopback, &fast), None);
    }
}
