//! Cutting a [`Bundle`] into the files of a site: a first-view data file (per
//! article only what filters, facets, the timeline and sorting need, plus the
//! cards of the newest articles) and parts fetched when a view needs them
//! (term blocks, word blocks, typo blocks, body chunks, card chunks; see
//! [`crate::search::parts`]).

use crate::bundle::Bundle;
pub use crate::bundle_format::PartFiles;
use crate::bundle_format::{part_bytes, read_part};
use crate::model::Article;
use crate::par::{self, Threads};
use crate::search::chunks::{Chunk, Chunks};
use crate::search::parts::{
    BodyChunk, BodyChunks, CardChunk, IdBlock, Lazy, LeadChunk, Need, PositionBlock, WordBlock,
};
use crate::search::{
    lead, Engine, Index, Postings, TermBlock, TypoBlock, DEFAULT_PAGE_SIZE, RELATED_WALK_BUDGET,
};
use crate::split_chunks::{card_bytes, chunk_of, cut, cut_first_at_most};
pub use crate::split_ids::ID_BLOCK_IDS;

/// Related articles stored per article (the reader shows five).
pub const RELATED_STORED: usize = 5;
/// Body bytes per chunk: three or four articles of news length. A page of
/// 20 results scattered over the dossier touches up to 20 chunks for its
/// snippets, so this is what a query downloads per hit: at 48 KB a query at
/// 10k fetched about 1 MB (`cargo xtask bench`: 80% of its time).
pub const BODY_CHUNK_BYTES: usize = 16 * 1024;
/// Card bytes per chunk (about 30 cards of 250 bytes): a page of 20 results
/// scattered over the dossier touches at most 20 small chunks, and the first
/// chunk, the newest articles (the opening view's list: at most a page of
/// it), ships in the first view itself.
pub const CARD_CHUNK_BYTES: usize = 8 * 1024;
/// Lead bytes per chunk (about 34 starts of bodies of 240 bytes): a filtered
/// list's snippets on screen touch a few; the first ships in the first view.
pub const LEAD_CHUNK_BYTES: usize = 8 * 1024;

/// How large the chunks of texts, cards and leads are cut, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkSizes {
    pub bodies: usize,
    pub cards: usize,
    pub leads: usize,
}

impl Default for ChunkSizes {
    /// [`BODY_CHUNK_BYTES`], [`CARD_CHUNK_BYTES`] and [`LEAD_CHUNK_BYTES`].
    fn default() -> Self {
        ChunkSizes {
            bodies: BODY_CHUNK_BYTES,
            cards: CARD_CHUNK_BYTES,
            leads: LEAD_CHUNK_BYTES,
        }
    }
}

/// A bundle cut for a site: `first` still needs [`Bundle::parts`] set to where
/// the caller writes the parts' bytes. It is for writing: what it leaves out
/// ([`crate::first_view`]) is put back when [`Bundle::from_bytes`] reads it.
pub struct Split {
    pub first: Bundle,
    pub terms: Vec<Vec<u8>>,
    pub words: Vec<Vec<u8>>,
    pub bodies: Vec<Vec<u8>>,
    pub typos: Vec<Vec<u8>>,
    pub cards: Vec<Vec<u8>>,
    pub leads: Vec<Vec<u8>>,
    pub ids: Vec<Vec<u8>>,
    /// Per term block, its terms' positions ([`PositionBlock`]).
    pub positions: Vec<Vec<u8>>,
}

impl Bundle {
    /// Cuts a whole bundle (every part loaded, bodies in the corpus) into a
    /// site's files. Related articles are computed here, while every posting
    /// is at hand, so the reader needs only the article's body chunk.
    pub fn split(self) -> Split {
        self.split_on(Threads::available(), ChunkSizes::default())
    }

