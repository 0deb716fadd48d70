//! The seed corpus, ingested with and without its curated front matter.

use dossier_core::ingest::{ingest_files, IngestReport, SourceFile};
use dossier_core::model::{Article, DateBasis, DatePrecision};
use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

/// The text after a leading `---` front matter block.
fn strip_front_matter(text: &str) -> &str {
    let rest = text
        .strip_prefix("---\n")
        .expect("seed files open with front matter");
    let end = rest.find("\n---\n").expect("front matter is closed");
    &rest[end + 5..]
}

fn seed_files(keep_front_matter: bool) -> Vec<SourceFile> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let bytes = if name.ends_with(".md") && !keep_front_matter {
            strip_front_matter(&text).as_bytes().to_vec()
        } else {
            text.into_bytes()
        };
        files.push(SourceFile { path: name, bytes });
    }
    files
}

fn ingest(keep_front_matter: bool) -> IngestReport {
    let report = ingest_files(seed_files(keep_front_matter));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.corpus.articles.len(), 5);
    report
}

fn article<'a>(report: &'a IngestReport, prefix: &str) -> &'a Article {
    report
        .corpus
        .articles
        .iter()
        .find(|a| a.id.starts_with(prefix))
        .unwrap()
}

#[test]
fn inferred_without_front_matter() {
    let report = ingest(false);
    for a in &report.corpus.articles {
        eprintln!("{} [{}] {:?} {:?} words={} title={:?}\n  author={:?} place={:?} source={:?}\n  captions={:?}\n  warnings={:?}",
            a.id, a.lang, a.date.map(|d| d.to_string()), a.date_basis, a.words, a.title, a.author, a.place, a.source, a.captions, a.warnings);
    }
    let langs: Vec<&str> = report.corpus.articles.iter().map(|a| a.lang.as_str()).collect();
    assert_eq!(langs, ["en", "en", "fr", "en", "en"]);

    let a001 = article(&report, "001");
    assert_eq!(a001.date.map(|d| d.to_string()).as_deref(), Some("2022-11-11"));
    assert_eq!(a001.date.unwrap().precision(), DatePrecision::Day);
    assert_eq!(a001.date_basis, Some(DateBasis::Stated));
    assert!(!a001.body.contains("date 2022-11-11"));
    assert!(!a001.body.contains("\n\n\n"));
    let a004 = article(&report, "004");
    assert_eq!(a004.date.map(|d| d.to_string()).as_deref(), Some("2025-01-03"));
    assert_eq!(a004.date_basis, Some(DateBasis::Stated));
    for id in ["000", "002", "003"] {
        let a = article(&report, id);
        assert_eq!(a.date, None, "{id}");
        assert_eq!(a.date_basis, None, "{id}");
    }

    for a in &report.corpus.articles {
        for line in [
            "Advertisements",
            "Exit mobile version",
            "No comments:",
            "Post a Comment",
            ">> To read also",
        ] {
            assert!(!a.body.contains(line), "{} keeps {line:?}", a.id);
        }
        assert!(a.words > 100, "{}", a.id);
        assert!(!a.title.is_empty());
    }

    assert_eq!(
        a004.body
            .matches("This diplomatic push follows months of tensions")
            .count(),
        1
    );
    assert!(a004.warnings.iter().any(|w| w.contains("pasted twice")));
    assert_eq!(a004.author.as_deref(), Some("Basma El Atti"));
    assert_eq!(a004.source.as_deref(), Some("The New Arab"));
    assert_eq!(a004.place.as_deref(), Some("Rabat"));
    assert!(!a004.body.contains("[Getty]"));
    assert!(a004
        .captions
        .iter()
        .any(|c| c.starts_with("On the Ukraine front") && c.ends_with("[Getty]")));
    assert!(!a004.body.contains("Basma El Atti"));

    let a003 = article(&report, "003");
    assert_eq!(a003.title, "Algeria and Russia strengtens military ties");
    assert_eq!(a003.captions.len(), 1);
    assert!(a003.captions[0].ends_with("(Reuters)"));
    assert!(!a003.body.contains("(Reuters)"));

    let a000 = article(&report, "000");
    assert!(a000
        .title
        .starts_with("In Moscow, Russia and Algeria seek to deepen"));
    assert!(!a000
        .body
        .contains("In Moscow Russia and Algeria seek to deepen their strategic"));
    assert_eq!(a000.author.as_deref(), Some("Anissa El Jabri"));
    assert_eq!(a000.place.as_deref(), Some("Moscow"));

    let a002 = article(&report, "002");
    assert!(a002.paragraphs().any(|p| p == "Un dialogue politique renforcé"));

    for a in &report.corpus.articles {
        assert_eq!(a.duplicate_of, None, "{}", a.id);
        assert!(a.original.len() > a.body.len() / 2);
    }
}

