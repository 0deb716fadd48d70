//! Reading the corpus folder with the core ingest pipeline, for the build and
//! for `cargo xtask corpus --json`.

use crate::Result;
use dossier_core::bundle::Bundle;
use dossier_core::ingest::{load_corpus_dir, IngestReport};

use std::path::Path;

/// Ingests `dir`, printing each problem file to stderr with its path; fails only
/// if the folder cannot be read or holds no usable article. Returns the site's
/// data: the corpus and its index, the problems (relative to the folder) for the
/// page to show, and the taxonomy and gazetteer texts for files readers add.
pub fn load(dir: &Path) -> Result<Bundle> {
    let report = ingest(dir)?;
    if report.corpus.articles.is_empty() {
        return Err(format!(
            "{}: no usable article ({}) in this folder",
            dir.display(),
            dossier_core::ingest::ARTICLE_KINDS
        ));
    }
    eprintln!(
        "xtask: {} articles from {}",
        report.corpus.articles.len(),
        dir.display()
    );
    let problems = report.problems.iter().map(ToString::to_string).collect();
    Ok(Bundle::new(report.corpus, problems).with_sources(report.taxonomy, report.gazetteer))
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
        println!("{}", dossier_core::export::article_json(article));
    }
    Ok(())
}
