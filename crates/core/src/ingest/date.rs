//! Finding an article's publication date in its header zone.
//!
//! Only the first few lines count, and only in three shapes: a date after an
//! explicit marker ("date", "published", "publié le", "نشر في", "опубликовано"...),
//! a line that is nothing but a date (a byline block), or a news dateline
//! ("ALGIERS, March 3, 2023 (Reuters) -"). Dates of events inside sentences are
//! never taken, so an undated article stays undated.

use super::dateparse::{find_dates, is_arabic_mark, leading_year};
use crate::model::PartialDate;

/// How many non-blank lines from the top form the header zone.
pub const HEADER_LINES: usize = 8;

/// Words that announce a publication date, longest first within a language.
const MARKERS: &[&str] = &[
    "date of publication",
    "published on",
    "published",
    "posted on",
    "posted",
    "last updated",
    "updated on",
    "updated",
    "dated",
    "date",
    "publié le",
    "publié",
    "mis à jour le",
    "publicado el",
    "publicado",
    "veröffentlicht am",
    "veröffentlicht",
    "pubblicato il",
    "pubblicato",
    "تاريخ النشر",
    "نشر بتاريخ",
    "نشر في",
    "بتاريخ",
    "التاريخ",
    "дата публикации",
    "опубликовано",
    "обновлено",
    "дата",
];

/// Words that may share a line with a date without making it a sentence.
const LINE_FILLERS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "le",
    "on",
    "at",
    "à",
    "gmt",
    "utc",
    "am",
    "pm",
    "h",
    "updated",
    "published",
    "publié",
    "mis",
    "jour",
    "à",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
];

/// Removes Arabic diacritics so markers match however they are vocalised.
fn plain(s: &str) -> String {
    s.chars().filter(|&c| !is_arabic_mark(c)).collect()
}

/// Byte offset just after `marker` in `line` when it occurs there as whole words (case-insensitive).
fn after_marker(line: &str, marker: &str) -> Option<usize> {
    let lower: Vec<(usize, char)> = line.char_indices().collect();
    let m: Vec<char> = marker.chars().collect();
    'outer: for s in 0..lower.len() {
        if s > 0 && lower[s - 1].1.is_alphanumeric() {
            continue;
        }
        let mut k = s;
        for &mc in &m {
            match lower.get(k) {
                Some(&(_, c)) if c.to_lowercase().eq(mc.to_lowercase()) => k += 1,
                _ => continue 'outer,
            }
        }
        if lower.get(k).is_some_and(|&(_, c)| c.is_alphanumeric()) {
            continue;
        }
        return Some(lower.get(k).map_or(line.len(), |&(i, _)| i));
    }
    None
}

/// A date (or a bare year) at the start of `rest`, after spaces and colons; returns where it ends.
fn date_after(rest: &str) -> Option<(PartialDate, usize)> {
    let gap = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || ":：-–—,،".contains(c))
            .len();
    if let Some(f) = find_dates(rest).into_iter().next().filter(|f| f.start == gap) {
        return Some((f.date, f.end));
    }
    leading_year(&rest[gap..]).map(|(y, end)| (PartialDate::year(y), gap + end))
}

/// A date right after an explicit marker anywhere in `line`, with the byte offset where it ends.
fn marker_date(line: &str) -> Option<(PartialDate, usize)> {
    MARKERS.iter().find_map(|marker| {
        let at = after_marker(line, marker)?;
        date_after(&line[at..]).map(|(d, end)| (d, at + end))
    })
}

/// If `line` opens with a date marker (" date 2022-11-11 Text..."), the date and the text after it.
pub fn strip_leading_marker(line: &str) -> Option<(PartialDate, &str)> {
    let lead = line.trim_start();
    MARKERS.iter().find_map(|marker| {
        let at = after_marker(lead, marker)?;
        let starts = lead[..at].chars().flat_map(char::to_lowercase).eq(marker.chars());
        let (date, end) = date_after(&lead[at..]).filter(|_| starts)?;
        Some((
            date,
            lead[at + end..].trim_start_matches(|c: char| c.is_whitespace() || c == ':'),
        ))
    })
}

