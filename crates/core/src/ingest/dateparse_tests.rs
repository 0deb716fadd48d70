//! Tests of [`super::dateparse`].

use super::*;

fn one(s: &str) -> Option<String> {
    find_dates(s).first().and_then(Found::date).map(|d| d.to_string())
}

#[test]
fn every_written_form() {
    let cases = [
        ("2022-11-11", "2022-11-11"),
        ("2024/03/05", "2024-03-05"),
        ("03 January, 2025", "2025-01-03"),
        ("January 3, 2025", "2025-01-03"),
        ("Jan. 3rd, 2025", "2025-01-03"),
        ("May 14 2018", "2018-05-14"),
        ("3 janvier 2025", "2025-01-03"),
        ("le 12 févr. 2023", "2023-02-12"),
        ("1er mars 2024", "2024-03-01"),
        ("12 марта 2024 г.", "2024-03-12"),
        ("3 de enero de 2025", "2025-01-03"),
        ("3. März 2024", "2024-03-03"),
        ("5 gennaio 2024", "2024-01-05"),
        ("3 يناير 2025", "2025-01-03"),
        ("٣ جانفي ٢٠٢٥", "2025-01-03"),
        ("12 فيفري 2023", "2023-02-12"),
        ("الثلاثاء ١٥ كانون الثاني ٢٠٢٤", "2024-01-15"),
        ("٢٥ سبتمبر ٢٠٢٣م", "2023-09-25"),
        ("25/12/2023", "2023-12-25"),
        ("12/25/2023", "2023-12-25"),
        ("25.12.2023", "2023-12-25"),
        ("janvier 2025", "2025-01"),
        ("March 2024", "2024-03"),
        ("٢٠٢٥/٠٤/٠٩", "2025-04-09"),
        ("٩ أبريل ٢٠٢٥", "2025-04-09"),
        ("۹ أبريل ۲۰۲۵", "2025-04-09"),
        ("9 نيسان 2025", "2025-04-09"),
        ("9 أفريل 2025", "2025-04-09"),
        ("12 ноября 2024 г.", "2024-11-12"),
        ("13.11.2024", "2024-11-13"),
    ];
    for (s, want) in cases {
        assert_eq!(one(s).as_deref(), Some(want), "{s}");
    }
}

#[test]
fn ambiguous_impossible_and_partial_forms_are_not_dates() {
    for s in [
        "05/06/2023",
        "in 2008",
        "since 2001",
        "in April",
        "March 3",
        "30 February 2023",
        "2023-02-30",
        "31/31/2023",
    ] {
        assert_eq!(one(s), None, "{s}");
    }
}

#[test]
fn leading_year_stands_alone() {
    assert_eq!(leading_year(" 2023 x"), Some((2023, 5)));
    assert_eq!(leading_year("2023-02-01"), None);
    assert_eq!(leading_year("in 2023"), None);
}

/// The readings of every date-shaped run of `s` under `order`.
fn readings(s: &str, order: Order) -> Vec<Reading> {
    scan(s, order, &mut 0).into_iter().map(|f| f.reading).collect()
}

fn day(y: i32, m: u8, d: u8) -> Reading {
    Reading::Date(PartialDate::day(y, m, d).unwrap())
}

#[test]
fn numeric_dates_follow_the_page_order() {
    use Order::*;
    let cases = [
        ("10/04/2025", DayFirst, day(2025, 4, 10)),
        ("12.11.2024", DayFirst, day(2024, 11, 12)),
        ("10-04-2025", DayFirst, day(2025, 4, 10)),
        ("٢٠٢٥/٠٤/٠٩", DayFirst, day(2025, 4, 9)),
        ("٠٩/٠٤/٢٠٢٥", DayFirst, day(2025, 4, 9)),
        ("۰۹/۰۴/۲۰۲۵", DayFirst, day(2025, 4, 9)),
        ("12/25/2023", DayFirst, Reading::AgainstOrder),
        ("25/12/2023", DayFirst, day(2023, 12, 25)),
        ("04/05/2025", MonthFirst, day(2025, 4, 5)),
        ("25/12/2023", MonthFirst, day(2023, 12, 25)),
        ("12/25/2023", MonthFirst, day(2023, 12, 25)),
        ("04/05/2025", Unknown, Reading::Ambiguous),
        ("05/05/2025", Unknown, day(2025, 5, 5)),
        ("25/12/2023", Unknown, day(2023, 12, 25)),
        ("12/25/2023", Unknown, day(2023, 12, 25)),
        ("31/31/2023", DayFirst, Reading::Impossible),
        ("31/04/2025", DayFirst, Reading::Impossible),
        ("2025-04-09", Unknown, day(2025, 4, 9)),
    ];
    for (s, order, want) in cases {
        assert_eq!(readings(s, order), [want], "{s} {order:?}");
    }
}

#[test]
fn hijri_dates_are_recognised_and_not_converted() {
    let r = readings("الأربعاء 9 شوال 1446 هـ الموافق 9 أبريل 2025", Order::DayFirst);
    assert_eq!(r, [Reading::Hijri, day(2025, 4, 9)]);
    let r = readings("١٠ ذو القعدة ١٤٤٦ه - ٨ مايو ٢٠٢٥م", Order::DayFirst);
    assert_eq!(r, [Reading::Hijri, day(2025, 5, 8)]);
}

#[test]
fn implausible_years_are_read_as_out_of_range() {
    for (s, y) in [("3 March 2099", 2099), ("1066-10-14", 1066), ("May 1799", 1799)] {
        assert_eq!(readings(s, Order::DayFirst), [Reading::OutOfRange(y)], "{s}");
    }
}

#[test]
fn relative_dates_are_not_dates() {
    for s in [
        "yesterday",
        "2 hours ago",
        "il y a 3 heures",
        "вчера в 18:30",
        "منذ ساعتين",
        "hace 2 días",
        "vor 3 Stunden",
    ] {
        assert_eq!(readings(s, Order::DayFirst), [], "{s}");
    }
}
