//! How strongly two articles look like reports of one event: a weighted
//! overlap of their entities, numbers and (within one language) key terms,
//! and the gap between their dates.

use super::features::Features;

/// Days two dates may lie apart and still be one event's reports (a visit
/// reported on the day, the next morning's papers, a weekly's wrap-up).
pub const WINDOW_DAYS: i64 = 3;
/// Entities two reports of one event share at least (people, places,
/// organisations: who met whom where)...
pub const MIN_SHARED_ENTITIES: usize = 2;
/// ...unless they share one and state the same figures: at least this many
/// numbers, with a number overlap of at least [`SAME_FIGURES`] (a wire's
/// "500,000 tonnes at $258" retold by a paper that names only the buyer).
pub const MIN_SHARED_NUMBERS: usize = 2;
/// The number overlap that counts as the same figures.
pub const SAME_FIGURES: f32 = 0.5;
/// Score at or above which two reports are linked.
pub const LINK: f32 = 0.36;

/// Weight of the number overlap against the entities' (1) and the terms'
/// (1), within one language...
const NUMBERS_WEIGHT: f32 = 0.5;
/// ...and across languages, where numbers are the one evidence besides the
/// entities: a commentary naming the same people as a report but none of its
/// figures is then told apart from another telling of the report.
const NUMBERS_WEIGHT_ACROSS: f32 = 1.0;

/// Days between two date spans (0 when they overlap); `None` when either is
/// unknown.
pub fn gap(a: Option<(i64, i64)>, b: Option<(i64, i64)>) -> Option<i64> {
    let ((a0, a1), (b0, b1)) = (a?, b?);
    Some((b0 - a1).max(a0 - b1).max(0))
}

/// Weighted Dice overlap of two key-sorted sets (0 when both are empty), and
/// how many keys they share.
fn dice<K: Ord + Copy>(a: &[(K, f32)], b: &[(K, f32)]) -> (f32, usize) {
    let (mut i, mut j, mut shared, mut n) = (0, 0, 0.0, 0);
    while i < a.len() && j < b.len() {
        crate::steps::count(1);
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a[i].1.min(b[j].1);
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let total: f32 = a.iter().chain(b).map(|x| x.1).sum();
    let score = if total > 0.0 { 2.0 * shared / total } else { 0.0 };
    (score, n)
}

/// The pair's score in 0..=1, or `None` when it cannot be one event: dates
/// unknown or more than [`WINDOW_DAYS`] apart, fewer than
/// [`MIN_SHARED_ENTITIES`] entities in common (or one and the same figures).
///
/// The score averages the entity overlap, the key-term overlap when both are
/// in one language (words never match across languages, so a French and an
/// Arabic telling are judged on entities and numbers rather than penalised
/// for their words) and the number overlap when either states numbers (0
/// when only one does).
pub fn score(a: &Features, b: &Features) -> Option<f32> {
    if gap(a.days, b.days)? > WINDOW_DAYS {
        return None;
    }
    let (entities, shared) = dice(&a.entities, &b.entities);
    let (numbers, shared_numbers) = dice(&a.numbers, &b.numbers);
    let same_figures = shared_numbers >= MIN_SHARED_NUMBERS && numbers >= SAME_FIGURES;
    if shared < MIN_SHARED_ENTITIES && !(shared >= 1 && same_figures) {
        return None;
    }
    let (mut sum, mut weights) = (entities, 1.0);
    let same_lang = a.lang == b.lang;
    if same_lang {
        sum += dice(&a.terms, &b.terms).0;
        weights += 1.0;
    }
    if !a.numbers.is_empty() || !b.numbers.is_empty() {
        let w = if same_lang {
            NUMBERS_WEIGHT
        } else {
            NUMBERS_WEIGHT_ACROSS
        };
        sum += w * numbers;
        weights += w;
    }
    Some(sum / weights)
}
