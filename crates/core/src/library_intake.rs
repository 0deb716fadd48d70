//! What a drop may hold, decided before and while its files are read: a file is
//! taken or skipped by its name and size alone (a 1.2 GB video is never read),
//! and the files and archive entries of one drop share one byte allowance.

use crate::ingest::frontmatter::{too_big, MAX_FILE_BYTES};
use crate::ingest::{is_article, is_skipped, FileProblem, SourceFile};
use crate::zip;

/// Largest archive read. An archive's texts inflate to several times its size,
/// and each is then cleaned, indexed and stored in the browser tab.
pub const MAX_ARCHIVE_BYTES: u64 = 32 << 20;

/// Bytes one drop may bring in all: the files read plus what their archives
/// inflate to. Tens of MB: ingest and the index take several times that in the
/// worker's memory, and wasm32 stops at 4 GB (a 1.6 GB file aborted it).
pub const MAX_DROP_BYTES: u64 = 64 << 20;

/// What is left of a drop's allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    left: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget { left: MAX_DROP_BYTES }
    }
}

impl Budget {
    /// Bytes still allowed.
    pub fn left(&self) -> u64 {
        self.left
    }
}

/// Whether a path names a zip archive.
pub fn is_archive(path: &str) -> bool {
    path.to_lowercase().ends_with(".zip")
}

fn problem(path: &str, reason: String) -> FileProblem {
    FileProblem {
        path: path.to_string(),
        line: None,
        reason,
    }
}

/// Whether to read the file at `path`, of `size` bytes, before any of it is
/// read: `Ok` takes its bytes from `budget`; `Err(None)` skips it silently
/// (README.md, dotfiles, as in a corpus folder); `Err(Some(problem))` says why
/// it is skipped (not an article or archive, too large, the drop is full).
pub fn screen(path: &str, size: u64, budget: &mut Budget) -> Result<(), Option<FileProblem>> {
    if is_skipped(path) {
        return Err(None);
    }
    let limit = if is_archive(path) {
        MAX_ARCHIVE_BYTES
    } else if is_article(path) {
        MAX_FILE_BYTES as u64
    } else {
        return Err(Some(problem(
            path,
            "not an article file or a .zip of them; skipped without reading it".into(),
        )));
    };
    if size > limit {
        let reason = if is_archive(path) {
            format!(
                "archive is {size} bytes, over the {} MB an archive may be; skipped without reading it",
                MAX_ARCHIVE_BYTES >> 20
            )
        } else {
            too_big(size)
        };
        return Err(Some(problem(path, reason)));
    }
    if size > budget.left {
        return Err(Some(problem(
            path,
            format!(
                "skipped: this drop already brings nearly {} MB, the most one drop may; add it in another",
                MAX_DROP_BYTES >> 20
            ),
        )));
    }
    budget.left -= size;
    Ok(())
}

/// Replaces each archive of `files` by its entries (paths `name.zip/entry`):
/// the entries of all archives inflate to at most what [`MAX_DROP_BYTES`]
/// leaves after the files' own bytes. Unreadable archives and entries become
/// problems naming them. `progress(done, entries, archive)` is told after each
/// entry of each archive.
pub fn expand(
    files: Vec<(String, Vec<u8>)>,
    progress: &mut dyn FnMut(usize, usize, &str),
) -> (Vec<SourceFile>, Vec<FileProblem>) {
    let read: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut left = MAX_DROP_BYTES.saturating_sub(read);
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (path, bytes) in files {
        if !is_archive(&path) {
            out.push(SourceFile { path, bytes });
            continue;
        }
        let entries = zip::read_zip_with(&bytes, &mut left, &mut |done, total| progress(done, total, &path));
        match entries {
            Ok(entries) => {
                for entry in entries {
                    let inner = format!("{path}/{}", entry.path);
                    match entry.bytes {
                        Ok(bytes) => out.push(SourceFile { path: inner, bytes }),
                        Err(reason) => problems.push(problem(&inner, reason)),
                    }
                }
            }
            Err(reason) => problems.push(problem(&path, reason)),
        }
    }
    (out, problems)
}

#[cfg(test)]
#[path = "library_intake_tests.rs"]
mod tests;
