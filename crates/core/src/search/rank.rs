//! Steps 1–3 of a run: which articles match the query and how well, the
//! filters and facets, and the display order.

use super::engine::Engine;
use super::eval::Unit;
use super::facets::{filter_and_count, Facets};
use super::parts::Need;
use crate::view::{Sort, ViewState};

/// A run's matching docs in display order, with every doc's score, the
/// facets and the sort used.
pub(super) struct Ranked {
    pub(super) matches: Vec<u32>,
    pub(super) score: Vec<f32>,
    pub(super) facets: Facets,
    pub(super) sort: Sort,
    /// How many docs the query matched before the filters.
    pub(super) unfiltered: usize,
}

impl Engine<'_> {
    /// Steps 1–3 of a run: query matching and scores, filters and facets,
    /// order; or the parts this lacked (with the sort it would have used).
    pub(super) fn rank(
        &self,
        state: &ViewState,
        units: &[(Unit, bool)],
    ) -> Result<Ranked, (Vec<Need>, Sort)> {
        let positives = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u);
        let any_scores = positives.clone().any(|u| u.scores());
        let sort = state.effective_sort();
        // Nothing to rank by (no query words, or `source:` only): newest first.
        let sort = if sort == Sort::Relevance && !any_scores {
            Sort::Newest
        } else {
            sort
        };
        let (hit, score) = self.match_query(units).map_err(|pending| (pending, sort))?;

        let unfiltered = hit.iter().filter(|&&h| h).count();

        // 2. Filters and disjunctive facets.
        let (mut matches, facets) = filter_and_count(self.index, &self.columns, &hit, state);

        // 3. Order.
        match sort {
            Sort::Relevance => order_by_score(&mut matches, &score, &self.id_rank),
            Sort::Newest | Sort::Oldest => self.order_by_date(&mut matches, sort),
        }
        Ok(Ranked {
            matches,
            score,
            facets,
            sort,
            unfiltered,
        })
    }

    /// Step 1: which docs the query matches (all without a query) and their
    /// scores, or the parts it lacked.
    pub(super) fn match_query(&self, units: &[(Unit, bool)]) -> Result<(Vec<bool>, Vec<f32>), Vec<Need>> {
        self.needs.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let n = self.n();
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
        let has_query = !units.is_empty();

        // 1. Query matching and scores.
        let mut score = vec![0f32; n];
        let mut hit = vec![!has_query || positives.is_empty(); n];
        if !positives.is_empty() {
            let mut count = vec![0u16; n];
            for u in &positives {
                for (d, s) in self.eval_unit(u) {
                    count[d as usize] += 1;
                    score[d as usize] += s;
                }
            }
            for d in 0..n {
                hit[d] = count[d] as usize == positives.len();
            }
        }
        for (u, _) in units.iter().filter(|(_, neg)| *neg) {
            for (d, _) in self.eval_unit(u) {
                hit[d as usize] = false;
            }
        }

        let pending = std::mem::take(&mut *self.needs.lock().unwrap_or_else(|e| e.into_inner()));
        if !pending.is_empty() {
            return Err(pending);
        }
        Ok((hit, score))
    }
}

/// Orders `matches` best `score` first, ties by `rank` (the id order), then
/// by article: as a stable sort of matches in index order by
/// `score.total_cmp` then `rank` would, but on one integer key per match, sorted without a comparator. A common
/// word matches half of a 100k dossier; sorting those through a comparator
/// that looks up two arrays per comparison took a tenth of a search.
pub(super) fn order_by_score(matches: &mut [u32], score: &[f32], rank: &[u32]) {
    let mut keyed: Vec<(u64, u32)> = matches
        .iter()
        .map(|&d| {
            let key = (u64::from(!score_order(score[d as usize])) << 32) | u64::from(rank[d as usize]);
            (key, d)
        })
        .collect();
    keyed.sort_unstable();
    for (m, (_, d)) in matches.iter_mut().zip(keyed) {
        *m = d;
    }
}

/// `s` as an integer in the order of `f32::total_cmp` (the same bit trick).
fn score_order(s: f32) -> u32 {
    let bits = s.to_bits() as i32;
    let ordered = bits ^ ((((bits >> 31) as u32) >> 1) as i32);
    (ordered as u32) ^ 0x8000_0000
}

#[cfg(test)]
mod tests {
    use super::order_by_score;

    /// The keyed order equals the comparator's stable sort, over scores
    /// with ties, zeros of both signs, negatives and infinities, ranks with
    /// ties (a damaged id order) and matches in any order.
    #[test]
    fn ordering_by_score_equals_the_stable_comparator_sort() {
        let mut rng = crate::synth::Rng::new(11);
        let mut next = |m: u64| rng.below(m as usize) as u64;
        let values = [
            0.0,
            -0.0,
            1.5,
            1.5,
            2.25,
            -3.0,
            f32::INFINITY,
            f32::NEG_INFINITY,
            7.0e-3,
            12.0,
        ];
        for n in [1usize, 2, 7, 60, 500] {
            let score: Vec<f32> = (0..n)
                .map(|_| values[next(values.len() as u64) as usize])
                .collect();
            let rank: Vec<u32> = (0..n).map(|_| next(n as u64 / 2 + 1) as u32).collect();
            let mut matches: Vec<u32> = (0..n as u32).filter(|_| next(3) > 0).collect();
            if next(2) == 0 {
                matches.reverse();
            }
            let mut want = matches.clone();
            want.sort_by(|&a, &b| {
                score[b as usize]
                    .total_cmp(&score[a as usize])
                    .then(rank[a as usize].cmp(&rank[b as usize]))
                    .then(a.cmp(&b))
            });
            order_by_score(&mut matches, &score, &rank);
            assert_eq!(matches, want, "{n} articles");
        }
    }
}
