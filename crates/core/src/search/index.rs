//! The serialisable inverted index (built by `index_build.rs` at build time) and its look-ups.
//!
//! Layout (postcard, see [`Index::to_bytes`]), made to be split into parts a
//! site fetches on demand (see [`super::parts`]):
//! - `docs`: small per-article metadata (language, topics, date, lengths, norm,
//!   entities, origin), no text: what the first view, filters and facets need;
//! - `blocks`: all terms sorted, cut into blocks of at most [`BLOCK_TERMS`]
//!   terms and about [`BLOCK_POSTINGS`] postings, each with its terms, their
//!   postings and the surface words that stem to them; `term_starts` says which
//!   block holds a term;
//! - `word_blocks`: the sorted folded surface words with the term each stems
//!   to, for `prefix*` queries, cut by `word_starts`;
//! - `typos`: the surface words with the number of articles containing each,
//!   by key letter and length, for close spellings ([`super::typo`]);
//! - `entity_postings`: per gazetteer entity, the articles mentioning it under
//!   any alias, with their mentions up to [`MENTION_CAP`];
//! - `bodies`: where the article texts are when they ship apart from the corpus;
//! - `cards`: where the articles' cards (title, author, topic scores, ...) are
//!   when they ship apart (the corpus then holds no articles), and `ids` where their
//!   ids are.
//!
//! Postings store doc ids as deltas (small varints in postcard) and per-field
//! term frequencies.

use super::facets::NO_SOURCE;
use super::flat::Flat;
use super::parts::{BodyChunks, CardChunks, IdBlocks, Lazy, LeadChunks, Need, PositionBlock, WordBlock};
pub use super::postings::Postings;
use super::typo::TypoIndex;
use crate::model::{Origin, PartialDate};
use serde::{Deserialize, Serialize};

/// Most terms in a block of the term dictionary.
pub const BLOCK_TERMS: usize = 1024;
/// A block closes once its postings reach this many entries, each position
/// counting half (about 48 KB), so that a word's block stays small however
/// large the corpus.
pub const BLOCK_POSTINGS: usize = 16_000;
/// Positions between a title's first token and its body's first token, past
/// the title's own: a phrase (whose stop words hold places) never spans both.
pub const FIELD_GAP: u32 = 16;
/// Surface words per word block.
pub const WORD_BLOCK_WORDS: usize = 2048;
/// Articles analysed between two merges into the postings being built.
pub(super) const ANALYSIS_BATCH: usize = 4096;
/// A title occurrence counts as this many body occurrences (BM25F field weight).
pub const TITLE_WEIGHT: u32 = 3;
/// Mentions of an entity beyond this many count as this many, for scoring
/// and in the entity postings. Counts spread from 1 to dozens cost 2.5 bytes
/// per article gzipped in the first view (250 KB at 100,000 articles); capped
/// at 3 they cost 0.45. BM25 saturates anyway (at k1 = 1.2, three mentions
/// already score three quarters of thirty), and an article that contains the
/// typed name is still scored by its words' full counts in the term postings:
/// the cap only ranks articles that name the entity by another alias.
pub const MENTION_CAP: u32 = 3;
/// Format version, bumped whenever the layout changes.
/// 3: blocks by volume, loaded lazily, with their surface words; word blocks; bodies;
/// token positions.
/// 4: the typo index.
/// 5: postings as varint bytes.
/// 6: a site's positions in blocks of their own ([`Index::positions`]).
pub const INDEX_VERSION: u32 = 6;

/// Per-article metadata kept in the index (no text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    /// Index into [`Index::langs`].
    pub lang: u16,
    pub date: Option<PartialDate>,
    /// Indexed (non-stop-word) tokens in the title and the body.
    pub title_len: u32,
    pub body_len: u32,
    /// Euclidean norm of the article's TF-IDF vector (terms and entities).
    pub norm: f32,
    /// Bundled with the site or added by the reader.
    #[serde(default)]
    pub origin: Origin,
}

/// A run of consecutive terms of the sorted dictionary with their postings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TermBlock {
    pub terms: Vec<String>,
    pub postings: Vec<Postings>,
    /// Per term, the folded surface words of the corpus that stem to it (what
    /// the highlighter marks).
    pub surfaces: Vec<Vec<String>>,
}

