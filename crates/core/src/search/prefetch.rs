//! Parts worth fetching before a view asks for them, so that a keystroke does
//! not wait for the network: the blocks a word being typed will need once it
//! is finished ([`Index::typing_needs`]), and the order in which an idle page
//! warms the index within a byte budget ([`Index::warm_up_plan`]).
//!
//! Both read only what the first view has (`term_starts`, `word_starts`, the
//! typo index's `starts`) plus whatever parts are already loaded: a word
//! block, once in, names every surface word of the corpus starting with the
//! typed letters and its term, so the term blocks any completion needs are
//! known exactly before the reader finishes the word.

use super::index::Index;
use super::parts::{Lazy, Need};
use super::query::{parse_query, Clause};
use super::typo::{max_edits, MAX_TYPO_LETTERS, MIN_TYPO_LETTERS};
use crate::text::{has_stemmer, is_stop_word, stem};

/// Most completions of a typed word whose blocks are named: past this the
/// letters typed do not fix a few blocks yet (`n` starts thousands of
/// words), and stemming them all in every language would cost a keystroke
/// more than it saves; the next letter narrows them.
pub const MAX_TYPING_COMPLETIONS: usize = 512;

/// Most term blocks the completions of a typed word may need: past this the
/// word is left out until a letter more narrows it (see
/// [`Index::starts_too_many`]). A Latin prefix's completions stem to
/// neighbouring terms, a block or a few.
pub const MAX_TYPED_TERM_BLOCKS: usize = 8;

/// Bytes an idle page fetches ahead at most, over the wire
/// ([`Index::warm_up_plan`]; the app counts each part's body as sent, gzip
/// on GitHub Pages and most static hosts): about what two pages of a news site
/// weigh. On the synthetic 10k site every part a keystroke or a click waits
/// for is 4.15 MB gzipped (word blocks 79 KB, cards 1.24 MB, term blocks
/// 2.76 MB, typo blocks 72 KB), so the whole of it fits, with lead chunks
/// after; at 100k every word block, a third of the cards (the newest) and the
/// densest term blocks, which hold the words most articles have.
pub const WARM_UP_BUDGET: usize = 5 * 1024 * 1024;

// Estimated bytes over the wire (gzipped) of each kind of part, measured on
// the synthetic 10k and 100k bench sites: the warm-up plan is cut by these
// until the real sizes are known, and the app stops at the real ones.

/// A term block without its positions: a block closes at about
/// [`super::BLOCK_POSTINGS`] postings, so blocks weigh alike (10.6 KB
/// gzipped on average at 10k, 15.5 KB at 100k, 45 KB raw).
pub const TERM_BLOCK_BYTES: usize = 12 * 1024;
/// A term block's positions ([`Need::Positions`]): varint deltas barely
/// compress (22 KB at 10k, 37 KB at 100k, 44 KB raw).
pub const POSITION_BLOCK_BYTES: usize = 36 * 1024;
/// A word block: [`super::WORD_BLOCK_WORDS`] words of about 10 bytes with a
/// varint term id (28 KB raw, 8.7 KB gzipped).
pub const WORD_BLOCK_BYTES: usize = 9 * 1024;
/// A typo block (16–20 KB raw, see `typo.rs`; 9–10 KB gzipped).
pub const TYPO_BLOCK_BYTES: usize = 10 * 1024;
/// A body chunk ([`crate::split::BODY_CHUNK_BYTES`] of text plus related
/// articles: 19.6 KB raw, 7.2 KB gzipped).
pub const BODY_CHUNK_BYTES: usize = 8 * 1024;
/// A card or lead chunk ([`crate::split::CARD_CHUNK_BYTES`] of short texts and
/// numbers, about half of it gzipped: 4.5 KB).
pub const CARD_CHUNK_BYTES: usize = crate::split::CARD_CHUNK_BYTES * 9 / 16;
/// An id block ([`crate::split::ID_BLOCK_IDS`] article ids: 26 KB raw, 14 KB gzipped).
pub const ID_BLOCK_BYTES: usize = 14 * 1024;

