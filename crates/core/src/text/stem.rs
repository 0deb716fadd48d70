//! Stemming per language: Snowball (via `rust-stemmers`), and for Arabic our
//! light stemmer ([`super::arabic_stem`]), which agrees with itself across clitics.

use super::arabic_stem::{light_stem, proclitic_stems};
use rust_stemmers::{Algorithm, Stemmer};

/// The Snowball stemmer for `lang` (Arabic has its own: [`stem`]). Each arm
/// names its algorithm as a constant so that the optimiser inlines
/// `Stemmer::create` and links only these nine of the crate's eighteen
/// algorithms (matching on a runtime `Algorithm` kept them all: ~20 KB of wasm).
fn stemmer(lang: &str) -> Option<Stemmer> {
    Some(match lang {
        "en" => Stemmer::create(Algorithm::English),
        "fr" => Stemmer::create(Algorithm::French),
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
    lang == "ar" || stemmer(lang).is_some()
}

/// The stem of `folded_term` (a term already passed through [`super::fold`])
/// in `lang`: Snowball for en, fr, ru, es, de, it, pt, nl, tr, the light
/// stemmer for ar; any other language returns the term unchanged. Never
/// returns an empty string for a non-empty term.
pub fn stem(folded_term: &str, lang: &str) -> String {
    if lang == "ar" {
        return light_stem(folded_term);
    }
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

/// Whether words of `lang` may have [`stem_alternatives`] (Arabic only).
pub fn has_stem_alternatives(lang: &str) -> bool {
    lang == "ar"
}

/// The other stems a word of `lang` is filed under besides [`stem`]'s: for
/// Arabic, its stems without a bare proclitic (`وروسيا` also under the stem of
/// `روسيا`; see [`super::arabic_stem`]); none in other languages. A query
/// word is looked up by its [`stem`] alone.
pub fn stem_alternatives(folded_term: &str, lang: &str) -> Vec<String> {
    if has_stem_alternatives(lang) {
        proclitic_stems(folded_term)
    } else {
        Vec::new()
    }
}
