//! The candidate pairs against a scan of every pair, and the bound on their work.

use super::candidates::candidate_pairs;
use super::features::{features, Features};
use super::score::{score, LINK};
use super::{cluster::cluster, story_roots};
use crate::ingest::load_corpus_dir;
use crate::steps::{assert_linear, counted};
use std::path::Path;

/// Every pair an all-pairs scan links must be a candidate.
fn assert_candidates_cover_links(feats: &[Features]) -> usize {
    let cands: std::collections::HashSet<(u32, u32)> = candidate_pairs(feats).into_iter().collect();
    let mut linked = 0;
    for i in 0..feats.len() {
        for j in i + 1..feats.len() {
            if score(&feats[i], &feats[j]).is_some_and(|s| s >= LINK) {
                linked += 1;
                assert!(
                    cands.contains(&(i as u32, j as u32)),
                    "pair {i}, {j} is linked but no candidate"
                );
            }
        }
    }
    linked
}

#[test]
fn stories_candidates_find_every_linked_pair_of_the_test_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/stories");
    let report = load_corpus_dir(&dir).expect("testdata/stories");
    let feats = features(&report.corpus.articles);
    let linked = assert_candidates_cover_links(&feats);
    assert!(
        linked >= 30,
        "only {linked} linked pairs: the check would prove little"
    );
}

/// Synthetic features: `n` articles within `days` days, each naming 2 to 5 of
/// `pool` entities (weights as a corpus would give), some sharing numbers.
fn synthetic(n: usize, days: i64, pool: u32) -> Vec<Features> {
    let mut rng = crate::synth::Rng::new(n as u64 ^ 0x5eed);
    (0..n)
        .map(|_| {
            let mut entities: Vec<(u32, f32)> = (0..2 + rng.below(4))
                .map(|_| (rng.below(pool as usize) as u32, 1.0 + rng.below(3) as f32))
                .collect();
            entities.sort_unstable_by_key(|e| e.0);
            entities.dedup_by_key(|e| e.0);
            let day = rng.below(days as usize) as i64;
            let month = rng.chance(10);
            Features {
                entities,
                numbers: vec![(rng.below(4) as u64, 1.0)],
                terms: vec![(rng.below(6) as u64, 1.0), (6 + rng.below(6) as u64, 1.0)],
                lang: rng.below(2) as u64,
                days: Some(if month {
                    (day - day % 30, day - day % 30 + 29)
                } else {
                    (day, day)
                }),
            }
        })
        .collect()
}

#[test]
fn stories_candidates_find_every_linked_pair_of_a_synthetic_week() {
    // 300 articles over 60 days naming 3 of 40 entities: no entity has more
    // than the look-back's worth of articles in a window, so nothing is missed.
    let feats = synthetic(300, 60, 40);
    let linked = assert_candidates_cover_links(&feats);
    assert!(linked >= 50, "only {linked} linked pairs");
}

#[test]
fn stories_work_stays_linear_when_every_article_falls_in_one_week() {
    // The worst case for an entity index: every article in the same week
    // naming a few of the same ten entities.
    assert_linear("candidate pairs", 500, |n| {
        counted(|| candidate_pairs(&synthetic(n, 7, 10))).1
    });
    assert_linear("clustering", 500, |n| {
        let feats = synthetic(n, 7, 10);
        let links: Vec<(u32, u32, f32)> = candidate_pairs(&feats)
            .into_iter()
            .filter_map(|(i, j)| Some((i, j, score(&feats[i as usize], &feats[j as usize])?)))
            .collect();
        let days: Vec<Option<i64>> = feats.iter().map(|f| f.days.map(|d| d.0)).collect();
        counted(|| cluster(&days, &links, &[])).1
    });
}

#[test]
fn stories_of_nothing_and_of_one_article() {
    assert!(story_roots(&[]).is_empty());
    let one = crate::synth::bench_corpus(1, 3).articles;
    assert_eq!(story_roots(&one), vec![0]);
}
