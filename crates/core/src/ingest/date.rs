//! Finding an article's publication date in its header zone.
//!
//! Only the header zone counts (the first [`HEADER_LINES`] lines, or more, up to
//! [`MAX_HEADER_LINES`], while no paragraph of prose has come: a scraped page
//! often opens with ten lines of menus and banners), and only publication-shaped lines:
//! a date right after a marker at the start of a line or of a meta-line part
//! ("Publié le", "نشر في", "Опубликовано"); a line or meta-line part that is
//! nothing but a date (`Agriculture · 2023-10-17 · 6 min read`, a Hijri date
//! followed by the Gregorian one); a byline ending with a date (`Par Nadia
//! Ferhat, le 9 avril 2025`); a news dateline (`ALGIERS, March 3, 2023 (Reuters) -`).
//! Dates inside sentences are never taken, so an undated article stays undated,
//! and relative dates ("2 hours ago", "вчера") are never turned into dates. A
//! published date beats a plain one, which beats a "last updated" one.
//!
//! Numeric dates are read in the page's order ([`Order`]): day first for every
//! language but English; on an English page, month first only when the header
//! shows US conventions (a `March 3, 2024` date, a month-first `12/25/2023`, or
//! an `ET`/`PST`-style zone); otherwise an ambiguous `04/05/2025` is left undated
//! with a warning. Work is bounded per line: only its first [`LINE_SCAN`]
//! characters are looked at.

#[path = "dateshape.rs"]
mod shape;

use super::dateparse::words::{PUBLISHED, UPDATED, US_ZONES};
use super::dateparse::{scan, Found, Order, Reading};
use crate::model::{DateBasis, PartialDate};
use shape::{content_words, date_after, dateline, opening, part_date, parts, Rank, PART_WORDS};

/// How many non-blank lines from the top form the header zone at least.
pub const HEADER_LINES: usize = 8;

/// How far the header zone reaches while no paragraph of prose has been seen.
pub const MAX_HEADER_LINES: usize = 20;

/// A line of at least this many words that ends a sentence is prose: the
/// article has begun, and dates after it are events, not the publication date.
const PROSE_WORDS: usize = 15;

/// How many characters of a line are looked at. A publication line is short; a
/// bound keeps a 5 MiB single-line file from costing more than a short one.
pub const LINE_SCAN: usize = 200;

/// A line longer than this (in characters) is prose, not a byline, date or meta line.
const SHORT_LINE: usize = 120;

/// The publication date a text states, and why date-shaped text was refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatedDate {
    /// The publication date, if a publication-shaped place states one.
    pub date: Option<PartialDate>,
    /// One line per date-shaped text refused (ambiguous, against the page's
    /// order, impossible, implausible year), naming the text.
    pub warnings: Vec<String>,
}

/// The first [`LINE_SCAN`] characters of a trimmed line, and whether that is all of it.
fn bounded(line: &str) -> (&str, bool) {
    match line.char_indices().nth(LINE_SCAN) {
        Some((i, _)) => (&line[..i], false),
        None => (line, true),
    }
}

/// Every publication-shaped date of one header line.
fn line_dates(line: &str, order: Order, work: &mut usize) -> Vec<(Rank, Found)> {
    let (s, whole) = bounded(line);
    let shapes = scan(s, order, work);
    let short = whole && s.chars().count() <= SHORT_LINE;
    let spans = if short { parts(s) } else { vec![(0, s.len())] };
    let meta = spans.len() == 1 || spans.iter().all(|&(a, b)| content_words(&s[a..b]) <= PART_WORDS);
    let mut out: Vec<(Rank, Found)> = Vec::new();
    for (k, &(a, b)) in spans.iter().enumerate() {
        if let Some((rank, f)) = part_date(s, a, b, &shapes, short, work) {
            // a long line keeps only a marked date at its start
            if (short && meta) || (k == 0 && rank != Rank::Plain) {
                out.push((rank, f));
            }
        }
    }
    out.extend(dateline(s, &shapes).map(|f| (Rank::Plain, f)));
    out
}

/// The page's numeric date order: day first unless English; English pages are
/// month first only when the header shows US conventions.
fn page_order(lang: &str, lines: &[&str], work: &mut usize) -> Order {
    match lang {
        "en" => {}
        "und" | "" => return Order::Unknown,
        _ => return Order::DayFirst,
    }
    let us = lines.iter().any(|line| {
        let (s, _) = bounded(line);
        let zone = s.split(|c: char| !c.is_alphanumeric()).any(|w| {
            w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase())
                && US_ZONES.contains(&w.to_lowercase().as_str())
        });
        zone || scan(s, Order::Unknown, work)
            .iter()
            .any(|f| month_first(&s[f.start..f.end], f))
    });
    if us {
        Order::MonthFirst
    } else {
        Order::Unknown
    }
}

