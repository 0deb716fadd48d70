//! The texts a page's snippets need: each hit's snippet or the body (or lead)
//! chunk it waits for, filling them in as chunks arrive, and which chunks the cards a
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

/// A snippet's text: a body, or the start of one (a lead).
pub(super) enum SnippetText<'t> {
    Body(&'t str),
    Lead(&'t str),
}

impl<'a> Engine<'a> {
    /// The snippet of article `doc`, or an empty one and the chunk its text
    /// is in noted in `pending` (see [`Engine::snippet_text`]).
    pub(super) fn snippet_or_need(&self, hl: &Highlighter, doc: usize, pending: &mut Vec<Need>) -> Snippet {
        match self.snippet_text(hl.is_empty(), doc) {
            Ok(SnippetText::Body(body)) => hl.snippet(body, self.lang(doc)),
            Ok(SnippetText::Lead(text)) => Snippet {
                text: text.to_string(),
                highlights: Vec::new(),
            },
            Err(need) => {
                if !pending.contains(&need) {
                    pending.push(need);
                }
                Snippet::default()
            }
        }
    }

    /// Where article `doc`'s snippet is read from: its body or, for a view
    /// with nothing to mark (`lead_will_do`), the start of it that its lead
    /// chunk holds (the same text: [`super::lead`]) when the body is not
    /// loaded; or the chunk to fetch first.
    pub(super) fn snippet_text(&self, lead_will_do: bool, doc: usize) -> Result<SnippetText<'a>, Need> {
        match (self.body(doc), self.index.leads.as_ref()) {
            (Ok(body), _) => Ok(SnippetText::Body(body)),
            (Err(_), Some(leads)) if lead_will_do => leads.lead(doc).map(SnippetText::Lead),
            (Err(need), _) => Err(need),
        }
    }

    /// Fills in the snippets `results` (of `state`) lacked, once their body
    /// chunks are loaded: cheaper than running the view again. The texts
    /// loaded since are dropped from its `unlisted_texts`.
    pub fn fill_snippets(&self, state: &ViewState, results: &mut SearchResults) {
        // The texts of unlisted entries that came are no longer wanted.
        results.unlisted_texts.retain(|&(_, need)| self.index.lacks(need));
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

    /// The chunks (of bodies, or of leads for a view that searches no words)
    /// the snippets of the first `reach` hits of `results` still need, in
    /// list order: the chunk of each hit without a snippet, as its run noted
    /// it, loaded since or not (a chunk the warm-up brought is named too, so
    /// that whoever fetches learns it is in and fills the snippet). A view
    /// still waiting for its cards has no hits yet: its first `reach` texts
    /// (in list order, one per hit at most) stand for them.
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
            // Its text's chunk is the one of the two its run noted.
            let index = self.index;
            let lead = index.leads.as_ref().and_then(|l| l.holding(hit.doc));
            let body = index.bodies.as_ref().and_then(|b| b.holding(hit.doc));
            let need = [lead, body]
                .into_iter()
                .flatten()
                .find(|n| results.pending_snippets.contains(n));
            if let Some(need) = need.filter(|n| !wanted.contains(n)) {
                wanted.push(need);
            }
        }
        wanted
    }
}
