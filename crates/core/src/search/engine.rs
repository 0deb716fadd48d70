//! The engine: built once over a corpus and its index, it runs views (query,
//! filters, order, page: `run.rs`) and fills in their snippets.

use super::aliases::AliasTable;
use super::facets::Columns;
use super::index::Index;
use super::parts::Need;
use super::rank_reuse::LastRanked;
use super::sort::sort_indices;
use crate::model::{Article, Corpus};
use std::sync::{Mutex, OnceLock};

/// Results per page when none is given.
pub const DEFAULT_PAGE_SIZE: usize = 20;

/// Query evaluation and result assembly over a corpus and its index.
///
/// Holds references: the app keeps the corpus and index alive for the page's
/// life (e.g. leaked or in an `Rc` it owns), and builds the engine once.
///
/// Query semantics (decided here):
/// - a query has no language: each word is matched, in an article of language L,
///   by the stem L's stemmer gives it (folded word for languages without one);
/// - a word that is a stop word of L is satisfied by every article of L (stop
///   words are not indexed); so `the gas` finds English articles about gas;
/// - a word or quoted phrase (or a run of words) equal to an alias of a gazetteer
///   entity matches every article mentioning that entity under any alias, in
///   any script, as well as articles containing the words themselves;
/// - a phrase matches where its words' stems occur at consecutive token
///   positions (from the index: no text needed), within the title or within
///   the body; a stop word of the phrase holds its place for any word, as in
///   Lucene's phrase queries;
/// - the word being typed (the last bare word, no space after it) matches as
///   a word and as a prefix of index words and entity aliases; articles it
///   matches only as a prefix score below every article with the word itself;
/// - `a OR b` matches articles either side matches, scores summed;
///   `title:` counts only title occurrences (postings keep them apart);
///   `source:` filters on the article's outlet and scores nothing (a query of
///   `source:` only is ordered newest first);
/// - parts are ANDed; excluded parts remove articles; a query of exclusions only
///   starts from all articles; a query without any word is no query.
pub struct Engine<'a> {
    pub(super) corpus: &'a Corpus,
    pub(super) index: &'a Index,
    pub(super) aliases: AliasTable,
    /// Rank of each doc by id, for stable tie-breaks.
    pub(super) id_rank: Vec<u32>,
    pub(super) docs_by_lang: Vec<Vec<u32>>,
    /// Each doc's dates, and the dossier's count per facet value.
    pub(super) columns: Columns,
    /// Every doc, newest (oldest) first, sorted when first needed (`date_order.rs`).
    pub(super) newest: OnceLock<Vec<u32>>,
    pub(super) oldest: OnceLock<Vec<u32>>,
    /// Each doc's story (its first member's position; see [`crate::model::Stories`]).
    pub(super) story_roots: Vec<u32>,
    /// Parts the current run lacked (a `Mutex` only so that an engine can be
    /// shared as the app's state is: one run at a time).
    pub(super) needs: Mutex<Vec<Need>>,
    /// Words the current run matched through a close spelling.
    pub(super) corrections: Mutex<Vec<super::typo_match::Correction>>,
    /// The last view ranked, for the runs of the same view that follow (`rank_reuse.rs`).
    pub(super) last_ranked: Mutex<Option<LastRanked>>,
}

impl<'a> Engine<'a> {
    /// Prepares an engine; `index` must have been built from `corpus`.
    pub fn new(corpus: &'a Corpus, index: &'a Index) -> Engine<'a> {
        // A site's corpus holds no articles (their cards do); a whole one, all.
        let n = match index.cards {
            Some(_) => index.docs.len(),
            None => index.docs.len().min(corpus.articles.len()),
        };
        let id_rank = match &index.ids {
            // A site's: ids are in id blocks, their order in the first view.
            Some(ids) => match &ids.rank {
                Some(rank) if rank.len() >= n => rank[..n].to_vec(),
                _ => (0..n as u32).collect(),
            },
            None => {
                let mut order: Vec<u32> = (0..n as u32).collect();
                sort_indices(&mut order, &|a, b| {
                    corpus.articles[a as usize]
                        .id
                        .cmp(&corpus.articles[b as usize].id)
                });
                let mut id_rank = vec![0u32; n];
                for (r, &d) in order.iter().enumerate() {
                    id_rank[d as usize] = r as u32;
                }
                id_rank
            }
        };
        let mut docs_by_lang = vec![Vec::new(); index.langs.len()];
        for (d, m) in index.docs.iter().take(n).enumerate() {
            if let Some(v) = docs_by_lang.get_mut(m.lang as usize) {
                v.push(d as u32);
            }
        }
        Engine {
            corpus,
            index,
            aliases: AliasTable::new(corpus),
            id_rank,
            story_roots: corpus.stories.roots(n),
            docs_by_lang,
            columns: Columns::new(index, n),
            newest: OnceLock::new(),
            oldest: OnceLock::new(),
            needs: Mutex::new(Vec::new()),
            corrections: Mutex::new(Vec::new()),
            last_ranked: Mutex::new(None),
        }
    }

    /// The dossier's outlets (canonical names, sorted): what `source=` may name.
    pub fn sources(&self) -> &[String] {
        &self.index.sources
    }

    /// The index this engine reads.
    pub fn index(&self) -> &'a Index {
        self.index
    }

    /// Notes a part the current run lacked.
    pub(super) fn need(&self, need: Need) {
        let mut needs = self.needs.lock().unwrap_or_else(|e| e.into_inner());
        if !needs.contains(&need) {
            needs.push(need);
        }
    }

    /// The article at `doc` whole but for its body (see [`Engine::body`]), or
    /// the card chunk to load first. On a site the corpus holds no articles:
    /// read ids, titles, dates, topics and the rest here.
    pub fn article(&self, doc: usize) -> Result<&'a Article, Need> {
        match &self.index.cards {
            None => Ok(&self.corpus.articles[doc]),
            Some(cards) => cards.article(doc),
        }
    }

    /// The position of the article with id `id` (`None`: there is none), or
    /// the id block to load first.
    pub fn find(&self, id: &str) -> Result<Option<usize>, Need> {
        match &self.index.ids {
            None => Ok(self
                .corpus
                .articles
                .iter()
                .take(self.n())
                .position(|a| a.id == id)),
            Some(ids) => ids.find(id).map(|d| d.filter(|&d| d < self.n())),
        }
    }

    /// The cleaned body of the article at `doc`, or the body chunk to load first.
    pub fn body(&self, doc: usize) -> Result<&'a str, Need> {
        match &self.index.bodies {
            None => Ok(self.corpus.articles[doc].body.as_str()),
            Some(bodies) => bodies.body(doc),
        }
    }

    pub(super) fn n(&self) -> usize {
        self.id_rank.len()
    }

    /// How many articles the dossier has (positions `0..count`).
    pub fn article_count(&self) -> usize {
        self.n()
    }

    /// The language code of the article at `doc` (from the index: no card needed).
    pub(super) fn lang(&self, doc: usize) -> &'a str {
        let index = self.index;
        index
            .docs
            .get(doc)
            .and_then(|m| index.langs.get(m.lang as usize))
            .map_or("", String::as_str)
    }
}
