//! Reading the corpus folder with the core ingest pipeline, for the build and
//! for `cargo xtask corpus --json`.

use crate::Result;
use dossier_core::ingest::{load_corpus_dir, IngestReport};
use dossier_core::model::{Article, Corpus};

use std::path::Path;

/// Ingests `dir`, printing each problem file to stderr with its path; fails only
/// if the folder cannot be read or holds no usable article. Returns the corpus and
/// the problems (relative to the folder) for the page to show.
pub fn load(dir: &Path) -> Result<(Corpus, Vec<String>)> {
    let report = ingest(dir)?;
    if report.corpus.articles.is_empty() {
        return Err(format!(
            "{}: no usable article (.txt or .md) in this folder",
            dir.display()
        ));
    }
    eprintln!(
        "xtask: {} articles from {}",
        report.corpus.articles.len(),
        dir.display()
    );
    let problems = report.problems.iter().map(ToString::to_string).collect();
    Ok((report.corpus, problems))
}

fn ingest(dir: &Path) -> Result<IngestReport> {
    let report =
        load_corpus_dir(dir).map_err(|e| format!("cannot read corpus folder {}: {e}", dir.display()))?;
    for problem in &report.problems {
        eprintln!("{}", dir.join(problem.to_string()).display());
    }
    Ok(report)
}

/// `cargo xtask corpus --json`: what ingest made of each article, one JSON object a line.
pub fn print_json(dir: &Path) -> Result<()> {
    let report = ingest(dir)?;
    for article in &report.corpus.articles {
        println!("{}", article_json(article));
    }
    Ok(())
}

/// The fields INTERFACE.md §1 promises, in that order.
fn article_json(a: &Article) -> serde_json::Value {
    serde_json::json!({
        "id": a.id,
        "title": a.title,
        "lang": a.lang,
        "date": a.date.map(|d| d.to_string()),
        "date_precision": a.date.map(|d| d.precision().as_str()),
        "date_basis": a.date_basis.map(|b| b.as_str()),
        "topics": a.topics.iter().map(|t| &t.slug).collect::<Vec<_>>(),
        "entities": a.entities.iter().map(|e| &e.name).collect::<Vec<_>>(),
        "duplicate_of": a.duplicate_of,
        "words": a.words,
        "warnings": a.warnings,
    })
}
