//! Near-duplicate detection: word shingles, MinHash signatures bucketed by
//! bands (LSH), then exact Jaccard on the candidate pairs. Language-independent
//! and deterministic. [`duplicates`] works within one set of texts (the build);
//! [`matches_in`] compares a few new texts with many existing ones (files a
//! reader adds) and decides each pair the same way.

use crate::hash::{fnv1a_from as fnv, FNV_START};
use crate::par::{self, Threads};
use crate::text::for_each_token;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Jaccard similarity of shingle sets at or above which two texts are the same story.
pub const THRESHOLD: f64 = 0.5;
const BANDS: usize = 20;
const ROWS: usize = 4;

/// A set of shingle hashes. They are FNV hashes already, so the table uses
/// them as they are instead of hashing them again (the set's contents, and so
/// every result, are the same with any hasher).
pub type Shingles = HashSet<u64, BuildHasherDefault<PassThrough>>;

/// The [`Hasher`] of [`Shingles`]: a `u64` key is its own hash.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0, bytes);
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of `words` joined by single spaces, without building the string.
fn hash_words<'a>(mut words: impl Iterator<Item = &'a str>) -> u64 {
    let first = fnv(FNV_START, words.next().unwrap_or("").as_bytes());
    words.fold(first, |h, w| fnv(fnv(h, b" "), w.as_bytes()))
}

/// Hashed word shingles of `words` (folded words of a text).
pub fn shingles(words: &[String]) -> Shingles {
    if words.is_empty() {
        return Shingles::default();
    }
    let n = SHINGLE.min(words.len());
    words
        .windows(n)
        .map(|w| hash_words(w.iter().map(String::as_str)))
        .collect()
}

/// [`shingles`] of the folded words of `text` (as [`super::article::words`] gives
/// them), streaming: no `String` per word.
pub fn text_shingles(text: &str) -> Shingles {
    let mut out = Shingles::default();
    // The last SHINGLE words, word `k` in slot `k % SHINGLE`.
    let mut ring: [String; SHINGLE] = Default::default();
    let mut n = 0;
    for_each_token(text, |term, _, _| {
        let slot = &mut ring[n % SHINGLE];
        slot.clear();
        slot.push_str(term);
        n += 1;
        if n >= SHINGLE {
            out.insert(hash_words((n - SHINGLE..n).map(|k| ring[k % SHINGLE].as_str())));
        }
        true
    });
    if (1..SHINGLE).contains(&n) {
        out.insert(hash_words(ring[..n].iter().map(String::as_str)));
    }
    out
}

/// Jaccard similarity of two shingle sets.
pub fn jaccard(a: &Shingles, b: &Shingles) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.intersection(b).count();
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// The set's MinHash signature: for each of the `BANDS * ROWS` hash
/// functions `h ↦ mix(h ^ mix(k + 1))`, the least value over the set. One pass
/// over the set with every function's seed made once (a pass per function,
/// each seed made per shingle, was a twentieth of a 10k build).
fn signature(set: &Shingles) -> Vec<u64> {
    let seeds: Vec<u64> = (1..=(BANDS * ROWS) as u64).map(mix).collect();
    let mut least = vec![u64::MAX; BANDS * ROWS];
    for &h in set {
        for (m, &seed) in least.iter_mut().zip(&seeds) {
            *m = (*m).min(mix(h ^ seed));
        }
    }
    least
}

/// The LSH bucket key of each band of a set's signature: two sets are candidates
/// when they share a key in the same band.
fn band_keys(set: &Shingles) -> Vec<u64> {
    signature(set)
        .chunks(ROWS)
        .map(|band| band.iter().fold(0u64, |h, &x| mix(h ^ x)))
        .collect()
}

/// An order-free fingerprint of a set, to find identical sets without
/// comparing every pair (equal sets have equal prints; equal prints are checked).
fn fingerprint(set: &Shingles) -> u64 {
    set.iter()
        .fold(set.len() as u64, |acc, &h| acc.wrapping_add(mix(h)))
}

/// For each set, the first (lowest index) set identical to it, itself when none
/// is, so that identical texts are compared once: 4,000 copies of one page made
/// 8 million pairs (115 s, 434 MB) and now make none. Empty sets stay alone.
fn first_identical(sets: &[Shingles]) -> Vec<usize> {
    let mut firsts: HashMap<u64, Vec<usize>> = HashMap::new();
    (0..sets.len())
        .map(|i| {
            if sets[i].is_empty() {
                return i;
            }
            let candidates = firsts.entry(fingerprint(&sets[i])).or_default();
            crate::steps::count(candidates.len() as u64);
            match candidates.iter().find(|&&r| sets[r] == sets[i]) {
                Some(&r) => r,
                None => {
                    candidates.push(i);
                    i
                }
            }
        })
        .collect()
}

/// For texts given in id order (as word lists), the index of the text each one duplicates:
/// the first text (lowest index) of its group of near-duplicates.
///
/// Identical texts are grouped first ([`first_identical`]); then, in each LSH
/// bucket, a text is compared with the other groups of near-duplicates met in
/// that bucket, one member at a time until one matches, and never with a text it
/// is already grouped with. Only pairs that cannot change the groups are
/// skipped, so the result is that of comparing every pair sharing a bucket.
pub fn duplicates(texts: &[Vec<String>]) -> Vec<Option<usize>> {
    let sets: Vec<Shingles> = texts.iter().map(|w| shingles(w)).collect();
    duplicates_of_sets(&sets, Threads::ONE)
}

