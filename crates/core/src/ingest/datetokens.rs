//! Splitting a string into the numbers, words and punctuation dates are made of,
//! with Western, Arabic-Indic and Persian digits and Arabic diacritics dropped.

use crate::text::is_letter;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    /// Value and number of digits.
    Num(u32, usize),
    /// Lower-cased word without Arabic diacritics.
    Word(String),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tok {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

/// Arabic harakat, tatweel and similar marks that do not change a word.
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}')
}

/// The tokens of `s`, adding one to `work` per character read.
pub(super) fn tokens(s: &str, work: &mut usize) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    for (i, c) in s.char_indices() {
        *work += 1;
        let end = i + c.len_utf8();
        let last = out.last_mut().filter(|t| t.end == i);
        if let Some(d) = digit(c) {
            if let Some(Tok {
                kind: Kind::Num(v, n),
                end: e,
                ..
            }) = last
            {
                *v = v.saturating_mul(10).saturating_add(d);
                *n += 1;
                *e = end;
                continue;
            }
            out.push(Tok {
                kind: Kind::Num(d, 1),
                start: i,
                end,
            });
        } else if is_letter(c) || is_arabic_mark(c) {
            if let Some(Tok {
                kind: Kind::Word(w),
                end: e,
                ..
            }) = last
            {
                if !is_arabic_mark(c) {
                    w.extend(c.to_lowercase());
                }
                *e = end;
                continue;
            }
            let w = if is_arabic_mark(c) {
                String::new()
            } else {
                c.to_lowercase().collect()
            };
            out.push(Tok {
                kind: Kind::Word(w),
                start: i,
                end,
            });
        } else if !c.is_whitespace() {
            out.push(Tok {
                kind: Kind::Punct(c),
                start: i,
                end,
            });
        }
    }
    out
}
