//! Folding: the normal form every indexed and queried word is compared in.

use super::unicode::strip_marks;

/// Folds `s` so that spellings a reader considers the same compare equal.
///
/// In order: the compatibility forms of [`super::compat`] (ligatures, full-width,
/// Arabic presentation forms), lower case, then per character:
/// - Latin and Greek diacritics removed (`é`→`e`, `ç`→`c`), `œ`→`oe`, `æ`→`ae`,
///   `ß`→`ss`, `ø`→`o`, `ł`→`l`, `đ`→`d`;
/// - Cyrillic `ё`→`е`, but `й` is kept (it is a distinct letter the Russian
///   stemmer relies on);
/// - Arabic harakat, superscript alef and tatweel removed, hamza-carrying and other
///   alef variants (`أ إ آ ٱ`)→`ا`, `ؤ`→`و`, `ئ`→`ي`, `ى`→`ي`, `ة`→`ه`, Persian
///   `ی`→`ي`, `ک`→`ك`;
/// - Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits;
/// - typographic apostrophes (`’`, `ʼ`) → `'`.
///
/// Pure and allocation-light; usable in wasm.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // NFKC and every rule below leave ASCII unchanged except for case.
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out` (no allocation when `out` has room).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // A decomposed й (и + combining breve) is still the letter й.
        let c = match (c, chars.peek()) {
            ('и', Some('\u{0306}')) | ('И', Some('\u{0306}')) => {
                chars.next();
                'й'
            }
            _ => c,
        };
        // Fast paths (same result, see the tests): basic Cyrillic and Arabic letters.
        match c {
            '\u{0430}'..='\u{044F}' => {
                out.push(c);
                continue;
            }
            '\u{0410}'..='\u{042F}' => {
                out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
                continue;
            }
            'آ' | 'أ' | 'إ' | 'ؤ' | 'ئ' | 'ى' | 'ة' => {
                fold_char(c, out);
                continue;
            }
            '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
                out.push(c);
                continue;
            }
            _ => {}
        }
        super::compat::expand(c, |c| {
            super::unicode::lowercase(c, |l| fold_char(l, out));
        });
    }
}

fn fold_char(c: char, out: &mut String) {
    match c {
        // Fast path: ASCII is already folded once lower-cased.
        c if c.is_ascii() => out.push(c),
        // Cyrillic.
        'й' => out.push('й'),
        'ё' => out.push('е'),
        // Latin letters that do not decompose canonically.
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ß' | 'ẞ' => out.push_str("ss"),
        'ø' => out.push('o'),
        'ł' => out.push('l'),
        'đ' | 'ð' => out.push('d'),
        'þ' => out.push_str("th"),
        'ı' => out.push('i'),
        // Apostrophes.
        '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{00B4}' | '\u{0060}' => out.push('\''),
        // Arabic.
        '\u{0640}' => {}                                                     // tatweel
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => {} // harakat, Quranic marks
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => out.push('ا'),
        'ؤ' => out.push('و'),
        'ئ' | 'ى' | 'ی' | 'ې' => out.push('ي'),
        'ة' => out.push('ه'),
        'ک' => out.push('ك'),
        '\u{0660}'..='\u{0669}' => out.push((b'0' + (c as u32 - 0x0660) as u8) as char),
        '\u{06F0}'..='\u{06F9}' => out.push((b'0' + (c as u32 - 0x06F0) as u8) as char),
        // Everything else: canonical decomposition with combining marks dropped
        // (removes Latin/Greek accents; leaves letters without marks unchanged).
        _ => strip_marks(c, |d| out.push(d)),
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn fast_paths_fold_like_the_general_path() {
        for c in ('\u{0400}'..='\u{04FF}').chain('\u{0600}'..='\u{06FF}') {
            let mut slow = String::new();
            super::super::compat::expand(c, |c| {
                super::super::unicode::lowercase(c, |l| super::fold_char(l, &mut slow));
            });
            assert_eq!(fold(&c.to_string()), slow, "{c:?}");
        }
    }

    #[test]
    fn latin_case_and_diacritics() {
        assert_eq!(fold("Algérie"), "algerie");
        assert_eq!(fold("FRANÇAIS"), "francais");
        assert_eq!(fold("Cœur"), "coeur");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ﬁnance"), "finance"); // NFKC ligature
        assert_eq!(fold("ＡＢＣ"), "abc"); // full width
        assert_eq!(fold("Ñandú"), "nandu");
    }

    #[test]
    fn cyrillic_yo_folds_but_short_i_stays() {
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Новый"), "новый");
        assert_eq!(fold("ШОЙГУ"), "шойгу");
        assert_eq!(fold("Нови\u{0306}"), "новй");
        assert_eq!(fold("Е\u{0308}лка"), "елка");
    }

    #[test]
    fn arabic_marks_tatweel_alef_and_digits() {
        // harakat removed
        assert_eq!(fold("الجَزَائِرُ"), "الجزاير");
        // tatweel removed
        assert_eq!(fold("الجـــزائر"), "الجزاير");
        // alef variants
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("إسلام"), "اسلام");
        assert_eq!(fold("آسيا"), "اسيا");
        assert_eq!(fold("ٱلله"), "الله");
        // alef maqsura and ta marbuta
        assert_eq!(fold("موسى"), "موسي");
        assert_eq!(fold("شنقريحة"), "شنقريحه");
        // digits
        assert_eq!(fold("٢٠٢٣"), "2023");
        assert_eq!(fold("۱۹۶۲"), "1962");
    }

    #[test]
    fn apostrophes_are_unified() {
        assert_eq!(fold("l’Algérie"), "l'algerie");
    }

    #[test]
    fn fold_is_idempotent_on_samples() {
        for s in ["Algérie", "الجَزَائِرُ", "Ёлка", "Œuvre ß", "٢٠٢٣", "Ǆemal"] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s}");
        }
    }
}
