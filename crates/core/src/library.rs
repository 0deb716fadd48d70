//! The reader's library: the bundled corpus plus the articles they added in the
//! browser. The library worker keeps one and persists [`Library::added`]; all the
//! rules (zips, ingest, replacing, removing, exporting) live here so they are
//! tested natively.

use crate::bundle::Bundle;
use crate::ingest::{add::add_files, FileProblem, SourceFile};
use crate::model::{Article, Corpus};
use crate::protocol::AddSummary;
use crate::{export_md, zip};
use std::collections::HashSet;

/// The bundled corpus and the reader's own articles.
pub struct Library {
    bundled: Bundle,
    added: Vec<Article>,
}

impl Library {
    /// A library over `bundled` with the articles the reader added before.
    pub fn new(bundled: Bundle, added: Vec<Article>) -> Library {
        let mut library = Library {
            bundled,
            added: Vec::new(),
        };
        for article in added {
            library.put(article);
        }
        library
    }

    /// The reader's articles, in the order they were added.
    pub fn added(&self) -> &[Article] {
        &self.added
    }

    /// Every article: the bundled ones, then the reader's.
    pub fn corpus(&self) -> Corpus {
        self.bundled.corpus.with_added(&self.added)
    }

    /// Ingests dropped files, expanding zips, exactly as the build would; an
    /// article with the id of one added earlier replaces it.
    pub fn add(
        &mut self,
        files: Vec<(String, Vec<u8>)>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> AddSummary {
        let (files, mut problems) = expand_zips(files);
        let existing = self.corpus();
        let report = add_files(
            &existing,
            self.bundled.taxonomy.as_deref(),
            self.bundled.gazetteer.as_deref(),
            files,
            progress,
        );
        problems.extend(report.problems);
        problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        let mut summary = AddSummary {
            problems: problems.iter().map(ToString::to_string).collect(),
            ..AddSummary::default()
        };
        for article in report.added {
            summary.added.push(article.id.clone());
            if let Some(of) = &article.duplicate_of {
                summary.duplicates.push((article.id.clone(), of.clone()));
            }
            self.put(article);
        }
        summary
    }

    /// Forgets the given added articles (all when `None`); returns the ids removed.
    /// Bundled articles cannot be removed.
    pub fn remove(&mut self, ids: Option<&[String]>) -> Vec<String> {
        let chosen = chooser(ids);
        let (gone, kept): (Vec<Article>, Vec<Article>) = std::mem::take(&mut self.added)
            .into_iter()
            .partition(|a| chosen(a));
        self.added = kept;
        gone.into_iter().map(|a| a.id).collect()
    }

    /// The data file for the page: every article and its index. `None` while the
    /// reader has added nothing (the page already has the bundled one).
    ///
    /// When the site ships original texts apart ([`Bundle::originals`]), the
    /// bundled articles' stay out of it (the page fetches that file if asked, and
    /// the bundled articles keep their positions); the added ones are inline.
    pub fn bundle(&self) -> Option<Bundle> {
        if self.added.is_empty() {
            return None;
        }
        let mut bundle = Bundle::new(self.corpus(), self.bundled.problems.clone())
            .with_sources(self.bundled.taxonomy.clone(), self.bundled.gazetteer.clone());
        if let Some(href) = &self.bundled.originals {
            let bundled = self.bundled.corpus.articles.len();
            for article in &mut bundle.corpus.articles[..bundled] {
                article.original.clear();
            }
            bundle.originals = Some(href.clone());
        }
        Some(bundle)
    }

    /// A zip of `.md` files (these articles, or all when `None`) with the
    /// corpus's `topics.toml` and `entities.toml`, ready for `cargo xtask build --corpus`.
    pub fn export_zip(&self, ids: Option<&[String]>) -> Vec<u8> {
        let corpus = self.corpus();
        let chosen = chooser(ids);
        export_md::corpus_zip(
            corpus.articles.iter().filter(|a| chosen(a)),
            self.bundled.taxonomy.as_deref(),
            self.bundled.gazetteer.as_deref(),
        )
    }

    /// Adds or replaces (same id) one article of the reader's.
    fn put(&mut self, article: Article) {
        match self.added.iter_mut().find(|a| a.id == article.id) {
            Some(slot) => *slot = article,
            None => self.added.push(article),
        }
    }
}

/// Whether an article is one of `ids` (every article when `None`). A set, since
/// an export names up to the whole corpus and a scan per article would be quadratic.
fn chooser(ids: Option<&[String]>) -> impl Fn(&Article) -> bool + '_ {
    let set: Option<HashSet<&str>> = ids.map(|ids| ids.iter().map(String::as_str).collect());
    move |a| set.as_ref().is_none_or(|set| set.contains(a.id.as_str()))
}

/// Replaces each `.zip` by its entries (paths `name.zip/entry`); unreadable
/// archives and entries become problems naming them.
fn expand_zips(files: Vec<(String, Vec<u8>)>) -> (Vec<SourceFile>, Vec<FileProblem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let problem = |path: String, reason: String| FileProblem {
        path,
        line: None,
        reason,
    };
    for (path, bytes) in files {
        if !path.to_lowercase().ends_with(".zip") {
            out.push(SourceFile { path, bytes });
            continue;
        }
        match zip::read_zip(&bytes) {
            Ok(entries) => {
                for entry in entries {
                    let inner = format!("{path}/{}", entry.path);
                    match entry.bytes {
                        Ok(bytes) => out.push(SourceFile { path: inner, bytes }),
                        Err(reason) => problems.push(problem(inner, reason)),
                    }
                }
            }
            Err(reason) => problems.push(problem(path, reason)),
        }
    }
    (out, problems)
}

#[cfg(test)]
#[path = "library_tests.rs"]
mod tests;
