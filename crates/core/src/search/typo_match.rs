//! Widening a query word that has few exact matches to its close spellings
//! (the engine's one hook into typo tolerance), and the correction it reports.
//!
//! Only plain query words are widened. A quoted word (`"tebbune"`, a one-word
//! phrase), a `prefix*` and the words of a phrase are matched exactly as
//! typed: that is how a reader searches the typed spelling without
//! correction (the app's "search instead for" link). An excluded word
//! (`-tebbune`) is widened like any other, so it removes what it would find;
//! an entity alias is a known spelling and is never widened.

use super::index::Index;
use super::parts::Need;
use super::scoring::DocScores;
use super::typo::{Candidate, MIN_TYPO_LETTERS};
use crate::text::is_stop_word;

/// A word matching fewer articles than this as typed is also matched by its
/// close spellings. One or two articles are what a misspelling in the texts
/// themselves gives (a reporter's `Tebbune` next to hundreds of `Tebboune`):
/// treating them as the answer would hide what the reader meant. Three or more
/// make it a spelling the dossier really uses, so it is left alone.
pub const FEW_MATCHES: usize = 3;
/// Score factor of an article matched only through a close spelling, per
/// edit; such articles also rank below every exact match of the word.
pub const FUZZY_WEIGHT: f32 = 0.5;

/// A query word matched through a close spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The folded word as typed (`tebbune`).
    pub typed: String,
    /// The folded surface word its results are for: the close spelling in the
    /// most articles at the smallest distance (`tebboune`).
    pub corrected: String,
    /// Edits between them (1 or 2).
    pub distance: u8,
}

/// Whether the folded query `word` may be corrected at all: not a stop word of
/// any language of the index, and long enough (digits and length are checked
/// by [`super::typo::bucket`]).
pub fn may_correct(index: &Index, word: &str) -> bool {
    word.chars().count() >= MIN_TYPO_LETTERS && !index.langs.iter().any(|l| is_stop_word(word, l))
}

/// Adds to `exact` (the articles matching the folded query `word` as typed,
/// with their scores) the articles matching its close spellings when it has
/// fewer than [`FEW_MATCHES`] (a spelling found in another language than
/// the word's own matches is left out), each scored by `eval` (the engine's exact word
/// evaluation) times [`FUZZY_WEIGHT`] per edit and kept below the lowest exact
/// score. Returns the correction to show, or the typo blocks to fetch first
/// (term blocks the close spellings need are `eval`'s to report).
pub fn widen(
    index: &Index,
    word: &str,
    exact: &mut DocScores,
    mut eval: impl FnMut(&str) -> DocScores,
) -> Result<Option<Correction>, Vec<Need>> {
    if exact.len() >= FEW_MATCHES || !may_correct(index, word) {
        return Ok(None);
    }
    let (candidates, _) = index.typos.candidates(word)?;
    let lang = |d: &u32| index.docs.get(*d as usize).map(|m| m.lang);
    let typed_langs: Vec<u16> = exact.keys().filter_map(lang).collect();
    // Strictly below the weakest exact match (scores are positive).
    let ceiling = exact.values().copied().reduce(f32::min).map(|s| s * FUZZY_WEIGHT);
    let mut fuzzy = DocScores::default();
    let mut best = None;
    for candidate in &candidates {
        let Candidate { word, distance, .. } = candidate;
        let docs = eval(word);
        // A word the dossier has, whose close spelling is in articles of
        // other languages only, is a word of its own language, not a
        // misspelling (French `ministre`, English `minister`): a misspelling
        // in the texts sits beside its right spelling in the same language.
        // A close spelling sharing a language counts in every language (a
        // name is spelt alike in English and French articles).
        if !typed_langs.is_empty() && !docs.keys().filter_map(lang).any(|l| typed_langs.contains(&l)) {
            continue;
        }
        best = best.or(Some(candidate));
        let weight = FUZZY_WEIGHT.powi(*distance as i32);
        for (d, s) in docs {
            let s = ceiling.map_or(s * weight, |c| (s * weight).min(c));
            let e = fuzzy.entry(d).or_insert(0.0);
            *e = e.max(s);
        }
    }
    for (d, s) in fuzzy {
        exact.entry(d).or_insert(s);
    }
    Ok(best.map(|best| Correction {
        typed: word.to_string(),
        corrected: best.word.clone(),
        distance: best.distance,
    }))
}

impl super::engine::Engine<'_> {
    /// [`widen`] for the engine's word evaluation: close spellings scored by
    /// `eval_word_exact`, blocks it lacks noted as needs, the correction noted
    /// for [`super::SearchResults::corrections`].
    pub(super) fn widen_word(&self, word: &str, exact: &mut DocScores) {
        match widen(self.index, word, exact, |w| self.eval_word_exact(w)) {
            Ok(Some(c)) => {
                let mut corrections = self.corrections.lock().unwrap_or_else(|e| e.into_inner());
                if !corrections.contains(&c) {
                    corrections.push(c);
                }
            }
            Ok(None) => {}
            Err(needs) => needs.into_iter().for_each(|n| self.need(n)),
        }
    }
}
