//! Near-duplicate detection: word shingles, MinHash signatures bucketed by
//! bands (LSH), then exact Jaccard on the candidate pairs. Language-independent
//! and deterministic.

use std::collections::{BTreeMap, HashSet};

/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Jaccard similarity of shingle sets at or above which two texts are the same story.
pub const THRESHOLD: f64 = 0.5;
const BANDS: usize = 20;
const ROWS: usize = 4;

/// FNV-1a: a stable hash, identical on every platform and run.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Hashed word shingles of `words` (folded words of a text).
pub fn shingles(words: &[String]) -> HashSet<u64> {
    if words.is_empty() {
        return HashSet::new();
    }
    let n = SHINGLE.min(words.len());
    words.windows(n).map(|w| fnv(w.join(" ").as_bytes())).collect()
}

/// Jaccard similarity of two shingle sets.
pub fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.intersection(b).count();
    inter as f64 / (a.len() + b.len() - inter) as f64
}

fn signature(set: &HashSet<u64>) -> Vec<u64> {
    (0..BANDS * ROWS)
        .map(|k| {
            set.iter()
                .map(|&h| mix(h ^ mix(k as u64 + 1)))
                .min()
                .unwrap_or(u64::MAX)
        })
        .collect()
}

/// For texts given in id order (as word lists), the index of the text each one duplicates:
/// the first text (lowest index) of its group of near-duplicates.
pub fn duplicates(texts: &[Vec<String>]) -> Vec<Option<usize>> {
    let sets: Vec<HashSet<u64>> = texts.iter().map(|w| shingles(w)).collect();
    let sigs: Vec<Vec<u64>> = sets.iter().map(signature).collect();
    let mut buckets: BTreeMap<(usize, u64), Vec<usize>> = BTreeMap::new();
    for (i, sig) in sigs.iter().enumerate() {
        if sets[i].is_empty() {
            continue;
        }
        for b in 0..BANDS {
            let key = sig[b * ROWS..(b + 1) * ROWS]
                .iter()
                .fold(0u64, |h, &x| mix(h ^ x));
            buckets.entry((b, key)).or_default().push(i);
        }
    }
    // union-find whose root is always the lowest index
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut checked = HashSet::new();
    for members in buckets.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if checked.insert((i, j)) && jaccard(&sets[i], &sets[j]) >= THRESHOLD {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
    }
    (0..texts.len())
        .map(|i| Some(root(&mut parent, i)).filter(|&r| r != i))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn same_story_in_any_script_is_flagged_and_points_to_the_first() {
        let base = "الجزائر وروسيا تعززان التعاون العسكري في اجتماع عقد في العاصمة يوم الثلاثاء بحضور وزيري الخارجية والدفاع";
        let edited = format!("{base} وأكد الطرفان");
        let other =
            "Россия и Алжир обсудили поставки газа в Европу и новые контракты на строительство трубопровода";
        let texts = vec![words(base), words(other), words(&edited), words(base)];
        assert_eq!(duplicates(&texts), vec![None, None, Some(0), Some(0)]);
    }

    #[test]
    fn different_stories_and_empty_texts_are_not_duplicates() {
        let a = "the ministers met in algiers to discuss gas exports and military cooperation between both countries";
        let b =
            "the ministers met in moscow to discuss wheat imports and a new trade agreement for next year";
        assert_eq!(
            duplicates(&[words(a), words(b), vec![], vec![]]),
            vec![None, None, None, None]
        );
    }
}
