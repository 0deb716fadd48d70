//! `cargo xtask build`: ingest the corpus, build the app with trunk, write the
//! corpus data next to it and report what a first visit downloads.

use crate::{run, tools, Result};
use dossier_core::bundle::Bundle;
use dossier_core::split::PartFiles;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
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
    report_sizes(&opts.dist)
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
    let href = format!("data/{stem}-{:016x}.bin", fnv1a(bytes));
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

/// 64-bit FNV-1a: enough to tell builds apart in a file name.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    dossier_core::hash::fnv1a(bytes)
}

/// Prints each file of `dist` with its raw and gzip size: first what a first visit
/// downloads and its total, then the rest (service worker, icons, workers) and the
/// total of all files.
fn report_sizes(dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    collect_files(dist, &mut files).map_err(|e| format!("{}: {e}", dist.display()))?;
    files.sort();
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let (first, later): (Vec<_>, Vec<_>) = files.into_iter().partition(|file| {
        let path = file
            .strip_prefix(dist)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        crate::first_load::is_first_load(&html, &path)
    });
    println!("{:<60} {:>10} {:>10}", "file", "bytes", "gzip");
    let (mut raw_total, mut gz_total) = (0, 0);
    for (group, total) in [(first, "total (first load)"), (later, "total (all files)")] {
        for file in group {
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let gz = gzip_len(&bytes);
            raw_total += bytes.len();
            gz_total += gz;
            println!(
                "{:<60} {:>10} {:>10}",
                file.strip_prefix(dist).unwrap().display(),
                bytes.len(),
                gz
            );
        }
        println!("{:<60} {:>10} {:>10}", total, raw_total, gz_total);
    }
    Ok(())
}

/// Size of `bytes` after gzip at the default level, as a web server would send them.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory").len()
}

pub(crate) fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
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

    #[test]
    fn gzip_shrinks_repetitive_text() {
        assert!(gzip_len(&[b'a'; 10_000]) < 100);
    }
}
