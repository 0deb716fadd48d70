//! The texts a page's snippets need: each hit's snippet or the body chunk it
//! waits for, filling them in as chunks arrive, and which chunks the cards a
//! reader can see need first (the list's first `reach` hits), so that a key
//! typed in a large dossier fetches the texts of the cards on screen, not of
//! every card listed (a body chunk is about 25 KB; twenty hits, twenty chunks).

use super::engine::Engine;
use super::eval::Unit;
use super::highlighter::Highlighter;
use super::parts::Need;
use super::query::parse_query;
use super::results::{SearchResults, Snippet};
use crate::view::ViewState;

impl Engine<'_> {
    /// The snippet of article `doc`, or an empty one and its body chunk
    /// noted in `pending`. With nothing to mark, the start of the body that
    /// its card carries will do (the same text: [`super::lead`]).
    pub(super) fn snippet_or_need(&self, hl: &Highlighter, doc: usize, pending: &mut Vec<Need>) -> Snippet {
        let lead = || {
            hl.is_empty()
                .then(|| self.index.cards.as_ref()?.lead(doc).ok())
                .flatten()
        };
        match self.body(doc) {
            Ok(body) => hl.snippet(body, self.lang(doc)),
            Err(need) => {
                if let Some(text) = lead() {
                    return Snippet {
                        text: text.to_string(),
                        highlights: Vec::new(),
                    };
                }
                if !pending.contains(&need) {
                    pending.push(need);
                }
                Snippet::default()
            }
        }
    }

    /// Fills in the snippets `results` (of `state`) lacked, once their body
    /// chunks are loaded: cheaper than running the view again.
    pub fn fill_snippets(&self, state: &ViewState, results: &mut SearchResults) {
        if results.pending_snippets.is_empty() {
            return;
        }
        let units = self.resolve(&parse_query(&state.q).parts);
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
        let mut hl = Highlighter::new(self, &positives, false);
        hl.add_corrections(self, &results.corrections);
        let mut pending = Vec::new();
        for hit in results.hits.iter_mut().filter(|h| h.snippet.text.is_empty()) {
            hit.snippet = self.snippet_or_need(&hl, hit.doc, &mut pending);
        }
        results.pending_snippets = pending;
    }

    /// The body chunks the snippets of the first `reach` hits of `results`
    /// still need, in list order. A view still waiting for its cards has no
    /// hits yet: its first `reach` texts (in list order, one per hit at most)
    /// stand for them.
    pub fn snippet_texts_wanted(&self, results: &SearchResults, reach: usize) -> Vec<Need> {
        if results.hits.is_empty() {
            return results.pending_snippets.iter().take(reach).copied().collect();
        }
        let mut wanted = Vec::new();
        for hit in results
            .hits
            .iter()
            .take(reach)
            .filter(|h| h.snippet.text.is_empty())
        {
            if let Err(need) = self.body(hit.doc) {
                if !wanted.contains(&need) {
                    wanted.push(need);
                }
            }
        }
        wanted
    }
}