/// The date when `line` is nothing but a date (plus weekday, time or a place name).
pub fn date_line(line: &str) -> Option<PartialDate> {
    let line = line.trim();
    if line.chars().count() > 80 {
        return None;
    }
    if let Some((d, _)) = marker_date(line) {
        if line.split_whitespace().count() <= 8 {
            return Some(d);
        }
    }
    let f = find_dates(line).into_iter().next()?;
    let rest = format!("{} {}", &line[..f.start], &line[f.end..]);
    let words = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !LINE_FILLERS.contains(&w.to_lowercase().as_str()))
        .count();
    (words <= 2).then_some(f.date)
}

/// A news dateline: an upper-case place, a comma, a full date, an optional agency, a dash.
fn dateline(line: &str) -> Option<PartialDate> {
    let (place, rest) = line.trim_start().split_once(',')?;
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 || letters.iter().any(|c| c.is_lowercase()) || place.chars().count() > 40 {
        return None;
    }
    let dash = rest.find(['-', '–', '—'])?;
    let head = &rest[..dash];
    if head.chars().count() > 60 {
        return None;
    }
    let f = find_dates(head).into_iter().next()?;
    (head[..f.start].trim().is_empty()).then_some(f.date)
}

/// The publication date the text states in its header zone, if any.
pub fn stated_date(text: &str) -> Option<PartialDate> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEADER_LINES)
        .find_map(|line| {
            let line = plain(line);
            marker_date(&line)
                .filter(|(_, end)| line[..*end].chars().count() <= 60)
                .map(|(d, _)| d)
                .or_else(|| date_line(&line))
                .or_else(|| dateline(&line))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<PartialDate> {
        PartialDate::parse(s).ok()
    }

    #[test]
    fn markers_in_every_language() {
        let cases = [
            (
                " date 2022-11-11 Russia news agency Sputnik quoted...",
                "2022-11-11",
            ),
            ("Published on 12 March 2024", "2024-03-12"),
            ("Title\nPublié le 12 févr. 2023 à 10h30\nTexte", "2023-02-12"),
            ("عنوان\nنُشر في ٣ جانفي ٢٠٢٥\nنص", "2025-01-03"),
            ("Заголовок\nОпубликовано 12 марта 2024 г.\nТекст", "2024-03-12"),
            ("Titre\ndate : 2021\nTexte", "2021"),
        ];
        for (text, want) in cases {
            assert_eq!(stated_date(text), d(want), "{text}");
        }
    }

    #[test]
    fn byline_date_lines_and_datelines() {
        assert_eq!(
            stated_date("Title\nBasma El Atti\nRabat\n03 January, 2025\nTHE NEW ARAB\nBody."),
            d("2025-01-03")
        );
        assert_eq!(
            stated_date("Title\n\nALGIERS, March 3, 2023 (Reuters) - Algeria said..."),
            d("2023-03-03")
        );
        assert_eq!(
            stated_date("Title\nTuesday, January 3, 2025 10:30 GMT\nBody"),
            d("2025-01-03")
        );
        assert_eq!(stated_date("Titre\nAlger, le 25/12/2023\nCorps"), d("2023-12-25"));
    }

    #[test]
    fn event_dates_in_sentences_do_not_count() {
        let texts = [
            "Title\n\nThis is the first time since the trip to Moscow in 2008 that a president came.",
            "Title\nThe agreement signed on May 14 2018 reveals that Algeria will receive ships.",
            "Title\nThey have been allies since 2001. In April the two leaders spoke.",
            "ALGIERS, March 3 (Reuters) - no year is given here",
            "Titre\nL'accord signé le 3 janvier 2025 entre les deux pays prévoit des livraisons.",
            "عنوان\nوقعت الاتفاقية في ٣ يناير ٢٠٢٥ بين البلدين في الجزائر العاصمة بحضور الوزراء",
            "Заголовок\nСоглашение, подписанное 12 марта 2024 года, предусматривает поставки оружия.",
            "Title\nThe interview was published on Youtube.",
        ];
        for text in texts {
            assert_eq!(stated_date(text), None, "{text}");
        }
        let deep = format!("Title\n{}Dated 3 January 2025", "Line.\n".repeat(HEADER_LINES));
        assert_eq!(stated_date(&deep), None);
    }

    #[test]
    fn strips_a_leading_marker() {
        let (date, rest) = strip_leading_marker(" date 2022-11-11 Russia news agency").unwrap();
        assert_eq!(Some(date), d("2022-11-11"));
        assert_eq!(rest, "Russia news agency");
        assert!(strip_leading_marker("Russia news, date 2022-11-11").is_none());
    }
}
