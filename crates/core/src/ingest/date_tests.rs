//! Tests of [`super`]: markers, bylines, datelines, sentences that do not count,
//! and the bounded work on one huge line. Realistic header zones are in
//! `date_header_tests.rs`.

use super::*;

fn d(s: &str) -> Option<PartialDate> {
    PartialDate::parse(s).ok()
}

#[test]
fn markers_in_every_language() {
    let cases = [
        (
            " date 2022-11-11 Russia news agency Sputnik quoted...",
            "en",
            "2022-11-11",
        ),
        ("Published on 12 March 2024", "en", "2024-03-12"),
        (
            "Title\nPublié le 12 févr. 2023 à 10h30\nTexte",
            "fr",
            "2023-02-12",
        ),
        ("عنوان\nنُشر في ٣ جانفي ٢٠٢٥\nنص", "ar", "2025-01-03"),
        (
            "Заголовок\nОпубликовано 12 марта 2024 г.\nТекст",
            "ru",
            "2024-03-12",
        ),
        ("Titre\ndate : 2021\nTexte", "fr", "2021"),
        (
            "Title\nPosted by Jane Doe on March 3, 2024\nBody",
            "en",
            "2024-03-03",
        ),
    ];
    for (text, lang, want) in cases {
        assert_eq!(stated_date(text, lang).date, d(want), "{text}");
    }
}

#[test]
fn byline_date_lines_and_datelines() {
    let cases = [
        (
            "Title\nBasma El Atti\nRabat\n03 January, 2025\nTHE NEW ARAB\nBody.",
            "2025-01-03",
        ),
        (
            "Title\n\nALGIERS, March 3, 2023 (Reuters) - Algeria said...",
            "2023-03-03",
        ),
        ("Title\nTuesday, January 3, 2025 10:30 GMT\nBody", "2025-01-03"),
        ("Titre\nAlger, le 25/12/2023\nCorps", "2023-12-25"),
    ];
    for (text, want) in cases {
        assert_eq!(stated_date(text, "en").date, d(want), "{text}");
    }
}

#[test]
fn event_dates_in_sentences_do_not_count() {
    let texts = [
        (
            "Title\n\nThis is the first time since the trip to Moscow in 2008 that a president came.",
            "en",
        ),
        (
            "Title\nThe agreement signed on May 14 2018 reveals that Algeria will receive ships.",
            "en",
        ),
        (
            "Title\nThey have been allies since 2001. In April the two leaders spoke.",
            "en",
        ),
        ("ALGIERS, March 3 (Reuters) - no year is given here", "en"),
        (
            "Titre\nL'accord signé le 3 janvier 2025 entre les deux pays prévoit des livraisons.",
            "fr",
        ),
        (
            "عنوان\nوقعت الاتفاقية في ٣ يناير ٢٠٢٥ بين البلدين في الجزائر العاصمة بحضور الوزراء",
            "ar",
        ),
        (
            "Заголовок\nСоглашение, подписанное 12 марта 2024 года, предусматривает поставки оружия.",
            "ru",
        ),
        ("Title\nThe interview was published on Youtube.", "en"),
        (
            "Title\nBy March 3, 2024, the ministry will publish its report.",
            "en",
        ),
        ("Title\nRussia news, date 2022-11-11", "en"),
    ];
    for (text, lang) in texts {
        assert_eq!(stated_date(text, lang), StatedDate::default(), "{text}");
    }
    // Below the header zone: past its longest reach, or past its first eight
    // lines once prose has begun.
    let deep = format!(
        "Title\n{}Dated 3 January 2025",
        "Line.\n".repeat(MAX_HEADER_LINES)
    );
    assert_eq!(stated_date(&deep, "en").date, None);
    let prose =
        "The minister said on Monday that the talks would resume in the spring, officials confirmed.\n";
    let after_prose = format!(
        "Title\n{prose}{}Dated 3 January 2025",
        "Line.\n".repeat(HEADER_LINES)
    );
    assert_eq!(stated_date(&after_prose, "en").date, None);
    let shallow = format!("Title\n{}Dated 3 January 2025", "Line.\n".repeat(HEADER_LINES));
    assert_eq!(
        stated_date(&shallow, "en").date,
        PartialDate::parse("2025-01-03").ok()
    );
}

#[test]
fn strips_a_leading_marker() {
    let (date, rest) = strip_leading_marker(" date 2022-11-11 Russia news agency").unwrap();
    assert_eq!(Some(date), d("2022-11-11"));
    assert_eq!(rest, "Russia news agency");
    assert!(strip_leading_marker("Russia news, date 2022-11-11").is_none());
    let (date, rest) = strip_leading_marker("نُشر في ٩ أبريل ٢٠٢٥ قال الوزير").unwrap();
    assert_eq!((Some(date), rest), (d("2025-04-09"), "قال الوزير"));
}

#[test]
fn date_lines_for_the_cleaner_stay_narrow() {
    assert_eq!(date_line("Mardi 9 avril 2025 à 10h30"), d("2025-04-09"));
    assert_eq!(
        date_line("الأربعاء 9 شوال 1446 هـ الموافق 9 أبريل 2025"),
        d("2025-04-09")
    );
    assert_eq!(date_line("Publié le 9 avril 2025"), d("2025-04-09"));
    // a byline with a date keeps its author for the byline reader
    assert_eq!(date_line("By Jane Doe | March 3, 2024"), None);
    assert_eq!(date_line("Par Nadia Ferhat, le 9 avril 2025"), None);
    assert_eq!(date_line("L'accord signé le 3 janvier 2025 prévoit"), None);
}

#[test]
fn refused_years_are_named_in_a_warning() {
    let got = stated_date("Title\nPublished 3 March 2099\nBody", "en");
    assert_eq!(got.date, None);
    assert!(
        got.warnings
            .iter()
            .any(|w| w.contains("2099") && w.contains("outside")),
        "{got:?}"
    );
    let got = stated_date("Titre\ndate : 1066\nTexte", "fr");
    assert_eq!(got.date, None);
    assert!(got.warnings.iter().any(|w| w.contains("1066")), "{got:?}");
    let got = stated_date("Titre\nPublié le 12/25/2023\nTexte", "fr");
    assert_eq!(got.date, None);
    assert!(
        got.warnings
            .iter()
            .any(|w| w.contains("12/25/2023") && w.contains("day first")),
        "{got:?}"
    );
}

/// Work done on one header line of `len` bytes built from `unit` repeated.
fn work_on_line(unit: &str, len: usize) -> usize {
    let line = unit.repeat(len / unit.len() + 1);
    let mut work = 0;
    stated_date_counted(&format!("Title\n{line}\nBody"), "fr", &mut work);
    work
}

#[test]
fn work_per_line_is_bounded_however_long_the_line() {
    // Markers, numbers and month names repeated: each could start a date, and the
    // old finder re-read the rest of the line from each one (33 s on a 5 MiB line).
    let units = [
        "date ",
        "publié le ",
        "12 ",
        "12/04/",
        "avril 2025 ",
        "Par X, le 9 avril 2025 | ",
        "نشر في ٩ ",
        "x",
    ];
    for unit in units {
        let small = work_on_line(unit, 1_000);
        let big = work_on_line(unit, 1_000_000);
        assert!(small > 0, "{unit:?}");
        // not even linear: a line is looked at up to LINE_SCAN characters
        assert!(
            big <= small + 50,
            "{unit:?}: {small} operations at 1 kB, {big} at 1 MB"
        );
    }
}

#[path = "date_header_tests.rs"]
mod header;

#[path = "date_ingest_tests.rs"]
mod ingest;
