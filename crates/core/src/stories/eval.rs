//! Measuring a grouping against an editor's: pairwise precision and recall
//! (of the pairs of articles put in one story, how many the editor also put
//! together, and of the editor's pairs, how many were found). For the test
//! set's test and the benchmark report; `expected.toml` is read by them.

use serde::Deserialize;
use std::collections::BTreeSet;

/// An editor's stories, as `expected.toml` lists them.
#[derive(Debug, Deserialize)]
struct Expected {
    story: Vec<ExpectedStory>,
}

#[derive(Debug, Deserialize)]
struct ExpectedStory {
    #[allow(dead_code)]
    name: String,
    members: Vec<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

/// The stories (lists of article ids) of an `expected.toml` text.
pub fn parse_expected(text: &str) -> Result<Vec<Vec<String>>, String> {
    toml::from_str::<Expected>(text)
        .map(|e| e.story.into_iter().map(|s| s.members).collect())
        .map_err(|e| format!("expected.toml: {e}"))
}

/// Pairwise agreement of a grouping with the editor's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairScore {
    pub precision: f64,
    pub recall: f64,
    /// Pairs the editor put in one story.
    pub expected: usize,
    /// Pairs the grouping put in one story.
    pub found: usize,
    /// Pairs both did.
    pub right: usize,
}

/// Unordered pairs of ids in one group, over every group.
pub fn pairs<S: AsRef<str>>(groups: &[Vec<S>]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for g in groups {
        for (k, a) in g.iter().enumerate() {
            for b in &g[k + 1..] {
                let (a, b) = (a.as_ref(), b.as_ref());
                out.insert((a.min(b).to_string(), a.max(b).to_string()));
            }
        }
    }
    out
}

/// How `found` agrees with `truth`, pair by pair (1 when a side has no pairs).
pub fn pairwise<S: AsRef<str>, T: AsRef<str>>(found: &[Vec<S>], truth: &[Vec<T>]) -> PairScore {
    let (f, t) = (pairs(found), pairs(truth));
    let right = f.intersection(&t).count();
    let ratio = |n: usize| if n == 0 { 1.0 } else { right as f64 / n as f64 };
    PairScore {
        precision: ratio(f.len()),
        recall: ratio(t.len()),
        expected: t.len(),
        found: f.len(),
        right,
    }
}
