//! Snowball stemming per language (via `rust-stemmers`).

use rust_stemmers::{Algorithm, Stemmer};

fn algorithm(lang: &str) -> Option<Algorithm> {
    Some(match lang {
        "en" => Algorithm::English,
        "fr" => Algorithm::French,
        "ar" => Algorithm::Arabic,
        "ru" => Algorithm::Russian,
        "es" => Algorithm::Spanish,
        "de" => Algorithm::German,
        "it" => Algorithm::Italian,
        "pt" => Algorithm::Portuguese,
        "nl" => Algorithm::Dutch,
        "tr" => Algorithm::Turkish,
        _ => return None,
    })
}

/// Whether [`stem`] has a stemmer for `lang` (otherwise it returns the term as is).
pub fn has_stemmer(lang: &str) -> bool {
    algorithm(lang).is_some()
}

/// The Snowball stem of `folded_term` (a term already passed through
/// [`super::fold`]) in `lang`. Languages: en, fr, ar, ru, es, de, it, pt, nl, tr;
/// any other language returns the term unchanged. Never returns an empty string
/// for a non-empty term.
pub fn stem(folded_term: &str, lang: &str) -> String {
    let Some(alg) = algorithm(lang) else {
        return folded_term.to_string();
    };
    let s = Stemmer::create(alg).stem(folded_term).into_owned();
    if s.is_empty() {
        folded_term.to_string()
    } else {
        s
    }
}
