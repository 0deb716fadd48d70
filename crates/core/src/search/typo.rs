//! The typo index: every indexed surface word with its document frequency,
//! sorted by (key letter, length, word) and cut into blocks a site fetches on
//! demand, so that a misspelt word finds its close spellings from a few blocks.
//!
//! Rules (the brute-force reference in `typo_tests` applies the same ones by
//! scanning every word of the corpus):
//! - a word is *eligible* (corrected, or a correction) when it has
//!   [`MIN_TYPO_LETTERS`] to [`MAX_TYPO_LETTERS`] letters (chars of the folded
//!   word, in every script) and no digit: `2023` is never "corrected" to `2024`;
//! - its close spellings are eligible words within optimal-string-alignment
//!   Damerau–Levenshtein distance ([`super::typo_distance`]) 1 for 4–7 letters,
//!   2 for 8 or more ([`max_edits`]), that share its *key letter* (below) and
//!   are in more articles than the typed word itself (so a rare but real word is
//!   never "corrected" to a rarer one);
//! - the key letter is the first letter, or for Arabic words opening with the
//!   article `ال` the letter after it. Like Lucene's `DirectSpellChecker`
//!   (`minPrefix = 1`) this assumes the first letter is typed right, as it
//!   almost always is; in exchange a word's candidates are the few blocks of
//!   its key letter and lengths `len ± edits`, contiguous in the sort order.
//!   Without the `ال` rule most Arabic words would share the key `ا`.
//!
//! - in a dossier of 40,000 articles or more, a correction must be in at
//!   least one article per [`ARTICLES_PER_REQUIRED`] ([`min_articles`]), as
//!   Lucene's `thresholdFrequency`: there a word in two articles is more often
//!   a misprint than what a reader meant. It also keeps a word's blocks few:
//!   in real text a word's key letter and lengths hold about 3% of the
//!   vocabulary (7% at the 95th percentile, measured on the bundled corpus),
//!   so the half-million words of a large real dossier would need some eight
//!   blocks a lookup, and most of those words are in one or two articles.
//!
//! Candidates are ranked by distance, then by articles (most first), then by
//! word; the first one is the correction shown.

use super::parts::{Lazy, Need};
use super::typo_distance::osa_within;
use serde::{Deserialize, Serialize};

/// Shortest word corrected: below four letters almost every edit of a word is
/// another real word (`gas`/`gaz`/`was`).
pub const MIN_TYPO_LETTERS: usize = 4;
/// Longest word kept: longer tokens are URLs, hashes and compounds, which
/// would cost bytes in every block and are never typed by hand.
pub const MAX_TYPO_LETTERS: usize = 24;
/// Words per block: 16–20 KB front-coded, about 9 KB gzip. A word needs the
/// blocks of its key letter and `len ± edits`: one or two at 10k and 100k
/// synthetic articles (15k words; see `cargo xtask bench`). In real text that
/// window holds about 3% of the words kept (see [`min_articles`]), so 100k
/// kept words cost two or three blocks a lookup. Smaller blocks would cut the
/// bytes of a lookup but add files.
pub const TYPO_BLOCK_WORDS: usize = 2048;
/// Most close spellings a word expands to.
pub const MAX_CANDIDATES: usize = 8;
/// Articles per article a correction must be in (see [`min_articles`]).
pub const ARTICLES_PER_REQUIRED: usize = 20_000;

/// Fewest articles a word must be in to be a correction, in a dossier of
/// `articles` articles: 1 up to 39,999 articles, 5 at 100,000.
pub fn min_articles(articles: usize) -> u32 {
    (articles / ARTICLES_PER_REQUIRED).max(1) as u32
}

/// Edits allowed for a word of `letters` letters (0: not corrected).
pub fn max_edits(letters: usize) -> usize {
    match letters {
        0..MIN_TYPO_LETTERS => 0,
        MIN_TYPO_LETTERS..=7 => 1,
        _ => 2,
    }
}

