//! Reading the corpus folder with the core ingest pipeline, for the build and
//! for `cargo xtask corpus --json`.

use crate::Result;
use dossier_core::bundle::Bundle;
use dossier_core::ingest::{load_corpus_dir, IngestReport};
use dossier_core::par::Threads;

use std::path::Path;
use std::time::Instant;

/// Ingests `dir`, printing each problem file to stderr with its path; fails only
/// if the folder cannot be read or holds no usable article. Returns the site's
/// data (see [`bundle`]).
pub fn load(dir: &Path) -> Result<Bundle> {
    let start = Instant::now();
    let report = ingest(dir)?;
    if report.corpus.articles.is_empty() {
        return Err(format!(
            "{}: no usable article ({}) in this folder",
            dir.display(),
            dossier_core::ingest::ARTICLE_KINDS
        ));
    }
    eprintln!(
        "xtask: {} articles from {} (ingest {:.1} s)",
        report.corpus.articles.len(),
        dir.display(),
        start.elapsed().as_secs_f64()
    );
    let start = Instant::now();
    let bundle = bundle(report, Threads::available());
    eprintln!("xtask: indexed in {:.1} s", start.elapsed().as_secs_f64());
    Ok(bundle)
}

/// The site's data from what ingest made: the corpus indexed on `threads`,
/// the problems (relative to the folder) for the page to show, and the
/// taxonomy, gazetteer and outlet texts for files readers add.
pub fn bundle(report: IngestReport, threads: Threads) -> Bundle {
    let problems = report.problems.iter().map(ToString::to_string).collect();
    Bundle::new_on(report.corpus, problems, threads)
        .with_sources(report.taxonomy, report.gazetteer)
        .with_outlets(report.outlets)
}

fn ingest(dir: &Path) -> Result<IngestReport> {
    let report =
        load_corpus_dir(dir).map_err(|e| format!("cannot read corpus folder {}: {e}", dir.display()))?;
    for problem in &report.problems {
        eprintln!("{}", dir.join(problem.to_string()).display());
    }
    Ok(report)
}

/// `cargo xtask corpus --json [--body]`: what ingest made of each article, one
/// JSON object a line; with `--body`, its cleaned text too (so extraction can be
/// scored from outside).
pub fn print_json(dir: &Path, with_body: bool) -> Result<()> {
    for line in json_lines(dir, with_body)? {
        println!("{line}");
    }
    Ok(())
}

/// The lines [`print_json`] prints.
fn json_lines(dir: &Path, with_body: bool) -> Result<Vec<String>> {
    let report = ingest(dir)?;
    Ok(report
        .corpus
        .articles
        .iter()
        .map(|article| {
            let mut line = dossier_core::export::article_json(article);
            if with_body {
                line["body"] = article.body.clone().into();
            }
            line.to_string()
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::json_lines;
    use serde_json::Value;

    #[test]
    fn body_is_printed_only_when_asked() {
        let dir = std::env::temp_dir().join(format!("dossier-corpus-json-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = "Gas talks in Algiers\n\nSonatrach and its partners met on Monday to discuss supplies.\n";
        std::fs::write(dir.join("gas.txt"), text).unwrap();
        let parse = |with_body| -> Vec<Value> {
            let lines = json_lines(&dir, with_body).unwrap();
            lines.iter().map(|l| serde_json::from_str(l).unwrap()).collect()
        };
        let (plain, with_body) = (parse(false), parse(true));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(plain[0].get("body").is_none());
        assert_eq!(with_body[0]["id"], "gas");
        assert_eq!(
            with_body[0]["body"],
            "Sonatrach and its partners met on Monday to discuss supplies."
        );
    }
}
