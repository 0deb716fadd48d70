//! Hold-out test set for #14: scraped texts and saved pages in en/fr/ar/ru (`testdata/scraped`)
//! against an editor's `expected.toml`, one test per field family.
//!
//! Each test prints a table of expected vs found for every file before it asserts, so a failure
//! reads as a list of files to look at. Run them all with
//! `cargo test -p dossier-core scraped_set -- --nocapture`.

mod consistency;
mod fixture;

use crate::model::Article;
use fixture::{contains_bounded, ingest_set, norm, outcomes, Case};

/// One table row: right or not, file, expected, found.
type Row<'a> = (bool, &'a str, String, String);

/// First `n` characters of `s`, marked when cut.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    format!("{}…", s.chars().take(n - 1).collect::<String>())
}

fn print_table(name: &str, rows: &[Row]) {
    let bad = rows.iter().filter(|r| !r.0).count();
    println!(
        "\n== scraped set: {name} ({} of {} files right) ==",
        rows.len() - bad,
        rows.len()
    );
    println!("{:<4} {:<26} {:<58} found", "", "file", "expected");
    for (ok, file, expected, found) in rows {
        let mark = if *ok { "ok" } else { "FAIL" };
        println!(
            "{mark:<4} {file:<26} {:<58} {}",
            cut(expected, 58),
            cut(found, 220)
        );
    }
}

/// Rows for a field that must be exactly right, compared as shown.
fn exact_rows<'a>(
    all: &'a [(Case, Result<&Article, String>)],
    expected: impl Fn(&Case) -> String,
    found: impl Fn(&Article) -> String,
) -> Vec<Row<'a>> {
    let rows = all.iter().map(|(c, a)| {
        let (want, got) = (expected(c), a.as_ref().map_or_else(Clone::clone, |a| found(a)));
        (a.is_ok() && want == got, c.path.as_str(), want, got)
    });
    rows.collect()
}

#[test]
fn scraped_set_titles() {
    let report = ingest_set();
    let all = outcomes(&report);
    let rows = exact_rows(&all, |c| norm(&c.title), |a| norm(&a.title));
    print_table("titles", &rows);
    assert!(rows.iter().all(|r| r.0), "every title right");
}

#[test]
fn scraped_set_dates() {
    let report = ingest_set();
    let all = outcomes(&report);
    let show = |d: Option<String>, b: Option<&str>| {
        d.map_or("(none)".into(), |d| format!("{d} ({})", b.unwrap_or("?")))
    };
    let expected = |c: &Case| show(c.date.clone(), c.date_basis.as_deref());
    let found = |a: &Article| show(a.date.map(|d| d.to_string()), a.date_basis.map(|b| b.as_str()));
    let rows = exact_rows(&all, expected, found);
    print_table("dates (basis)", &rows);
    assert!(rows.iter().all(|r| r.0), "every date and its basis right");
}

#[test]
fn scraped_set_languages() {
    let report = ingest_set();
    let all = outcomes(&report);
    let rows = exact_rows(&all, |c| c.lang.clone(), |a| a.lang.clone());
    print_table("languages", &rows);
    assert!(rows.iter().all(|r| r.0), "every language right");
}

/// Set comparisons over all files: expected items found, items found, items found outside
/// the expected and acceptable ones.
#[derive(Default)]
struct Scores {
    hits: usize,
    expected: usize,
    found: usize,
    wrong: usize,
}

/// Rows and scores of a set-valued field; `expected` gives the required and the acceptable items.
fn set_rows<'a>(
    all: &'a [(Case, Result<&Article, String>)],
    expected: impl Fn(&Case) -> (Vec<String>, Vec<String>),
    found: impl Fn(&Article) -> Vec<String>,
) -> (Vec<Row<'a>>, Scores) {
    let (mut rows, mut s) = (Vec::new(), Scores::default());
    for (c, a) in all {
        let (want, also) = expected(c);
        let got = a.as_ref().map(|a| found(a)).unwrap_or_default();
        let missing: Vec<String> = want.iter().filter(|w| !got.contains(w)).cloned().collect();
        let wrong: Vec<String> = got
            .iter()
            .filter(|g| !want.contains(g) && !also.contains(g))
            .cloned()
            .collect();
        s.hits += want.len() - missing.len();
        s.expected += want.len();
        s.found += got.len();
        s.wrong += wrong.len();
        let shown = match a {
            Err(why) => why.clone(),
            Ok(_) => format!(
                "[{}] missing [{}] wrong [{}]",
                got.join(", "),
                missing.join(", "),
                wrong.join(", ")
            ),
        };
        let ok = a.is_ok() && missing.is_empty() && wrong.is_empty();
        rows.push((ok, c.path.as_str(), want.join(", "), shown));
    }
    (rows, s)
}

