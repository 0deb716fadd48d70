//! What a built bench site holds: its first-view file, its articles again
//! (for `--site reuse`), and the bytes of its data and typo files.

use crate::{dist, Result};
use dossier_core::search::Need;
use std::path::{Path, PathBuf};

/// The first-view file of the site in `dist` (`data/corpus-*.bin`): its path and bytes.
pub fn first_view_file(dist: &Path) -> Result<(PathBuf, Vec<u8>)> {
    let data = dist.join("data");
    let file = std::fs::read_dir(&data)
        .map_err(|e| format!("{}: {e} (build it first: --site build)", data.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("corpus-"))
        })
        .ok_or_else(|| {
            format!(
                "{}: no corpus-*.bin (build it first: --site build)",
                data.display()
            )
        })?;
    let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((file, bytes))
}

/// The articles of a site built before, from its data files.
pub fn site_corpus(dist: &Path) -> Result<dossier_core::model::Corpus> {
    let (file, bytes) = first_view_file(dist)?;
    let mut bundle =
        dossier_core::bundle::Bundle::from_bytes(&bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    // The first view holds no articles: they are whole again with every card and text.
    let parts = bundle.parts.clone().unwrap_or_default();
    for need in bundle.missing_parts() {
        if matches!(need, Need::Cards(_) | Need::Bodies(_)) {
            let href = parts
                .href(need)
                .ok_or(format!("{}: no file for {need:?}", file.display()))?;
            let part = dist.join(href);
            let bytes = std::fs::read(&part).map_err(|e| format!("{}: {e}", part.display()))?;
            bundle
                .fill(need, &bytes)
                .map_err(|e| format!("{}: {e}", part.display()))?;
        }
    }
    bundle
        .restore_articles()
        .map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(bundle.corpus)
}

/// Raw and gzip bytes of the corpus data files of a built site.
pub fn data_size(dir: &Path) -> (u64, u64) {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .fold((0, 0), |(r, g), b| {
            (r + b.len() as u64, g + dist::gzip_len(&b) as u64)
        })
}

/// Blocks, raw and gzip bytes of the typo index's files of a built site (its
/// directory, a few bytes per block, is in the first-view file).
pub fn typo_size(dir: &Path) -> (usize, u64, u64) {
    let blocks: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("typos-"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    let raw = blocks.iter().map(|b| b.len() as u64).sum();
    let gzip = blocks.iter().map(|b| dist::gzip_len(b) as u64).sum();
    (blocks.len(), raw, gzip)
}
