//! Article data a site ships in chunks (bodies, cards): which chunk holds an
//! article, finding it there, and the check a fetched chunk passes before it
//! is filled in. One structure for both kinds, so they cannot drift apart.

use super::parts::{Lazy, Need};
use serde::{Deserialize, Serialize};

/// A chunk of some articles' data, listing the articles it holds.
pub trait Chunk {
    /// The part a missing chunk `i` of this kind is fetched as.
    const NEED: fn(usize) -> Need;
    /// Positions in the corpus of the articles held, increasing.
    fn docs(&self) -> &[u32];
    /// Whether it holds one entry per article it lists.
    fn is_whole(&self) -> bool;
}

/// Where every article's data of one kind is, when it ships apart from the corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Chunks<T> {
    /// Articles per chunk: chunks are cut along [`crate::first_view::chunk_order`].
    pub sizes: Vec<u32>,
    /// Chunk of each article, by corpus position (from `sizes` on load).
    #[serde(skip)]
    pub chunk_of: Vec<u32>,
    pub chunks: Vec<Lazy<T>>,
}

impl<T: Chunk> Chunks<T> {
    /// The chunk holding article `doc` (a position in the corpus) and the
    /// article's place in it, or the chunk to fetch (also when the chunk does
    /// not hold `doc`: a damaged file).
    pub fn locate(&self, doc: usize) -> Result<(&T, usize), Need> {
        let c = self.chunk_of.get(doc).copied().unwrap_or(u32::MAX) as usize;
        let chunk = self.chunks.get(c).and_then(Lazy::get).ok_or(T::NEED(c))?;
        let i = chunk
            .docs()
            .binary_search(&(doc as u32))
            .map_err(|_| T::NEED(c))?;
        Ok((chunk, i))
    }

    /// The chunk that holds article `doc`, loaded or not (`None`: no such article).
    pub fn holding(&self, doc: usize) -> Option<Need> {
        self.chunk_of.get(doc).map(|&c| T::NEED(c as usize))
    }

    /// Fills in chunk `i`, once it is checked to hold one entry per article
    /// it lists and exactly the articles the first view places in it: a chunk
    /// that lacked an article would be asked for again and again.
    pub(crate) fn fill(&self, i: usize, chunk: T) -> Result<(), String> {
        let need = T::NEED(i);
        let slot = self
            .chunks
            .get(i)
            .ok_or_else(|| format!("no index part {need:?}"))?;
        let docs = chunk.docs();
        let listed = docs
            .iter()
            .all(|&d| self.chunk_of.get(d as usize) == Some(&(i as u32)));
        if !(chunk.is_whole() && listed && self.sizes.get(i) == Some(&(docs.len() as u32))) {
            return Err(format!(
                "damaged index part {need:?}: not the articles the first view places in it"
            ));
        }
        slot.fill(chunk);
        Ok(())
    }
}