#[test]
fn scraped_set_topics() {
    let report = ingest_set();
    let all = outcomes(&report);
    let expected = |c: &Case| (c.topics.clone(), c.topics_also.clone());
    let found = |a: &Article| a.topics.iter().map(|t| t.slug.clone()).collect();
    let (rows, s) = set_rows(&all, expected, found);
    print_table("topics", &rows);
    let recall = s.hits as f64 / s.expected as f64;
    println!(
        "topic recall {recall:.2} ({} of {}), {} wrong of {} assigned",
        s.hits, s.expected, s.wrong, s.found
    );
    assert!(recall >= 0.9, "topic recall {recall:.2} < 0.90");
    assert_eq!(
        s.wrong, 0,
        "no topic outside the editor's (required or acceptable) ones"
    );
}

#[test]
fn scraped_set_entities() {
    let report = ingest_set();
    let all = outcomes(&report);
    let expected = |c: &Case| (c.entities.clone(), Vec::new());
    let found = |a: &Article| a.entities.iter().map(|e| e.name.clone()).collect();
    let (rows, s) = set_rows(&all, expected, found);
    print_table("entities", &rows);
    let recall = s.hits as f64 / s.expected as f64;
    let precision = (s.found - s.wrong) as f64 / s.found.max(1) as f64;
    println!(
        "entity recall {recall:.2} ({} of {}), precision {precision:.2} ({} wrong of {})",
        s.hits, s.expected, s.wrong, s.found
    );
    assert!(recall >= 0.9, "entity recall {recall:.2} < 0.90");
    assert!(precision >= 0.9, "entity precision {precision:.2} < 0.90");
}

/// Rows for a list of strings checked against each body: `failed` picks the ones that fail.
fn body_rows<'a>(
    all: &'a [(Case, Result<&Article, String>)],
    items: impl Fn(&Case) -> &[String],
    failed: impl Fn(&str, &str) -> bool,
    what: &str,
) -> (Vec<Row<'a>>, usize, usize) {
    let (mut rows, mut failures, mut total) = (Vec::new(), 0, 0);
    for (c, a) in all {
        let items = items(c);
        let bad: Vec<&String> = match a {
            Ok(a) => items
                .iter()
                .filter(|i| failed(&norm(&a.body), &norm(i)))
                .collect(),
            Err(_) => items.iter().collect(),
        };
        (failures, total) = (failures + bad.len(), total + items.len());
        let shown = match a {
            Err(why) => why.clone(),
            Ok(_) => format!(
                "{} {what}: {}",
                bad.len(),
                bad.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ‖ ")
            ),
        };
        rows.push((
            a.is_ok() && bad.is_empty(),
            c.path.as_str(),
            format!("0 of {} {what}", items.len()),
            shown,
        ));
    }
    (rows, failures, total)
}

#[test]
fn scraped_set_junk_is_gone() {
    let report = ingest_set();
    let all = outcomes(&report);
    let (rows, left, total) = body_rows(&all, |c| &c.junk, contains_bounded, "junk lines left");
    print_table("furniture left in the body", &rows);
    println!("junk lines left: {left} of {total}");
    assert_eq!(left, 0, "no furniture line left in any body");
}

#[test]
fn scraped_set_real_paragraphs_are_kept() {
    let report = ingest_set();
    let all = outcomes(&report);
    let lost = |body: &str, sentence: &str| !body.contains(sentence);
    let (rows, lost, total) = body_rows(&all, |c| &c.keep, lost, "sentences lost");
    print_table("sentences of real paragraphs kept", &rows);
    println!("sentences lost: {lost} of {total}");
    assert_eq!(lost, 0, "every real sentence kept in the body");
}