/// The search index. See the module documentation for the layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    /// One per article, in corpus order (written as columns: see `doc_columns`).
    #[serde(with = "super::doc_columns")]
    pub docs: Vec<DocMeta>,
    /// Per article (as `docs`), indices into [`Index::topics`], increasing.
    pub doc_topics: Flat<u16>,
    /// Per article, indices into [`Index::entities`] of the entities it
    /// mentions, increasing (a site's first view leaves them out: the entity
    /// postings list the same pairs; see [`crate::first_view`]).
    pub doc_entities: Flat<u32>,
    /// Languages present, sorted.
    pub langs: Vec<String>,
    /// Topic slugs: the taxonomy's, then any other used by an article; sorted.
    pub topics: Vec<String>,
    /// First term and global term id of each block of `blocks`.
    pub term_starts: Vec<(String, u32)>,
    pub blocks: Vec<Lazy<TermBlock>>,
    /// First word of each block of `word_blocks`.
    pub word_starts: Vec<String>,
    /// Sorted `(folded surface word, global term id)`, in blocks.
    pub word_blocks: Vec<Lazy<WordBlock>>,
    /// Surface words by key letter and length, for close spellings.
    pub typos: TypoIndex,
    /// The dossier's outlets: distinct `source` names (trimmed, blank ones
    /// left out), sorted.
    pub sources: Vec<String>,
    /// Per article, its outlet as an index into `sources`, or `u32::MAX` for
    /// none: a site's first view holds outlets so, as a column of numbers
    /// (format 12), rather than a string in an article stub each.
    #[serde(with = "super::doc_columns::outlets")]
    pub source_of: Vec<u32>,
    /// Entity names, in the order of [`crate::model::Corpus::entities`].
    pub entities: Vec<String>,
    pub entity_postings: Vec<Postings>,
    /// Mean of `TITLE_WEIGHT * title_len + body_len`.
    pub avg_len: f32,
    /// Where the article bodies are when not in the corpus (a site's index):
    /// see [`super::parts`]. `None`: the corpus has them.
    pub bodies: Option<BodyChunks>,
    /// Where the articles' cards are when not in the corpus (a site's index).
    /// `None`: the corpus holds whole articles.
    pub cards: Option<CardChunks>,
    /// Where the start of each body is when bodies are not in the corpus
    /// (a site's index; with the bodies, a lead is the body's start).
    pub leads: Option<LeadChunks>,
    /// Where the articles' ids are when not in the corpus (a site's index).
    pub ids: Option<IdBlocks>,
    /// Per term block, its terms' positions when they ship apart from it (a
    /// site's index); empty when the postings hold them.
    pub positions: Vec<Lazy<PositionBlock>>,
}

/// BM25 parameters.
pub(crate) const K1: f32 = 1.2;
pub(crate) const B: f32 = 0.75;

/// Inverse document frequency (BM25, always positive).
pub(crate) fn idf(n: usize, df: usize) -> f32 {
    (1.0 + (n as f32 - df as f32 + 0.5) / (df as f32 + 0.5)).ln()
}

