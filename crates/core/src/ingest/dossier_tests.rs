//! Tests of `dossier.toml` parsing: realistic files in four languages and scripts,
//! every kind of problem named with its file, line and field.

use super::dossier::{parse_dossier, DossierInfo, Link};
use super::{ingest_files, SourceFile};

fn parse(text: &str) -> (DossierInfo, Vec<String>) {
    let (info, problems) = parse_dossier("news/dossier.toml", text.as_bytes());
    (info, problems.iter().map(ToString::to_string).collect())
}

#[test]
fn reads_every_field_in_english() {
    let (info, problems) = parse(
        r#"
title = "Sahel security, 2020–2024"
description = """
Reporting on coups, mercenaries and
   counter-terrorism in Mali, Burkina Faso and Niger."""
language = "en"
author = "Jane Reporter"
publisher = "The Field Desk"

[[link]]
label = "Methodology"
url = "https://example.org/method"
"#,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        info,
        DossierInfo {
            title: Some("Sahel security, 2020–2024".into()),
            // Line breaks and runs of spaces become single spaces: it goes into one-line places.
            description: Some(
                "Reporting on coups, mercenaries and counter-terrorism in Mali, Burkina Faso and Niger."
                    .into()
            ),
            language: Some("en".into()),
            author: Some("Jane Reporter".into()),
            publisher: Some("The Field Desk".into()),
            links: vec![Link {
                label: "Methodology".into(),
                url: "https://example.org/method".into()
            }],
        }
    );
}

#[test]
fn keeps_french_arabic_and_russian_text_as_written() {
    let french = parse("title = \"L’Algérie et la Russie : vingt ans d’échanges\"\nlanguage = \"fr\"\n");
    assert_eq!(
        french.0.title.as_deref(),
        Some("L’Algérie et la Russie : vingt ans d’échanges")
    );
    assert_eq!(french.0.language.as_deref(), Some("fr"));
    let arabic = parse("title = \"العلاقات الجزائرية الروسية\"\ndescription = \"تقارير صحفية عن زيارة الرئيس تبون إلى موسكو\"\nlanguage = \"ar\"\n");
    assert_eq!(arabic.1, Vec::<String>::new());
    assert_eq!(arabic.0.title.as_deref(), Some("العلاقات الجزائرية الروسية"));
    assert_eq!(
        arabic.0.description.as_deref(),
        Some("تقارير صحفية عن زيارة الرئيس تبون إلى موسكو")
    );
    let russian = parse("title = \"Россия и Алжир\"\nauthor = \"Иван Петров\"\nlinks = [{ label = \"Источник\", url = \"https://example.ru/\" }]\n");
    assert_eq!(russian.1, Vec::<String>::new());
    assert_eq!(russian.0.author.as_deref(), Some("Иван Петров"));
    assert_eq!(russian.0.links[0].label, "Источник");
}

#[test]
fn an_empty_file_says_nothing_and_is_no_problem() {
    assert_eq!(parse(""), (DossierInfo::default(), vec![]));
    assert_eq!(parse("# only a comment\n"), (DossierInfo::default(), vec![]));
}

#[test]
fn unknown_fields_and_wrong_types_are_named_with_file_and_line_and_the_rest_is_kept() {
    let (info, problems) =
        parse("title = \"Gas\"\nsubtitle = \"x\"\ndescription = 42\nlanguage = \"English\"\n");
    assert_eq!(info.title.as_deref(), Some("Gas"));
    assert_eq!(info.description, None);
    assert_eq!(info.language, None);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("news/dossier.toml:2: unknown field `subtitle`")),
        "{problems:?}"
    );
    assert!(
        problems.contains(
            &"news/dossier.toml:3: field `description` must be a string, not an integer".to_string()
        ),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("news/dossier.toml:4: field `language`: `English`")),
        "{problems:?}"
    );
}

#[test]
fn broken_toml_is_one_problem_with_its_line() {
    let (info, problems) = parse("title = \"Gas\"\ndescription = \"unterminated\n");
    assert_eq!(info, DossierInfo::default());
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("news/dossier.toml:2: dossier.toml is not valid"),
        "{problems:?}"
    );
}

#[test]
fn links_must_be_http_and_complete() {
    let (info, problems) = parse(
        r#"
[[link]]
label = "Click me"
url = "javascript:alert(1)"

[[link]]
label = "No address"

[[link]]
label = "Archive"
url = "http://archive.example.net/a"
target = "_blank"
"#,
    );
    assert_eq!(
        info.links,
        vec![Link {
            label: "Archive".into(),
            url: "http://archive.example.net/a".into()
        }]
    );
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems
        .iter()
        .any(|p| p.ends_with("link 1: url `javascript:alert(1)` is not an http(s) address")));
    assert!(problems.iter().any(|p| p.ends_with("link 2 has no `url`")));
    assert!(problems
        .iter()
        .any(|p| p.ends_with("link 3: unknown field `target` (known: label, url)")));
    // The line of the first `[[link]]` table.
    assert!(
        problems.iter().all(|p| p.starts_with("news/dossier.toml:2: ")),
        "{problems:?}"
    );
}

#[test]
fn empty_and_overlong_text_is_refused() {
    let long = "word ".repeat(200);
    let (info, problems) = parse(&format!("title = \"  \"\ndescription = \"{long}\"\n"));
    assert_eq!((info.title, info.description), (None, None));
    assert_eq!(
        problems,
        vec![
            "news/dossier.toml:1: field `title` is empty".to_string(),
            "news/dossier.toml:2: field `description` is longer than 600 characters".to_string(),
        ]
    );
}

#[test]
fn not_utf8_is_a_problem_not_a_panic() {
    let (info, problems) = parse_dossier("dossier.toml", b"title = \"\xff\xfe\"");
    assert_eq!(info, DossierInfo::default());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "dossier.toml");
}

#[test]
fn ingest_reads_it_beside_the_articles_and_reports_its_problems() {
    let file = |path: &str, text: &str| SourceFile {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    };
    let report = ingest_files(vec![
        file("a.md", "---\nlang: en\n---\nGas talks\n\nAlgeria and Russia discussed gas exports and pipelines in Algiers."),
        file("dossier.toml", "title = \"Gas talks\"\ncolour = \"red\"\n"),
    ]);
    assert_eq!(report.corpus.articles.len(), 1);
    assert_eq!(report.dossier.and_then(|d| d.title).as_deref(), Some("Gas talks"));
    let problems: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("dossier.toml:2: unknown field `colour`"),
        "{problems:?}"
    );
}

#[test]
fn the_bundled_corpus_introduces_itself_without_problems() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/dossier.toml");
    let (info, problems) = parse_dossier("corpus/dossier.toml", &std::fs::read(path).unwrap());
    assert_eq!(problems, vec![]);
    assert!(info.title.unwrap().contains("Algeria–Russia"));
    assert!(info.description.unwrap().len() > 100);
    assert_eq!(info.language.as_deref(), Some("en"));
    assert!(info.links.iter().all(|l| l.url.starts_with("https://")));
}
