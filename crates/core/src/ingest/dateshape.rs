//! The publication-shaped places of one header line: a date after a marker at
//! the start of a line or of a meta-line part, a part that is nothing but a date,
//! a byline ending with a date, a news dateline.

use crate::ingest::dateparse::words::{BYLINE, FILLERS, LINE_FILLERS, PUBLISHED, UPDATED};
use crate::ingest::dateparse::{is_arabic_mark, leading_year, Found, Reading};
use crate::model::PartialDate;
use crate::text::is_letter;

/// Meta-line parts other than the date may have at most this many words.
pub(super) const PART_WORDS: usize = 6;

/// How strongly a place says "publication date"; lower wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Rank {
    Published,
    Plain,
    Updated,
}

/// Byte length of `marker` at the start of `s` as whole words (case-insensitive,
/// Arabic diacritics skipped); `work` counts the characters compared.
fn marker_len(s: &str, marker: &str, work: &mut usize) -> Option<usize> {
    let mut chars = s.char_indices().filter(|&(_, c)| !is_arabic_mark(c)).peekable();
    for mc in marker.chars() {
        *work += 1;
        let (_, c) = chars.next()?;
        if !c.to_lowercase().eq(mc.to_lowercase()) {
            return None;
        }
    }
    match chars.peek() {
        Some(&(_, c)) if c.is_alphanumeric() => None,
        Some(&(i, _)) => Some(i),
        None => Some(s.len()),
    }
}

/// The first of `markers` that opens `s`, with its byte length.
pub(super) fn opening(s: &str, markers: &[&str], work: &mut usize) -> Option<usize> {
    markers.iter().find_map(|m| marker_len(s, m, work))
}

/// Spaces and punctuation between a marker and its date.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || ":：-–—,،".contains(c)
}

/// The date (or bare year) right after a marker ending at byte `at` of `s`.
pub(super) fn date_after(s: &str, at: usize, shapes: &[Found]) -> Option<Found> {
    let gap = at + (s[at..].len() - s[at..].trim_start_matches(is_gap).len());
    // a weekday may come between (`Publié le mercredi 9 avril 2025`)
    let next = shapes.iter().find(|f| f.start >= gap);
    if let Some(f) = next.filter(|f| f.start - gap <= 40 && content_words(&s[gap..f.start]) == 0) {
        return Some(*f);
    }
    let head: String = s[gap..].chars().take(8).collect();
    let (y, end) = leading_year(&head)?;
    let reading = match PartialDate::year(y).plausible() {
        Ok(d) => Reading::Date(d),
        Err(_) => Reading::OutOfRange(y),
    };
    Some(Found {
        reading,
        start: gap,
        end: gap + end,
    })
}

/// Words of `s[from..to]` outside the date shapes that are not fillers.
fn other_words(s: &str, from: usize, to: usize, shapes: &[Found]) -> usize {
    let mut words = 0;
    let mut at = from;
    for f in shapes.iter().filter(|f| f.start >= from && f.end <= to) {
        words += content_words(&s[at..f.start]);
        at = f.end;
    }
    words + content_words(&s[at..to])
}

/// Words of `s` that are not fillers (weekdays, times, `le`, `г`, `الموافق`...).
pub(super) fn content_words(s: &str) -> usize {
    s.split(|c: char| !is_letter(c) && !is_arabic_mark(c))
        .map(|w| {
            w.chars()
                .filter(|&c| !is_arabic_mark(c))
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty() && !LINE_FILLERS.contains(&w.as_str()) && !FILLERS.contains(&w.as_str()))
        .count()
}

/// The publication-shaped date of the part `s[from..to]` of a line, if any.
/// `shapes` are the line's date-shaped runs; `byline` allows a byline ending
/// with a date (only on short lines). A date-only part may hold two other
/// words: a place before a comma (`Alger, le 25/12/2023`) or words after it.
pub(super) fn part_date(
    s: &str,
    from: usize,
    to: usize,
    shapes: &[Found],
    byline: bool,
    work: &mut usize,
) -> Option<(Rank, Found)> {
    let start = from
        + (s[from..to].len()
            - s[from..to]
                .trim_start_matches(|c: char| is_gap(c) || "•▪►*".contains(c))
                .len());
    let part = &s[start..to];
    let inside: Vec<Found> = shapes
        .iter()
        .copied()
        .filter(|f| f.start >= start && f.end <= to)
        .collect();
    for (markers, rank) in [(PUBLISHED, Rank::Published), (UPDATED, Rank::Updated)] {
        if let Some(len) = opening(part, markers, work) {
            if let Some(f) = date_after(s, start + len, &inside) {
                return Some((rank, f));
            }
            // "Posted by Jane Doe on March 3, 2024"
            let rest = start + len + (part[len..].len() - part[len..].trim_start().len());
            if !byline || opening(&s[rest..to], BYLINE, work).is_none() {
                return None;
            }
            return part_date(s, rest, to, &inside, true, work).map(|(_, f)| (rank, f));
        }
    }
    let first = inside.iter().find(|f| f.reading != Reading::Hijri)?;
    if byline && opening(part, BYLINE, work).is_some() {
        let last = inside.last()?;
        let named = other_words(s, start, last.start, &inside);
        return (content_words(&s[last.end..to]) == 0 && named <= PART_WORDS).then_some((Rank::Plain, *last));
    }
    // words before the date name a place and end with a comma (`Alger, le 25/12/2023`),
    // not an event (`Élections du 12 mars 2024`)
    let placed =
        other_words(s, start, first.start, &inside) == 0 || s[start..first.start].contains([',', '،']);
    (placed && other_words(s, start, to, &inside) <= 2).then_some((Rank::Plain, *first))
}

/// Byte ranges of a line's meta-line parts, split at `|`, `·`, `•` and spaced dashes.
pub(super) fn parts(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut prev = ' ';
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map_or(' ', |&(_, n)| n);
        let spaced_dash = "-–—".contains(c) && prev.is_whitespace() && next.is_whitespace();
        if "|·•‧◦".contains(c) || spaced_dash {
            out.push((from, i));
            from = i + c.len_utf8();
        }
        prev = c;
    }
    out.push((from, s.len()));
    out
}

/// A news dateline: an upper-case place, a comma, a full date, an optional agency, a dash.
pub(super) fn dateline(line: &str, shapes: &[Found]) -> Option<Found> {
    let (place, rest) = line.split_once(',')?;
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || letters.iter().any(|c| c.is_lowercase()) || place.chars().count() > 40 {
        return None;
    }
    let dash = place.len() + 1 + rest.find(['-', '–', '—'])?;
    if line[place.len()..dash].chars().count() > 60 {
        return None;
    }
    let f = shapes.iter().find(|f| f.start > place.len() && f.end <= dash)?;
    line[place.len() + 1..f.start].trim().is_empty().then_some(*f)
}
