//! The hold-out set's files and expectations: loading and ingesting them, and the text comparisons the tests share.

use super::super::article::id_of;
use super::super::{ingest_files, IngestReport, SourceFile};
use crate::model::Article;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One file of the set and what a careful editor expects of it (fields described in `expected.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub path: String,
    pub title: String,
    pub date: Option<String>,
    pub date_basis: Option<String>,
    pub lang: String,
    pub topics: Vec<String>,
    #[serde(default)]
    pub topics_also: Vec<String>,
    pub entities: Vec<String>,
    pub junk: Vec<String>,
    pub keep: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    file: Vec<Case>,
}

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/scraped")
}

pub fn corpus_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(dir().join("expected.toml")).expect("expected.toml");
    toml::from_str::<Expected>(&text)
        .expect("expected.toml parses")
        .file
}

pub fn is_page(path: &str) -> bool {
    path.ends_with(".html") || path.ends_with(".htm")
}

/// The article files of the set (`.txt`, `.html`, `.htm`), sorted.
pub fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .expect("testdata/scraped")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt") || is_page(n))
        .collect();
    names.sort();
    names
}

/// Ingests the whole set with the bundled corpus's taxonomy and gazetteer.
pub fn ingest_set() -> IngestReport {
    let read = |name: String| SourceFile {
        bytes: std::fs::read(dir().join(&name)).expect("fixture"),
        path: name,
    };
    let corpus = ["topics.toml", "entities.toml"].map(|name| SourceFile {
        path: name.into(),
        bytes: corpus_file(name).into_bytes(),
    });
    ingest_files(fixture_names().into_iter().map(read).chain(corpus).collect())
}

/// Each case with the article ingest made of it, or why there is none.
pub fn outcomes(report: &IngestReport) -> Vec<(Case, Result<&Article, String>)> {
    cases()
        .into_iter()
        .map(|case| {
            let found = report.corpus.article(&id_of(&case.path)).ok_or_else(|| {
                let why = report.problems.iter().find(|p| p.path == case.path);
                format!("(no article: {})", why.map_or("not read", |p| p.reason.as_str()))
            });
            (case, found)
        })
        .collect()
}

/// Whitespace runs to one space, trimmed.
pub fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where `needle` occurs in `hay` with no letter or digit right before or after it.
pub fn bounded_matches<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(needle).map(|(i, _)| i).filter(move |&i| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `needle` occurs in `hay` as whole words (see [`bounded_matches`]).
pub fn contains_bounded(hay: &str, needle: &str) -> bool {
    bounded_matches(hay, needle).next().is_some()
}