/// Where an eligible folded word sorts: `(key letter, letters)`, or `None`
/// when it is too short, too long or has a digit.
pub fn bucket(word: &str) -> Option<(char, u8)> {
    let letters = word.chars().count();
    if !(MIN_TYPO_LETTERS..=MAX_TYPO_LETTERS).contains(&letters) || word.chars().any(char::is_numeric) {
        return None;
    }
    let key = word
        .strip_prefix("ال")
        .and_then(|rest| rest.chars().next())
        .or_else(|| word.chars().next())?;
    Some((key, letters as u8))
}

/// A run of the typo index's sorted words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "FrontCoded", into = "FrontCoded")]
pub struct TypoBlock {
    /// `(folded word, articles containing it)`, sorted by [`bucket`] then word.
    pub words: Vec<(String, u32)>,
}

/// A [`TypoBlock`] as shipped: each word as the bytes it shares with the
/// start of the previous one and the rest. Neighbours in the sort order share
/// their key letter and often more (`lavrov`, `lavrova`), which saves about a
/// third of a block's raw bytes (memory and parsing; gzip would find most of
/// it anyway).
#[derive(Serialize, Deserialize)]
struct FrontCoded {
    /// `(shared bytes, rest, articles)`.
    words: Vec<(u8, String, u32)>,
}

impl From<TypoBlock> for FrontCoded {
    fn from(block: TypoBlock) -> FrontCoded {
        let mut prev = String::new();
        let words = block
            .words
            .into_iter()
            .map(|(w, n)| {
                let shared = prev
                    .char_indices()
                    .zip(w.chars())
                    .take_while(|((_, a), b)| a == b)
                    .map(|((i, a), _)| i + a.len_utf8())
                    .last()
                    .unwrap_or(0)
                    .min(u8::MAX as usize);
                let shared = (0..=shared).rev().find(|&i| w.is_char_boundary(i)).unwrap_or(0);
                let entry = (shared as u8, w[shared..].to_string(), n);
                prev = w;
                entry
            })
            .collect();
        FrontCoded { words }
    }
}

impl TryFrom<FrontCoded> for TypoBlock {
    type Error = String;

    fn try_from(coded: FrontCoded) -> Result<TypoBlock, String> {
        let mut words: Vec<(String, u32)> = Vec::with_capacity(coded.words.len());
        for (shared, rest, n) in coded.words {
            let prev = words.last().map_or("", |(w, _)| w.as_str());
            let start = prev
                .get(..shared as usize)
                .ok_or_else(|| format!("typo block: a word shares {shared} bytes with `{prev}`"))?;
            words.push((format!("{start}{rest}"), n));
        }
        Ok(TypoBlock { words })
    }
}

/// The typo index: where each block starts and the blocks themselves.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TypoIndex {
    /// The bucket of each block's first word, in block order.
    pub starts: Vec<(char, u8)>,
    pub blocks: Vec<Lazy<TypoBlock>>,
}

/// A close spelling of a typed word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The folded surface word, as indexed.
    pub word: String,
    /// Its OSA distance to the typed word (1 or 2).
    pub distance: u8,
    /// Articles containing it.
    pub articles: u32,
}

impl TypoIndex {
    /// Builds the index of a dossier of `articles` articles from its
    /// `(folded surface word, articles)` pairs; words that are not eligible,
    /// or in fewer than [`min_articles`], are left out.
    pub fn build(words: impl IntoIterator<Item = (String, u32)>, articles: usize) -> TypoIndex {
        TypoIndex::build_in_blocks(words, TYPO_BLOCK_WORDS, min_articles(articles))
    }

