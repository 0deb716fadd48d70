//! Ingest: raw article files (scraped text, with or without front matter) to a
//! clean, dated, tagged [`Corpus`].
//!
//! Everything here works on bytes and strings, so it runs natively at build time
//! and in the browser as wasm; only [`folder`] touches the filesystem.
//!
//! The pipeline per file: [`frontmatter`] (decode, front matter; for a `.md`
//! file, [`markdown`]: the text a reader of the rendered page sees; for a saved
//! page, [`html`]: metadata and the article's text) → [`clean`]
//! (title, [`byline`], captions, [`boilerplate`], paragraphs) → [`lang`] →
//! [`date`] → topics and entities (from the corpus's own `topics.toml` and
//! `entities.toml`) → [`dedup`] across the corpus. [`add`] runs the same
//! pipeline on files a reader adds to a built corpus.

pub mod add;
pub mod article;
pub mod boilerplate;
mod boilerplate_lists;
pub mod byline;
pub mod clean;
mod codepage;
pub mod date;
pub mod dateparse;
pub mod dedup;
pub mod dossier;
pub mod entities;
pub mod folder;
pub mod frontmatter;
pub mod furniture;
pub mod headline;
pub mod html;
pub mod lang;
pub mod lines;
pub mod markdown;
pub mod paragraph_class;
pub mod sources;
pub mod topics;
mod wrap;

pub use folder::load_corpus_dir;

use crate::model::Corpus;
use crate::par::Threads;
use std::fmt;

/// The taxonomy file a corpus may hold.
pub const TOPICS_FILE: &str = "topics.toml";
/// The gazetteer file a corpus may hold.
pub const ENTITIES_FILE: &str = "entities.toml";

/// One file of a corpus: its path (relative to the corpus folder, `/`-separated) and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub path: String,
    /// 1-based line of the file, where known.
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for FileProblem {
    /// `path:line: reason`, or `path: reason` when the line is unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

/// What ingest made of a set of files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IngestReport {
    pub corpus: Corpus,
    /// Files skipped (or taxonomy/gazetteer files not used), sorted by path.
    pub problems: Vec<FileProblem>,
    /// The text of the `topics.toml` used, so files added later (see [`add`]) are
    /// classified the same way.
    pub taxonomy: Option<String>,
    /// The text of the `entities.toml` used.
    pub gazetteer: Option<String>,
    /// The text of the `sources.toml` used (outlet name variants merged).
    pub outlets: Option<String>,
    /// What the corpus's `dossier.toml` says about it, if it has one.
    pub dossier: Option<dossier::DossierInfo>,
}

/// The file name after the last `/` or `\`.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Whether `path` names an article file: `.md`, `.txt`, or a saved web page
/// (`.html`, `.htm`, `.mhtml`, `.mht`), any case.
pub fn is_article(path: &str) -> bool {
    let name = file_name(path);
    let lower = name.to_lowercase();
    lower.ends_with(".md") || lower.ends_with(".txt") || html::is_html(name)
}

/// The kinds of article file, for messages about skipped files.
pub const ARTICLE_KINDS: &str = ".md, .txt, .html, .htm, .mhtml or .mht";

/// Files named README.md (any case) and dotfiles, or files inside dot-folders, are not part of a corpus.
pub fn is_skipped(path: &str) -> bool {
    path.split(['/', '\\'])
        .any(|part| part.starts_with('.') && part != "." && part != "..")
        || file_name(path).eq_ignore_ascii_case("readme.md")
}

/// Builds a corpus from files: articles (`.md`, `.txt`, `.html`, `.htm`), `topics.toml` and `entities.toml`.
/// Bad files become [`FileProblem`]s; the rest of the corpus still builds.
pub fn ingest_files(files: Vec<SourceFile>) -> IngestReport {
    ingest_files_on(files, Threads::available())
}

