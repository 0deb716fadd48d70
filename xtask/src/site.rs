//! `cargo xtask build`: ingest the corpus, build the app with trunk, write the
//! corpus data next to it and report what a first visit downloads.

use crate::{tools, Result};
use dossier_core::par::Threads;
pub use dossier_core::site_files::data_files;
use dossier_core::split::ChunkSizes;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What to build.
pub struct BuildOptions {
    /// Path the site is served under, e.g. `/REPO/`, or `./` (the default):
    /// relative URLs throughout, so the same build works from any folder.
    pub public_url: String,
    /// Folder of articles.
    pub corpus: PathBuf,
    /// Output folder.
    pub dist: PathBuf,
    /// How the texts and cards are cut into chunks (the browser suite's test
    /// site uses one card per chunk, so that its views fetch cards).
    pub chunks: ChunkSizes,
    /// Index parts are precached by the service worker when they weigh at
    /// most this many bytes, else kept as views fetch them (see
    /// [`crate::pwa::PRECACHE_PARTS_LIMIT`]; 0 for the browser suite's test
    /// site, which behaves as a large dossier).
    pub precache_parts_limit: u64,
}

/// Where a build's time went, in seconds.
#[derive(Debug, Clone, Copy)]
pub struct BuildTimes {
    /// Ingest, indexing, related articles, making and writing the data files,
    /// the service worker and the size report: the part a corpus's size decides.
    pub data_secs: f64,
    /// trunk's build of the app and the worker, or the copy of a kept one.
    pub app: crate::app_cache::AppBuild,
    /// Threads the data step used.
    pub threads: usize,
}

/// Builds the release site into `opts.dist`.
pub fn build(root: &Path, opts: &BuildOptions) -> Result<()> {
    build_timed(root, opts).map(drop)
}

/// [`build`], saying where the time went.
pub fn build_timed(root: &Path, opts: &BuildOptions) -> Result<BuildTimes> {
    tools::ensure_build_tools(root)?;
    // The data files are made before trunk runs (which empties dist/) and
    // written after it, so the corpus's part of the build is timed on its own.
    let start = Instant::now();
    let bundle = crate::corpus::load(&opts.corpus)?;
    let page = crate::shell::page_info(&opts.corpus, &bundle.corpus)?;
    let threads = Threads::available();
    let files = data_files(bundle, threads, opts.chunks);
    let data_secs = start.elapsed().as_secs_f64();
    eprintln!(
        "xtask: data step (ingest, index, related articles, {} files) {data_secs:.1} s on {} thread(s)",
        files.len(),
        threads.get()
    );
    let public_url = normalise_public_url(&opts.public_url);
    let app = crate::app_cache::build_app(root, &public_url, &opts.dist)?;
    let start = Instant::now();
    let data_href = write_data(&opts.dist, &files)?;
    let worker = crate::worker::hash_files(&opts.dist)?;
    patch_index(&opts.dist.join("index.html"), &data_href, &worker, &page)?;
    // Last of the writes: the service worker precaches what dist holds now.
    crate::pwa::write(
        &opts.dist,
        &crate::pwa::AppInfo::from_page(&page),
        opts.precache_parts_limit,
    )?;
    crate::dist::report_sizes(&opts.dist)?;
    // The writes, the service worker and the size report grow with the
    // corpus too, and a reader of the build waits for them.
    let data_secs = data_secs + start.elapsed().as_secs_f64();
    Ok(BuildTimes {
        data_secs,
        app,
        threads: threads.get(),
    })
}

/// `/REPO` and `REPO/` become `/REPO/`, as trunk and the server expect; ``,
/// `.` and `./` stay relative (`./`: trunk 0.21 writes `./file` links).
pub fn normalise_public_url(url: &str) -> String {
    let trimmed = url.trim_matches('/');
    if trimmed.is_empty() && url.is_empty() || trimmed == "." {
        "./".into()
    } else if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

/// Writes the corpus's content-hashed files (see [`data_files`]), so each
/// can be cached forever, and returns the first-view file's URL.
fn write_data(dist: &Path, files: &[(String, Vec<u8>)]) -> Result<String> {
    let dir = dist.join("data");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (href, bytes) in files {
        let path = dist.join(href);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.last().expect("the first-view file comes last").0.clone())
}

/// Points the page's `<meta name="dossier-data">` at the corpus file and preloads it
/// so it downloads in parallel with the wasm; fills the title, description and
/// static shell.
fn patch_index(index: &Path, data_href: &str, worker: &str, page: &crate::shell::PageInfo) -> Result<()> {
    let html = std::fs::read_to_string(index).map_err(|e| format!("{}: {e}", index.display()))?;
    if !html.contains("__DOSSIER_DATA__") {
        return Err(format!(
            "{}: no __DOSSIER_DATA__ placeholder to fill",
            index.display()
        ));
    }
    let preload = format!(r#"<link rel="preload" href="{data_href}" as="fetch" crossorigin="anonymous">"#);
    let html = crate::shell::fill(&html, page)?
        .replace("__DOSSIER_DATA__", data_href)
        .replace("__DOSSIER_WORKER__", worker)
        .replacen("</head>", &format!("{preload}</head>"), 1);
    std::fs::write(index, html).map_err(|e| format!("{}: {e}", index.display()))
}

#[cfg(test)]
#[path = "site_data_tests.rs"]
mod data_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_url_always_has_both_slashes() {
        assert_eq!(normalise_public_url(""), "./");
        assert_eq!(normalise_public_url("."), "./");
        assert_eq!(normalise_public_url("./"), "./");
        assert_eq!(normalise_public_url("/"), "/");
        assert_eq!(normalise_public_url("dossier"), "/dossier/");
        assert_eq!(normalise_public_url("/dossier"), "/dossier/");
        assert_eq!(normalise_public_url("/a/b/"), "/a/b/");
    }
}
