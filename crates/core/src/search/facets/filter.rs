//! A view's filters on one article: which of them it passes. Facet counts
//! (each under every filter but its own) and the trends (each series under
//! every filter but its kind's) read the same answer, so they cannot disagree.

use super::names::NO_SOURCE;
use super::{Columns, Index};
use crate::model::Origin;
use crate::view::ViewState;

/// Positions in [`Pass`]: one per filter.
pub(crate) const LANG: usize = 0;
pub(crate) const TOPIC: usize = 1;
pub(crate) const ORIGIN: usize = 2;
pub(crate) const SOURCE: usize = 3;
pub(crate) const ENTITY: usize = 4;
pub(crate) const DATE: usize = 5;

/// Which filters of the view one article fails, one bit per position: a
/// mask, so that each of a facet count's seven "every filter but one" tests
/// is one AND (they run for every matching article, 100,000 at a time).
pub(crate) struct Pass(u8);

impl Pass {
    /// Whether it passes every filter except the one at `skip` (`usize::MAX`: all).
    pub(crate) fn all_but(&self, skip: usize) -> bool {
        let skipped = if skip < 8 { 1u8 << skip } else { 0 };
        self.0 & !skipped == 0
    }

    /// The filters it fails, one bit per position.
    pub(crate) fn failed(&self) -> u8 {
        self.0
    }
}

/// A view's filters, with each facet's selected values looked up once.
pub(crate) struct ViewFilter<'v> {
    state: &'v ViewState,
    lang_on: Vec<bool>,
    topic_on: Vec<bool>,
    origin_on: [bool; Origin::ALL.len()],
    source_on: Vec<bool>,
    entity_on: Vec<bool>,
    bounds: Option<(i64, i64)>,
}

impl<'v> ViewFilter<'v> {
    pub(crate) fn new(index: &Index, state: &'v ViewState) -> Self {
        ViewFilter {
            state,
            lang_on: index.langs.iter().map(|l| state.lang.contains(l)).collect(),
            topic_on: index.topics.iter().map(|t| state.topic.contains(t)).collect(),
            origin_on: Origin::ALL.map(|o| state.origin.contains(&o)),
            source_on: index.sources.iter().map(|s| state.source.contains(s)).collect(),
            entity_on: index.entities.iter().map(|e| state.entity.contains(e)).collect(),
            bounds: date_bounds(state),
        }
    }

    /// Article `d` of `index` (its topics, entities and outlet from the
    /// index, its day range from `columns`) against each filter. Written as
    /// one test and one bit per filter: the app's wasm is built for size, and
    /// an array of six answers folded into the mask cost a third of a facet
    /// click's search at 100k there.
    pub(crate) fn pass(&self, index: &Index, columns: &Columns, d: usize) -> Pass {
        let (state, meta) = (self.state, &index.docs[d]);
        let on = |v: &[bool], i: usize| v.get(i).copied().unwrap_or(false);
        let mut failed = 0u8;
        if !state.lang.is_empty() && !on(&self.lang_on, meta.lang as usize) {
            failed |= 1 << LANG;
        }
        if !state.topic.is_empty()
            && !index
                .doc_topics
                .of(d)
                .iter()
                .any(|&t| on(&self.topic_on, t as usize))
        {
            failed |= 1 << TOPIC;
        }
        if !state.origin.is_empty() && !self.origin_on[meta.origin as usize] {
            failed |= 1 << ORIGIN;
        }
        if !state.source.is_empty() {
            let source = index.outlet_of(d);
            if source == NO_SOURCE || !on(&self.source_on, source as usize) {
                failed |= 1 << SOURCE;
            }
        }
        if !state.entity.is_empty()
            && !index
                .doc_entities
                .of(d)
                .iter()
                .any(|&e| on(&self.entity_on, e as usize))
        {
            failed |= 1 << ENTITY;
        }
        if !date_ok(columns.days[d], self.bounds, state.undated) {
            failed |= 1 << DATE;
        }
        Pass(failed)
    }
}

/// The bound range in day ordinals, if any bound is set.
fn date_bounds(state: &ViewState) -> Option<(i64, i64)> {
    if !state.has_date_bound() {
        return None;
    }
    Some((
        state.from.map_or(i64::MIN, |f| f.first_day()),
        state.to.map_or(i64::MAX, |t| t.last_day()),
    ))
}

/// Date rule: an article's possible range `[first_day, last_day]` must overlap
/// the bound range `[from.first_day, to.last_day]`; undated articles pass only
/// without bounds or with `undated=1`.
fn date_ok(days: Option<(i64, i64)>, bounds: Option<(i64, i64)>, keep_undated: bool) -> bool {
    match (days, bounds) {
        (_, None) => true,
        (None, Some(_)) => keep_undated,
        (Some((f, l)), Some((lo, hi))) => f <= hi && l >= lo,
    }
}

#[cfg(test)]
mod tests {
    use super::Pass;

    /// The mask answers for each filter it holds, for every combination of
    /// failed filters and every filter skipped (or none).
    #[test]
    fn a_pass_answers_for_each_filter() {
        for failed in 0u8..64 {
            let pass = Pass(failed);
            for skip in (0..6).chain([usize::MAX]) {
                let want = (0..6).all(|i| failed & (1 << i) == 0 || i == skip);
                assert_eq!(pass.all_but(skip), want, "{failed:06b} but {skip}");
            }
            assert_eq!(pass.failed(), failed);
        }
    }
}
