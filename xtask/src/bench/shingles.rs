//! The article-extraction benchmark's score, ported from its `evaluate.py`:
//! token 4-gram ("shingle") precision, recall and F1 per page, averaged over pages.
//!
//! A port rather than a call to Python so `cargo xtask bench` needs no Python;
//! it is checked by scoring the stored outputs of other extractors, whose
//! published figures (trafilatura 0.958, …) it must reproduce.

use std::collections::HashMap;
use unicode_normalization::char::is_combining_mark;

/// One page's true positives, false positives and false negatives, normalised
/// to sum to 1 so long pages weigh no more than short ones (as `evaluate.py`).
pub type TpFpFn = (f64, f64, f64);

/// Mean precision, mean recall, their F1, and the share of pages whose tokens
/// match exactly ("accuracy" in `evaluate.py`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
}

/// `\w+` as Python's `re` reads it: letters, digits and numbers of any script,
/// and `_`, but not combining marks (which Rust counts as alphabetic).
fn tokens(text: &str) -> Vec<&str> {
    let is_word = |c: char| (c.is_alphanumeric() && !is_combining_mark(c)) || c == '_';
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Counts of every run of 4 tokens; a text shorter than 4 tokens is one shingle
/// of all its tokens, and an empty text has none (as `_ngrams`).
fn shingles(text: &str) -> HashMap<Vec<&str>, u32> {
    const N: usize = 4;
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    for window in tokens.windows(N.min(tokens.len())) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// One page's normalised (tp, fp, fn) of `pred` against `truth`.
pub fn page_score(truth: &str, pred: &str) -> TpFpFn {
    let (t, p) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for key in t.keys().chain(p.keys().filter(|k| !t.contains_key(*k))) {
        let (tc, pc) = (
            f64::from(t.get(key).copied().unwrap_or(0)),
            f64::from(p.get(key).copied().unwrap_or(0)),
        );
        tp += tc.min(pc);
        fp += (pc - tc).max(0.0);
        fn_ += (tc - pc).max(0.0);
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        (tp / sum, fp / sum, fn_ / sum)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// Whether the two texts have exactly the same tokens.
pub fn same_tokens(truth: &str, pred: &str) -> bool {
    tokens(truth) == tokens(pred)
}

fn precision((tp, fp, fn_): TpFpFn) -> f64 {
    match () {
        _ if fp == 0.0 && fn_ == 0.0 => 1.0,
        _ if tp == 0.0 && fp == 0.0 => 0.0,
        _ => tp / (tp + fp),
    }
}

fn recall((tp, fp, fn_): TpFpFn) -> f64 {
    match () {
        _ if fp == 0.0 && fn_ == 0.0 => 1.0,
        _ if tp == 0.0 && fn_ == 0.0 => 0.0,
        _ => tp / (tp + fn_),
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// The score over pages: precision averaged over pages that predicted
/// something, recall over pages that have a true body (as `evaluate.py`).
pub fn score(pages: &[TpFpFn], exact: &[bool]) -> Score {
    let precision = mean(pages.iter().filter(|p| p.0 + p.1 > 0.0).map(|&p| precision(p)));
    let recall = mean(pages.iter().filter(|p| p.0 + p.2 > 0.0).map(|&p| recall(p)));
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let accuracy = mean(exact.iter().map(|&e| if e { 1.0 } else { 0.0 }));
    Score {
        f1,
        precision,
        recall,
        accuracy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs_in_any_script() {
        assert_eq!(
            tokens("Hello, world! it's 2025"),
            ["Hello", "world", "it", "s", "2025"]
        );
        assert_eq!(
            tokens("الجزائر و روسيا — Алжир_и"),
            ["الجزائر", "و", "روسيا", "Алжир_и"]
        );
        // A vowel sign splits an Arabic word, as in Python.
        assert_eq!(tokens("كُتب"), ["ك", "تب"]);
    }

    #[test]
    fn page_scores_count_shingles_like_evaluate_py() {
        // Worked by hand: truth has shingles abcd, bcde; pred has abcd, bcdx:
        // one of each kind, normalised to thirds.
        let third = 1.0 / 3.0;
        assert_eq!(page_score("a b c d e", "a b c d x"), (third, third, third));
        // A shingle repeated: counts, not sets (truth 2× "x y z w", pred once).
        assert_eq!(page_score("x y z w x y z w", "x y z w"), (0.2, 0.0, 0.8));
        assert_eq!(
            page_score("same text here now", "same text here now"),
            (1.0, 0.0, 0.0)
        );
        // Short texts are one shingle of all their tokens.
        assert_eq!(page_score("two words", "two words"), (1.0, 0.0, 0.0));
        assert_eq!(page_score("", "anything at all here"), (0.0, 1.0, 0.0));
        assert_eq!(page_score("", ""), (0.0, 0.0, 0.0));
    }

    #[test]
    fn scores_average_pages_and_skip_empty_sides() {
        let pages = [(1.0, 0.0, 0.0), (0.5, 0.5, 0.0), (0.0, 0.0, 1.0)];
        let s = score(&pages, &[true, false, false]);
        // Precision over pages 1 and 2 (page 3 predicted nothing): (1 + 0.5) / 2.
        assert!((s.precision - 0.75).abs() < 1e-12);
        // Recall over all three: (1 + 1 + 0) / 3.
        assert!((s.recall - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.f1 - 2.0 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0)).abs() < 1e-12);
        assert!((s.accuracy - 1.0 / 3.0).abs() < 1e-12);
    }
}
