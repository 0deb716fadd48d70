//! Reading the corpus folder for the build (temporary reader until ingest lands).

use crate::Result;
use dossier_core::model::{Article, Corpus, DateBasis, PartialDate};
use std::path::Path;

/// Reads every article in `dir`; problems with single files go to stderr.
pub fn load(dir: &Path) -> Result<Corpus> {
    let mut corpus = Corpus::default();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let id = path.file_stem().unwrap_or_default().to_string_lossy().to_string();
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("{}: not UTF-8 text, skipped", path.display());
            continue;
        };
        let (front, body) = match text.strip_prefix("---\n").and_then(|t| t.split_once("\n---\n")) {
            Some((f, b)) => (f, b),
            None => ("", text.as_str()),
        };
        let field = |name: &str| {
            front.lines().find_map(|l| {
                l.strip_prefix(name)?
                    .strip_prefix(':')
                    .map(|v| v.trim().to_string())
            })
        };
        let date = field("date").and_then(|d| PartialDate::parse(&d).ok());
        corpus.articles.push(Article {
            id,
            title: body
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string(),
            lang: field("lang").unwrap_or_else(|| "und".into()),
            lang_confidence: 1.0,
            date,
            date_basis: date.map(|_| DateBasis::Metadata),
            source: field("source"),
            author: field("author"),
            place: field("place"),
            url: None,
            captions: vec![],
            topics: vec![],
            entities: vec![],
            duplicate_of: None,
            body: body.to_string(),
            original: body.to_string(),
            words: body.split_whitespace().count() as u32,
            warnings: vec![],
        });
    }
    corpus.articles.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(corpus)
}