    /// [`TypoIndex::build`] with `block_words` words per block (tests use
    /// tiny blocks so that every bucket straddles a few) and words in at
    /// least `min_articles` articles.
    pub fn build_in_blocks(
        words: impl IntoIterator<Item = (String, u32)>,
        block_words: usize,
        min_articles: u32,
    ) -> TypoIndex {
        let mut keyed: Vec<((char, u8), String, u32)> = words
            .into_iter()
            .filter(|&(_, n)| n >= min_articles)
            .filter_map(|(w, n)| bucket(&w).map(|b| (b, w, n)))
            .collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        keyed.dedup_by(|a, b| a.1 == b.1);
        let mut index = TypoIndex::default();
        for chunk in keyed.chunks(block_words.max(1)) {
            index.starts.push(chunk[0].0);
            index.blocks.push(Lazy::loaded(TypoBlock {
                words: chunk.iter().map(|(_, w, n)| (w.clone(), *n)).collect(),
            }));
        }
        index
    }

    /// The blocks that may hold words of key `key` and `lo..=hi` letters.
    pub fn blocks_for(&self, key: char, lo: u8, hi: u8) -> std::ops::Range<usize> {
        if self.starts.is_empty() {
            return 0..0;
        }
        // The block before the first one starting at or past (key, lo) may end
        // with words of that bucket.
        let first = self.starts.partition_point(|&s| s < (key, lo)).saturating_sub(1);
        let end = self.starts.partition_point(|&s| s <= (key, hi));
        first..end.max(first)
    }

    /// The close spellings of the folded `word` (best first, at most
    /// [`MAX_CANDIDATES`]) and the articles containing `word` itself (0 when
    /// it is not kept), or the blocks to fetch first. Words that are not
    /// eligible have none.
    pub fn candidates(&self, word: &str) -> Result<(Vec<Candidate>, u32), Vec<Need>> {
        let Some((key, letters)) = bucket(word) else {
            return Ok((Vec::new(), 0));
        };
        let edits = max_edits(letters as usize);
        let lo = (letters as usize).saturating_sub(edits).max(MIN_TYPO_LETTERS) as u8;
        let hi = (letters as usize + edits).min(MAX_TYPO_LETTERS) as u8;
        let range = self.blocks_for(key, lo, hi);
        let missing: Vec<Need> = range
            .clone()
            .filter(|&b| self.blocks[b].get().is_none())
            .map(Need::Typos)
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let typed: Vec<char> = word.chars().collect();
        let mut own = 0;
        let mut found = Vec::new();
        let mut buf = Vec::with_capacity(MAX_TYPO_LETTERS);
        for block in range.filter_map(|b| self.blocks[b].get()) {
            for (w, n) in &block.words {
                if bucket(w).is_none_or(|(k, l)| k != key || l < lo || l > hi) {
                    continue;
                }
                buf.clear();
                buf.extend(w.chars());
                match osa_within(&typed, &buf, edits) {
                    Some(0) => own = *n,
                    Some(d) => found.push(Candidate {
                        word: w.clone(),
                        distance: d as u8,
                        articles: *n,
                    }),
                    None => {}
                }
            }
        }
        found.retain(|c| c.articles > own);
        rank(&mut found);
        Ok((found, own))
    }

    /// Serialised bytes of the structure: `(directory in the first-view
    /// file, all blocks)`, whatever is loaded now (a natively built index has
    /// every block).
    pub fn bytes(&self) -> (usize, usize) {
        let dir = postcard::to_allocvec(&self.starts).map_or(0, |b| b.len());
        let blocks = self
            .blocks
            .iter()
            .filter_map(Lazy::get)
            .map(|b| postcard::to_allocvec(b).map_or(0, |b| b.len()))
            .sum();
        (dir, blocks)
    }
}

/// Sorts candidates best first (distance, then most articles, then word) and
/// keeps [`MAX_CANDIDATES`].
pub fn rank(found: &mut Vec<Candidate>) {
    found.sort_by(|a, b| {
        a.distance
            .cmp(&b.distance)
            .then(b.articles.cmp(&a.articles))
            .then_with(|| a.word.cmp(&b.word))
    });
    found.truncate(MAX_CANDIDATES);
}