/// What fetching `need` is estimated to cost over the wire, in bytes: the
/// budget of a warm-up is counted in these until the real sizes are known.
pub fn estimated_bytes(need: Need) -> usize {
    match need {
        Need::Terms(_) => TERM_BLOCK_BYTES,
        Need::Words(_) => WORD_BLOCK_BYTES,
        Need::Typos(_) => TYPO_BLOCK_BYTES,
        Need::Bodies(_) => BODY_CHUNK_BYTES,
        Need::Cards(_) | Need::Leads(_) => CARD_CHUNK_BYTES,
        Need::Ids(_) => ID_BLOCK_BYTES,
        Need::Positions(_) => POSITION_BLOCK_BYTES,
    }
}

/// The word the reader is typing in search text `q` (folded): the last bare
/// word, or `title:word`, when the text does not end with whitespace. A
/// single letter counts, though the query leaves it out (see
/// [`parse_query`]): its word blocks are worth fetching already.
pub fn typed_word(q: &str) -> Option<String> {
    let query = parse_query(q);
    let typed = match query.parts.last().and_then(|p| p.any_of.last()) {
        Some(Clause::Typed(w)) => Some(w.clone()),
        Some(Clause::Title(inner)) => match &**inner {
            Clause::Typed(w) => Some(w.clone()),
            _ => None,
        },
        _ => None,
    };
    typed.or_else(|| {
        let last = q.rsplit(char::is_whitespace).next()?;
        let last = last.strip_prefix("title:").unwrap_or(last);
        let mut chars = last.chars();
        let letter = chars
            .next()
            .filter(|c| c.is_alphabetic() && chars.next().is_none())?;
        Some(crate::text::fold(&letter.to_string()))
    })
}

impl Index {
    /// Whether `need` names a part of this index that is not loaded yet
    /// (`false` for a part it does not have: nothing to fetch).
    pub fn lacks(&self, need: Need) -> bool {
        fn empty<T>(cells: &[Lazy<T>], i: usize) -> bool {
            cells.get(i).is_some_and(|c| c.get().is_none())
        }
        match need {
            Need::Terms(i) => empty(&self.blocks, i),
            Need::Words(i) => empty(&self.word_blocks, i),
            Need::Typos(i) => empty(&self.typos.blocks, i),
            Need::Bodies(i) => self.bodies.as_ref().is_some_and(|b| empty(&b.chunks, i)),
            Need::Cards(i) => self.cards.as_ref().is_some_and(|c| empty(&c.chunks, i)),
            Need::Leads(i) => self.leads.as_ref().is_some_and(|c| empty(&c.chunks, i)),
            Need::Ids(i) => self.ids.as_ref().is_some_and(|c| empty(&c.blocks, i)),
            Need::Positions(i) => empty(&self.positions, i),
        }
    }

    /// The parts not loaded yet that the folded word being typed will need
    /// whatever letters complete it (see [`Index::typing_parts`]).
    pub fn typing_needs(&self, folded: &str) -> Vec<Need> {
        let mut out = self.typing_parts(folded);
        out.retain(|&n| self.lacks(n));
        out
    }

