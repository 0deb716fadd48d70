//! Reading a corpus folder from disk: the only part of ingest that touches the filesystem.

use super::{ingest_files, is_skipped, IngestReport, SourceFile};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Reads every file under `dir` (recursively, skipping dotfiles and README.md)
/// and ingests them. Files over the size limit are not read into memory.
/// Errors only if `dir` itself cannot be read; unreadable files become problems.
pub fn load_corpus_dir(dir: &Path) -> std::io::Result<IngestReport> {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    let mut seen = HashSet::from([std::fs::canonicalize(dir)?]);
    walk(dir, "", &mut files, &mut unreadable, &mut seen, true)?;
    let mut report = ingest_files(files);
    report.problems.extend(unreadable);
    report
        .problems
        .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    Ok(report)
}

fn walk(
    dir: &Path,
    prefix: &str,
    files: &mut Vec<SourceFile>,
    problems: &mut Vec<super::FileProblem>,
    seen: &mut HashSet<PathBuf>,
    top: bool,
) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if !top => {
            problems.push(problem(
                prefix.trim_end_matches('/'),
                format!("cannot read folder: {e}"),
            ));
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    // Real folders before links, each by name: a folder reached both ways is
    // read by its own path, and the walk is the same on every machine.
    let mut entries = entries
        .map(|e| {
            let e = e?;
            let link = e.file_type().is_ok_and(|t| t.is_symlink());
            Ok((link, e.file_name().to_string_lossy().into_owned(), e.path()))
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort();
    for (_, name, path) in entries {
        let rel = format!("{prefix}{name}");
        if is_skipped(&rel) {
            continue;
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                problems.push(problem(&rel, format!("cannot read: {e}")));
                continue;
            }
        };
        if meta.is_dir() {
            // A link back to a folder above would be walked forever, and two
            // links to one folder would read its articles twice: each folder
            // is read once, by its real path.
            match std::fs::canonicalize(&path) {
                Ok(real) if !seen.insert(real.clone()) => problems.push(problem(
                    &rel,
                    format!("links to a folder already read ({}); skipped", real.display()),
                )),
                Ok(_) => walk(&path, &format!("{rel}/"), files, problems, seen, false)?,
                Err(e) => problems.push(problem(&rel, format!("cannot read folder: {e}"))),
            }
        } else if meta.len() > super::frontmatter::MAX_FILE_BYTES as u64 {
            problems.push(problem(&rel, super::frontmatter::too_big(meta.len())));
        } else {
            match std::fs::read(&path) {
                Ok(bytes) => files.push(SourceFile { path: rel, bytes }),
                Err(e) => problems.push(problem(&rel, format!("cannot read: {e}"))),
            }
        }
    }
    Ok(())
}

fn problem(path: &str, reason: String) -> super::FileProblem {
    super::FileProblem {
        path: path.to_string(),
        line: None,
        reason,
    }
}

#[cfg(test)]
#[path = "folder_tests.rs"]
mod tests;
