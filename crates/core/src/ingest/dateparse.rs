//! Recognising calendar dates written in text: ISO, numeric (day or month first,
//! as the page's language writes them) and with month names in English, French,
//! Spanish, German, Italian, Russian and Arabic, with Western, Arabic-Indic or
//! Persian digits. Every date-shaped run is reported with how it reads, so a
//! caller can say why a date was refused (ambiguous, impossible, out of range).

#[path = "datewords.rs"]
pub(crate) mod words;

#[path = "datetokens.rs"]
mod tokens;

pub(crate) use tokens::is_arabic_mark;

use crate::model::PartialDate;
use tokens::{tokens, Kind, Tok};
use words::{FILLERS, HIJRI_MONTHS, MONTHS};

/// How the page writes all-numeric dates (`04/05/2025`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Day first (French, Russian, Arabic, German...): `04/05/2025` is 4 May;
    /// `12/25/2023` is refused, since no day-first page writes it.
    DayFirst,
    /// Month first (an English page with US conventions): `04/05/2025` is
    /// April 5; an unambiguous `25/12/2023` is still taken.
    MonthFirst,
    /// Unknown: only unambiguous numeric forms are taken (one part over 12).
    Unknown,
}

/// How a date-shaped run of text reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A Gregorian date, to the day or the month.
    Date(PartialDate),
    /// A Hijri date (`9 شوال 1446 هـ`): not converted, the Gregorian one usually follows.
    Hijri,
    /// `04/05/2025` where the order is unknown.
    Ambiguous,
    /// A numeric date that only reads against the page's order (`12/25/2023` in French).
    AgainstOrder,
    /// No such day (`30 February 2023`, `31/31/2023`).
    Impossible,
    /// A real day whose year is outside [`PartialDate::plausible`]'s range.
    OutOfRange(i32),
}

/// A date-shaped run found in a string, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub reading: Reading,
    pub start: usize,
    pub end: usize,
}

impl Found {
    /// The date, when the run reads as one.
    pub fn date(&self) -> Option<PartialDate> {
        match self.reading {
            Reading::Date(d) => Some(d),
            _ => None,
        }
    }
}

fn word(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok {
            kind: Kind::Word(w), ..
        }) => Some(w),
        _ => None,
    }
}

/// Index in `table` of the name at token `i` (two-word names first) and how many tokens it takes.
fn name_at<'a, I: Iterator<Item = &'a [&'a str]> + Clone>(
    t: &[Tok],
    i: usize,
    table: I,
) -> Option<(usize, usize)> {
    let w = word(t.get(i))?;
    if let Some(two) = word(t.get(i + 1)).map(|n| format!("{w} {n}")) {
        if let Some(m) = table.clone().position(|names| names.contains(&two.as_str())) {
            return Some((m, 2));
        }
    }
    table.clone().position(|names| names.contains(&w)).map(|m| (m, 1))
}

/// The Gregorian month named at token `i` and how many tokens the name takes.
fn month_at(t: &[Tok], i: usize) -> Option<(u8, usize)> {
    name_at(t, i, MONTHS.iter().copied()).map(|(m, n)| (m as u8 + 1, n))
}

