//! Reading a corpus folder from disk: the only part of ingest that touches the filesystem.

use super::{ingest_files, is_skipped, IngestReport, SourceFile};
use std::path::Path;

/// Reads every file under `dir` (recursively, skipping dotfiles and README.md)
/// and ingests them. Files over the size limit are not read into memory.
/// Errors only if `dir` itself cannot be read; unreadable files become problems.
pub fn load_corpus_dir(dir: &Path) -> std::io::Result<IngestReport> {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    walk(dir, "", &mut files, &mut unreadable, true)?;
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
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        if is_skipped(&rel) {
            continue;
        }
        let path = entry.path();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                problems.push(problem(&rel, format!("cannot read: {e}")));
                continue;
            }
        };
        if meta.is_dir() {
            walk(&path, &format!("{rel}/"), files, problems, false)?;
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
