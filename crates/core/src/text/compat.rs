//! The compatibility forms news text actually contains, mapped to the letters
//! they stand for: full-width ASCII, Latin ligatures, Arabic presentation forms,
//! no-break and other odd spaces, superscript digits.
//!
//! This replaces a full NFKC pass, whose tables cost ~75 KB gzip in the browser
//! for scripts and symbols a news corpus does not use.

/// Arabic Presentation Forms-B (U+FE80..=U+FEFC): each run of contextual forms
/// (isolated, final, initial, medial) of one letter, as (first code point, run
/// length, the letter or letters it stands for).
const ARABIC_FORMS_B: &[(u32, u32, &str)] = &[
    (0xFE80, 1, "ء"),
    (0xFE81, 2, "آ"),
    (0xFE83, 2, "أ"),
    (0xFE85, 2, "ؤ"),
    (0xFE87, 2, "إ"),
    (0xFE89, 4, "ئ"),
    (0xFE8D, 2, "ا"),
    (0xFE8F, 4, "ب"),
    (0xFE93, 2, "ة"),
    (0xFE95, 4, "ت"),
    (0xFE99, 4, "ث"),
    (0xFE9D, 4, "ج"),
    (0xFEA1, 4, "ح"),
    (0xFEA5, 4, "خ"),
    (0xFEA9, 2, "د"),
    (0xFEAB, 2, "ذ"),
    (0xFEAD, 2, "ر"),
    (0xFEAF, 2, "ز"),
    (0xFEB1, 4, "س"),
    (0xFEB5, 4, "ش"),
    (0xFEB9, 4, "ص"),
    (0xFEBD, 4, "ض"),
    (0xFEC1, 4, "ط"),
    (0xFEC5, 4, "ظ"),
    (0xFEC9, 4, "ع"),
    (0xFECD, 4, "غ"),
    (0xFED1, 4, "ف"),
    (0xFED5, 4, "ق"),
    (0xFED9, 4, "ك"),
    (0xFEDD, 4, "ل"),
    (0xFEE1, 4, "م"),
    (0xFEE5, 4, "ن"),
    (0xFEE9, 4, "ه"),
    (0xFEED, 2, "و"),
    (0xFEEF, 2, "ى"),
    (0xFEF1, 4, "ي"),
    (0xFEF5, 2, "لآ"),
    (0xFEF7, 2, "لأ"),
    (0xFEF9, 2, "لإ"),
    (0xFEFB, 2, "لا"),
];

/// Calls `emit` with what `c` stands for: itself, unless it is one of the
/// compatibility forms above.
pub fn expand(c: char, mut emit: impl FnMut(char)) {
    let cp = c as u32;
    let text: &str = match cp {
        // Full-width ASCII.
        0xFF01..=0xFF5E => return emit(char::from_u32(cp - 0xFF01 + 0x21).unwrap_or(c)),
        0x3000 => " ",
        // No-break, narrow and other fixed-width spaces.
        0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F => " ",
        0xFB00 => "ff",
        0xFB01 => "fi",
        0xFB02 => "fl",
        0xFB03 => "ffi",
        0xFB04 => "ffl",
        0xFB05 | 0xFB06 => "st",
        0x00B9 => "1",
        0x00B2 => "2",
        0x00B3 => "3",
        0x2070 => "0",
        0x2074..=0x2079 => return emit(char::from_u32(cp - 0x2074 + '4' as u32).unwrap_or(c)),
        0xFDF2 => "الله",
        // Isolated and medial forms of harakat and tatweel: marks, dropped by folding.
        0xFE70..=0xFE7F => "\u{064B}",
        0xFE80..=0xFEFC => ARABIC_FORMS_B
            .iter()
            .find(|(start, len, _)| (*start..start + len).contains(&cp))
            .map_or("", |(_, _, letters)| letters),
        _ => return emit(c),
    };
    text.chars().for_each(emit);
}

#[cfg(test)]
mod tests {
    use super::expand;

    fn all(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| expand(c, |x| out.push(x)));
        out
    }

    #[test]
    fn maps_compatibility_forms() {
        assert_eq!(all("ＡＢＣ１２３"), "ABC123");
        assert_eq!(all("ﬁnance ﬂux"), "finance flux");
        assert_eq!(all("10\u{00A0}000\u{202F}€"), "10 000 €");
        assert_eq!(all("m²"), "m2");
        assert_eq!(all("Algérie"), "Algérie");
    }

    #[test]
    fn arabic_presentation_forms_become_letters() {
        // "الجزائر" typed with presentation forms (isolated/initial/medial/final).
        assert_eq!(
            all("\u{FE8D}\u{FEDF}\u{FE9F}\u{FEB0}\u{FE8E}\u{FE8B}\u{FEAE}"),
            "الجزائر"
        );
        assert_eq!(all("\u{FEFB}"), "لا");
        // Every code point of the Forms-B range maps to something but the reserved ones.
        for cp in 0xFE80..=0xFEFC {
            assert!(
                !all(&char::from_u32(cp).unwrap().to_string()).is_empty(),
                "{cp:X}"
            );
        }
    }
}
