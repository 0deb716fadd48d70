//! Running a view: its ranked matches (or the parts to fetch first), then
//! the page a reader sees, with the cards it waits for and its snippets.

use super::engine::{Engine, DEFAULT_PAGE_SIZE};
use super::eval::Unit;
use super::facets::NO_SOURCE;
use super::grouping;
use super::highlighter::Highlighter;
use super::parts::Need;
use super::query::parse_query;
use super::rank::Ranked;
use super::results::{Hit, SearchResults};
use crate::view::ViewState;

impl Engine<'_> {
    /// Runs `state` and returns the first [`DEFAULT_PAGE_SIZE`] hits.
    pub fn run(&self, state: &ViewState) -> SearchResults {
        self.run_page(state, 0, DEFAULT_PAGE_SIZE)
    }

    /// Runs `state` and returns hits `offset..offset + limit` (with snippets).
    pub fn run_page(&self, state: &ViewState, offset: usize, limit: usize) -> SearchResults {
        self.run_page_reaching(state, offset, limit, limit)
    }

    /// Like [`Engine::run_page`], but only the page's first `reach` entries
    /// (the cards a reader can see) wait for their cards: the hits go on past
    /// them while cards are loaded and stop at the first entry whose cards are
    /// not; the chunks the rest wait for are in [`SearchResults::unlisted_cards`].
    /// At 100k a key's twenty hits touched about twenty card chunks, the list
    /// on screen half as many.
    pub fn run_page_reaching(
        &self,
        state: &ViewState,
        offset: usize,
        limit: usize,
        reach: usize,
    ) -> SearchResults {
        let query = parse_query(&state.q);
        let units = self.resolve(&query.parts);
        self.corrections.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let ranked = match self.rank_reusing(state, &units) {
            Ok(ranked) => ranked,
            // Not an answer yet: the caller fetches these and runs again.
            Err((pending, sort)) => return SearchResults::waiting(pending, sort, query.problems),
        };
        let Ranked {
            matches,
            score,
            facets,
            sort,
            unfiltered,
        } = &*ranked;
        let sort = *sort;
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();

        // 4. The page, with snippets.
        let corrected = self.corrections.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut hl = Highlighter::new(self, &positives, false);
        let mut hl_title = Highlighter::new(self, &positives, true);
        hl.add_corrections(self, &corrected);
        hl_title.add_corrections(self, &corrected);
        let mut pending_snippets = Vec::new();
        let entries = if state.ungrouped {
            grouping::ungrouped(matches)
        } else {
            grouping::group(matches, &self.story_roots)
        };
        let page = || entries.iter().skip(offset).take(limit);
        // The cards each entry of the page lacks: its own and, expanded, its story's.
        let lacking: Vec<Vec<Need>> = page()
            .map(|entry| {
                let mut cards = Vec::new();
                for &d in entry.members {
                    if let Err(need) = self.article(d as usize) {
                        if !cards.contains(&need) {
                            cards.push(need);
                        }
                    }
                }
                cards
            })
            .collect();
        // A view whose cards in reach are not all in waits for them as for
        // its postings.
        let mut cards = Vec::new();
        for &need in lacking.iter().take(reach).flatten() {
            if !cards.contains(&need) {
                cards.push(need);
            }
        }
        if !cards.is_empty() {
            // The snippets' texts are named too, so they are fetched beside
            // the cards: a round trip less before the page is whole.
            let mut texts = Vec::new();
            for entry in page().take(reach) {
                if let Err(need) = self.snippet_text(hl.is_empty(), entry.doc as usize) {
                    if !texts.contains(&need) {
                        texts.push(need);
                    }
                }
            }
            return SearchResults {
                pending_snippets: texts,
                ..SearchResults::waiting(cards, sort, query.problems)
            };
        }
        let listed = lacking.iter().take_while(|lacks| lacks.is_empty()).count();
        let (mut unlisted_cards, mut unlisted_texts) = (Vec::new(), Vec::new());
        for (at, (lacks, entry)) in lacking.iter().zip(page()).enumerate().skip(listed) {
            for &need in lacks {
                if unlisted_cards.iter().all(|&(_, n)| n != need) {
                    unlisted_cards.push((at, need));
                }
            }
            if let Err(need) = self.snippet_text(hl.is_empty(), entry.doc as usize) {
                if unlisted_texts.iter().all(|&(_, n)| n != need) {
                    unlisted_texts.push((at, need));
                }
            }
        }
        let hits = page()
            .take(listed)
            .map(|entry| {
                let d = entry.doc;
                let a = self.article(d as usize).expect("every card checked above");
                let article = |d: u32| self.article(d as usize).expect("every card checked above");
                Hit {
                    doc: d as usize,
                    id: a.id.clone(),
                    score: score[d as usize],
                    snippet: self.snippet_or_need(&hl, d as usize, &mut pending_snippets),
                    title_highlights: hl_title.ranges(&a.title, &a.lang),
                    story: grouping::story_info(
                        entry,
                        |d| article(d).id.clone(),
                        |d| Some(self.index.outlet_of(d as usize)).filter(|&s| s != NO_SOURCE),
                        |d| article(d).lang.clone(),
                    ),
                }
            })
            .collect();
        SearchResults {
            total: matches.len(),
            entries: entries.len(),
            hits,
            facets: facets.clone(),
            sort,
            unfiltered_total: *unfiltered,
            query_problems: query.problems,
            pending: Vec::new(),
            pending_snippets,
            unlisted_cards,
            unlisted_texts,
            corrections: std::mem::take(&mut *self.corrections.lock().unwrap_or_else(|e| e.into_inner())),
        }
    }

    /// Positions in the corpus of every article matching `state`, in display
    /// order (no snippets: for exports), or the parts to fetch first.
    pub fn matching(&self, state: &ViewState) -> Result<Vec<usize>, Vec<Need>> {
        let units = self.resolve(&parse_query(&state.q).parts);
        self.rank_reusing(state, &units)
            .map(|r| r.matches.iter().map(|&d| d as usize).collect())
            .map_err(|(pending, _)| pending)
    }
}