impl Index {
    /// The compact binary form (postcard).
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("an index always serialises")
    }

    /// Reads [`Index::to_bytes`] output.
    pub fn from_bytes(bytes: &[u8]) -> Result<Index, postcard::Error> {
        postcard::from_bytes(bytes)
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        match (self.term_starts.last(), self.blocks.last().and_then(Lazy::get)) {
            (Some((_, first)), Some(last)) => *first as usize + last.terms.len(),
            (Some((_, first)), None) => *first as usize + 1,
            _ => 0,
        }
    }

    /// The block a term would be in, if any block could hold it.
    pub(super) fn block_of_term(&self, term: &str) -> Option<usize> {
        self.term_starts
            .partition_point(|(first, _)| first.as_str() <= term)
            .checked_sub(1)
    }

    /// The index of the block holding term id `id`.
    pub(super) fn block_of_id_index(&self, id: u32) -> usize {
        self.term_starts
            .partition_point(|(_, first)| *first <= id)
            .saturating_sub(1)
    }

    /// The block holding a global term id.
    fn block_of_id(&self, id: u32) -> Result<(&TermBlock, usize), Need> {
        let b = self.block_of_id_index(id);
        let block = self.blocks[b].get().ok_or(Need::Terms(b))?;
        Ok((block, (id - self.term_starts[b].1) as usize))
    }

    /// The postings of a global term id with its positions column (held in
    /// the postings, or in the block's [`PositionBlock`] on a site), or the
    /// part to fetch first.
    pub(super) fn postings_with_positions(&self, id: u32) -> Result<(&Postings, &[u8]), Need> {
        let (block, i) = self.block_of_id(id)?;
        let postings = &block.postings[i];
        if self.positions.is_empty() {
            return Ok((postings, postings.positions_bytes()));
        }
        let b = self.block_of_id_index(id);
        let apart = self.positions[b].get().ok_or(Need::Positions(b))?;
        Ok((postings, apart.positions.get(i).map_or(&[][..], Vec::as_slice)))
    }

    /// The parts a phrase reads for a term of block `b`: the block, and its
    /// positions when they ship apart (asked for together: one round trip).
    pub(super) fn phrase_parts(&self, b: usize) -> impl Iterator<Item = Need> + '_ {
        std::iter::once(Need::Terms(b)).chain((!self.positions.is_empty()).then_some(Need::Positions(b)))
    }

    /// The global id of a (stemmed) term, `Ok(None)` when no article has it, or
    /// the block to fetch first.
    pub fn term_id(&self, term: &str) -> Result<Option<u32>, Need> {
        let Some(b) = self.block_of_term(term) else {
            return Ok(None);
        };
        let block = self.blocks[b].get().ok_or(Need::Terms(b))?;
        Ok(block
            .terms
            .binary_search_by(|t| t.as_str().cmp(term))
            .ok()
            .map(|i| self.term_starts[b].1 + i as u32))
    }

    /// The outlet of article `d`: an index into [`Index::sources`], or
    /// `u32::MAX` when it has none (or there is no article `d`).
    pub fn outlet_of(&self, d: usize) -> u32 {
        self.source_of.get(d).copied().unwrap_or(NO_SOURCE)
    }

    /// The postings of a term id.
    pub fn postings(&self, id: u32) -> Result<&Postings, Need> {
        self.block_of_id(id).map(|(block, i)| &block.postings[i])
    }

    /// The term of a term id.
    pub fn term(&self, id: u32) -> Result<&str, Need> {
        self.block_of_id(id).map(|(block, i)| block.terms[i].as_str())
    }

    /// The surface words that stem to a term id.
    pub fn surfaces(&self, id: u32) -> Result<&[String], Need> {
        self.block_of_id(id)
            .map(|(block, i)| block.surfaces[i].as_slice())
    }

    /// The word blocks that may hold words starting with `folded_prefix`, as
    /// `(first, last)`: from the last one starting before the prefix (a word
    /// may stand at the end of one block and, with another stem, start the
    /// next) to the last one that starts with it.
    pub(super) fn word_block_range(&self, folded_prefix: &str) -> (usize, usize) {
        let first = self
            .word_starts
            .partition_point(|w| w.as_str() < folded_prefix)
            .saturating_sub(1);
        let last = first
            + self
                .word_starts
                .get(first..)
                .unwrap_or_default()
                .iter()
                .skip(1)
                .take_while(|w| w.starts_with(folded_prefix))
                .count();
        (first, last)
    }

    /// Term ids of the indexed words starting with `folded_prefix` (at most
    /// `limit`), or the word blocks to fetch first.
    pub fn prefix_terms(&self, folded_prefix: &str, limit: usize) -> Result<Vec<u32>, Vec<Need>> {
        let (first, last) = self.word_block_range(folded_prefix);
        let blocks = self.word_blocks.get(first..=last).unwrap_or_default();
        let missing: Vec<Need> = (first..=last)
            .filter(|&b| blocks.get(b - first).is_some_and(|w| w.get().is_none()))
            .map(Need::Words)
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let mut ids: Vec<u32> = blocks
            .iter()
            .filter_map(Lazy::get)
            .flat_map(|b| {
                let start = b.words.partition_point(|(w, _)| w.as_str() < folded_prefix);
                b.words[start..]
                    .iter()
                    .take_while(|(w, _)| w.starts_with(folded_prefix))
                    .map(|&(_, id)| id)
            })
            .collect();
        super::sort::sort_indices(&mut ids, &|a, b| a.cmp(&b));
        ids.dedup();
        ids.truncate(limit);
        Ok(ids)
    }
}