/// Whether a found day is written month first (`March 3, 2024`, `12/25/2023`).
fn month_first(text: &str, f: &Found) -> bool {
    let Some(PartialDate {
        day: Some(day),
        month: Some(month),
        ..
    }) = f.date()
    else {
        return false;
    };
    let lead: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    match lead.parse::<u8>() {
        Ok(n) if lead.len() <= 2 => n == month && n != day,
        Ok(_) => false,
        Err(_) => text.chars().next().is_some_and(char::is_alphabetic),
    }
}

/// Why a date-shaped run in a publication place was not taken, if it was not.
fn refusal(text: &str, reading: Reading, lang: &str) -> Option<String> {
    match reading {
        Reading::Date(_) | Reading::Hijri => None,
        Reading::Ambiguous => Some(format!(
            "stated date `{text}` is ambiguous (day or month first) and the page shows no US conventions; left undated"
        )),
        Reading::AgainstOrder => Some(format!("stated date `{text}` refused: a `{lang}` page writes the day first")),
        Reading::Impossible => Some(format!("stated date `{text}` does not exist")),
        Reading::OutOfRange(y) => {
            let why = PartialDate::year(y).plausible().err()?;
            Some(format!("stated date `{text}` refused: {why}"))
        }
    }
}

/// The publication date the text states in its header zone, read as a `lang` page.
pub fn stated_date(text: &str, lang: &str) -> StatedDate {
    stated_date_counted(text, lang, &mut 0)
}

/// The non-blank lines of the header zone: [`HEADER_LINES`], or up to
/// [`MAX_HEADER_LINES`] until the first line of prose (which is included: it may
/// open with a dateline).
fn header_zone(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut prose_seen = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if lines.len() >= MAX_HEADER_LINES || (lines.len() >= HEADER_LINES && prose_seen) {
            break;
        }
        let (head, _) = bounded(line);
        prose_seen |= head.split_whitespace().count() >= PROSE_WORDS
            && line
                .trim_end()
                .ends_with(['.', '!', '?', '؟', '»', '"', '”', '…']);
        lines.push(line);
    }
    lines
}

/// [`stated_date`], adding the work done (characters and patterns looked at) to `work`.
pub fn stated_date_counted(text: &str, lang: &str, work: &mut usize) -> StatedDate {
    let lines = header_zone(text);
    let order = page_order(lang, &lines, work);
    let mut best: Option<(Rank, PartialDate)> = None;
    let mut warnings = Vec::new();
    for line in &lines {
        for (rank, f) in line_dates(line, order, work) {
            match f.date() {
                Some(d) if best.is_none_or(|(r, _)| rank < r) => best = Some((rank, d)),
                Some(_) => {}
                None => {
                    let why = refusal(&line[f.start..f.end], f.reading, lang);
                    warnings.extend(why.filter(|w| !warnings.contains(w)));
                }
            }
        }
    }
    StatedDate {
        date: best.map(|(_, d)| d),
        warnings,
    }
}

/// An article's date and its basis: the front matter's `front` if its year is
/// plausible (else refused with a warning), else the date `text` states as a
/// `lang` page, with a warning per refused date-shaped text.
pub fn article_date(
    front: Option<PartialDate>,
    text: &str,
    lang: &str,
    warnings: &mut Vec<String>,
) -> (Option<PartialDate>, Option<DateBasis>) {
    let front = front.and_then(|d| {
        d.plausible()
            .map_err(|e| warnings.push(format!("front matter date `{d}` refused: {e}")))
            .ok()
    });
    if let Some(d) = front {
        return (Some(d), Some(DateBasis::Metadata));
    }
    let stated = stated_date(text, lang);
    warnings.extend(stated.warnings);
    (stated.date, stated.date.map(|_| DateBasis::Stated))
}

/// If `line` opens with a date marker (" date 2022-11-11 Text..."), the date and the text after it.
pub fn strip_leading_marker(line: &str) -> Option<(PartialDate, &str)> {
    let (s, _) = bounded(line.trim_start());
    let work = &mut 0;
    let len = opening(s, PUBLISHED, work).or_else(|| opening(s, UPDATED, work))?;
    let f = date_after(s, len, &scan(s, Order::Unknown, work))?;
    let rest = line.trim_start()[f.end..].trim_start_matches(|c: char| c.is_whitespace() || c == ':');
    Some((f.date()?, rest))
}

/// The date when `line` is nothing but a date (plus weekday, time or a place
/// name), or a short marker line (`Publié le 12 mars 2024`).
pub fn date_line(line: &str) -> Option<PartialDate> {
    let line = line.trim();
    if line.chars().count() > 80 {
        return None;
    }
    let work = &mut 0;
    let shapes = scan(line, Order::Unknown, work);
    let (rank, f) = part_date(line, 0, line.len(), &shapes, false, work)?;
    (rank == Rank::Plain || line.split_whitespace().count() <= 8).then_some(f.date()?)
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
