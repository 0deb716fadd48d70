//! Cutting a [`Bundle`] into the files of a site: a first-view data file (the
//! articles' metadata, the per-article index data, facets and timeline, no
//! texts or postings) and parts fetched when a view needs them (term blocks,
//! word blocks, typo blocks, body chunks; see [`crate::search::parts`]).

use crate::bundle::Bundle;
pub use crate::bundle_format::PartFiles;
use crate::bundle_format::{part_bytes, read_part};
use crate::par::{self, Threads};
use crate::search::parts::{BodyChunk, BodyChunks, Lazy, Need, WordBlock};
use crate::search::{Engine, Index, TermBlock, TypoBlock};

/// Related articles stored per article (the reader shows five).
pub const RELATED_STORED: usize = 5;
/// Body bytes per chunk: a page of results touches a few chunks of this size.
pub const BODY_CHUNK_BYTES: usize = 48 * 1024;

/// A bundle cut for a site: `first` still needs [`Bundle::parts`] set to where
/// the caller writes the parts' bytes.
pub struct Split {
    pub first: Bundle,
    pub terms: Vec<Vec<u8>>,
    pub words: Vec<Vec<u8>>,
    pub bodies: Vec<Vec<u8>>,
    pub typos: Vec<Vec<u8>>,
}

impl Bundle {
    /// Cuts a whole bundle (every part loaded, bodies in the corpus) into a
    /// site's files. Related articles are computed here, while every posting
    /// is at hand, so the reader needs only the article's body chunk.
    pub fn split(self) -> Split {
        self.split_on(Threads::available())
    }

    /// [`Bundle::split`] with the related articles computed on `threads`; the
    /// same files for any number of threads.
    pub fn split_on(mut self, threads: Threads) -> Split {
        let related = related_all(&self, threads);
        let corpus = &mut self.corpus;
        let index = &mut self.index;

        // Chunks follow the default order (newest first), so the first page of
        // an unfiltered view needs one or two.
        let mut order: Vec<usize> = (0..corpus.articles.len()).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&corpus.articles[a], &corpus.articles[b]);
            match (x.date, y.date) {
                (Some(p), Some(q)) => q.cmp(&p),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| x.id.cmp(&y.id))
        });
        let mut chunk_of = vec![0u32; order.len()];
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut bytes = BODY_CHUNK_BYTES;
        for d in order {
            if bytes >= BODY_CHUNK_BYTES {
                groups.push(Vec::new());
                bytes = 0;
            }
            bytes += corpus.articles[d].body.len();
            chunk_of[d] = groups.len() as u32 - 1;
            groups.last_mut().expect("pushed above").push(d);
        }
        let bodies: Vec<Vec<u8>> = groups
            .into_iter()
            .map(|mut docs| {
                docs.sort_unstable();
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
        let terms = index
            .blocks
            .iter_mut()
            .map(|b| part_bytes(&b.take().unwrap_or_default()))
            .collect();
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
            chunk_of,
            chunks: (0..bodies.len()).map(|_| Lazy::empty()).collect(),
        });
        Split {
            first: self,
            terms,
            words,
            bodies,
            typos,
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
        out
    }

    /// Puts the bodies of a fully loaded split bundle back into its corpus (for
    /// the library worker, which re-ingests and re-indexes everything).
    pub fn restore_bodies(&mut self) -> Result<(), String> {
        let Some(bodies) = self.index.bodies.take() else {
            return Ok(());
        };
        for (d, article) in self.corpus.articles.iter_mut().enumerate() {
            article.body = bodies
                .body(d)
                .map_err(|need| format!("index part {need:?} not loaded"))?
                .to_string();
        }
        Ok(())
    }
}

/// Loads a part fetched from [`PartFiles::href`] into `index`.
pub fn fill(index: &Index, need: Need, bytes: &[u8]) -> Result<(), String> {
    let slot = |n: usize, i: usize| (i < n).then_some(()).ok_or(format!("no index part {need:?}"));
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
        Need::Bodies(i) => {
            let chunks = index.bodies.as_ref().map_or(&[][..], |b| &b.chunks[..]);
            slot(chunks.len(), i)?;
            chunks[i].fill(read_part::<BodyChunk>(bytes)?);
        }
    }
    Ok(())
}

/// Every article's related articles, on `threads` (an engine each).
fn related_all(bundle: &Bundle, threads: Threads) -> Vec<Vec<(u32, u16)>> {
    let docs: Vec<usize> = (0..bundle.corpus.articles.len()).collect();
    let engine = || Engine::new(&bundle.corpus, &bundle.index);
    par::map_with(threads, &docs, engine, |engine, &d| {
        engine
            .compute_related(d, RELATED_STORED)
            .into_iter()
            .map(|r| (r.doc as u32, (r.score * 1000.0).round() as u16))
            .collect()
    })
}
