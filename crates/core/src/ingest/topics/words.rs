//! The words topic cues are compared on: one key per word of a text or a cue, so
//! that the inflections and clitic forms of a word compare equal.
//!
//! - every language: the stem search uses ([`crate::text::stem`]: Snowball, and
//!   for Arabic the light stemmer of `text/arabic_stem.rs`, with the stems of a
//!   word without its bare proclitic as alternatives).
//! - Names (a cue word written with a capital: `Mali`, `Ливия`) are compared on
//!   the folded word with Russian case endings and Arabic clitics (as entities
//!   are), never on their stem: the stem of `Мали` is `мал`, that of `мало`.

use super::super::entities::term_matches;
use crate::text::{is_stop_word, stem, stem_alternatives, tokenize};

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

/// The words of `text` in `lang`, stop words left out.
pub(super) fn text_words(text: &str, lang: &str) -> Vec<TextWord> {
    tokenize(text)
        .into_iter()
        .filter(|t| !is_stop_word(&t.term, lang))
        .map(|t| {
            let alt = stem_alternatives(&t.term, lang);
            TextWord {
                key: stem(&t.term, lang),
                folded: t.term,
                alt,
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
