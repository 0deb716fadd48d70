//! The generator is deterministic, writes every language at realistic lengths,
//! and what it writes is read back by the real ingest as intended.

use super::*;
use dossier_core::ingest::{ingest_files, SourceFile};
use std::collections::{BTreeMap, BTreeSet};

fn generator(seed: u64) -> Generator {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let read = |n: &str| std::fs::read_to_string(corpus.join(n)).unwrap();
    Generator::new(&read(TOPICS_FILE), &read(ENTITIES_FILE), seed).unwrap()
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let (a, b, c) = (generator(7), generator(7), generator(8));
    for n in 0..40 {
        assert_eq!(a.draft(n).text, b.draft(n).text);
        assert_eq!(a.draft(n).name, b.draft(n).name);
    }
    assert!((0..40).any(|n| a.draft(n).text != c.draft(n).text));
}

#[test]
fn lengths_in_range_every_language_and_thousands_of_words() {
    let gen = generator(1);
    let drafts: Vec<Draft> = (0..300).map(|n| gen.draft(n)).collect();
    let langs: BTreeSet<&str> = drafts.iter().map(|d| d.lang).collect();
    assert_eq!(langs, BTreeSet::from(["ar", "en", "fr", "ru"]));
    for d in &drafts {
        assert!((300..=900).contains(&d.words), "{} has {} words", d.name, d.words);
    }
    for (lang, size) in gen.vocab_sizes() {
        assert!(size >= 2_000, "{lang}: only {size} word forms");
    }
    let undated = drafts.iter().filter(|d| d.date.is_none()).count();
    assert!((5..=50).contains(&undated), "{undated} undated of 300");
    assert!(drafts.iter().any(|d| d.name.ends_with(".md")));
    assert!(drafts.iter().any(|d| d.name.ends_with(".txt")));
}

#[test]
fn ingest_reads_language_date_topics_and_entities_as_generated() {
    let gen = generator(42);
    let drafts: Vec<Draft> = (0..400).map(|n| gen.draft(n)).collect();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut files: Vec<SourceFile> = drafts
        .iter()
        .map(|d| SourceFile {
            path: d.name.clone(),
            bytes: d.text.clone().into_bytes(),
        })
        .collect();
    for name in [TOPICS_FILE, ENTITIES_FILE] {
        let bytes = std::fs::read(corpus.join(name)).unwrap();
        files.push(SourceFile {
            path: name.into(),
            bytes,
        });
    }
    let report = ingest_files(files);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let by_id: BTreeMap<&str, _> = report
        .corpus
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    assert_eq!(by_id.len(), drafts.len());
    let (mut lang_ok, mut date_ok, mut topics, mut entities) = (0, 0, 0, 0);
    for d in &drafts {
        let a = by_id[d.name.rsplit_once('.').unwrap().0];
        lang_ok += usize::from(a.lang == d.lang);
        let date = a.date.map(|x| x.to_string());
        date_ok += usize::from(date == d.date);
        if date != d.date {
            eprintln!("{}: date {:?}, generated {:?}", d.name, date, d.date);
        }
        topics += usize::from(!a.topics.is_empty());
        entities += usize::from(!a.entities.is_empty());
        assert!(
            (250..=950).contains(&(a.words as usize)),
            "{}: ingest counts {} words",
            d.name,
            a.words
        );
    }
    let n = drafts.len();
    assert!(lang_ok * 100 >= n * 95, "language right for {lang_ok} of {n}");
    assert!(date_ok * 100 >= n * 98, "date right for {date_ok} of {n}");
    assert!(topics * 100 >= n * 90, "topics for {topics} of {n}");
    assert!(entities * 100 >= n * 95, "entities for {entities} of {n}");
}
