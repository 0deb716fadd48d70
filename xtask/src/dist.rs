//! The files of a built site: listing them, their size as a web server sends
//! them (gzip), and the size report `cargo xtask build` prints. A leaf shared by
//! the build, the PWA manifest, the single-file build and the benchmark.

use crate::Result;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Prints each file of `dist` with its raw and gzip size: first what a first visit
/// downloads and its total, then the rest (service worker, icons, workers) and the
/// total of all files.
pub fn report_sizes(dist: &Path) -> Result<()> {
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
    gzip(bytes).len()
}

/// `bytes` gzipped at the default level.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory")
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
