//! The words topic cues are compared on: one key per word of a text or a cue, so
//! that the inflections and clitic forms of a word compare equal.
//!
//! - en, fr, ru and other languages: the Snowball stem of [`crate::text::analyze`].
//! - ar: a light stemmer of our own (after Larkey's Light10), because Snowball's
//!   Arabic stems of the same word differ with its clitics on folded text
//!   (`الزيارة` → `زياره` but `زيارة` → `زيار`; `والغاز` stays `والغاز`).
//! - Names (a cue word written with a capital: `Mali`, `Ливия`) are compared on
//!   the folded word with Russian case endings and Arabic clitics (as entities
//!   are), never on their stem: the stem of `Мали` is `мал`, that of `мало`.

use super::super::entities::term_matches;
use crate::text::{is_stop_word, stem, tokenize};

/// One word of an article (stop words left out).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TextWord {
    /// The folded word, for names.
    folded: String,
    /// Its key (stem).
    key: String,
    /// Arabic only: the keys of the word without a proclitic (`لمجلس` → `مجلس`,
    /// `وبزيارة` → `زيار`), which [`arabic_key`] keeps because `و ب ل ك ف` also
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
            let alt = if lang == "ar" {
                arabic_proclitics(&t.term).map(arabic_key).collect()
            } else {
                Vec::new()
            };
            TextWord {
                key: key(&t.term, lang),
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
                CueWord::Stem(key(&t.term, lang))
            }
        })
        .collect()
}

fn key(folded: &str, lang: &str) -> String {
    if lang == "ar" {
        arabic_key(folded)
    } else {
        stem(folded, lang)
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Proclitics: a conjunction, a preposition, or a conjunction then a preposition.
const ARABIC_PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];

/// `word` without each proclitic it may start with, where three letters remain.
fn arabic_proclitics(word: &str) -> impl Iterator<Item = &str> {
    ARABIC_PROCLITICS
        .iter()
        .filter_map(move |p| word.strip_prefix(p).filter(|r| chars(r) >= 3))
}

/// Articles with their proclitics, longest first (text already folded: `أ` is `ا`).
const ARABIC_ARTICLES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];
/// Suffixes tried once each, in this order, with the letters that must remain
/// (folded: `ة` is `ه`): the pronoun `ها`, the accusative or dual `ا`, duals and
/// plurals, the feminine, the nisba `ي`. Four letters must remain before `ا`,
/// `يه` and `ي`, so that `مالي`, `روسي` and `الليبية` (→ `ليبي`) keep a root.
const ARABIC_SUFFIXES: &[(&str, usize)] = &[
    ("ها", 3),
    ("ا", 4),
    ("ان", 3),
    ("ات", 3),
    ("ون", 3),
    ("ين", 3),
    ("يه", 4),
    ("ه", 3),
    ("ي", 4),
];

/// A light Arabic stem of a folded word: the article with its proclitic, then
/// [`ARABIC_SUFFIXES`]. `العسكرية`, `عسكري` and `العسكريين` all give `عسكر`;
/// `وزيرا` (dual) gives `وزير`. A bare proclitic is not removed here (`وزير`
/// keeps its `و`): [`TextWord::alt`] tries the word without it.
pub(super) fn arabic_key(folded: &str) -> String {
    let mut w = folded;
    if let Some(rest) = ARABIC_ARTICLES
        .iter()
        .find_map(|a| w.strip_prefix(a).filter(|r| chars(r) >= 2))
    {
        w = rest;
    }
    for (s, min) in ARABIC_SUFFIXES {
        if let Some(rest) = w.strip_suffix(s).filter(|r| chars(r) >= *min) {
            w = rest;
        }
    }
    w.to_string()
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
