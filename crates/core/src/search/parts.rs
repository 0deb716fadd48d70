//! The parts of an index a site ships apart and the browser fetches on demand:
//! term blocks (postings by term range), word blocks (surface words by range,
//! for `prefix*`), typo blocks (surface words by key letter and length, for
//! close spellings: [`super::typo`]), body chunks (article texts with their
//! related articles), card chunks (what a result card and the reader show
//! of an article: title, author, topics with scores, ...; the first view keeps
//! only what filters, facets and sorting need) and lead chunks (the start of
//! each body, a list's snippet when it searches no words).
//!
//! Each part sits in a [`Lazy`] cell that is empty until the app fills it with
//! the file's contents; the engine reports what it lacked as [`Need`]s (see
//! [`super::SearchResults::pending`]), and the app fetches those and runs again.
//! Natively built indexes have every part loaded, so nothing is ever pending.

use super::chunks::{Chunk, Chunks};
use crate::model::Article;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::OnceLock;

/// A part of the index that is loaded now or later, once (serialised as an `Option`).
#[derive(Default)]
pub struct Lazy<T>(OnceLock<T>);

impl<T> Lazy<T> {
    /// A loaded part.
    pub fn loaded(value: T) -> Lazy<T> {
        let cell = OnceLock::new();
        let _ = cell.set(value);
        Lazy(cell)
    }

    /// A part not loaded yet.
    pub fn empty() -> Lazy<T> {
        Lazy(OnceLock::new())
    }

    /// The part, if loaded.
    pub fn get(&self) -> Option<&T> {
        self.0.get()
    }

    /// Loads the part; a second fill is ignored (the first one stays).
    pub fn fill(&self, value: T) {
        let _ = self.0.set(value);
    }

    /// Takes the part out, leaving the cell empty.
    pub fn take(&mut self) -> Option<T> {
        self.0.take()
    }
}

impl<T: Clone> Clone for Lazy<T> {
    fn clone(&self) -> Self {
        match self.get() {
            Some(v) => Lazy::loaded(v.clone()),
            None => Lazy::empty(),
        }
    }
}

impl<T: PartialEq> PartialEq for Lazy<T> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl<T: Serialize> Serialize for Lazy<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.get().serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lazy<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(d)? {
            Some(v) => Lazy::loaded(v),
            None => Lazy::empty(),
        })
    }
}

/// A part the engine needed and did not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Need {
    /// Term block `i` ([`super::Index::blocks`]).
    Terms(usize),
    /// Word block `i` ([`super::Index::word_blocks`]).
    Words(usize),
    /// Body chunk `i` ([`BodyChunks::chunks`]).
    Bodies(usize),
    /// Typo block `i` ([`super::typo::TypoIndex::blocks`]).
    Typos(usize),
    /// Card chunk `i` ([`CardChunks::chunks`]).
    Cards(usize),
    /// Lead chunk `i` ([`LeadChunks::chunks`]).
    Leads(usize),
    /// Id block `i` ([`IdBlocks::blocks`]).
    Ids(usize),
    /// The positions of term block `i`'s terms ([`super::Index::positions`]):
    /// only a phrase reads them.
    Positions(usize),
}

/// The token positions of one term block's terms, in the block's order (each
/// a [`super::Postings`] positions column): a site ships them apart from the
/// block, since only phrases read them, and they were 70% of a term block
/// gzipped (48% raw): a word typed at 100k fetched about 3 times the bytes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PositionBlock {
    pub positions: Vec<Vec<u8>>,
}

/// A run of the sorted surface words with the global term id each stems to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WordBlock {
    pub words: Vec<(String, u32)>,
}

/// The texts of some articles, and their related articles computed at build time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BodyChunk {
    /// Positions in the corpus of the articles held, increasing.
    pub docs: Vec<u32>,
    /// Their cleaned bodies.
    pub bodies: Vec<String>,
    /// Their most related articles, `(doc, score in thousandths)`, best first.
    pub related: Vec<Vec<(u32, u16)>>,
}

/// Where every article's body is when bodies ship apart from the corpus.
pub type BodyChunks = Chunks<BodyChunk>;

