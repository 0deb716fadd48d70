//! The pairs of articles worth scoring, without comparing every pair: an index
//! from each entity to the dated articles naming it, in date order, where each
//! article meets only the ones shortly before it. A pair is a candidate when it
//! meets under an entity: [`super::score::score`] then asks for
//! [`super::score::MIN_SHARED_ENTITIES`] (or one and the same figures).

use super::features::Features;
use super::score::{gap, WINDOW_DAYS};
use std::collections::HashMap;

/// The longest span a date with a known month covers, less one (31 days).
const LONGEST_SPAN: i64 = 30;

/// Articles of one entity an article looks back at, at most. It bounds the
/// work when hundreds of articles name one entity in one week (every article
/// of an Algeria dossier names Algeria): a pair is missed only if more than
/// this many articles naming *each* of their shared entities lie between them,
/// and they are then usually linked through those articles anyway.
pub const LOOK_BACK: usize = 64;

/// Candidate pairs `(i, j)`, `i < j`, in increasing order: dated articles at
/// most [`WINDOW_DAYS`] apart sharing an entity (up to the [`LOOK_BACK`] bound). Work is linear in the entity
/// mentions times [`LOOK_BACK`].
pub fn candidate_pairs(features: &[Features]) -> Vec<(u32, u32)> {
    let mut postings: HashMap<u32, Vec<(i64, u32)>> = HashMap::new();
    for (i, f) in features.iter().enumerate() {
        let Some((first, _)) = f.days else { continue };
        for &(e, _) in &f.entities {
            crate::steps::count(1);
            postings.entry(e).or_default().push((first, i as u32));
        }
    }
    let mut pairs: std::collections::HashSet<(u32, u32)> = std::collections::HashSet::new();
    for list in postings.values_mut() {
        list.sort_unstable();
        for (p, &(start, j)) in list.iter().enumerate() {
            for &(other_start, i) in list[..p].iter().rev().take(LOOK_BACK) {
                crate::steps::count(1);
                if start - other_start > WINDOW_DAYS + LONGEST_SPAN {
                    break;
                }
                let close = gap(features[i as usize].days, features[j as usize].days)
                    .is_some_and(|g| g <= WINDOW_DAYS);
                if close {
                    pairs.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    let mut pairs: Vec<(u32, u32)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    pairs
}
