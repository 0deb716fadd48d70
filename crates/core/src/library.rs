//! The reader's library: the bundled corpus plus the articles they added in the
//! browser. The library worker keeps one and persists [`Library::added`]; all the
//! rules (zips, ingest, replacing, removing, exporting) live here so they are
//! tested natively.

#[path = "library_intake.rs"]
pub mod intake;
#[path = "library_stored.rs"]
pub mod stored;

use crate::bundle::Bundle;
use crate::export_md;
use crate::ingest::add::add_files;
use crate::model::{Article, Corpus};
use crate::protocol::{AddSummary, Replacement};
use std::collections::{HashMap, HashSet};
pub use stored::Stored;

/// The bundled corpus and the reader's own articles.
pub struct Library {
    bundled: Bundle,
    added: Vec<Article>,
    /// The file each article of `added` came from, at the same position.
    paths: Vec<String>,
    /// Position of each id in `added`: a drop of thousands of files replaces
    /// in constant time each, not with a scan of the library per file.
    position: HashMap<String, usize>,
}

impl Library {
    /// A library over `bundled` with the articles the reader added before.
    pub fn new(bundled: Bundle, stored: Vec<Stored>) -> Library {
        let mut library = Library {
            bundled,
            added: Vec::new(),
            paths: Vec::new(),
            position: HashMap::new(),
        };
        library.sync(stored);
        library
    }

    /// Takes the stored articles as the reader's, forgetting those held before:
    /// the store is the truth (another tab may have added or removed some).
    pub fn sync(&mut self, stored: Vec<Stored>) {
        self.added.clear();
        self.paths.clear();
        self.position.clear();
        for record in stored {
            self.put(record.path, record.article);
        }
    }

    /// The reader's articles, in the order they were added.
    pub fn added(&self) -> &[Article] {
        &self.added
    }

    /// The file an added article came from (empty when not known).
    pub fn path_of(&self, id: &str) -> Option<&str> {
        self.position.get(id).map(|&i| self.paths[i].as_str())
    }

    /// Records to store for these added articles (unknown ids are skipped).
    pub fn records(&self, ids: &[String]) -> Vec<Stored> {
        ids.iter()
            .filter_map(|id| self.position.get(id))
            .map(|&i| Stored::new(self.paths[i].clone(), self.added[i].clone()))
            .collect()
    }

    /// Every article: the bundled ones, then the reader's.
    pub fn corpus(&self) -> Corpus {
        self.bundled.corpus.with_added(&self.added)
    }

    /// Ingests dropped files, expanding zips, exactly as the build would; an
    /// article with the id of one added earlier replaces it, and the summary
    /// names each replacement that came from another file or with another text.
    /// `progress(done, total, archive)` is told of each entry while an archive
    /// is expanded, then of each file ingested (with `archive` empty).
    pub fn add(
        &mut self,
        files: Vec<(String, Vec<u8>)>,
        progress: &mut dyn FnMut(usize, usize, &str),
    ) -> AddSummary {
        let (files, mut problems) = intake::expand(files, progress);
        let existing = self.corpus();
        let mut report = add_files(
            &existing,
            self.bundled.taxonomy.as_deref(),
            self.bundled.gazetteer.as_deref(),
            files,
            &mut |done, total| progress(done, total, ""),
        );
        crate::ingest::sources::merge_text(self.bundled.outlets.as_deref(), &mut report.added);
        problems.extend(report.problems);
        problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        let mut summary = AddSummary {
            problems: problems.iter().map(ToString::to_string).collect(),
            ..AddSummary::default()
        };
        for article in report.added {
            let path = report.sources.remove(&article.id).unwrap_or_default();
            summary.added.push(article.id.clone());
            if let Some(of) = &article.duplicate_of {
                summary.duplicates.push((article.id.clone(), of.clone()));
            }
            if let Some(&i) = self.position.get(&article.id) {
                let text_changed = self.added[i].original != article.original;
                if text_changed || self.paths[i] != path {
                    summary.replaced.push(Replacement {
                        id: article.id.clone(),
                        path: path.clone(),
                        earlier_path: self.paths[i].clone(),
                        text_changed,
                    });
                }
            }
            self.put(path, article);
        }
        summary
    }

    /// Forgets the given added articles (all when `None`); returns the ids removed.
    /// Bundled articles cannot be removed.
    pub fn remove(&mut self, ids: Option<&[String]>) -> Vec<String> {
        let chosen = chooser(ids);
        let mut gone = Vec::new();
        let mut kept = Vec::new();
        let paths = std::mem::take(&mut self.paths);
        for (article, path) in std::mem::take(&mut self.added).into_iter().zip(paths) {
            if chosen(&article) {
                gone.push(article.id);
            } else {
                kept.push(Stored::new(path, article));
            }
        }
        self.sync(kept);
        gone
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
        let mut corpus = self.corpus();
        // an added article may tell a bundled story: group them all again
        corpus.stories = crate::stories::stories(&corpus.articles);
        let mut bundle = Bundle::new(corpus, self.bundled.problems.clone())
            .with_sources(self.bundled.taxonomy.clone(), self.bundled.gazetteer.clone())
            .with_outlets(self.bundled.outlets.clone());
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

    /// A zip of what a stored library that no longer opens holds (see
    /// [`stored::rescue_zip`]), with this dossier's taxonomy and gazetteer.
    pub fn rescue_zip(&self, records: &[String]) -> (Vec<u8>, usize) {
        stored::rescue_zip(
            records,
            self.bundled.taxonomy.as_deref(),
            self.bundled.gazetteer.as_deref(),
        )
    }

    /// Adds or replaces (same id) one article of the reader's.
    fn put(&mut self, path: String, article: Article) {
        match self.position.get(&article.id) {
            Some(&i) => {
                self.added[i] = article;
                self.paths[i] = path;
            }
            None => {
                self.position.insert(article.id.clone(), self.added.len());
                self.added.push(article);
                self.paths.push(path);
            }
        }
    }
}

/// Whether an article is one of `ids` (every article when `None`). A set, since
/// an export names up to the whole corpus and a scan per article would be quadratic.
fn chooser(ids: Option<&[String]>) -> impl Fn(&Article) -> bool + '_ {
    let set: Option<HashSet<&str>> = ids.map(|ids| ids.iter().map(String::as_str).collect());
    move |a| set.as_ref().is_none_or(|set| set.contains(a.id.as_str()))
}

#[cfg(test)]
#[path = "library_tests.rs"]
mod tests;
