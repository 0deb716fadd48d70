//! What a search returns: hits with snippets, result sets, related articles.

use super::facets::Facets;
use super::parts::Need;
use super::query::QueryProblem;
use super::typo_match::Correction;
use crate::view::Sort;

/// A matching article.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The article's position in the dossier (see [`super::Engine::article`]).
    pub doc: usize,
    /// The article id.
    pub id: String,
    /// BM25F score (0 without a query).
    pub score: f32,
    /// Best passage of the body with the matches in it.
    pub snippet: Snippet,
    /// Byte ranges of matches in the article's title.
    pub title_highlights: Vec<(usize, usize)>,
    /// When this hit stands for several reports of one story: who they are.
    pub story: Option<StoryInfo>,
}

/// The reports of one story a view matches, listed as one hit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StoryInfo {
    /// Their ids, the hit's own first, then in display order.
    pub members: Vec<String>,
    /// Their positions in the corpus, in the same order.
    pub docs: Vec<usize>,
    /// How many distinct outlets published them (articles without one not counted).
    pub outlets: usize,
    /// Their languages, in order of first appearance.
    pub langs: Vec<String>,
}

/// A passage of text with the query's matches in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// Plain text (never HTML); `…` marks where it was cut.
    pub text: String,
    /// Byte ranges into `text`, sorted, not overlapping, on char boundaries.
    pub highlights: Vec<(usize, usize)>,
}

/// What [`super::Engine::run`] returns.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults {
    /// Number of matching articles.
    pub total: usize,
    /// Number of entries the whole list has: one per story (see
    /// [`super::grouping`]) unless the view says `group=0`, so at most `total`.
    pub entries: usize,
    /// The requested page of matches, in display order.
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// The sort actually used.
    pub sort: Sort,
    /// Articles the query matches with no filter at all (language, topic,
    /// dates, origin, source, entity): when filters leave `total` at 0, the
    /// page can say "N articles outside your filters". Equal to `total`
    /// without filters; 0 while `pending` is not empty.
    pub unfiltered_total: usize,
    /// What the query parser could not use as written (an unknown `field:`, a
    /// dangling `OR`, parentheses), for a notice; see [`super::parse_query`].
    pub query_problems: Vec<QueryProblem>,
    /// Parts of a site's index this run lacked (see [`super::parts`]): until
    /// they are loaded and the view runs again, `total`, `hits` and `facets`
    /// may miss articles. Empty when the index has every part.
    pub pending: Vec<Need>,
    /// Body chunks the page's snippets lack: the hits are right, their snippets
    /// empty until these are loaded. While `pending` names the page's cards,
    /// the texts the page will need once they are in (fetched beside them).
    pub pending_snippets: Vec<Need>,
    /// The card chunks the page's entries past `hits` wait for (see
    /// [`super::Engine::run_page_reaching`]): each with the position in the
    /// page of the first entry that needs it, in page order. Empty when every
    /// entry of the page is listed.
    pub unlisted_cards: Vec<(usize, Need)>,
    /// The chunks the snippets of those entries will need (bodies, or leads
    /// for a view that marks no words), each with the first entry needing
    /// it: fetched beside their cards once scrolled to, a round trip less
    /// than waiting for the cards to learn the texts.
    pub unlisted_texts: Vec<(usize, Need)>,
    /// Query words matched through a close spelling, in query order (see
    /// [`super::typo_match`]): "showing results for `corrected`".
    pub corrections: Vec<Correction>,
}

/// An article similar to another one.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Its position in the corpus (its id is on its card: [`super::Engine::article`]).
    pub doc: usize,
    /// Cosine similarity in 0..=1.
    pub score: f32,
}

impl SearchResults {
    /// Not an answer yet: a run that lacked the parts `pending` (the caller
    /// fetches them and runs again), with the query's problems already known.
    pub fn waiting(pending: Vec<Need>, sort: Sort, query_problems: Vec<QueryProblem>) -> SearchResults {
        SearchResults {
            total: 0,
            entries: 0,
            hits: Vec::new(),
            facets: Facets::default(),
            sort,
            unfiltered_total: 0,
            query_problems,
            pending,
            pending_snippets: Vec::new(),
            unlisted_cards: Vec::new(),
            unlisted_texts: Vec::new(),
            corrections: Vec::new(),
        }
    }

    /// The card chunks the first `reach` entries of the page wait for (those
    /// past `hits`, a reader scrolled to), in page order.
    pub fn unlisted_cards_within(&self, reach: usize) -> Vec<Need> {
        within(&self.unlisted_cards, reach)
    }

    /// The text chunks the snippets of the first `reach` entries past `hits`
    /// will need once their cards are in, in page order.
    pub fn unlisted_texts_within(&self, reach: usize) -> Vec<Need> {
        within(&self.unlisted_texts, reach)
    }
}

/// The parts of `unlisted` whose first entry is within `reach`.
fn within(unlisted: &[(usize, Need)], reach: usize) -> Vec<Need> {
    (unlisted.iter())
        .filter(|&&(at, _)| at < reach)
        .map(|&(_, need)| need)
        .collect()
}