/// Whether a Hijri month is named at token `i`, and how many tokens the name takes.
fn hijri_at(t: &[Tok], i: usize) -> Option<usize> {
    name_at(t, i, HIJRI_MONTHS.iter().map(std::slice::from_ref)).map(|(_, n)| n)
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

/// A four-digit number that has the shape of a year (whether plausible is judged later).
fn year(t: &[Tok], i: usize) -> Option<i32> {
    num(t, i, 4..=4)
        .filter(|y| (1000..=2999).contains(y))
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

/// How a day of `y`-`m`-`d` reads: a date, an impossible day, or a year out of range.
fn day_reading(y: i32, m: u32, d: u32) -> Reading {
    let date = u8::try_from(m)
        .ok()
        .zip(u8::try_from(d).ok())
        .and_then(|(m, d)| PartialDate::day(y, m, d));
    match date {
        None => Reading::Impossible,
        Some(date) => plausible(date),
    }
}

fn plausible(date: PartialDate) -> Reading {
    match date.plausible() {
        Ok(d) => Reading::Date(d),
        Err(_) => Reading::OutOfRange(date.year),
    }
}

/// Reads `a/b/y` (or with `.` or `-`) under `order`.
fn numeric(a: u32, b: u32, y: i32, order: Order) -> Reading {
    let ambiguous = a != b && a <= 12 && b <= 12;
    match order {
        _ if a > 12 && b > 12 => Reading::Impossible,
        Order::DayFirst if a <= 12 && b > 12 => Reading::AgainstOrder,
        Order::DayFirst => day_reading(y, b, a),
        Order::Unknown if ambiguous => Reading::Ambiguous,
        _ if a > 12 => day_reading(y, b, a),
        _ => day_reading(y, a, b),
    }
}

/// Tries every pattern at token `i`; returns how it reads and the index after
/// the tokens that have the shape of a date.
fn date_at(t: &[Tok], i: usize, order: Order) -> Option<(Reading, usize)> {
    let sep = |p: Option<char>| matches!(p, Some('-' | '/' | '.'));
    // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD: always year, month, day
    if let (Some(y), p) = (year(t, i), punct(t, i + 1)) {
        if sep(p) && punct(t, i + 3) == p {
            if let (Some(m), Some(d)) = (num(t, i + 2, 1..=2), num(t, i + 4, 1..=2)) {
                return Some((day_reading(y, m, d), i + 5));
            }
        }
    }
    // D/M/YYYY, D.M.YYYY, D-M-YYYY (or month first, see [`Order`])
    if let (Some(a), p) = (num(t, i, 1..=2), punct(t, i + 1)) {
        if sep(p) && punct(t, i + 3) == p {
            if let (Some(b), Some(y)) = (num(t, i + 2, 1..=2), year(t, i + 4)) {
                return Some((numeric(a, b, y, order), i + 5));
            }
        }
    }
    // D Month YYYY, and D HijriMonth YYYY
    if let Some(d) = num(t, i, 1..=2) {
        let j = skip_fillers(t, i + 1);
        if let Some(n) = hijri_at(t, j) {
            let k = skip_fillers(t, j + n);
            let _ = num(t, k, 4..=4)?;
            return Some((Reading::Hijri, k + 1));
        }
        let (m, n) = month_at(t, j)?;
        let k = skip_fillers(t, j + n);
        let y = year(t, k)?;
        return Some((day_reading(y, u32::from(m), d), k + 1));
    }
    // Month D, YYYY or Month YYYY
    let (m, n) = month_at(t, i)?;
    let j = skip_fillers(t, i + n);
    if let Some(y) = year(t, j) {
        return Some((
            PartialDate::month(y, m).map_or(Reading::Impossible, plausible),
            j + 1,
        ));
    }
    let d = num(t, j, 1..=2)?;
    let k = skip_fillers(t, j + 1);
    let y = year(t, k)?;
    Some((day_reading(y, u32::from(m), d), k + 1))
}

/// Every date-shaped run in `s`, left to right, read under `order`, and the work
/// done (characters tokenized plus patterns tried) added to `work`.
pub fn scan(s: &str, order: Order, work: &mut usize) -> Vec<Found> {
    let t = tokens(s, work);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        *work += 1;
        match date_at(&t, i, order) {
            Some((reading, next)) => {
                out.push(Found {
                    reading,
                    start: t[i].start,
                    end: t[next - 1].end,
                });
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// Every date (to the day or month) written in `s` that reads the same whatever
/// the page's order, left to right. Bare years are not dates here.
pub fn find_dates(s: &str) -> Vec<Found> {
    scan(s, Order::Unknown, &mut 0)
        .into_iter()
        .filter(|f| f.date().is_some())
        .collect()
}

/// A four-digit year at the very start of `s` (after spaces), standing alone.
pub fn leading_year(s: &str) -> Option<(i32, usize)> {
    let t = tokens(s, &mut 0);
    let y = year(&t, 0)?;
    (t[0].start == s.len() - s.trim_start().len() && !matches!(punct(&t, 1), Some('-' | '/' | '.')))
        .then_some((y, t[0].end))
}

#[cfg(test)]
#[path = "dateparse_tests.rs"]
mod tests;
