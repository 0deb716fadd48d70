//! Dossier's pure logic, free of browser and OS dependencies so that it runs
//! natively at build time and in the browser as wasm.
//!
//! - [`bundle`]: the data file the app loads (corpus plus index).
//! - [`bundle_format`]: the format version and part framing every data file shares.
//! - [`site_files`]: a site's data files, named by content hash.
//! - [`first_view`]: what a site's first-view file leaves out because the rest implies it.
//! - [`export`]: results as CSV or JSON downloads.
//! - [`export_md`]: the corpus as a zip of Markdown files that builds the same site.
//! - [`hash`]: FNV-1a, the one stable hash of the workspace.
//! - [`highlight`]: text cut into plain and matched runs for display.
//! - [`library`]: the bundled corpus plus the articles a reader added in the browser.
//! - [`model`]: the article and corpus types every other module shares.
//! - [`par`]: the build's per-file and per-article passes on several threads (feature `parallel`).
//! - [`protocol`]: messages between the page and its library worker.
//! - [`text`]: language-aware analysis (folding, tokenising, stemming).
//! - [`ingest`]: raw article files to clean, dated, tagged articles.
//! - [`search`]: the index, query language, filters, facets and snippets.
//! - [`stories`]: articles that report one event grouped into a story.
//! - [`split`]: a bundle cut into a site's first-view file and parts fetched on demand.
//! - `synth` (feature `synth`, for xtask and tests): synthetic corpora, the benchmark plan, a query smoke run.
//! - [`view`]: the view state and its shareable query string.
//! - [`zip`]: reading and writing zip archives (corpus import and download).

pub mod bundle;
pub mod bundle_format;
pub mod export;
pub mod export_md;
pub mod first_view;
pub mod hash;
pub mod highlight;
pub mod ingest;
pub mod library;
pub mod model;
pub mod par;
pub mod protocol;
pub mod search;
pub mod site_files;
mod sort;
pub mod split;
mod split_chunks;
mod split_ids;
#[cfg(test)]
mod split_positions_tests;
#[cfg(test)]
mod split_query_tests;
#[cfg(test)]
mod split_reach_tests;
#[cfg(test)]
mod split_tests;
mod steps;
pub mod stories;
#[cfg(any(test, feature = "synth"))]
pub mod synth;
pub mod text;
pub mod view;
pub mod zip;
