//! Splitting text into folded words with byte offsets into the original text.

use super::fold::{fold, fold_into};
use super::letters::is_letter_or_digit;
use super::unicode::is_combining_mark;

/// One word of a text: its folded form and where it is in the original text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    /// The folded (and, after [`super::analyze`], stemmed) word.
    pub term: String,
    /// Byte offset of the word's first byte in the original input.
    pub start: usize,
    /// Byte offset just past the word's last byte in the original input.
    pub end: usize,
}

/// Elided articles and conjunctions (French, Italian, Catalan) dropped before an
/// apostrophe: `l'Algérie` → `algerie`, `qu'il` → `il`, `dell'Italia` → `italia`.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu",
    // Italian
    "dell", "all", "dall", "nell", "sull", "un", "quest", "quell", "coll", "tutt",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_word_char(c: char) -> bool {
    is_letter_or_digit(c) || is_combining_mark(c) || c == '\u{200C}' || c == '\u{200D}'
}

/// Splits `text` into words, folded with [`fold`], stop words kept, not stemmed.
///
/// A word is a run of letters, digits and combining marks; an apostrophe inside a
/// word (straight `'`, typographic `’` or `ʼ`) joins it, then:
/// - a leading elision is dropped (`l'Algérie` → `algerie`, `d'Alger` → `alger`,
///   `qu'aujourd'hui` → `aujourd'hui`);
/// - an English possessive `'s` is dropped (`Russia's` → `russia`);
/// - any other apostrophe stays in the term as `'` (`aujourd'hui`, `o'brien`).
///
/// Numbers are tokens (`2023`; `3.5` gives `3` and `5`). Hyphens and other
/// punctuation separate words. Offsets are byte offsets into `text` covering only
/// the kept part (without the elision or the possessive).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |term, start, end| {
        tokens.push(Token {
            term: term.to_string(),
            start,
            end,
        });
        true
    });
    tokens
}

/// The tokens of [`tokenize`], in order, without allocating one `String` per
/// token: `f(term, start, end)` borrows the term; returning `false` stops.
///
/// Tokenizing may start at any byte offset that follows a char that is neither
/// a word char nor an apostrophe (or at 0): the tokens from there are those of
/// the whole text (see [`is_restart_point`]).
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, usize, usize) -> bool) {
    let mut buf = String::new();
    let mut apostrophes: Vec<(usize, usize)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        // Byte offsets just after each joining apostrophe.
        apostrophes.clear();
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                chars.next();
            } else if is_apostrophe(d) {
                // Joins only when followed by a letter or digit.
                let mut ahead = text[j + d.len_utf8()..].chars();
                if ahead.next().is_some_and(is_letter_or_digit) {
                    apostrophes.push((j, j + d.len_utf8()));
                    chars.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if let Some((term, start, end)) = word_term(text, start, end, &apostrophes, &mut buf) {
            if !f(term, start, end) {
                return;
            }
        }
    }
}

/// Whether tokenizing may (re)start at byte `i` of `text` (see [`for_each_token`]).
pub fn is_restart_point(text: &str, i: usize) -> bool {
    i == 0
        || text.is_char_boundary(i)
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| !is_word_char(c) && !is_apostrophe(c))
}

/// The restart point at or before byte `i` (a char boundary): back over word
/// chars and apostrophes.
pub fn restart_point_before(text: &str, i: usize) -> usize {
    let mut r = i;
    for (j, c) in text[..i].char_indices().rev() {
        if is_word_char(c) || is_apostrophe(c) {
            r = j;
        } else {
            break;
        }
    }
    r
}

