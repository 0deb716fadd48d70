//! Words typed key by key as a reader types them, on every engine's page alike:
//! each key timed to the paint that follows, with what the key waited for (the
//! requests it started, the main thread's long tasks) so a slow key says where
//! its time went.

use super::measure::quantile;
use super::webdriver::Session;
use crate::Result;
use serde_json::{json, Value};

/// Quiet before each warm word: the reader paused, the page had time to settle.
pub const WARM_IDLE_MS: u64 = 5000;

/// One key typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    /// The word and how many of its characters are typed.
    pub word: String,
    pub typed: usize,
    /// Key → the frame that painted its change, ms (`None`: nothing painted in 10 s).
    pub ms: Option<f64>,
    /// Key → the first frame after it, which shows the typed letter, ms.
    pub shown_ms: Option<f64>,
    /// Requests the key started, and ms from the key to the last one's response end.
    pub requests: usize,
    pub net_ms: f64,
    /// Main-thread tasks over 50 ms from the key to the next one: count and ms.
    pub long: usize,
    pub long_ms: f64,
    /// The longest interval between frames from the key to the next one, ms
    /// (over one and a half frames: the page's thread held one).
    pub frame_ms: f64,
}

/// Types `words` in the open page (`idle_ms` of quiet before each); returns the
/// keys, and what was missing on the page.
pub fn type_words(session: &Session, words: &[&str], idle_ms: u64) -> Result<(Vec<Key>, Vec<String>)> {
    let out = session.run_async(
        "window.__bench.typeWords(arguments[0].words, arguments[0].idle).then(done, e => done({error: String(e)}));",
        json!({ "words": words, "idle": idle_ms }),
    )?;
    let mut notes: Vec<String> = out["missing"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| format!("missing: {}", m.as_str().unwrap_or("?")))
        .collect();
    if let Some(e) = out.get("error") {
        notes.push(format!("typing {words:?} failed: {e}"));
    }
    Ok((parse_keys(&out["keys"]), notes))
}

/// The keys of a `typeWords` answer.
fn parse_keys(keys: &Value) -> Vec<Key> {
    keys.as_array()
        .into_iter()
        .flatten()
        .map(|k| Key {
            word: k["word"].as_str().unwrap_or_default().to_string(),
            typed: k["typed"].as_u64().unwrap_or(0) as usize,
            ms: k["ms"].as_f64(),
            shown_ms: k["shown_ms"].as_f64(),
            requests: k["requests"].as_u64().unwrap_or(0) as usize,
            net_ms: k["net_ms"].as_f64().unwrap_or(0.0),
            long: k["long"].as_u64().unwrap_or(0) as usize,
            long_ms: k["long_ms"].as_f64().unwrap_or(0.0),
            frame_ms: k["frame_ms"].as_f64().unwrap_or(0.0),
        })
        .collect()
}

/// Keys for report.json.
pub fn to_json(keys: &[Key]) -> Value {
    keys.iter()
        .map(|k| {
            json!({"word": k.word, "typed": k.typed, "ms": k.ms, "shown_ms": k.shown_ms,
                   "requests": k.requests, "net_ms": k.net_ms, "long": k.long, "long_ms": k.long_ms,
                   "frame_ms": k.frame_ms})
        })
        .collect()
}

/// What a key counts as, ms, when the frame it waited for never came (10 s:
/// the page's wait for it).
const UNSEEN_MS: f64 = 10_000.0;

/// The painted latencies of `keys` (a key that painted nothing counts as [`UNSEEN_MS`]).
pub fn latencies(keys: &[Key]) -> Vec<f64> {
    keys.iter().map(|k| k.ms.unwrap_or(UNSEEN_MS)).collect()
}

/// p50 and p95 of the keys' latencies.
pub fn p50_p95(keys: &[Key]) -> (Option<f64>, Option<f64>) {
    let v = latencies(keys);
    (quantile(&v, 0.5), quantile(&v, 0.95))
}

/// p95 of key → typed letter shown (a key whose first frame was not seen counts as [`UNSEEN_MS`]).
pub fn shown_p95(keys: &[Key]) -> Option<f64> {
    let shown: Vec<f64> = keys.iter().map(|k| k.shown_ms.unwrap_or(UNSEEN_MS)).collect();
    quantile(&shown, 0.95)
}

