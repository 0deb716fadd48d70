//! The files of a built site: listing them, their size as a web server sends
//! them (gzip), and the size report `cargo xtask build` prints. A leaf shared by
//! the build, the PWA manifest, the single-file build and the benchmark.

use crate::Result;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::{Path, PathBuf};

/// GitHub Pages publishes sites of at most this many bytes.
const PAGES_LIMIT: u64 = 1_000_000_000;

/// Prints what a first visit downloads, file by file with its gzip size and
/// the total; then the other files: the app's later ones (service worker,
/// icons, workers) one by one, the index parts by kind (their count and raw
/// size: gzipping every part of a 100k dossier to print its size took longer
/// than indexing it); and the site's total, against GitHub Pages' limit.
pub fn report_sizes(dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    collect_files(dist, &mut files).map_err(|e| format!("{}: {e}", dist.display()))?;
    files.sort();
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let relative = |file: &PathBuf| url_in(dist, file);
    let (first, later): (Vec<_>, Vec<_>) =
        (files.iter()).partition(|file| crate::first_load::is_first_load(&html, &relative(file)));
    let (parts, app): (Vec<_>, Vec<_>) = later.into_iter().partition(|f| relative(f).starts_with("data/"));
    println!("{:<60} {:>10} {:>10}", "file", "bytes", "gzip");
    let (mut raw_total, mut gz_total) = (0, 0);
    for (group, total) in [
        (first, "total (first load)"),
        (app, "total (with the app's other files)"),
    ] {
        for file in group {
            let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
            let gz = gzip_len(&bytes);
            raw_total += bytes.len() as u64;
            gz_total += gz as u64;
            println!("{:<60} {:>10} {:>10}", relative(file), bytes.len(), gz);
        }
        println!("{total:<60} {raw_total:>10} {gz_total:>10}");
    }
    let mut kinds: std::collections::BTreeMap<String, (usize, u64)> = Default::default();
    for file in parts {
        let len = std::fs::metadata(file)
            .map_err(|e| format!("{}: {e}", file.display()))?
            .len();
        let kind = kinds.entry(part_kind(&relative(file))).or_default();
        *kind = (kind.0 + 1, kind.1 + len);
        raw_total += len;
    }
    for (kind, (count, bytes)) in &kinds {
        println!("{:<60} {bytes:>10}", format!("{kind} ({count} files)"));
    }
    println!("{:<60} {raw_total:>10}", "total (all files)");
    if raw_total > PAGES_LIMIT {
        println!(
            "xtask: the site weighs {:.1} GB: more than GitHub Pages publishes (1 GB); any static \
             host or CDN serves it (see the README, \"How large a dossier can be\")",
            raw_total as f64 / 1e9
        );
    }
    Ok(())
}

/// The kind of an index part, from its path: `data/terms-4ae3…-184.bin` is a
/// `data/terms-*.bin` (the part's name up to its first `-`).
fn part_kind(path: &str) -> String {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
    match name.split_once('-') {
        Some((kind, _)) => format!("{dir}/{kind}-*.{extension}"),
        None => path.to_string(),
    }
}

/// Size of `bytes` after gzip at the default level, as a web server would send them.
pub fn gzip_len(bytes: &[u8]) -> usize {
    gzip(bytes).len()
}

/// `bytes` gzipped at the default level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

/// The URL of `file`, a file under `dist`, relative to the site: its path
/// below `dist` joined with `/` on every system.
pub fn url_in(dist: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(dist).expect("a file under dist");
    (relative.iter())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every file under `dir`, in no particular order.
pub fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
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
    fn urls_are_relative_and_joined_with_slashes() {
        let dist = Path::new("site");
        assert_eq!(url_in(dist, &dist.join("data").join("a.bin")), "data/a.bin");
        assert_eq!(url_in(dist, &dist.join("index.html")), "index.html");
    }

    #[test]
    fn parts_are_grouped_by_kind() {
        assert_eq!(
            part_kind("data/terms-4ae3297cfa0dabf7-184.bin"),
            "data/terms-*.bin"
        );
        assert_eq!(part_kind("data/cards-e5ad-2.bin"), "data/cards-*.bin");
        assert_eq!(part_kind("data/readme.txt"), "data/readme.txt");
    }

    #[test]
    fn gzip_shrinks_repetitive_text() {
        assert!(gzip_len(&[b'a'; 10_000]) < 100);
    }

    #[test]
    fn collect_files_walks_subfolders() {
        let dir = std::env::temp_dir().join(format!("dossier-dist-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data/deep")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>").unwrap();
        std::fs::write(dir.join("data/deep/a.bin"), [1, 2]).unwrap();
        let mut files = Vec::new();
        collect_files(&dir, &mut files).unwrap();
        files.sort();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(files, [dir.join("data/deep/a.bin"), dir.join("index.html")]);
    }
}