/// [`ingest_files`] with the per-file work on `threads` (see
/// [`article::build_corpus_on`]): the same report for any number of threads.
pub fn ingest_files_on(mut files: Vec<SourceFile>, threads: Threads) -> IngestReport {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut problems = Vec::new();
    let mut articles = Vec::new();
    let (mut taxonomy, mut gazetteer) = (None, None);
    let (mut taxonomy_text, mut gazetteer_text) = (None, None);
    let mut dossier_info = None;
    let (mut outlets, mut outlets_text) = (None, None);
    for file in files {
        if is_skipped(&file.path) {
            continue;
        }
        let name = file_name(&file.path);
        let lower = name.to_lowercase();
        if is_article(name) {
            articles.push(file);
        } else if lower == dossier::DOSSIER_FILE && dossier_info.is_none() {
            let (info, found) = dossier::parse_dossier(&file.path, &file.bytes);
            dossier_info = Some(info);
            problems.extend(found);
        } else if lower == sources::SOURCES_FILE {
            let parsed = if outlets.is_some() {
                Err(frontmatter::ReadError {
                    line: None,
                    reason: format!("another {name} was already read; ignored"),
                })
            } else {
                sources::parse_outlets(&file.bytes)
            };
            match parsed {
                Ok(o) => {
                    outlets = Some(o);
                    outlets_text = frontmatter::decode(&file.bytes).ok();
                }
                Err(e) => problems.push(FileProblem {
                    path: file.path,
                    line: e.line,
                    reason: e.reason,
                }),
            }
        } else if lower == TOPICS_FILE || lower == ENTITIES_FILE {
            let is_topics = lower == TOPICS_FILE;
            let slot_taken = if is_topics {
                taxonomy.is_some()
            } else {
                gazetteer.is_some()
            };
            let parsed = if slot_taken {
                Err(frontmatter::ReadError {
                    line: None,
                    reason: format!("another {name} was already read; ignored"),
                })
            } else if is_topics {
                topics::parse_taxonomy(&file.bytes).map(|t| {
                    taxonomy = Some(t);
                    taxonomy_text = frontmatter::decode(&file.bytes).ok();
                })
            } else {
                entities::parse_gazetteer(&file.bytes).map(|g| {
                    gazetteer = Some(g);
                    gazetteer_text = frontmatter::decode(&file.bytes).ok();
                })
            };
            if let Err(e) = parsed {
                problems.push(FileProblem {
                    path: file.path,
                    line: e.line,
                    reason: e.reason,
                });
            }
        } else {
            problems.push(FileProblem {
                path: file.path,
                line: None,
                reason: format!(
                    "not an article ({ARTICLE_KINDS}), topics.toml, entities.toml, sources.toml or dossier.toml; skipped"
                ),
            });
        }
    }
    let mut corpus = article::build_corpus_on(
        articles,
        taxonomy.as_ref(),
        gazetteer.as_ref(),
        &mut problems,
        threads,
    );
    if let Some(o) = &outlets {
        o.merge(&mut corpus.articles);
    }
    problems.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    IngestReport {
        corpus,
        problems,
        taxonomy: taxonomy_text,
        gazetteer: gazetteer_text,
        outlets: outlets_text,
        dossier: dossier_info,
    }
}
#[cfg(test)]
mod add_id_tests;
#[cfg(test)]
mod add_tests;
#[cfg(test)]
mod analysis_tests;
#[cfg(test)]
mod clean_tests;
#[cfg(test)]
mod dossier_tests;
#[cfg(test)]
mod front_title_tests;
#[cfg(test)]
mod frontmatter_clipped_tests;
#[cfg(test)]
mod markdown_clip_tests;
#[cfg(test)]
mod pipeline_tests;
#[cfg(test)]
mod repeated_lines_tests;
#[cfg(test)]
mod scraped_pages;
#[cfg(test)]
mod scraped_pages_ar_ru;
#[cfg(test)]
mod scraped_set_tests;
#[cfg(test)]
mod scraped_tests;
