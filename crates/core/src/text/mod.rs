//! Language-aware text analysis shared by ingest and search.
//!
//! - [`fold`]: the normal form (NFKC, lower case, diacritics, Arabic and Cyrillic
//!   letter variants, digits).
//! - [`tokenize`]: words with byte offsets into the original text, folded, stop
//!   words kept, not stemmed.
//! - [`analyze`]: tokenize, drop the stop words of a language, stem.
//! - [`stem`], [`stem_alternatives`], [`is_stop_word`]: the per-language pieces
//!   (Arabic: a light stemmer of our own, `arabic_stem.rs`); [`StemCache`]
//!   remembers their answers for a build's millions of words.
//!
//! Everything here is pure (no OS calls) and compiles to wasm.

mod arabic_stem;
mod compat;
mod fold;
mod letters;
mod stem;
mod stem_cache;
mod stopwords;
mod tokenize;
mod unicode;
#[rustfmt::skip]
mod unicode_tables;

pub use fold::{fold, fold_into};
pub use letters::{is_letter, is_letter_or_digit};
pub use stem::{has_stem_alternatives, has_stemmer, stem, stem_alternatives};
pub use stem_cache::StemCache;
pub use stopwords::{is_function_word, is_stop_word};
pub use tokenize::{for_each_token, is_restart_point, restart_point_before, tokenize, Token};

/// Tokenizes `text`, drops the stop words of `lang` and stems the rest for `lang`.
///
/// Offsets still point into `text`. An unknown `lang` keeps every word, folded
/// and unstemmed.
pub fn analyze(text: &str, lang: &str) -> Vec<Token> {
    tokenize(text)
        .into_iter()
        .filter(|t| !is_stop_word(&t.term, lang))
        .map(|mut t| {
            t.term = stem(&t.term, lang);
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, lang: &str) -> Vec<String> {
        analyze(text, lang).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn english_inflections_share_a_stem() {
        let a = terms("The ministers signed agreements on gas exports", "en");
        assert_eq!(a, vec!["minist", "sign", "agreement", "gas", "export"]);
        assert_eq!(
            terms("Minister signing agreement", "en"),
            vec!["minist", "sign", "agreement"]
        );
    }

    #[test]
    fn french_elision_stop_words_and_stems() {
        let a = terms("L'Algérie et la Russie ont signé des accords énergétiques", "fr");
        assert!(!a.contains(&"la".to_string()) && !a.contains(&"et".to_string()));
        assert_eq!(a[0], stem("algerie", "fr"));
        assert_eq!(terms("accord", "fr"), terms("accords", "fr"));
        assert_eq!(terms("énergétique", "fr"), terms("ENERGETIQUES", "fr"));
    }

    #[test]
    fn russian_cases_share_a_stem() {
        assert_eq!(terms("России", "ru"), terms("Россия", "ru"));
        assert_eq!(terms("соглашения", "ru"), terms("соглашение", "ru"));
        // stop word dropped
        assert_eq!(terms("и газ", "ru"), terms("газ", "ru"));
    }

    #[test]
    fn arabic_prefixes_and_marks() {
        // Definite article and marks do not change the stem.
        assert_eq!(terms("الغازُ", "ar"), terms("غاز", "ar"));
        // Stop word dropped.
        assert_eq!(terms("في الجزائر", "ar"), terms("الجزائر", "ar"));
        assert!(!terms("الجزائر", "ar")[0].is_empty());
    }

    #[test]
    fn unknown_language_is_folded_only() {
        assert_eq!(terms("Die Gäste", "xx"), vec!["die", "gaste"]);
        assert_eq!(stem("running", "zz"), "running");
    }

    #[test]
    fn offsets_survive_analysis() {
        let s = "Les échanges d’énergie";
        let toks = analyze(s, "fr");
        let spans: Vec<&str> = toks.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(spans, vec!["échanges", "énergie"]);
    }
}
