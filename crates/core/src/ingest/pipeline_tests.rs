//! Tests of [`super::ingest_files`]: problems, skipped files, overrides, duplicates.

use super::{ingest_files, FileProblem, SourceFile};
use crate::model::{DateBasis, PartialDate};
use proptest::prelude::*;

fn file(path: &str, bytes: &[u8]) -> SourceFile {
    SourceFile {
        path: path.into(),
        bytes: bytes.to_vec(),
    }
}

const GOOD: &str = "Algeria and Russia hold talks\n\nThe foreign ministers of Algeria and Russia met in Algiers on Tuesday to discuss military cooperation, gas exports to Europe and the situation in the Sahel.";

#[test]
fn every_kind_of_bad_file_is_a_problem_and_the_rest_builds() {
    let big = vec![b'a'; super::frontmatter::MAX_FILE_BYTES + 1];
    let files = vec![
        file("good.md", GOOD.as_bytes()),
        file("latin1.txt", b"Caf\xe9 au lait"),
        file("binary.md", b"GIF89a\x00\x01\x02"),
        file("empty.txt", b""),
        file("blank.txt", b" \n\t\n"),
        file("badyaml.md", b"---\ntitle: ok\ntopics: [a, b\n---\nText here."),
        file("badtoml.md", b"+++\ntitle = \n+++\nText here."),
        file("wrongtype.md", b"---\ntitle: x\ndate: [1, 2]\n---\nText here."),
        file("nodate.md", b"---\ndate: 2023-02-30\n---\nText here."),
        file("big.txt", &big),
        file("topics.toml", b"[[topic]\n"),
        file("photo.jpg", b"\xff\xd8"),
    ];
    let report = ingest_files(files);
    let ids: Vec<&str> = report.corpus.articles.iter().map(|a| a.id.as_str()).collect();
    // Not UTF-8 is read in a Windows code page, with a warning: only NUL bytes make a file binary.
    assert_eq!(ids, ["good", "latin1"]);
    assert_eq!(report.corpus.articles[1].original, "Café au lait");
    assert!(report.corpus.articles[1]
        .warnings
        .iter()
        .any(|w| w.contains("windows-1252")));
    let paths: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "badtoml.md",
            "badyaml.md",
            "big.txt",
            "binary.md",
            "blank.txt",
            "empty.txt",
            "nodate.md",
            "photo.jpg",
            "topics.toml",
            "wrongtype.md"
        ]
    );
    let get = |p: &str| report.problems.iter().find(|x| x.path == p).unwrap();
    assert_eq!(get("wrongtype.md").line, Some(3));
    assert_eq!(get("nodate.md").line, Some(2));
    assert!(get("big.txt").reason.contains("5 MB"));
    assert!(get("badtoml.md").line.is_some());
    assert!(get("topics.toml").line.is_some());
    assert!(report.corpus.topics.is_empty(), "a bad taxonomy gives no topics");
    assert_eq!(report.taxonomy, None, "nor its text");
}

#[test]
fn the_taxonomy_and_gazetteer_texts_used_are_kept() {
    let topics = "[[topic]]\r\nslug = \"energy\"\r\ncues = { en = [\"gas\", \"oil\"] }\r\n";
    let entities = "[[entity]]\nname = \"Algeria\"\nkind = \"place\"\n";
    let report = ingest_files(vec![
        file("good.md", GOOD.as_bytes()),
        file("topics.toml", format!("\u{feff}{topics}").as_bytes()),
        file("z/topics.toml", b"[[topic]]\nslug = \"other\"\n"),
        file("entities.toml", entities.as_bytes()),
    ]);
    // Decoded as ingest read it: no BOM, LF line ends; the second taxonomy is ignored.
    assert_eq!(
        report.taxonomy.as_deref(),
        Some(topics.replace("\r\n", "\n").as_str())
    );
    assert_eq!(report.corpus.topics[0].slug, "energy");
    assert_eq!(report.gazetteer.as_deref(), Some(entities));
    assert_eq!(report.corpus.articles[0].entities[0].name, "Algeria");
}