impl Chunk for BodyChunk {
    const NEED: fn(usize) -> Need = Need::Bodies;
    fn docs(&self) -> &[u32] {
        &self.docs
    }
    fn is_whole(&self) -> bool {
        self.bodies.len() == self.docs.len() && self.related.len() == self.docs.len()
    }
}

impl BodyChunks {
    /// The body of article `doc`, or the chunk to fetch.
    pub fn body(&self, doc: usize) -> Result<&str, Need> {
        self.locate(doc).map(|(c, i)| c.bodies[i].as_str())
    }
}

/// The cards of some articles: each [`Article`] whole but for its body and
/// original text (which travel in body chunks and the originals file). Every
/// list waits for its hits' cards, so they are kept lean enough for the idle
/// warm-up to bring all of a 10k dossier's: the start of each body a list
/// matching no words shows travels apart, in [`LeadChunk`]s.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CardChunk {
    /// Positions in the corpus of the articles held, increasing.
    pub docs: Vec<u32>,
    pub articles: Vec<Article>,
}

/// Where every article's card is when cards ship apart from the corpus (which
/// then holds no articles).
pub type CardChunks = Chunks<CardChunk>;

impl Chunk for CardChunk {
    const NEED: fn(usize) -> Need = Need::Cards;
    fn docs(&self) -> &[u32] {
        &self.docs
    }
    fn is_whole(&self) -> bool {
        self.articles.len() == self.docs.len()
    }
}

impl CardChunks {
    /// The card of article `doc` (a position in the corpus), or the chunk to fetch.
    pub fn article(&self, doc: usize) -> Result<&Article, Need> {
        self.locate(doc).map(|(c, i)| &c.articles[i])
    }
}

/// The start of some articles' bodies ([`crate::search::lead`]): the snippet
/// of a list that searches no words, so a filtered view needs no body chunk
/// (at 100k, 20 chunks of texts for 240 bytes of each). Apart from the cards
/// since a list that searches words never reads them: in the cards, they
/// were half of every card chunk a key waited for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LeadChunk {
    /// Positions in the corpus of the articles held, increasing.
    pub docs: Vec<u32>,
    pub leads: Vec<String>,
}

/// Where every article's lead is when bodies ship apart from the corpus.
pub type LeadChunks = Chunks<LeadChunk>;

impl Chunk for LeadChunk {
    const NEED: fn(usize) -> Need = Need::Leads;
    fn docs(&self) -> &[u32] {
        &self.docs
    }
    fn is_whole(&self) -> bool {
        self.leads.len() == self.docs.len()
    }
}

impl LeadChunks {
    /// The start of article `doc`'s body, or the chunk to fetch.
    pub fn lead(&self, doc: usize) -> Result<&str, Need> {
        self.locate(doc).map(|(c, i)| c.leads[i].as_str())
    }
}

/// Article ids in id order with their positions: a run of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IdBlock {
    pub ids: Vec<(String, u32)>,
}

/// Where the articles' ids are when cards ship apart (ids are a third of
/// what a first view would hold per article, and only `doc=` looks one up).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IdBlocks {
    /// First id of each block.
    pub starts: Vec<String>,
    pub blocks: Vec<Lazy<IdBlock>>,
    /// Each article's rank in id order (the engine's tie-break), or `None`
    /// when positions are in id order already (a folder of files usually is).
    pub rank: Option<Vec<u32>>,
}

impl IdBlocks {
    /// The position of the article with id `id`, `None` if there is none, or
    /// the block to fetch first.
    pub fn find(&self, id: &str) -> Result<Option<usize>, Need> {
        let Some(b) = self.starts.partition_point(|s| s.as_str() <= id).checked_sub(1) else {
            return Ok(None);
        };
        let block = self.blocks.get(b).and_then(Lazy::get).ok_or(Need::Ids(b))?;
        Ok(block
            .ids
            .binary_search_by(|(i, _)| i.as_str().cmp(id))
            .ok()
            .map(|i| block.ids[i].1 as usize))
    }
}
