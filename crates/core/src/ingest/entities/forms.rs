//! The forms a gazetteer word takes in running text: Arabic proclitics before a
//! name (and before its article), Russian case endings of nouns and adjectives.
//! Used for entity aliases and for the name cues of topics.

use crate::hash::FnvBuild;
use std::collections::{HashMap, HashSet};

/// Proclitics before a word: a conjunction, a preposition, or both.
const ARABIC_PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
/// `ل` fuses with the article: `ل` + `الجزائر` is written `للجزائر`.
const ARABIC_LAM_ARTICLE: &[&str] = &["لل", "ولل", "فلل"];

/// Case endings of Russian nouns (`Алжира`, `Ливии`, `Лавровым`, `Москвой`).
const RUSSIAN_NOUN_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "ом", "ем", "ём", "е", "и", "ы", "ой", "ей", "ым", "им", "ов", "ев", "ам", "ям",
    "ами", "ями", "ах", "ях", "ию", "ия", "ии", "ией",
];
/// Nominative endings that make a word an adjective (`Африканский`, `Российская`).
const RUSSIAN_ADJECTIVE_NOMINATIVE: &[&str] = &["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"];
/// Every ending of a Russian adjective.
const RUSSIAN_ADJECTIVE_ENDINGS: &[&str] = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем",
    "ую", "юю", "ых", "их", "ыми", "ими", "ей",
];
/// Letters a Russian noun drops before its case ending (`Ливия` → `Ливи-и`).
const RUSSIAN_STEM_FINALS: &[char] = &['а', 'я', 'о', 'е', 'й', 'и', 'ы', 'ь'];

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c))
}

fn is_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c))
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Whether the folded text word `word` is the folded gazetteer word `term`,
/// allowing clitics and case endings.
///
/// - Arabic: a proclitic before the word (`وبوتين`, `لموسكو`); before a word
///   with the article, also `لل` fused with it (`للجزائر`). The article is not
///   added to a word without one, so `مالي` is not `المالي` ("the financial").
/// - Russian: the stem keeps at least four letters, so short names (`Мали`)
///   match only as written, and a one-letter change (`Ливия` → `Ливан`) does
///   not match. Adjectives (`Африканский`) take adjective endings.
pub(in crate::ingest) fn term_matches(term: &str, word: &str) -> bool {
    term_matches_in(term, word, false)
}

/// What a word shares with every gazetteer word that [`term_matches_in`] it,
/// as `(kind, text)`: the word itself (`E`); for Russian, the first three
/// letters (`P`: a case ending follows a stem of at least three); for Arabic,
/// the last three letters, or all of a shorter word (`S`: proclitics come
/// before). Counting looks a name up only where its first word's key is among
/// the text word's [`word_keys`], instead of trying it at every word.
pub(in crate::ingest) fn term_key(term: &str) -> (u8, &str) {
    let n = chars(term);
    if is_arabic(term) {
        (b'S', last_chars(term, n.min(3)))
    } else if is_cyrillic(term) && n >= 3 {
        (
            b'P',
            &term[..term.char_indices().nth(3).map_or(term.len(), |(i, _)| i)],
        )
    } else {
        (b'E', term)
    }
}

/// Every key (see [`term_key`]) a text word may share with a gazetteer word matching it.
pub(in crate::ingest) fn word_keys(word: &str) -> impl Iterator<Item = (u8, &str)> {
    let n = chars(word);
    let prefix = (n >= 3).then(|| {
        (
            b'P',
            &word[..word.char_indices().nth(3).map_or(word.len(), |(i, _)| i)],
        )
    });
    let suffixes = (1..=n.min(3)).map(move |k| (b'S', last_chars(word, k)));
    std::iter::once((b'E', word)).chain(prefix).chain(suffixes)
}

/// Keys (see [`term_key`]) by kind (`E`, `P`, `S`): the ones a gazetteer's
/// names or a taxonomy's name cues start with, so that a text's words are
/// indexed under those alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub(in crate::ingest) struct KeySet {
    by_kind: [HashSet<String, FnvBuild>; 3],
}

/// The slot of a key's kind in a [`KeySet`].
fn kind_slot(kind: u8) -> usize {
    match kind {
        b'E' => 0,
        b'P' => 1,
        _ => 2,
    }
}

impl KeySet {
    pub(in crate::ingest) fn insert(&mut self, (kind, text): (u8, &str)) {
        self.by_kind[kind_slot(kind)].insert(text.to_string());
    }

    pub(in crate::ingest) fn contains(&self, (kind, text): (u8, &str)) -> bool {
        self.by_kind[kind_slot(kind)].contains(text)
    }
}

/// Positions of `words` by key (see [`key_starts`]).
pub(in crate::ingest) type KeyStarts<'a> = HashMap<(u8, &'a str), Vec<usize>, FnvBuild>;

/// Where each key (see [`word_keys`]) starts one of `words`, in order: a name
/// is then tried only where its first word's [`term_key`] starts a word.
/// With `only`, the keys it holds alone: five keys per word of every article,
/// each a list of positions, were a tenth of a build's ingest, and a gazetteer
/// looks up a few hundred. A word's keys are all distinct (each kind or length
/// once), so no position is listed twice under one key.
pub(in crate::ingest) fn key_starts<'a>(
    words: impl IntoIterator<Item = &'a str>,
    only: Option<&KeySet>,
) -> KeyStarts<'a> {
    let mut starts = KeyStarts::default();
    for (i, word) in words.into_iter().enumerate() {
        for key in word_keys(word) {
            if only.is_none_or(|keys| keys.contains(key)) {
                starts.entry(key).or_default().push(i);
            }
        }
    }
    starts
}

/// The last `k` characters of `s`.
fn last_chars(s: &str, k: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(k.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if k == 0 {
        ""
    } else {
        &s[start..]
    }
}

/// [`term_matches`] for one word of a name of several words (`in_phrase`): the
/// other words anchor the match, so a Russian stem of three letters may take
/// case endings too (`Лига арабских государств` → `Лиги арабских государств`).
pub(in crate::ingest) fn term_matches_in(term: &str, word: &str, in_phrase: bool) -> bool {
    let min_stem = if in_phrase { 3 } else { 4 };
    if term == word {
        return true;
    }
    if is_arabic(term) {
        let with_clitic = word
            .strip_suffix(term)
            .is_some_and(|p| ARABIC_PROCLITICS.contains(&p));
        let lam_article = term
            .strip_prefix("ال")
            .filter(|core| chars(core) >= 3)
            .and_then(|core| word.strip_suffix(core))
            .is_some_and(|p| ARABIC_LAM_ARTICLE.contains(&p));
        return with_clitic || lam_article;
    }
    if is_cyrillic(term) {
        if let Some(base) = RUSSIAN_ADJECTIVE_NOMINATIVE
            .iter()
            .find_map(|e| term.strip_suffix(e))
            .filter(|b| chars(b) >= 4)
        {
            // A name like Дмитрий looks like an adjective: allow noun endings too.
            return word.strip_prefix(base).is_some_and(|end| {
                RUSSIAN_ADJECTIVE_ENDINGS.contains(&end) || RUSSIAN_NOUN_ENDINGS.contains(&end)
            });
        }
        let base = term.strip_suffix(RUSSIAN_STEM_FINALS).unwrap_or(term);
        if chars(base) >= min_stem {
            return word
                .strip_prefix(base)
                .is_some_and(|end| RUSSIAN_NOUN_ENDINGS.contains(&end));
        }
    }
    false
}
