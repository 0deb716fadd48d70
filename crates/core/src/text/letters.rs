//! `char::is_alphabetic` and `char::is_alphanumeric` answered without their
//! Unicode tables for the letters most of a news corpus is written in: a build
//! asks for every character of every line several times, and the table search
//! (`lookup_slow`) was a twentieth of a 10k build on French, Arabic and Russian text.

/// Letters whose answer is known without the table: Latin-1's (without `×`
/// and `÷`), Cyrillic's and the basic Arabic alphabet.
fn is_common_letter(c: char) -> bool {
    matches!(c,
        'a'..='z' | 'A'..='Z'
        | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ'
        | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}'
        | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Exactly `c.is_alphabetic()`.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    is_common_letter(c) || c.is_alphabetic()
}

/// Exactly `c.is_alphanumeric()`.
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_common_letter(c) || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point answers as the standard library does.
    #[test]
    fn agree_with_std_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The fast ranges hold letters only.
    #[test]
    fn common_letters_are_letters() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_common_letter(c))
        {
            assert!(c.is_alphabetic(), "{c:?}");
        }
    }
}
