//! Tests of [`super::dateparse`].

use super::*;

fn one(s: &str) -> Option<String> {
    find_dates(s).first().map(|f| f.date.to_string())
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