#[test]
fn curated_front_matter_wins() {
    let report = ingest(true);
    let a000 = article(&report, "000");
    assert_eq!(a000.date.map(|d| d.to_string()).as_deref(), Some("2023-06-15"));
    assert_eq!(a000.date_basis, Some(DateBasis::Metadata));
    // corpus/sources.toml merges "RFI (machine translation from French)".
    assert_eq!(a000.source.as_deref(), Some("RFI"));
    assert_eq!(a000.lang_confidence, 1.0);
    let a003 = article(&report, "003");
    assert_eq!(a003.date.map(|d| d.to_string()).as_deref(), Some("2023-02"));
    assert_eq!(a003.date_basis, Some(DateBasis::Metadata));
    assert_eq!(article(&report, "002").date, None);
    let a004 = article(&report, "004");
    assert_eq!(a004.date_basis, Some(DateBasis::Metadata));
    assert_eq!(a004.author.as_deref(), Some("Basma El Atti"));
    for a in &report.corpus.articles {
        assert!(!a.original.starts_with("---"), "{}", a.id);
        assert!(
            !a.warnings.iter().any(|w| w.contains("unknown front matter key")),
            "{}",
            a.id
        );
    }
}

#[test]
fn topics_and_entities_from_the_corpus_files() {
    let report = ingest(false);
    assert_eq!(report.corpus.topics.len(), 8);
    assert!(report.corpus.entities.iter().any(|e| e.name == "Vladimir Putin"));
    for a in &report.corpus.articles {
        eprintln!("{} topics={:?}\n  entities={:?}", a.id, a.topics, a.entities);
    }
    let count = |a: &Article, name: &str| a.entities.iter().find(|e| e.name == name).map_or(0, |e| e.count);
    let a003 = article(&report, "003");
    assert!(count(a003, "Saïd Chanegriha") >= 2);
    assert!(count(a003, "Sergey Lavrov") >= 1, "caption mentions count");
    let a004 = article(&report, "004");
    assert!(count(a004, "Wagner Group") >= 5);
    assert!(count(a004, "United Nations") >= 3);
    let a002 = article(&report, "002");
    assert!(count(a002, "Algeria") >= 1 && count(a002, "Mikhail Bogdanov") >= 2);
    for a in &report.corpus.articles {
        assert!(!a.topics.is_empty(), "{} has no topic", a.id);
        assert!(!a.entities.is_empty(), "{}", a.id);
    }
    let slugs = |a: &Article| a.topics.iter().map(|t| t.slug.clone()).collect::<Vec<_>>();
    assert!(slugs(a003).contains(&"defense".to_string()), "{:?}", a003.topics);
    assert!(
        slugs(a004).contains(&"regional-security".to_string()),
        "{:?}",
        a004.topics
    );
    assert!(
        slugs(a002).contains(&"diplomacy".to_string()),
        "{:?}",
        a002.topics
    );
}

#[test]
fn the_corpus_folder_loads_from_disk() {
    let report = dossier_core::ingest::load_corpus_dir(&corpus_dir()).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.corpus.articles.len(), 5);
    assert!(!report.corpus.topics.is_empty() && !report.corpus.entities.is_empty());
    assert!(dossier_core::ingest::load_corpus_dir(&corpus_dir().join("no-such-folder")).is_err());
}
