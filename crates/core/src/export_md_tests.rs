//! Tests of the Markdown export on single articles: the front matter format,
//! YAML quoting, file names, and the header line the cleaner takes as the title.

use super::corpus_tests::{ENTITIES, TOPICS};
use super::*;
use crate::ingest::{frontmatter, ingest_files, IngestReport, SourceFile};
use crate::zip::read_zip;

pub(super) fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

/// The corpus `corpus_zip` made, read back and ingested.
pub(crate) fn reingest(zip: &[u8]) -> IngestReport {
    let files = read_zip(zip)
        .unwrap()
        .into_iter()
        .map(|e| SourceFile {
            path: e.path,
            bytes: e.bytes.unwrap(),
        })
        .collect();
    ingest_files(files)
}

/// One ingested article to vary in the tests below.
fn sample() -> Article {
    let text =
        "Talks in Algiers\n\nThe ministers met in Algiers on Tuesday and discussed gas exports at length.";
    let mut corpus = ingest_files(vec![file("sample.txt", text)]).corpus;
    corpus.articles.remove(0)
}

#[test]
fn front_matter_format() {
    let mut a = sample();
    a.date = crate::model::PartialDate::month(2023, 2);
    a.source = Some("APS".into());
    assert_eq!(
        article_markdown(&a),
        "---\ntitle: \"Talks in Algiers\"\ndate: \"2023-02\"\nlang: \"en\"\ntopics: []\nsource: \"APS\"\n---\n\n\
         # Talks in Algiers\n\nThe ministers met in Algiers on Tuesday and discussed gas exports at length.\n"
    );
    a.lang = "und".into();
    a.date = None;
    let md = article_markdown(&a);
    assert!(!md.contains("lang:") && !md.contains("date:"), "{md}");
}

#[test]
fn awkward_strings_survive_the_yaml() {
    let values = [
        "Algeria: \"No\" to 'X' #1 — تعاون",
        "---",
        "...",
        "- [not] {a: list} & *alias !tag %dir @at `tick`",
        "back\\slash and \\n not a newline",
        "two\nlines\tand a tab, a bell \u{7}, NEL \u{85}, LS \u{2028}, BOM \u{feff}",
        "null",
        "true",
        "2023-01-01",
        "Лавров 🇩🇿 \u{200f}",
    ];
    for v in values {
        let mut a = sample();
        (a.title, a.source, a.author, a.place, a.url) = (
            v.into(),
            Some(v.into()),
            Some(v.into()),
            Some(v.into()),
            Some(v.into()),
        );
        let md = article_markdown(&a);
        let front = frontmatter::read_article(md.as_bytes()).unwrap().front.unwrap();
        assert_eq!(front.title.as_deref(), Some(v), "{md}");
        assert_eq!(
            (front.source, front.author, front.place, front.url),
            (a.source.clone(), a.author.clone(), a.place.clone(), a.url.clone())
        );
        assert_eq!(front.unknown_keys, Vec::<String>::new());
        let again = reingest(&corpus_zip([&a], None, None)).corpus.articles;
        assert_eq!((&again[0].title, &again[0].body), (&a.title, &a.body), "{md}");
    }
}

#[test]
fn file_names_are_safe_and_unique() {
    let ids = [
        "a/b",
        "x\\y",
        "",
        ".hidden",
        "README",
        "Dup",
        "dup",
        "v1.2",
        "con:tent?",
    ];
    let articles: Vec<Article> = ids
        .iter()
        .map(|id| Article {
            id: id.to_string(),
            ..sample()
        })
        .collect();
    let zip = corpus_zip(&articles, Some(TOPICS), Some(ENTITIES));
    let paths: Vec<String> = read_zip(&zip).unwrap().into_iter().map(|e| e.path).collect();
    let stems = [
        "a_b",
        "x_y",
        "article",
        "_.hidden",
        "_README",
        "Dup",
        "dup-2",
        "v1.2",
        "con_tent_",
    ];
    let mut want: Vec<String> = stems.iter().map(|s| format!("{s}.md")).collect();
    want.extend(["topics.toml".into(), "entities.toml".into()]);
    assert_eq!(paths, want);
    let report = reingest(&zip);
    assert_eq!(report.problems, []);
    let mut got: Vec<&str> = report.corpus.articles.iter().map(|a| a.id.as_str()).collect();
    let mut stems = stems.to_vec();
    got.sort();
    stems.sort();
    assert_eq!(got, stems);
}

#[test]
fn an_article_without_body_text_still_exports() {
    let a = Article {
        body: String::new(),
        words: 0,
        ..sample()
    };
    let zip = corpus_zip([&a], None, None);
    assert_eq!(
        read_zip(&zip).unwrap().len(),
        1,
        "no taxonomy or gazetteer given, none written"
    );
    let again = reingest(&zip).corpus.articles;
    assert_eq!(
        (&again[0].id, &again[0].title, &again[0].body),
        (&a.id, &a.title, &a.body)
    );
}

#[test]
fn the_header_falls_back_when_the_title_would_eat_the_first_paragraph() {
    // After a title line the cleaner drops a paragraph that repeats the start of
    // the title, and with a front matter title a header that does not repeat it
    // (the id) stays in the body: only no header line at all gives the body back.
    let a = Article {
        title: "Algeria and Russia sign a deal".into(),
        body: "Algeria and Russia\n\nThe ministers met in Algiers on Tuesday and signed a deal.".into(),
        ..sample()
    };
    let md = article_markdown(&a);
    assert!(!md.contains("\n# "), "{md}");
    assert!(md.contains("---\n\nAlgeria and Russia\n\n"), "{md}");
    let again = reingest(&corpus_zip([&a], None, None)).corpus.articles;
    assert_eq!((&again[0].title, &again[0].body), (&a.title, &a.body));
}

#[test]
fn names_of_one_stem_get_suffixes_in_linear_time() {
    let steps = |n: usize| {
        let (names, steps) = crate::steps::counted(|| {
            let mut names = super::Names::default();
            (0..n)
                .map(|i| {
                    names.unique(if i % 2 == 0 {
                        "Алжир".into()
                    } else {
                        "алжир".into()
                    })
                })
                .collect::<Vec<_>>()
        });
        assert_eq!(names[..3], ["Алжир", "алжир-2", "Алжир-3"], "case is ignored");
        assert_eq!(names[n - 1], format!("алжир-{n}"));
        steps
    };
    crate::steps::assert_linear("export names", 500, steps);
}
