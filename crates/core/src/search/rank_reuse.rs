//! The last view ranked, kept for the runs of the same view that follow: the
//! run once its page's cards arrive, and each "more" page. At 100k ranking a
//! word (matching, every facet count, the order) is most of a run, and a
//! cold key ran it twice: once to learn which cards the page lacked, once
//! with them in.

use super::engine::Engine;
use super::eval::Unit;
use super::parts::Need;
use super::rank::Ranked;
use super::typo_match::Correction;
use crate::view::{Sort, ViewState};
use std::sync::Arc;

/// A ranking and what identifies its view.
pub(super) struct LastRanked {
    /// The view's fields a ranking depends on (see [`rank_key`]).
    key: ViewState,
    ranked: Arc<Ranked>,
    /// The close spellings the ranking matched (highlighted as the words).
    corrections: Vec<Correction>,
}

/// What of `state` a ranking depends on: the query, the filters and the
/// order; not the open article, the grouping (applied after ranking), the
/// trends or unknown parameters.
fn rank_key(state: &ViewState) -> ViewState {
    ViewState {
        q: state.q.clone(),
        lang: state.lang.clone(),
        topic: state.topic.clone(),
        origin: state.origin.clone(),
        source: state.source.clone(),
        entity: state.entity.clone(),
        from: state.from,
        to: state.to,
        undated: state.undated,
        sort: state.sort,
        ..ViewState::default()
    }
}

impl Engine<'_> {
    /// [`Engine::rank`] of `state`, or the last run's ranking when it ranked
    /// the same view. A ranking is kept only once complete: it lacked no
    /// part, and parts only ever arrive, so no later part can change it (an
    /// engine lives as long as its corpus: adding or removing articles
    /// builds a new one).
    pub(super) fn rank_reusing(
        &self,
        state: &ViewState,
        units: &[(Unit, bool)],
    ) -> Result<Arc<Ranked>, (Vec<Need>, Sort)> {
        let key = rank_key(state);
        let mut last = self.last_ranked.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(l) = last.as_ref().filter(|l| l.key == key) {
            *self.corrections.lock().unwrap_or_else(|e| e.into_inner()) = l.corrections.clone();
            return Ok(l.ranked.clone());
        }
        let ranked = Arc::new(self.rank(state, units)?);
        *last = Some(LastRanked {
            key,
            ranked: ranked.clone(),
            corrections: self.corrections.lock().unwrap_or_else(|e| e.into_inner()).clone(),
        });
        Ok(ranked)
    }
}

#[cfg(test)]
mod tests {
    use crate::bundle::Bundle;
    use crate::search::Engine;
    use crate::synth::bench_corpus;
    use crate::view::ViewState;

    /// Each view, one field away from the one before, run on one engine
    /// twice (the second run, and its next page, from the kept ranking)
    /// answers as a fresh engine does.
    #[test]
    fn a_view_ranked_again_answers_as_a_fresh_engine() {
        let bundle = Bundle::new(bench_corpus(800, 4), Vec::new());
        let engine = Engine::new(&bundle.corpus, &bundle.index);
        let fresh = |state: &ViewState, offset| {
            Engine::new(&bundle.corpus, &bundle.index).run_page(state, offset, 20)
        };
        let views = [
            "q=gas",
            "q=gas&lang=en",
            "q=gas&lang=en&topic=energy",
            "q=gas&lang=en&from=2012",
            "q=gas&lang=en&from=2012&undated=1",
            "q=gas&sort=oldest",
            "q=gas&group=0",
            "q=gas&doc=whatever",
            "q=gas%20pipe",
            "q=lavorv",
            "q=-gas",
            "entity=Sergey%20Lavrov",
            "",
        ];
        let mut answers = Vec::new();
        for view in views {
            let state = ViewState::parse(view).0;
            for offset in [0, 0, 20] {
                let got = engine.run_page(&state, offset, 20);
                assert_eq!(got, fresh(&state, offset), "{view} from {offset}");
                assert!(got.pending.is_empty(), "{view}");
            }
            assert_eq!(
                engine.matching(&state).unwrap().len(),
                fresh(&state, 0).total,
                "{view}"
            );
            answers.push(engine.run(&state));
        }
        // Neighbouring filters change the answer (else a key that left one
        // out would pass), and the close spelling is reported from the kept run.
        for (i, pair) in answers.windows(2).enumerate().take(5) {
            assert_ne!(pair[0], pair[1], "{} and {}", views[i], views[i + 1]);
        }
        assert!(!answers[9].corrections.is_empty(), "lavorv is not corrected");
    }
}
