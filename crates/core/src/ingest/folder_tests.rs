//! Tests of [`super::load_corpus_dir`] on real folders in a temporary directory.

use super::*;

/// A fresh empty folder under the system's temporary directory.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-folder-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_read_once_and_named() {
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("الجزائر")).unwrap();
    std::fs::write(
        dir.join("الجزائر/غاز.txt"),
        "اتفاق الغاز\n\nوقعت الجزائر وروسيا اتفاقا جديدا لتوريد الغاز خلال زيارة رسمية إلى العاصمة.",
    )
    .unwrap();
    // A link to the folder above, and a second link to the sub-folder.
    std::os::unix::fs::symlink(&dir, dir.join("الجزائر/retour")).unwrap();
    std::os::unix::fs::symlink(dir.join("الجزائر"), dir.join("encore")).unwrap();
    let report = load_corpus_dir(&dir).unwrap();
    let ids: Vec<&str> = report.corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["غاز"], "read once");
    let mut named: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    named.sort();
    assert_eq!(named, ["encore", "الجزائر/retour"], "{:?}", report.problems);
    assert!(report.problems[0].reason.contains("already read"));
    std::fs::remove_dir_all(&dir).unwrap();
}
