//! A memo of each folded word's stems per language: ingest (topics, headlines),
//! the index build and story features stem the same few thousand words
//! millions of times, and Snowball was a tenth of a 10k build's time.

use super::stem::{stem, stem_alternatives};
use super::stopwords::is_stop_word;
use super::tokenize::{tokenize, Token};
use crate::hash::FnvBuild;
use std::collections::HashMap;

/// Words remembered before the memo starts again: a corpus's vocabulary is
/// Zipfian, so the common words come back at once, and the library worker,
/// which runs for as long as the page is open, never holds more than this
/// (about 20 MB at worst, for long words with Arabic alternatives).
const MAX_WORDS: usize = 1 << 18;

/// Stems already computed, per language and folded word. It changes how fast,
/// never what, a caller gets: every answer is [`stem`]'s and
/// [`stem_alternatives`]'s.
#[derive(Default)]
pub struct StemCache {
    /// Per language (a corpus has a handful), each word's place in `stems`.
    langs: Vec<(String, HashMap<String, u32, FnvBuild>)>,
    /// Each remembered word's stem, then its alternatives.
    stems: Vec<Box<[String]>>,
}

impl StemCache {
    /// An empty memo.
    pub fn new() -> StemCache {
        StemCache::default()
    }

    /// The stems `folded_term` is filed under in `lang`: first its [`stem`],
    /// then its [`stem_alternatives`] (Arabic only).
    pub fn stems(&mut self, folded_term: &str, lang: &str) -> &[String] {
        if self.stems.len() >= MAX_WORDS {
            self.langs.clear();
            self.stems.clear();
        }
        let at = match self.langs.iter().position(|(l, _)| l == lang) {
            Some(at) => at,
            None => {
                self.langs.push((lang.to_string(), HashMap::default()));
                self.langs.len() - 1
            }
        };
        let words = &mut self.langs[at].1;
        // One hash lookup for a word seen before, the common case.
        let place = match words.get(folded_term) {
            Some(&place) => place,
            None => {
                let mut all = vec![stem(folded_term, lang)];
                all.extend(stem_alternatives(folded_term, lang));
                self.stems.push(all.into_boxed_slice());
                let place = (self.stems.len() - 1) as u32;
                words.insert(folded_term.to_string(), place);
                place
            }
        };
        &self.stems[place as usize]
    }

    /// [`stem`] of `folded_term` in `lang`.
    pub fn stem(&mut self, folded_term: &str, lang: &str) -> &str {
        &self.stems(folded_term, lang)[0]
    }

    /// [`super::analyze`], stemming through this memo.
    pub fn analyze(&mut self, text: &str, lang: &str) -> Vec<Token> {
        tokenize(text)
            .into_iter()
            .filter(|t| !is_stop_word(&t.term, lang))
            .map(|mut t| {
                t.term = self.stem(&t.term, lang).to_string();
                t
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyze;

    /// Every answer is the uncached functions' own, for words of four
    /// languages asked in turn and again (hits and misses alike).
    #[test]
    fn answers_as_the_stemmer_does() {
        let texts = [
            (
                "en",
                "The ministers met; the minister's meeting on gas pipelines resumed.",
            ),
            (
                "fr",
                "Les ministres se sont réunis ; la réunion du ministre sur les gazoducs reprend.",
            ),
            (
                "ar",
                "واجتمع الوزراء وبحث الوزير مع روسيا وللروسيا ملف الغاز والغاز",
            ),
            (
                "ru",
                "Министры встретились; министр обсудил газопроводы и газопровода.",
            ),
            ("xx", "Unknown language words stay as they are"),
        ];
        let mut cache = StemCache::new();
        for _ in 0..2 {
            for (lang, text) in texts {
                assert_eq!(cache.analyze(text, lang), analyze(text, lang), "{lang}");
                for t in tokenize(text) {
                    let mut want = vec![stem(&t.term, lang)];
                    want.extend(stem_alternatives(&t.term, lang));
                    assert_eq!(cache.stems(&t.term, lang), want.as_slice(), "{lang} {}", t.term);
                }
            }
        }
    }

    /// One word in two languages is two entries: the French stem of a word
    /// is not the English one.
    #[test]
    fn keeps_languages_apart() {
        let mut cache = StemCache::new();
        let en = cache.stem("nations", "en").to_string();
        let fr = cache.stem("nations", "fr").to_string();
        assert_eq!(en, stem("nations", "en"));
        assert_eq!(fr, stem("nations", "fr"));
        assert_eq!(cache.stem("nations", "en"), en);
    }

    /// Past its bound the memo starts again and still answers right.
    #[test]
    fn starts_again_when_full() {
        let mut cache = StemCache::new();
        cache.stems = vec![Box::from([String::new()]); MAX_WORDS];
        assert_eq!(cache.stem("running", "en"), "run");
        assert_eq!(cache.stems.len(), 1);
    }
}
