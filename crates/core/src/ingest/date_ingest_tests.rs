//! Dates through the whole ingest of a file: the date finder is given the
//! detected language, and implausible front matter years are refused with a
//! warning while the article is kept.

use crate::ingest::{ingest_files, SourceFile};
use crate::model::{Article, DateBasis, PartialDate};

fn ingest(path: &str, text: &str) -> Article {
    let report = ingest_files(vec![SourceFile {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    }]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report.corpus.articles.into_iter().next().unwrap()
}

#[test]
fn numeric_dates_are_read_in_the_detected_language() {
    let fr = ingest(
        "fr.txt",
        "Alger et Rome signent un accord gazier\nPar Nadia Ferhat | 10/04/2025\n\nLa compagnie nationale a annoncé dimanche la signature d'un accord avec son partenaire italien pour augmenter les livraisons de gaz vers l'Europe au cours des prochaines années.",
    );
    assert_eq!(fr.lang, "fr");
    assert_eq!(
        (fr.date, fr.date_basis),
        (PartialDate::day(2025, 4, 10), Some(DateBasis::Stated))
    );
    let en = ingest(
        "en.txt",
        "Algeria and Italy sign a gas deal\nBy Jane Doe | 10/04/2025\n\nThe national company announced on Sunday that it had signed an agreement with its Italian partner to increase gas deliveries to Europe over the coming years.",
    );
    assert_eq!(en.lang, "en");
    assert_eq!(en.date, None);
    assert!(
        en.warnings
            .iter()
            .any(|w| w.contains("10/04/2025") && w.contains("ambiguous")),
        "{:?}",
        en.warnings
    );
}

#[test]
fn an_implausible_front_matter_year_is_refused_and_the_stated_date_used() {
    let a = ingest(
        "old.md",
        "---\ntitle: Talks in Algiers\ndate: 1066-10-14\n---\nPublished 9 April 2025\n\nThe foreign ministers of Algeria and Italy met in Algiers on Tuesday to discuss gas exports to Europe.",
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("1066-10-14") && w.contains("1800")),
        "{:?}",
        a.warnings
    );
    assert_eq!(
        (a.date, a.date_basis),
        (PartialDate::day(2025, 4, 9), Some(DateBasis::Stated))
    );
    let b = ingest(
        "future.md",
        "---\ntitle: Talks\ndate: 2999\n---\nThe ministers met in Algiers on Tuesday to discuss gas.",
    );
    assert_eq!(b.date, None);
    assert!(b.warnings.iter().any(|w| w.contains("2999")), "{:?}", b.warnings);
}