    /// The parts (loaded or not, sorted) the engine reads for the typed word
    /// `folded` and for every word of the corpus starting with it, as the
    /// typed word or finished (for a single letter, its word blocks only):
    /// - the term block of each language's stem of the word;
    /// - the word blocks that may hold its completions; until they are
    ///   loaded, the term blocks of terms starting with the letters typed (a
    ///   guess: a stem may be shorter than the letters typed);
    /// - once they are loaded, for each completion (at most
    ///   [`MAX_TYPING_COMPLETIONS`]), the block of each language's stem of it
    ///   and of the term it stands for;
    /// - when nothing longer starts with the word (a close spelling will be
    ///   looked up), the typo blocks of this letter count and the next one's.
    pub fn typing_parts(&self, folded: &str) -> Vec<Need> {
        let mut out = Vec::new();
        let letters = folded.chars().count();
        if letters == 0 {
            return out;
        }
        let (first, last) = self.word_block_range(folded);
        let blocks = self.word_blocks.get(first..=last).unwrap_or_default();
        out.extend((first..first + blocks.len()).map(Need::Words));
        if letters == 1 {
            // Its word blocks only: the query leaves a lone letter out, and
            // the terms starting with it are a large share of the index.
            return out;
        }
        self.stem_blocks(folded, &mut out);
        if blocks.iter().any(|b| b.get().is_none()) {
            if !self.blocks.is_empty() {
                // Before the first block's first term, terms may still start
                // with the letters typed (`ac` before `acces`).
                let b = self.block_of_term(folded).unwrap_or(0);
                let more = self.term_starts[b + 1..]
                    .iter()
                    .take_while(|(t, _)| t.starts_with(folded))
                    .count();
                out.extend((b..=b + more).map(Need::Terms));
            }
            return sorted(out);
        }
        let Some(completions) = self.completions(folded).filter(|c| !self.too_open(c)) else {
            return sorted(out);
        };
        for &(word, id) in &completions {
            self.stem_blocks(word, &mut out);
            out.push(Need::Terms(self.block_of_id_index(id)));
        }
        if completions.iter().all(|&(w, _)| w == folded) {
            self.typo_blocks_ahead(folded, &mut out);
        }
        sorted(out)
    }

    /// The corpus's words starting with `folded`, with their term ids, up to
    /// one more than [`MAX_TYPING_COMPLETIONS`]; `None` while a word block
    /// that may hold some is not loaded.
    fn completions(&self, folded: &str) -> Option<Vec<(&str, u32)>> {
        let (first, last) = self.word_block_range(folded);
        let blocks = self.word_blocks.get(first..=last).unwrap_or_default();
        let loaded: Option<Vec<_>> = blocks.iter().map(Lazy::get).collect();
        let completions = loaded?
            .into_iter()
            .flat_map(|b| {
                let start = b.words.partition_point(|(w, _)| w.as_str() < folded);
                b.words[start..]
                    .iter()
                    .take_while(|(w, _)| w.starts_with(folded))
                    .map(|(w, id)| (w.as_str(), *id))
            })
            .take(MAX_TYPING_COMPLETIONS + 1)
            .collect();
        Some(completions)
    }

    /// Whether the word being typed, `folded`, starts more than
    /// [`MAX_TYPING_COMPLETIONS`] words of the corpus, or words whose terms
    /// lie in more than [`MAX_TYPED_TERM_BLOCKS`] term blocks (`None` until
    /// its word blocks are loaded). The engine then leaves it out of the
    /// query, as it does a single letter, until a letter more narrows it: as
    /// a prefix it would narrow next to nothing and fetch much of the index.
    /// The Arabic article `ال` starts most Arabic words, whose stems (without
    /// it) are spread over the whole dictionary: at 10k, typing it cost 57
    /// requests and 1.2 s on broadband. Decided from the index's structure
    /// alone, so a link gives the same list on any cache state.
    pub fn starts_too_many(&self, folded: &str) -> Option<bool> {
        self.completions(folded).map(|c| self.too_open(&c))
    }

    /// [`Index::starts_too_many`] on completions already read.
    fn too_open(&self, completions: &[(&str, u32)]) -> bool {
        if completions.len() > MAX_TYPING_COMPLETIONS {
            return true;
        }
        let mut blocks: Vec<usize> = completions
            .iter()
            .map(|&(_, id)| self.block_of_id_index(id))
            .collect();
        blocks.sort_unstable();
        blocks.dedup();
        blocks.len() > MAX_TYPED_TERM_BLOCKS
    }

    /// Pushes the term block of `word`'s stem in each language where it is
    /// not a stop word (what the engine looks up for a word).
    fn stem_blocks(&self, word: &str, out: &mut Vec<Need>) {
        for lang in &self.langs {
            if is_stop_word(word, lang) {
                continue;
            }
            let term = if has_stemmer(lang) {
                stem(word, lang)
            } else {
                word.to_string()
            };
            if let Some(b) = self.block_of_term(&term) {
                out.push(Need::Terms(b));
            }
        }
    }

