//! What `cargo xtask fuzz` feeds: each target names a parser that takes input
//! from files, its seeds (built from the repository's own fixtures), the tokens
//! of its syntax the mutator splices in, and the checks one input must pass
//! (a panic or a broken check is a crash).

use dossier_core::ingest::boilerplate::LineStats;
use dossier_core::ingest::{clean, date, dateparse, frontmatter, ingest_files, SourceFile};
use dossier_core::zip::{read_zip, write_zip, MAX_ENTRY_BYTES};
use std::path::Path;

/// One parser under fuzz.
pub struct Target {
    pub name: &'static str,
    /// Pieces of the target's syntax, inserted by the mutator.
    pub tokens: &'static [&'static [u8]],
    /// Seed inputs, from the repository's fixtures (see [`article_files`]).
    pub seeds: fn(&Path) -> Vec<Vec<u8>>,
    /// Runs one input; panics when a check fails.
    pub run: fn(&[u8]),
}

/// Every target, in the order they run.
pub const TARGETS: &[Target] = &[
    Target {
        name: "zip",
        tokens: &[
            b"PK\x03\x04",
            b"PK\x01\x02",
            b"PK\x05\x06",
            b"\x08\x00",
            b"\xFF\xFF\xFF\xFF",
            b"\0\0",
        ],
        seeds: zip_seeds,
        run: run_zip,
    },
    Target {
        name: "frontmatter",
        tokens: &[
            b"---\n",
            b"+++\n",
            b"title: ",
            b"date: ",
            b"topics: [",
            b"- ",
            b"  ",
            b"{",
            b"[",
            b"&a ",
            b"*a",
            b"\xEF\xBB\xBF",
            b"\r\n",
        ],
        seeds: article_files,
        run: run_front_matter,
    },
    Target {
        name: "clean",
        tokens: &[
            b"\n\n",
            b"\n",
            b"Share",
            b"Photo: ",
            b"By ",
            b"Par ",
            b"\xD0\x9F\xD0\xBE",
            b"\xD8\xA8\xD9\x82\xD9\x84\xD9\x85 ",
            b"\xC2\xA0",
            b"\xE2\x80\x8B",
        ],
        seeds: article_texts,
        run: run_clean,
    },
    Target {
        name: "date",
        tokens: &[
            b"2024-03-12",
            b"12 mars 2024",
            b"March 12, 2024",
            b"12.03.2024",
            b"\xD9\x85\xD8\xA7\xD8\xB1\xD8\xB3",
            b"\xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0",
            b"0000",
            b"9999",
            b"1er ",
            b"/",
        ],
        seeds: article_texts,
        run: run_date,
    },
    Target {
        name: "ingest",
        tokens: &[
            b"---\n",
            b"\n\n",
            b"title: ",
            b"date: ",
            b"lang: ",
            b"Alger, le 3 mars 2024 ",
        ],
        seeds: article_files,
        run: run_ingest,
    },
];

/// The article files of the seed corpus and of the e2e test corpus (hostile
/// markup, Arabic, Russian, a near-duplicate), and the taxonomy files beside them.
pub fn article_files(root: &Path) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for dir in ["corpus", "tests/e2e/corpus"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        files.extend(paths.iter().filter_map(|p| std::fs::read(p).ok()));
    }
    files
}

/// The texts of [`article_files`] after their front matter, and their lines in
/// small groups (the date parser's usual input).
fn article_texts(root: &Path) -> Vec<Vec<u8>> {
    let mut texts = Vec::new();
    for file in article_files(root) {
        let text = match frontmatter::read_article(&file) {
            Ok(a) => a.text.into_bytes(),
            Err(_) => file,
        };
        for lines in text.split(|&b| b == b'\n').collect::<Vec<_>>().chunks(3) {
            texts.push(lines.join(&b'\n'));
        }
        texts.push(text);
    }
    texts
}

/// The zip fixtures, and zips of the article files written by the core's writer.
fn zip_seeds(root: &Path) -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = ["crates/core/src/zip/fixtures/python.zip"]
        .iter()
        .filter_map(|p| std::fs::read(root.join(p)).ok())
        .collect();
    let files: Vec<(String, Vec<u8>)> = article_files(root)
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| (format!("dossier/{i}.md"), bytes))
        .collect();
    seeds.push(write_zip(&files[..files.len().min(3)]));
    seeds.push(write_zip(&files));
    seeds
}

/// Entries read must be within the cap, and write back to an archive that reads the same.
fn run_zip(bytes: &[u8]) {
    let Ok(entries) = read_zip(bytes) else { return };
    let good: Vec<(String, Vec<u8>)> = entries
        .into_iter()
        .filter_map(|e| Some((e.path, e.bytes.ok()?)))
        .collect();
    for (path, bytes) in &good {
        assert!(
            bytes.len() <= MAX_ENTRY_BYTES,
            "{path}: {} bytes read, over the cap",
            bytes.len()
        );
    }
    let again = read_zip(&write_zip(&good)).expect("a written zip reads back");
    let again: Vec<(String, Vec<u8>)> = again
        .into_iter()
        .map(|e| (e.path, e.bytes.expect("a written entry reads back")))
        .collect();
    assert_eq!(again, good, "entries change through write_zip then read_zip");
}

/// The text after the front matter has LF line ends and no BOM, as documented.
fn run_front_matter(bytes: &[u8]) {
    match frontmatter::read_article(bytes) {
        Ok(file) => {
            assert!(!file.text.contains('\r'), "a CR is left in the text");
            assert!(!file.text.starts_with('\u{FEFF}'), "the BOM is left in the text");
        }
        Err(e) => assert!(!e.reason.is_empty(), "an error without a reason"),
    }
}

/// The cleaner keeps a given title.
fn run_clean(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let stats = LineStats::from_texts([text.as_ref(), text.as_ref(), text.as_ref()]);
    clean::clean(&text, None, &LineStats::default());
    // With a front matter title, that is the title, whatever the text says.
    let cleaned = clean::clean(&text, Some("Visite à Alger"), &stats);
    assert_eq!(
        cleaned.title, "Visite à Alger",
        "the front matter's title was replaced"
    );
}

/// Dates found are spans of the text on character boundaries.
fn run_date(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for found in dateparse::find_dates(&text) {
        assert!(found.start < found.end, "an empty date span");
        assert!(
            text.get(found.start..found.end).is_some(),
            "a date span off the text"
        );
    }
    // Every reading order: day first (fr), English's rules, and the undetermined language's.
    for lang in ["fr", "en", "und"] {
        date::stated_date(&text, lang);
    }
    for line in text.lines().take(1000) {
        date::date_line(line);
        date::strip_leading_marker(line);
    }
}

/// One file through the whole pipeline: it becomes an article or a problem.
fn run_ingest(bytes: &[u8]) {
    let report = ingest_files(vec![SourceFile {
        path: "fuzz/article.md".into(),
        bytes: bytes.to_vec(),
    }]);
    assert!(
        report.corpus.articles.len() + report.problems.len() >= 1,
        "the file vanished: neither an article nor a problem"
    );
}
