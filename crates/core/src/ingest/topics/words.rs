//! The words topic cues are compared on: one key per word of a text or a cue, so
//! that the inflections and clitic forms of a word compare equal.
//!
//! - every language: the stem search uses ([`crate::text::stem`]: Snowball, and
//!   for Arabic the light stemmer of `text/arabic_stem.rs`, with the stems of a
//!   word without its bare proclitic as alternatives).
//! - Names (a cue word written with a capital: `Mali`, `Ливия`) are compared on
//!   the folded word with Russian case endings and Arabic clitics (as entities
//!   are), never on their stem: the stem of `Мали` is `мал`, that of `мало`.

use super::super::entities::{key_starts, term_key, term_matches, KeySet, KeyStarts};
use crate::hash::FnvBuild;
use crate::text::{is_stop_word, stem, tokenize, StemCache};
use std::collections::{HashMap, HashSet};

/// One word of an article (stop words left out).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TextWord {
    /// The folded word, for names.
    folded: String,
    /// Its key (stem).
    key: String,
    /// Arabic only: the keys of the word without a proclitic (`لمجلس` → `مجلس`,
    /// `وبزيارة` → `زيار`), which its key keeps because `و ب ل ك ف` also
    /// begin many words (`وزير`, `بريكس`).
    alt: Vec<String>,
}

/// One word of a cue.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum CueWord {
    /// Matches a text word with the same key.
    Stem(String),
    /// Matches a text word that is this folded name, inflected or with clitics.
    Name(String),
}

impl CueWord {
    pub(super) fn matches(&self, w: &TextWord) -> bool {
        match self {
            CueWord::Stem(k) => w.key == *k || w.alt.contains(k),
            CueWord::Name(n) => term_matches(n, &w.folded),
        }
    }
}

/// The keys a taxonomy's cues start with (a stem, or a name's key): a text's
/// words are indexed under these alone (every word's stem and five name keys,
/// each with a list of positions, were a tenth of a build's ingest).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct CueStarts {
    stems: HashSet<String, FnvBuild>,
    names: KeySet,
}

impl CueStarts {
    /// Notes where `cue` may start.
    pub(super) fn add(&mut self, cue: &[CueWord]) {
        match cue.first() {
            Some(CueWord::Stem(k)) => {
                self.stems.insert(k.clone());
            }
            Some(CueWord::Name(n)) => self.names.insert(term_key(n)),
            None => {}
        }
    }
}

/// Where each key starts a word of a text, so that a cue is tried only where
/// its first word may match instead of at every word (cues × words compared
/// strings at every position: a sixth of a 10k build's ingest).
pub(super) struct WordIndex<'a> {
    words: &'a [TextWord],
    /// Stem keys (a word's key and its Arabic alternatives) to positions.
    stems: HashMap<&'a str, Vec<usize>, FnvBuild>,
    /// Name keys (see [`key_starts`]) to positions.
    names: KeyStarts<'a>,
}

impl<'a> WordIndex<'a> {
    /// The index of `words`; with `only`, under the keys cues start with alone
    /// (a cue not among them is never found).
    pub(super) fn new(words: &'a [TextWord], only: Option<&CueStarts>) -> Self {
        let mut stems: HashMap<&str, Vec<usize>, FnvBuild> = HashMap::default();
        for (i, w) in words.iter().enumerate() {
            let keys = std::iter::once(&w.key).chain(&w.alt);
            for key in keys.filter(|k| only.is_none_or(|o| o.stems.contains(k.as_str()))) {
                let at = stems.entry(key).or_default();
                // A key also among its alternatives is one entry.
                if at.last() != Some(&i) {
                    at.push(i);
                }
            }
        }
        let names = key_starts(words.iter().map(|w| w.folded.as_str()), only.map(|o| &o.names));
        WordIndex { words, stems, names }
    }

    /// Where `cue` occurs: the start of each match, in text order.
    pub(super) fn matches(&self, cue: &[CueWord]) -> Vec<usize> {
        let Some(first) = cue.first() else {
            return Vec::new();
        };
        let starts = match first {
            CueWord::Stem(k) => self.stems.get(k.as_str()),
            CueWord::Name(n) => self.names.get(&term_key(n)),
        };
        let Some(starts) = starts else {
            return Vec::new();
        };
        starts
            .iter()
            .copied()
            .filter(|&i| {
                self.words
                    .get(i..i + cue.len())
                    .is_some_and(|ws| cue.iter().zip(ws).all(|(c, w)| c.matches(w)))
            })
            .collect()
    }
}

/// The words of `text` in `lang`, stop words left out, stemmed through `stems`.
pub(super) fn text_words(text: &str, lang: &str, stems: &mut StemCache) -> Vec<TextWord> {
    tokenize(text)
        .into_iter()
        .filter(|t| !is_stop_word(&t.term, lang))
        .map(|t| {
            let (key, alt) = stems
                .stems(&t.term, lang)
                .split_first()
                .expect("a stem, then alternatives");
            TextWord {
                key: key.clone(),
                alt: alt.to_vec(),
                folded: t.term,
            }
        })
        .collect()
}

/// The words of one cue in `lang`; empty when the cue has only stop words.
pub(super) fn cue_words(cue: &str, lang: &str) -> Vec<CueWord> {
    tokenize(cue)
        .into_iter()
        .filter(|t| !is_stop_word(&t.term, lang))
        .map(|t| {
            let written = cue[t.start..].chars().next();
            if written.is_some_and(char::is_uppercase) {
                CueWord::Name(t.term)
            } else {
                CueWord::Stem(stem(&t.term, lang))
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
