//! Snowball stemming per language (via `rust-stemmers`).

use rust_stemmers::{Algorithm, Stemmer};

/// The stemmer for `lang`. Each arm names its algorithm as a constant so that
/// the optimiser inlines `Stemmer::create` and links only these ten of the
/// crate's eighteen algorithms (matching on a runtime `Algorithm` kept them all:
/// ~20 KB of wasm).
fn stemmer(lang: &str) -> Option<Stemmer> {
    Some(match lang {
        "en" => Stemmer::create(Algorithm::English),
        "fr" => Stemmer::create(Algorithm::French),
        "ar" => Stemmer::create(Algorithm::Arabic),
        "ru" => Stemmer::create(Algorithm::Russian),
        "es" => Stemmer::create(Algorithm::Spanish),
        "de" => Stemmer::create(Algorithm::German),
        "it" => Stemmer::create(Algorithm::Italian),
        "pt" => Stemmer::create(Algorithm::Portuguese),
        "nl" => Stemmer::create(Algorithm::Dutch),
        "tr" => Stemmer::create(Algorithm::Turkish),
        _ => return None,
    })
}

/// Whether [`stem`] has a stemmer for `lang` (otherwise it returns the term as is).
pub fn has_stemmer(lang: &str) -> bool {
    stemmer(lang).is_some()
}

/// The Snowball stem of `folded_term` (a term already passed through
/// [`super::fold`]) in `lang`. Languages: en, fr, ar, ru, es, de, it, pt, nl, tr;
/// any other language returns the term unchanged. Never returns an empty string
/// for a non-empty term.
pub fn stem(folded_term: &str, lang: &str) -> String {
    let Some(stemmer) = stemmer(lang) else {
        return folded_term.to_string();
    };
    let s = stemmer.stem(folded_term).into_owned();
    if s.is_empty() {
        folded_term.to_string()
    } else {
        s
    }
}
