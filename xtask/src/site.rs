//! `cargo xtask build`: ingest the corpus, build the app with trunk, write the
//! corpus data next to it and report what a first visit downloads.

use crate::{run, tools, Result};
use dossier_core::bundle::Bundle;
use dossier_core::split::PartFiles;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What to build.
pub struct BuildOptions {
    /// Path the site is served under, e.g. `/REPO/`, or `./` (the default):
    /// relative URLs throughout, so the same build works from any folder.
    pub public_url: String,
    /// Folder of articles.
    pub corpus: PathBuf,
    /// Output folder.
    pub dist: PathBuf,
}

/// Builds the release site into `opts.dist`.
pub fn build(root: &Path, opts: &BuildOptions) -> Result<()> {
    tools::ensure_build_tools(root)?;
    let bundle = crate::corpus::load(&opts.corpus)?;
    let page = crate::shell::page_info(&opts.corpus, &bundle.corpus)?;
    let public_url = normalise_public_url(&opts.public_url);
    eprintln!("xtask: building the app with trunk (release, public URL {public_url})");
    run(Command::new("trunk")
        .current_dir(root)
        .env("PATH", tools::path_with_tools(root))
        .args(["build", "--release", "--public-url", &public_url, "--dist"])
        .arg(&opts.dist))?;
    let data_href = write_data(&opts.dist, bundle)?;
    let worker = crate::worker::hash_files(&opts.dist)?;
    patch_index(&opts.dist.join("index.html"), &data_href, &worker, &page)?;
    // Last of the writes: the service worker precaches what dist holds now.
    crate::pwa::write(&opts.dist, &crate::pwa::AppInfo::from_page(&page))?;
    crate::dist::report_sizes(&opts.dist)
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

/// Writes the corpus in content-hashed files, so each can be cached forever: the
/// first-view file, the index parts it names (fetched when a view needs them) and
/// the original texts.
fn write_data(dist: &Path, mut bundle: Bundle) -> Result<String> {
    // The original texts only serve the reader's "original text" view: their own file.
    let originals = bundle.take_originals();
    bundle.originals = Some(write_hashed(dist, "originals", &originals.to_bytes())?);
    let split = bundle.split();
    let write_all = |stem: &str, parts: &[Vec<u8>]| -> Result<Vec<String>> {
        parts
            .iter()
            .map(|bytes| write_hashed(dist, stem, bytes))
            .collect()
    };
    let mut first = split.first;
    first.parts = Some(PartFiles {
        terms: write_all("terms", &split.terms)?,
        words: write_all("words", &split.words)?,
        bodies: write_all("bodies", &split.bodies)?,
        typos: write_all("typos", &split.typos)?,
    });
    write_hashed(dist, "corpus", &first.to_bytes())
}

/// Writes `data/<stem>-<hash>.bin` and returns that relative URL.
fn write_hashed(dist: &Path, stem: &str, bytes: &[u8]) -> Result<String> {
    let href = format!("data/{stem}-{:016x}.bin", dossier_core::hash::fnv1a(bytes));
    let path = dist.join(&href);
    std::fs::create_dir_all(path.parent().unwrap()).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(href)
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