/// While typing: the longest interval between frames, and how many keys were
/// followed by frames over `apart` ms apart (a frame skipped at least once).
pub fn frames_skipped(keys: &[Key], apart: f64) -> (f64, usize) {
    let longest = keys.iter().map(|k| k.frame_ms).fold(0.0, f64::max);
    (longest, keys.iter().filter(|k| k.frame_ms > apart).count())
}

/// Long tasks while typing: count and total ms.
pub fn long_tasks(keys: &[Key]) -> (usize, f64) {
    keys.iter()
        .fold((0, 0.0), |(n, ms), k| (n + k.long, ms + k.long_ms))
}

/// Where the time of the keys slower than `limit` ms went, on average.
#[derive(Debug, PartialEq)]
pub struct SlowKeys {
    pub slow: usize,
    pub of: usize,
    pub mean_ms: f64,
    /// Waiting for the requests the key started.
    pub net_ms: f64,
    pub requests: f64,
    /// In main-thread long tasks (they may overlap the wait).
    pub long_ms: f64,
}

/// The keys over `limit`, averaged (`None` when no key is over it).
pub fn slow_keys(keys: &[Key], limit: f64) -> Option<SlowKeys> {
    let slow: Vec<&Key> = keys.iter().filter(|k| k.ms.is_none_or(|ms| ms > limit)).collect();
    let n = slow.len() as f64;
    let mean = |f: &dyn Fn(&Key) -> f64| slow.iter().map(|k| f(k)).sum::<f64>() / n;
    (!slow.is_empty()).then(|| SlowKeys {
        slow: slow.len(),
        of: keys.len(),
        mean_ms: mean(&|k| k.ms.unwrap_or(UNSEEN_MS)),
        net_ms: mean(&|k| k.net_ms),
        requests: mean(&|k| k.requests as f64),
        long_ms: mean(&|k| k.long_ms),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(ms: Option<f64>, requests: usize, net_ms: f64, long_ms: f64) -> Key {
        Key {
            word: "газопровод".into(),
            typed: 3,
            ms,
            shown_ms: ms.map(|ms| ms.min(16.0)),
            requests,
            net_ms,
            long: usize::from(long_ms > 0.0),
            long_ms,
            frame_ms: long_ms.max(16.0),
        }
    }

    #[test]
    fn keys_parse_from_the_page_answer() {
        let v = json!([{"word": "gazoduc", "typed": 2, "ms": 12.5, "shown_ms": 8.0, "requests": 1, "net_ms": 9.0,
                        "long": 0, "long_ms": 0, "frame_ms": 16.5},
                       {"word": "gazoduc", "typed": 3, "ms": null, "requests": 0, "net_ms": 0, "long": 1, "long_ms": 80.0}]);
        let keys = parse_keys(&v);
        assert_eq!(keys.len(), 2);
        assert_eq!((keys[0].typed, keys[0].ms, keys[0].requests), (2, Some(12.5), 1));
        assert_eq!((keys[1].ms, keys[1].long, keys[1].long_ms), (None, 1, 80.0));
        assert_eq!((keys[0].shown_ms, keys[0].frame_ms), (Some(8.0), 16.5));
        // An answer without the newer fields (an older page script) still parses.
        assert_eq!((keys[1].shown_ms, keys[1].frame_ms), (None, 0.0));
        assert_eq!(to_json(&keys)[1]["ms"], Value::Null);
    }

    #[test]
    fn slow_keys_average_only_the_keys_over_the_limit() {
        let keys = [
            key(Some(8.0), 0, 0.0, 0.0),
            key(Some(60.0), 2, 45.0, 0.0),
            key(Some(100.0), 0, 0.0, 90.0),
            key(None, 1, 30.0, 0.0),
        ];
        let s = slow_keys(&keys, 16.0).unwrap();
        assert_eq!((s.slow, s.of), (3, 4));
        assert_eq!(s.mean_ms, (60.0 + 100.0 + 10_000.0) / 3.0);
        assert_eq!((s.net_ms, s.requests, s.long_ms), (25.0, 1.0, 30.0));
        assert_eq!(slow_keys(&keys[..1], 16.0), None);
        assert_eq!(long_tasks(&keys), (1, 90.0));
        assert_eq!(p50_p95(&keys), (Some(60.0), Some(10_000.0)));
        // The letter shows within a frame, except where no frame came.
        assert_eq!(shown_p95(&keys), Some(10_000.0));
        assert_eq!(shown_p95(&keys[..3]), Some(16.0));
        // One key was followed by a 90 ms frame; the others by 16 ms ones.
        assert_eq!(frames_skipped(&keys, 16.7), (90.0, 1));
    }
}
