//! Recognising calendar dates written in text: ISO, numeric (when unambiguous)
//! and with month names in English, French, Spanish, German, Italian, Russian
//! and Arabic (Egyptian/Gulf, Maghreb and Levantine sets), with Western or
//! Arabic-Indic digits.

use crate::model::PartialDate;

/// A date found in a string, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub date: PartialDate,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    /// Value and number of digits.
    Num(u32, usize),
    /// Lower-cased word without Arabic diacritics.
    Word(String),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
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

fn tokens(s: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    for (i, c) in s.char_indices() {
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
        } else if c.is_alphabetic() || is_arabic_mark(c) {
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

/// Month names (and abbreviations) by month, lower case; two-word Levantine names included.
#[rustfmt::skip]
const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "janvier", "janv", "enero", "januar", "jänner", "gennaio", "января", "январь", "يناير", "جانفي", "كانون الثاني"],
    &["february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "febrero", "februar", "febbraio", "февраля", "февраль", "فبراير", "فيفري", "شباط"],
    &["march", "mar", "mars", "marzo", "märz", "marz", "maerz", "марта", "март", "مارس", "آذار", "اذار"],
    &["april", "apr", "avril", "avr", "abril", "aprile", "апреля", "апрель", "أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان"],
    &["may", "mai", "mayo", "maggio", "мая", "май", "مايو", "ماي", "أيار", "ايار"],
    &["june", "jun", "juin", "junio", "juni", "giugno", "июня", "июнь", "يونيو", "يونيه", "جوان", "حزيران"],
    &["july", "jul", "juillet", "juil", "julio", "juli", "luglio", "июля", "июль", "يوليو", "يوليه", "جويلية", "تموز"],
    &["august", "aug", "août", "aout", "agosto", "августа", "август", "أغسطس", "اغسطس", "أوت", "اوت", "آب"],
    &["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "сентября", "сентябрь", "سبتمبر", "أيلول", "ايلول"],
    &["october", "oct", "octobre", "octubre", "oktober", "ottobre", "октября", "октябрь", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
    &["november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "نوفمبر", "تشرين الثاني"],
    &["december", "dec", "décembre", "decembre", "déc", "diciembre", "dezember", "dicembre", "декабря", "декабрь", "ديسمبر", "كانون الأول", "كانون الاول"],
];

/// Small words that may sit between the parts of a date.
const FILLERS: &[&str] = &[
    "de", "del", "of", "the", "er", "st", "nd", "rd", "th", "г", "года", "год", "م",
];

fn word(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok {
            kind: Kind::Word(w), ..
        }) => Some(w),
        _ => None,
    }
}

/// The month named at token `i` and how many tokens the name takes.
fn month_at(t: &[Tok], i: usize) -> Option<(u8, usize)> {
    let w = word(t.get(i))?;
    let two = word(t.get(i + 1)).map(|n| format!("{w} {n}"));
    for (m, names) in MONTHS.iter().enumerate() {
        if let Some(two) = &two {
            if names.contains(&two.as_str()) {
                return Some((m as u8 + 1, 2));
            }
        }
    }
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|m| (m as u8 + 1, 1))
}

fn skip_fillers(t: &[Tok], mut i: usize) -> usize {
    while let Some(tok) = t.get(i) {
        match &tok.kind {
            Kind::Punct(',' | '.' | '،') => i += 1,
            Kind::Word(w) if FILLERS.contains(&w.as_str()) => i += 1,
            _ => break,
        }
    }
    i
}

fn num(t: &[Tok], i: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    match t.get(i) {
        Some(Tok {
            kind: Kind::Num(v, n),
            ..
        }) if digits.contains(n) => Some(*v),
        _ => None,
    }
}

fn year(t: &[Tok], i: usize) -> Option<i32> {
    num(t, i, 4..=4)
        .filter(|y| (1800..=2200).contains(y))
        .map(|y| y as i32)
}

fn punct(t: &[Tok], i: usize) -> Option<char> {
    match t.get(i) {
        Some(Tok {
            kind: Kind::Punct(c), ..
        }) => Some(*c),
        _ => None,
    }
}

/// Tries every pattern at token `i`; returns the date (`None` if it does not exist,
/// e.g. 30 February) and the index after the tokens that have the shape of a date.
fn date_at(t: &[Tok], i: usize) -> Option<(Option<PartialDate>, usize)> {
    let byte = |d: u32| u8::try_from(d).ok();
    // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
    if let (Some(y), Some(p)) = (year(t, i), punct(t, i + 1)) {
        if matches!(p, '-' | '/' | '.') && punct(t, i + 3) == Some(p) {
            if let (Some(m), Some(d)) = (num(t, i + 2, 1..=2), num(t, i + 4, 1..=2)) {
                return Some((PartialDate::day(y, byte(m)?, byte(d)?), i + 5));
            }
        }
    }
    // DD/MM/YYYY when unambiguous (or MM/DD/YYYY when the second part is over 12)
    if let (Some(a), Some(p)) = (num(t, i, 1..=2), punct(t, i + 1)) {
        if matches!(p, '-' | '/' | '.') && punct(t, i + 3) == Some(p) {
            if let (Some(b), Some(y)) = (num(t, i + 2, 1..=2), year(t, i + 4)) {
                let (d, m) = match (a, b) {
                    (a, b) if a == b || (a > 12 && b <= 12) => (a, b),
                    (a, b) if a <= 12 && b > 12 => (b, a),
                    _ => return None,
                };
                return Some((PartialDate::day(y, byte(m)?, byte(d)?), i + 5));
            }
        }
    }
    // D Month YYYY
    if let Some(d) = num(t, i, 1..=2) {
        let j = skip_fillers(t, i + 1);
        if let Some((m, n)) = month_at(t, j) {
            let k = skip_fillers(t, j + n);
            if let Some(y) = year(t, k) {
                return Some((PartialDate::day(y, m, byte(d)?), k + 1));
            }
        }
        return None;
    }
    // Month D, YYYY or Month YYYY
    let (m, n) = month_at(t, i)?;
    let j = skip_fillers(t, i + n);
    if let Some(y) = year(t, j) {
        return Some((PartialDate::month(y, m), j + 1));
    }
    let d = num(t, j, 1..=2)?;
    let k = skip_fillers(t, j + 1);
    let y = year(t, k)?;
    Some((PartialDate::day(y, m, byte(d)?), k + 1))
}

/// Every date (to the day or month) written in `s`, left to right. Bare years are not dates here.
pub fn find_dates(s: &str) -> Vec<Found> {
    let t = tokens(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // a date never starts in the middle of a word or number
        match date_at(&t, i) {
            Some((date, next)) => {
                if let Some(date) = date {
                    out.push(Found {
                        date,
                        start: t[i].start,
                        end: t[next - 1].end,
                    });
                }
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// A four-digit year at the very start of `s` (after spaces), standing alone.
pub fn leading_year(s: &str) -> Option<(i32, usize)> {
    let t = tokens(s);
    let y = year(&t, 0)?;
    (t[0].start == s.len() - s.trim_start().len() && !matches!(punct(&t, 1), Some('-' | '/' | '.')))
        .then_some((y, t[0].end))
}

#[cfg(test)]
#[path = "dateparse_tests.rs"]
mod tests;