/// The folded term of the word `text[start..end]` (in `buf`) and its kept span.
fn word_term<'b>(
    text: &str,
    mut start: usize,
    mut end: usize,
    apostrophes: &[(usize, usize)],
    buf: &'b mut String,
) -> Option<(&'b str, usize, usize)> {
    let mut k = 0;
    // Leading elisions, possibly stacked (`qu'aujourd'hui` keeps `aujourd'hui`).
    while k < apostrophes.len() {
        let (a, after) = apostrophes[k];
        let prefix = fold(&text[start..a]);
        if ELISIONS.contains(&prefix.as_str()) && after < end {
            start = after;
            k += 1;
        } else {
            break;
        }
    }
    // Trailing English possessive.
    if let Some(&(a, after)) = apostrophes[k..].last() {
        if fold(&text[after..end]) == "s" && a > start {
            end = a;
        }
    }
    buf.clear();
    let word = &text[start..end];
    if word.is_ascii() {
        // Only letters, digits and `'` here; folding is lower-casing.
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        fold_into(word, buf);
        buf.retain(|c| is_letter_or_digit(c) || c == '\'');
    }
    let term = buf.trim_matches('\'');
    (!term.is_empty()).then_some((term, start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn restarting_at_a_restart_point_gives_the_same_tokens() {
        let s = "L’Algérie et d'Alger, aujourd'hui. Russia's ' x' qu'il «Ёлка» زارَ 3.5";
        let all = tokenize(s);
        for i in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
            let r = restart_point_before(s, i);
            assert!(r <= i && is_restart_point(s, r), "{i} -> {r}");
        }
        for i in 0..=s.len() {
            if is_restart_point(s, i) {
                let tail: Vec<Token> = tokenize(&s[i..])
                    .into_iter()
                    .map(|t| Token {
                        start: t.start + i,
                        end: t.end + i,
                        ..t
                    })
                    .collect();
                let expected: Vec<Token> = all.iter().filter(|t| t.start >= i).cloned().collect();
                assert_eq!(tail, expected, "at {i}");
            }
        }
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let s = "L’Algérie et d'Alger, aujourd'hui.";
        let toks = tokenize(s);
        let spans: Vec<&str> = toks.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(spans, vec!["Algérie", "et", "Alger", "aujourd'hui"]);
        assert_eq!(terms(s), vec!["algerie", "et", "alger", "aujourd'hui"]);
    }

    #[test]
    fn english_possessive_and_contractions() {
        assert_eq!(terms("Russia's gas, O'Brien"), vec!["russia", "gas", "o'brien"]);
        assert_eq!(terms("Russia’s"), vec!["russia"]);
        let s = "Algeria's";
        let t = &tokenize(s)[0];
        assert_eq!(&s[t.start..t.end], "Algeria");
    }

    #[test]
    fn french_stacked_elision() {
        assert_eq!(
            terms("qu'aujourd'hui jusqu'à l'ONU"),
            vec!["aujourd'hui", "a", "onu"]
        );
        assert_eq!(terms("s'il n'est"), vec!["il", "est"]);
    }

    #[test]
    fn numbers_hyphens_and_punctuation() {
        assert_eq!(
            terms("S-400, en 2023 (3.5%)"),
            vec!["s", "400", "en", "2023", "3", "5"]
        );
        assert_eq!(terms("' trailing' 'quoted'"), vec!["trailing", "quoted"]);
        assert!(terms("  ... — !").is_empty());
    }

    #[test]
    fn arabic_words_with_marks_stay_whole() {
        let s = "زارَ الرئيسُ الجزائرَ عام ٢٠٢٣";
        assert_eq!(terms(s), vec!["زار", "الرييس", "الجزاير", "عام", "2023"]);
        let toks = tokenize(s);
        assert_eq!(&s[toks[0].start..toks[0].end], "زارَ");
    }

    #[test]
    fn russian_words() {
        assert_eq!(
            terms("Алжир и Россия подписали ещё «соглашение»."),
            vec!["алжир", "и", "россия", "подписали", "еще", "соглашение"]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "'", "’’", "l'", "a'", "\u{301}", "\u{0640}", "'s", "x's", "\u{200D}", "ـَ",
        ] {
            for t in tokenize(s) {
                assert!(t.start < t.end && t.end <= s.len() && !t.term.is_empty());
            }
        }
    }
}