    /// [`Bundle::split`] with the related articles computed on `threads` (the
    /// same files for any number of threads) and chunks of `sizes`.
    pub fn split_on(mut self, threads: Threads, sizes: ChunkSizes) -> Split {
        let related = related_all(&self, threads);
        let corpus = &mut self.corpus;
        let index = &mut self.index;

        // Chunks follow the default order (newest first), so the first page of
        // an unfiltered view needs one or two.
        let order = crate::first_view::chunk_order(&index.docs);
        let (id_blocks, ids) = crate::split_ids::id_blocks(corpus);
        let body_groups = cut(&order, |d| corpus.articles[d].body.len(), sizes.bodies);
        // Taken before the bodies leave, into chunks of their own.
        let mut leads: Vec<String> = corpus.articles.iter().map(|a| lead(&a.body)).collect();
        let lead_groups = cut_first_at_most(&order, |d| leads[d].len() + 2, sizes.leads, DEFAULT_PAGE_SIZE);
        let lead_chunks: Vec<LeadChunk> = lead_groups
            .iter()
            .map(|docs| LeadChunk {
                docs: docs.iter().map(|&d| d as u32).collect(),
                leads: docs.iter().map(|&d| std::mem::take(&mut leads[d])).collect(),
            })
            .collect();
        let leads = lead_chunks.iter().map(part_bytes).collect();
        let bodies: Vec<Vec<u8>> = body_groups
            .iter()
            .map(|docs| {
                part_bytes(&BodyChunk {
                    docs: docs.iter().map(|&d| d as u32).collect(),
                    bodies: docs
                        .iter()
                        .map(|&d| std::mem::take(&mut corpus.articles[d].body))
                        .collect(),
                    related: docs.iter().map(|&d| related[d].clone()).collect(),
                })
            })
            .collect();
        // Bodies are out of the articles by now (and a site's originals, in
        // their own file: `site_files.rs`): what is left is the card. The
        // articles move into their cards; the first view keeps none.
        let card_bytes = |d| card_bytes(&corpus.articles[d]);
        let card_groups = cut_first_at_most(&order, card_bytes, sizes.cards, DEFAULT_PAGE_SIZE);
        let mut articles: Vec<Option<Article>> = std::mem::take(&mut corpus.articles)
            .into_iter()
            .map(Some)
            .collect();
        let card_chunks: Vec<CardChunk> = card_groups
            .iter()
            .map(|docs| CardChunk {
                docs: docs.iter().map(|&d| d as u32).collect(),
                articles: docs
                    .iter()
                    .map(|&d| articles[d].take().expect("chunks list each article once"))
                    .collect(),
            })
            .collect();
        let cards = card_chunks.iter().map(part_bytes).collect();
        // Positions leave their blocks for files of their own: only phrases read them.
        let (terms, positions) = index
            .blocks
            .iter_mut()
            .map(|b| {
                let mut block = b.take().unwrap_or_default();
                let positions = PositionBlock {
                    positions: block.postings.iter_mut().map(Postings::take_positions).collect(),
                };
                (part_bytes(&block), part_bytes(&positions))
            })
            .unzip();
        let words = index
            .word_blocks
            .iter_mut()
            .map(|b| part_bytes(&b.take().unwrap_or_default()))
            .collect();
        let typos = index
            .typos
            .blocks
            .iter_mut()
            .map(|b| part_bytes(&b.take().unwrap_or_default()))
            .collect();
        index.bodies = Some(BodyChunks {
            sizes: body_groups.iter().map(|g| g.len() as u32).collect(),
            chunk_of: chunk_of(&body_groups, order.len()),
            chunks: (0..bodies.len()).map(|_| Lazy::empty()).collect(),
        });
        index.cards = Some(first_loaded(&card_groups, card_chunks));
        index.leads = Some(first_loaded(&lead_groups, lead_chunks));
        index.ids = Some(id_blocks);
        index.positions = (0..index.blocks.len()).map(|_| Lazy::empty()).collect();
        crate::first_view::strip(index);
        Split {
            first: self,
            terms,
            words,
            bodies,
            typos,
            cards,
            leads,
            ids,
            positions,
        }
    }

    /// Loads a part fetched from [`PartFiles::href`] into the index.
    pub fn fill(&self, need: Need, bytes: &[u8]) -> Result<(), String> {
        fill(&self.index, need, bytes)
    }

    /// Every part this bundle lacks.
    pub fn missing_parts(&self) -> Vec<Need> {
        fn empty<T>(cells: &[Lazy<T>]) -> Vec<usize> {
            (0..cells.len()).filter(|&i| cells[i].get().is_none()).collect()
        }
        let index = &self.index;
        let mut out: Vec<Need> = empty(&index.blocks).into_iter().map(Need::Terms).collect();
        out.extend(empty(&index.word_blocks).into_iter().map(Need::Words));
        out.extend(empty(&index.typos.blocks).into_iter().map(Need::Typos));
        if let Some(b) = &index.bodies {
            out.extend(empty(&b.chunks).into_iter().map(Need::Bodies));
        }
        if let Some(c) = &index.cards {
            out.extend(empty(&c.chunks).into_iter().map(Need::Cards));
        }
        if let Some(l) = &index.leads {
            out.extend(empty(&l.chunks).into_iter().map(Need::Leads));
        }
        if let Some(ids) = &index.ids {
            out.extend(empty(&ids.blocks).into_iter().map(Need::Ids));
        }
        out.extend(empty(&index.positions).into_iter().map(Need::Positions));
        out
    }

