//! A light Arabic stemmer (after Larkey's Light10), shared by search and the
//! topic matcher: Snowball's Arabic stems of one word differ with its clitics
//! on folded text (`الزيارة` → `زياره` but `زيارة` → `زيار`; `والغاز` stays
//! `والغاز`), so a search for `الغاز` missed `والغاز`.
//!
//! A word has one stem ([`light_stem`]: the article with its proclitic, then
//! suffixes) and, when it starts with a bare proclitic (`و ف ب ك ل`), the
//! stems of the word without it ([`proclitic_stems`]). Those are kept apart
//! because the same letters begin many words (`وزير`, `بوتين`, `لافروف`,
//! `ليبيا`): stripping them always would make `ليبيا` and `الليبية` differ.
//! The index files a word under all its stems, a query word under its stem.

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Articles with their proclitics, longest first (text already folded: `أ` is
/// `ا`), and the letters that must remain: `الله` keeps its form.
const ARTICLES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];
const ARTICLE_REST: usize = 3;

/// Bare proclitics: a conjunction, a preposition, or a conjunction then a preposition.
const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];

/// Suffixes tried once each, in this order (folded: `ة` is `ه`): the pronoun
/// `ها`, the accusative or dual `ا`, duals and plurals, the feminine, the
/// nisba `ي`. Each is removed only where [`ROOT`] letters remain, so that
/// `مالي`, `روسي`, `بوتين` and `الله` keep their form and `الليبية` gives
/// `ليبي` as `ليبيا` does.
const SUFFIXES: &[&str] = &["ها", "ا", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
/// Letters a suffix must leave: a word of three letters keeps its form.
const ROOT: usize = 4;

/// The light stem of a folded Arabic word: the article with its proclitic
/// (`ال وال بال كال فال لل`, three letters remaining), then [`SUFFIXES`].
/// `العسكرية`, `عسكري` and `العسكريين` all give `عسكر`; `العقوبات` and
/// `عقوبات` give `عقوب`. A bare proclitic stays (`وزير` keeps its `و`): see
/// [`proclitic_stems`].
pub fn light_stem(folded: &str) -> String {
    let mut w = folded;
    if let Some(rest) = ARTICLES
        .iter()
        .find_map(|a| w.strip_prefix(a).filter(|r| chars(r) >= ARTICLE_REST))
    {
        w = rest;
    }
    for s in SUFFIXES {
        if let Some(rest) = w.strip_suffix(s).filter(|r| chars(r) >= ROOT) {
            w = rest;
        }
    }
    w.to_string()
}

/// The stems of `folded` without each bare proclitic it may start with
/// (`وروسيا` → the stem of `روسيا`; `ولافروف` → `لافروف`), where three
/// letters remain; empty for a word without one. `بالغاز` needs none: its
/// [`light_stem`] is already `غاز`.
pub fn proclitic_stems(folded: &str) -> Vec<String> {
    let own = light_stem(folded);
    let mut out: Vec<String> = Vec::new();
    for p in PROCLITICS {
        if let Some(rest) = folded.strip_prefix(p).filter(|r| chars(r) >= 3) {
            let s = light_stem(rest);
            if s != own && !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "arabic_stem_tests.rs"]
mod tests;
