//! Building the inverted index from a corpus (build time, and the library
//! worker for a reader's added articles): articles analysed in batches on
//! several threads, merged in article order into term blocks, word blocks,
//! typo index and entity postings. The layout is described in `index.rs`.

use super::doc_terms::{self, Context};
use super::facets::Sources;
use super::flat::Flat;
use super::index::{
    idf, Index, TermBlock, ANALYSIS_BATCH, BLOCK_POSTINGS, BLOCK_TERMS, INDEX_VERSION, MENTION_CAP,
    TITLE_WEIGHT, WORD_BLOCK_WORDS,
};
use super::parts::{Lazy, WordBlock};
use super::postings::{Postings, PostingsBuilder};
use super::typo::TypoIndex;
use crate::model::Corpus;
use crate::par::{self, Threads};
use crate::text::StemCache;
use std::collections::{BTreeSet, HashMap, HashSet};

impl Index {
    /// Builds the index of `corpus` (articles in corpus order).
    pub fn build(corpus: &Corpus) -> Index {
        Index::build_on(corpus, Threads::available())
    }

    /// [`Index::build`] with the articles analysed on `threads` (tokens,
    /// stems, entities: most of the time); the same index for any number.
    pub fn build_on(corpus: &Corpus, threads: Threads) -> Index {
        let langs: Vec<String> = corpus
            .articles
            .iter()
            .map(|a| a.lang.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let topics: Vec<String> = corpus
            .topics
            .iter()
            .map(|t| t.slug.clone())
            .chain(
                corpus
                    .articles
                    .iter()
                    .flat_map(|a| a.topics.iter().map(|t| t.slug.clone())),
            )
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let cx = Context::new(corpus, &langs, &topics);
        // Surface words, each with the number of articles holding it (typos).
        let mut word_articles: HashMap<String, u32> = HashMap::new();
        let mut surface: HashSet<(String, String)> = HashSet::new();
        let mut term_docs: HashMap<String, PostingsBuilder> = HashMap::new();
        let mut entity_docs: Vec<PostingsBuilder> = Vec::new();
        entity_docs.resize_with(corpus.entities.len(), PostingsBuilder::default);
        let mut docs = Vec::with_capacity(corpus.articles.len());
        let (mut doc_topics, mut doc_entities) = (Flat::default(), Flat::default());
        // Analysed a batch at a time (on `threads`), merged in article order:
        // a batch's postings are held twice at most, never the corpus's.
        for (b, batch) in corpus.articles.chunks(ANALYSIS_BATCH).enumerate() {
            let analysed = par::map_with(threads, batch, StemCache::new, |stems, a| {
                doc_terms::analyse(a, &cx, stems)
            });
            for (k, doc) in analysed.into_iter().enumerate() {
                let d = (b * ANALYSIS_BATCH + k) as u32;
                for (t, ct, cb, positions) in doc.terms {
                    term_docs.entry(t).or_default().push(d, ct, cb, &positions);
                }
                // Sorted pairs: a word filed under several stems (an Arabic
                // word without its proclitic) comes in a run, counted once.
                let mut previous: Option<&str> = None;
                for (w, s) in &doc.surfaces {
                    if previous != Some(w.as_str()) {
                        previous = Some(w.as_str());
                        match word_articles.get_mut(w) {
                            Some(n) => *n += 1,
                            None => {
                                word_articles.insert(w.clone(), 1);
                            }
                        }
                    }
                    surface.insert((w.clone(), s.clone()));
                }
                for (&e, &c) in &doc.entities {
                    let c = c.min(MENTION_CAP);
                    entity_docs[e as usize].push(d, 0, c, &[]);
                }
                doc_topics.push(&doc.topics);
                doc_entities.push(&doc.entities.keys().copied().collect::<Vec<u32>>());
                docs.push(doc.meta);
            }
        }
        let mut term_docs: Vec<(String, PostingsBuilder)> = term_docs.into_iter().collect();
        term_docs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut surface: Vec<(String, String)> = surface.into_iter().collect();
        surface.sort_unstable();

        // Dictionary in blocks; norms accumulate as squared weights.
        let n = docs.len();
        let mut sq = vec![0f32; n];
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut blocks: Vec<TermBlock> = Vec::new();
        let mut term_starts: Vec<(String, u32)> = Vec::new();
        let mut block_postings = 0;
        for (i, (term, built)) in term_docs.into_iter().enumerate() {
            let positions = built.positions();
            let postings = built.finish();
            let w_idf = idf(n, postings.df());
            for (d, t, b) in postings.iter() {
                let w = (1.0 + ((TITLE_WEIGHT * t + b) as f32).ln()) * w_idf;
                sq[d as usize] += w * w;
            }
            let full = blocks
                .last()
                .is_none_or(|b| b.terms.len() >= BLOCK_TERMS || block_postings >= BLOCK_POSTINGS);
            if full {
                blocks.push(TermBlock::default());
                term_starts.push((term.clone(), i as u32));
                block_postings = 0;
            }
            let block = blocks.last_mut().expect("pushed above");
            // About the bytes the block will take: positions are 1–2 bytes each.
            block_postings += postings.df() + positions / 2;
            term_ids.insert(term.clone(), i as u32);
            block.terms.push(term);
            block.postings.push(postings);
            block.surfaces.push(Vec::new());
        }
        let entity_postings: Vec<Postings> = entity_docs
            .into_iter()
            .map(|built| {
                let postings = built.finish();
                let w_idf = idf(n, postings.df());
                for (d, _, c) in postings.iter() {
                    let w = (1.0 + (c as f32).ln()) * w_idf;
                    sq[d as usize] += w * w;
                }
                postings
            })
            .collect();
        for (doc, s) in docs.iter_mut().zip(&sq) {
            doc.norm = s.sqrt();
        }
        let words: Vec<(String, u32)> = surface
            .into_iter()
            .filter_map(|(w, s)| term_ids.get(&s).map(|&id| (w, id)))
            .collect();
        for (w, id) in &words {
            let b = term_starts.partition_point(|(_, first)| first <= id) - 1;
            let block = &mut blocks[b];
            block.surfaces[(id - term_starts[b].1) as usize].push(w.clone());
        }
        let word_blocks: Vec<WordBlock> = words
            .chunks(WORD_BLOCK_WORDS)
            .map(|c| WordBlock { words: c.to_vec() })
            .collect();
        let avg_len = if n == 0 {
            1.0
        } else {
            docs.iter()
                .map(|d| (TITLE_WEIGHT * d.title_len + d.body_len) as f32)
                .sum::<f32>()
                / n as f32
        };
        let outlets = Sources::of_articles(&corpus.articles);
        Index {
            version: INDEX_VERSION,
            docs,
            doc_topics,
            doc_entities,
            langs,
            topics,
            term_starts,
            blocks: blocks.into_iter().map(Lazy::loaded).collect(),
            word_starts: word_blocks.iter().map(|b| b.words[0].0.clone()).collect(),
            word_blocks: word_blocks.into_iter().map(Lazy::loaded).collect(),
            typos: TypoIndex::build(word_articles, n),
            sources: outlets.names,
            source_of: outlets.of_doc,
            entities: corpus.entities.iter().map(|e| e.name.clone()).collect(),
            entity_postings,
            avg_len: avg_len.max(1.0),
            bodies: None,
            cards: None,
            leads: None,
            ids: None,
            positions: Vec::new(),
        }
    }
}
