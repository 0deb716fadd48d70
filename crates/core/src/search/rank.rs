//! Steps 1–3 of a run: which articles match the query and how well, the
//! filters and facets, and the display order.

use super::engine::Engine;
use super::eval::Unit;
use super::facets::{filter_and_count, Facets};
use super::parts::Need;
use super::sort::sort_indices;
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
        let rank = &self.id_rank;
        match sort {
            Sort::Relevance => sort_indices(&mut matches, &|a, b| {
                score[b as usize]
                    .total_cmp(&score[a as usize])
                    .then(rank[a as usize].cmp(&rank[b as usize]))
            }),
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