/// [`duplicates`] of texts given as their [`shingles`], the MinHash
/// signatures (80 hashes of every shingle: most of the pass's time) computed
/// on `threads`; the same answer for any number of threads.
pub fn duplicates_of_sets(sets: &[Shingles], threads: Threads) -> Vec<Option<usize>> {
    let identical = first_identical(sets);
    let signed: Vec<usize> = (0..sets.len())
        .filter(|&i| !sets[i].is_empty() && identical[i] == i)
        .collect();
    let keys = par::map(threads, &signed, |&i| band_keys(&sets[i]));
    let mut buckets: BTreeMap<(usize, u64), Vec<usize>> = BTreeMap::new();
    for (&i, keys) in signed.iter().zip(keys) {
        for (b, key) in keys.into_iter().enumerate() {
            buckets.entry((b, key)).or_default().push(i);
        }
    }
    // union-find whose root is always the lowest index
    let mut parent: Vec<usize> = (0..sets.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    fn union(p: &mut [usize], i: usize, j: usize) {
        let (ri, rj) = (root(p, i), root(p, j));
        p[ri.max(rj)] = ri.min(rj);
    }
    for (i, &first) in identical.iter().enumerate() {
        union(&mut parent, i, first);
    }
    let mut checked = HashSet::new();
    for members in buckets.values() {
        // The bucket's members met so far, by group of near-duplicates.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for &j in members {
            let mut mine: Option<usize> = None;
            for g in 0..groups.len() {
                let Some(&first) = groups[g].first() else { continue };
                crate::steps::count(1);
                let joined = root(&mut parent, first) == root(&mut parent, j)
                    || groups[g].iter().any(|&i| {
                        crate::steps::count(1);
                        checked.insert((i, j)) && jaccard(&sets[i], &sets[j]) >= THRESHOLD
                    });
                if !joined {
                    continue;
                }
                union(&mut parent, first, j);
                match mine {
                    None => {
                        groups[g].push(j);
                        mine = Some(g);
                    }
                    Some(m) => {
                        let moved = std::mem::take(&mut groups[g]);
                        groups[m].extend(moved);
                    }
                }
            }
            match mine {
                None => groups.push(vec![j]),
                // Groups merged into this one are left empty: drop them.
                Some(_) => groups.retain(|g| !g.is_empty()),
            }
        }
    }
    (0..sets.len())
        .map(|i| Some(root(&mut parent, i)).filter(|&r| r != i))
        .collect()
}

/// For each of `new` (shingle sets of texts, see [`text_shingles`]), the
/// positions in `existing` of the texts it near-duplicates, in increasing order;
/// each pair is decided as [`duplicates`] decides it (a shared band key and
/// Jaccard at or above [`THRESHOLD`]). `existing` is read once, and only texts
/// that pass the Jaccard test get a MinHash signature, so checking a few new
/// texts against a large corpus costs about one pass over its words.
pub fn matches_in<I>(existing: I, new: &[Shingles]) -> Vec<Vec<usize>>
where
    I: IntoIterator<Item = Shingles>,
{
    // Identical new texts (8,000 copies in one zip) are looked up once.
    let identical = first_identical(new);
    let distinct: Vec<usize> = (0..new.len()).filter(|&i| identical[i] == i).collect();
    let sets: Vec<Shingles> = distinct.iter().map(|&i| new[i].clone()).collect();
    let found = matches_of_distinct(existing, &sets);
    let mut slot = vec![0; new.len()];
    for (k, &i) in distinct.iter().enumerate() {
        slot[i] = k;
    }
    (0..new.len())
        .map(|i| found[slot[identical[i]]].clone())
        .collect()
}

/// [`matches_in`] for sets that are all different.
fn matches_of_distinct<I>(existing: I, new: &[Shingles]) -> Vec<Vec<usize>>
where
    I: IntoIterator<Item = Shingles>,
{
    let keys: Vec<Vec<u64>> = new.iter().map(band_keys).collect();
    let mut owners: HashMap<u64, Vec<usize>, BuildHasherDefault<PassThrough>> = HashMap::default();
    for (i, set) in new.iter().enumerate() {
        for &h in set {
            owners.entry(h).or_default().push(i);
        }
    }
    let mut out = vec![Vec::new(); new.len()];
    // Shingles each new text shares with the current existing one.
    let mut shared = vec![0usize; new.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (e, set) in existing.into_iter().enumerate() {
        for h in &set {
            for &i in owners.get(h).into_iter().flatten() {
                crate::steps::count(1);
                if shared[i] == 0 {
                    touched.push(i);
                }
                shared[i] += 1;
            }
        }
        let mut e_keys: Option<Vec<u64>> = None;
        for i in touched.drain(..) {
            let inter = std::mem::take(&mut shared[i]);
            // The same arithmetic as `jaccard`, so borderline pairs go the same way.
            let j = inter as f64 / (new[i].len() + set.len() - inter) as f64;
            if j >= THRESHOLD {
                let ek = e_keys.get_or_insert_with(|| band_keys(&set));
                if ek.iter().zip(&keys[i]).any(|(a, b)| a == b) {
                    out[i].push(e);
                }
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "dedup_tests.rs"]
mod tests;