    /// Puts the cards and bodies of a split bundle whose card and body chunks
    /// are all loaded back into its corpus, whole articles again (for the
    /// library worker, which re-ingests and re-indexes everything). A bundle
    /// that lacks one is left as it was.
    pub fn restore_articles(&mut self) -> Result<(), String> {
        let missing = |need: Need| format!("index part {need:?} not loaded");
        // Checked first: a bundle that cannot be restored stays as it was.
        let lacking = self.missing_parts().into_iter();
        if let Some(need) = lacking
            .into_iter()
            .find(|n| matches!(n, Need::Cards(_) | Need::Bodies(_)))
        {
            return Err(missing(need));
        }
        if let Some(cards) = &self.index.cards {
            // A site's first view holds no articles: its cards are them.
            self.corpus.articles = (0..self.index.docs.len())
                .map(|d| cards.article(d).cloned().map_err(missing))
                .collect::<Result<_, _>>()?;
            self.index.cards = None;
        }
        if let Some(bodies) = self.index.bodies.take() {
            for (d, article) in self.corpus.articles.iter_mut().enumerate() {
                article.body = bodies.body(d).map_err(missing)?.to_string();
            }
        }
        Ok(())
    }
}

/// Loads a part fetched from [`PartFiles::href`] into `index`.
pub fn fill(index: &Index, need: Need, bytes: &[u8]) -> Result<(), String> {
    // The message is made only on failure: parts are filled on every key typed.
    let slot = |n: usize, i: usize| {
        (i < n)
            .then_some(())
            .ok_or_else(|| format!("no index part {need:?}"))
    };
    match need {
        Need::Terms(i) => {
            slot(index.blocks.len(), i)?;
            index.blocks[i].fill(read_part::<TermBlock>(bytes)?);
        }
        Need::Words(i) => {
            slot(index.word_blocks.len(), i)?;
            index.word_blocks[i].fill(read_part::<WordBlock>(bytes)?);
        }
        Need::Typos(i) => {
            slot(index.typos.blocks.len(), i)?;
            index.typos.blocks[i].fill(read_part::<TypoBlock>(bytes)?);
        }
        Need::Bodies(i) => match &index.bodies {
            Some(bodies) => bodies.fill(i, read_part::<BodyChunk>(bytes)?)?,
            None => slot(0, i)?,
        },
        Need::Cards(i) => match &index.cards {
            Some(cards) => cards.fill(i, read_part::<CardChunk>(bytes)?)?,
            None => slot(0, i)?,
        },
        Need::Leads(i) => match &index.leads {
            Some(leads) => leads.fill(i, read_part::<LeadChunk>(bytes)?)?,
            None => slot(0, i)?,
        },
        Need::Ids(i) => {
            let blocks = index.ids.as_ref().map_or(&[][..], |ids| &ids.blocks[..]);
            slot(blocks.len(), i)?;
            blocks[i].fill(read_part::<IdBlock>(bytes)?);
        }
        Need::Positions(i) => {
            slot(index.positions.len(), i)?;
            index.positions[i].fill(read_part::<PositionBlock>(bytes)?);
        }
    }
    Ok(())
}

/// Chunks cut along `groups`, the first loaded (it ships in the first view:
/// the newest articles, the opening list's), the others to fetch.
fn first_loaded<T: Chunk>(groups: &[Vec<usize>], chunks: Vec<T>) -> Chunks<T> {
    Chunks {
        sizes: groups.iter().map(|g| g.len() as u32).collect(),
        chunk_of: chunk_of(groups, groups.iter().map(Vec::len).sum()),
        chunks: chunks
            .into_iter()
            .enumerate()
            .map(|(i, c)| if i == 0 { Lazy::loaded(c) } else { Lazy::empty() })
            .collect(),
    }
}

/// Every article's related articles, on `threads` (an engine each).
fn related_all(bundle: &Bundle, threads: Threads) -> Vec<Vec<(u32, u16)>> {
    let docs: Vec<usize> = (0..bundle.corpus.articles.len()).collect();
    let whole = Engine::new(&bundle.corpus, &bundle.index);
    let (terms, entities) = (whole.terms_by_doc(), whole.entities_by_doc());
    let engine = || (Engine::new(&bundle.corpus, &bundle.index), Vec::new());
    par::map_with(threads, &docs, engine, |(engine, acc), &d| {
        let analysed;
        let terms = match &terms[d] {
            Some(t) => t,
            None => {
                analysed = engine.analysed_terms(d).unwrap_or_default();
                &analysed
            }
        };
        engine
            .related_from_terms(d, RELATED_STORED, terms, &entities[d], RELATED_WALK_BUDGET, acc)
            .into_iter()
            .map(|r| (r.doc as u32, (r.score * 1000.0).round() as u16))
            .collect()
    })
}