    /// Pushes the typo blocks the close spellings of `folded` and of any word
    /// one letter longer are looked up in (same key letter; see
    /// [`super::typo::TypoIndex::candidates`]).
    fn typo_blocks_ahead(&self, folded: &str, out: &mut Vec<Need>) {
        let letters = folded.chars().count();
        if letters + 1 < MIN_TYPO_LETTERS || folded.chars().any(char::is_numeric) {
            return;
        }
        let key = folded
            .strip_prefix("ال")
            .and_then(|rest| rest.chars().next())
            .or_else(|| folded.chars().next());
        let Some(key) = key else { return };
        let lo = letters.saturating_sub(max_edits(letters)).max(MIN_TYPO_LETTERS);
        let hi = (letters + 1 + max_edits(letters + 1)).min(MAX_TYPO_LETTERS);
        if lo > hi {
            return;
        }
        out.extend(self.typos.blocks_for(key, lo as u8, hi as u8).map(Need::Typos));
    }

    /// The parts an idle page fetches ahead, most useful first, not loaded
    /// yet, as many as fit `budget` bytes over the wire by [`estimated_bytes`]
    /// (the app stops earlier if the real bytes reach the budget first):
    /// 1. every word block: every word being typed reads one;
    /// 2. card chunks, newest first, within three quarters of the budget:
    ///    every list waits for its hits' cards (a facet click's too), and
    ///    hits scatter over the dossier, so a key typed in a large one waited
    ///    for a chunk per hit (at 10k, every card fits);
    /// 3. term blocks with the fewest terms first: a block closes at about
    ///    [`super::BLOCK_POSTINGS`] postings, so few terms in a block means
    ///    each is in many articles, the words a reader is likeliest to type;
    ///    blocks closed by [`super::BLOCK_TERMS`] hold rare words and come
    ///    last (the last block, whose size the first view does not tell, too);
    ///    the word being typed fetches its own blocks ahead anyway;
    /// 4. typo blocks, read only for a word the corpus does not have;
    /// 5. lead chunks, newest first: snippets of lists that search no words,
    ///    which do not wait for them; then the rest of the cards;
    /// 6. the positions of term blocks, in the term blocks' order: only a
    ///    phrase reads them.
    ///
    /// The plan stops at the first part that does not fit, so a larger
    /// budget only adds parts at the end.
    pub fn warm_up_plan(&self, budget: usize) -> Vec<Need> {
        let mut terms: Vec<(usize, usize)> = (0..self.blocks.len())
            .map(|b| {
                let count = match (self.term_starts.get(b + 1), self.blocks[b].get()) {
                    (_, Some(block)) => block.terms.len(),
                    (Some((_, next)), None) => (next - self.term_starts[b].1) as usize,
                    (None, None) => usize::MAX,
                };
                (count, b)
            })
            .collect();
        terms.sort_unstable();
        let cards = self.cards.as_ref().map_or(0, |c| c.chunks.len());
        let leads = self.leads.as_ref().map_or(0, |c| c.chunks.len());
        let early = (budget / 4 * 3 / CARD_CHUNK_BYTES).min(cards);
        let order = (0..self.word_blocks.len())
            .map(Need::Words)
            .chain((0..early).map(Need::Cards))
            .chain(terms.iter().map(|&(_, b)| Need::Terms(b)))
            .chain((0..self.typos.blocks.len()).map(Need::Typos))
            .chain((0..leads).map(Need::Leads))
            .chain((early..cards).map(Need::Cards))
            .chain(terms.iter().map(|&(_, b)| Need::Positions(b)));
        let mut left = budget;
        let mut out = Vec::new();
        for need in order.filter(|&n| self.lacks(n)) {
            let Some(rest) = left.checked_sub(estimated_bytes(need)) else {
                break;
            };
            left = rest;
            out.push(need);
        }
        out
    }
}

/// `needs` sorted, each once.
fn sorted(mut needs: Vec<Need>) -> Vec<Need> {
    needs.sort_unstable();
    needs.dedup();
    needs
}