#[test]
fn problems_display_path_line_reason() {
    let p = FileProblem {
        path: "a/b.md".into(),
        line: Some(3),
        reason: "bad".into(),
    };
    assert_eq!(p.to_string(), "a/b.md:3: bad");
    let p = FileProblem {
        path: "a/b.md".into(),
        line: None,
        reason: "bad".into(),
    };
    assert_eq!(p.to_string(), "a/b.md: bad");
}

#[test]
fn readme_dotfiles_and_subfolders() {
    let files = vec![
        file("README.md", GOOD.as_bytes()),
        file("sub/readme.md", GOOD.as_bytes()),
        file(".hidden.md", GOOD.as_bytes()),
        file(".git/x.md", GOOD.as_bytes()),
        file("2023/one.txt", GOOD.as_bytes()),
        file("two.md", b"---\nlang: fr\nsource: X\ntopics: [custom]\nweird: 1\n---\nUn texte en anglais? No, this is English text about talks."),
    ];
    let report = ingest_files(files);
    let ids: Vec<&str> = report.corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["one", "two"]);
    assert!(report.problems.is_empty());
    let two = &report.corpus.articles[1];
    assert_eq!(two.lang, "fr");
    assert_eq!(two.topics[0].slug, "custom");
    assert!(two.warnings.iter().any(|w| w.contains("weird")));
    assert!(
        report.corpus.articles.iter().all(|a| a.entities.is_empty()),
        "no gazetteer, no entities"
    );
    assert!(
        report.corpus.articles[0].topics.is_empty(),
        "no taxonomy, no inferred topics"
    );
    assert!(report.corpus.topics.is_empty() && report.corpus.entities.is_empty());
}

#[test]
fn front_matter_overrides_inference_and_ids_must_be_unique() {
    let files = vec![
        file("a.md", b"---\ntitle: Given\ndate: 2020\nauthor: Someone\n---\nInferred title\nBy Other Person\n03 January, 2025\nBody text about the ministers' meeting in Algiers."),
        file("b.txt", b"Title\nPublished on 03 January, 2025\nBody text about the ministers' meeting in Algiers."),
        file("x/b.md", GOOD.as_bytes()),
    ];
    let report = ingest_files(files);
    let a = &report.corpus.articles[0];
    assert_eq!(
        (a.title.as_str(), a.date, a.date_basis),
        ("Given", Some(PartialDate::year(2020)), Some(DateBasis::Metadata))
    );
    assert_eq!(a.author.as_deref(), Some("Someone"));
    let b = &report.corpus.articles[1];
    assert_eq!(
        (b.date, b.date_basis),
        (PartialDate::day(2025, 1, 3), Some(DateBasis::Stated))
    );
    assert_eq!(report.problems.len(), 1);
    assert!(report.problems[0].reason.contains("already used"));
}

#[test]
fn near_duplicates_point_to_the_first_id() {
    let copy = format!("{GOOD}\n\nAdvertisements");
    let report = ingest_files(vec![
        file("c.txt", copy.as_bytes()),
        file("a.txt", GOOD.as_bytes()),
        file(
            "b.txt",
            b"Other story\n\nThe weather in Moscow was cold and snowy all week, with roads closed.",
        ),
    ]);
    let dup: Vec<Option<&str>> = report
        .corpus
        .articles
        .iter()
        .map(|a| a.duplicate_of.as_deref())
        .collect();
    assert_eq!(dup, [None, None, Some("a")]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000), name in "[a-z]{1,8}\\.(md|txt|toml)") {
        let report = ingest_files(vec![SourceFile { path: name, bytes }]);
        prop_assert!(report.corpus.articles.len() + report.problems.len() <= 1);
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in "(---\n|\\+\\+\\+\n)?[\\PC\n]{0,400}") {
        let report = ingest_files(vec![SourceFile { path: "t.md".into(), bytes: text.into_bytes() }]);
        for a in &report.corpus.articles {
            prop_assert!(!a.body.contains("\n\n\n"));
        }
    }
}
