//! Issue #14 in the browser: a reader drops the saved web pages and scraped texts
//! of the hold-out set (crates/core/testdata/scraped, written for #14 and never
//! tuned on) into the add panel; the library worker's ingest gives each the
//! editor's title, language and date, and the reader shows no page furniture.

use crate::adding;

use adding::{drop_files, wait_count};
use dossier_e2e::Page;

const SET: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../crates/core/testdata/scraped");

/// One file of the set with what the editor expects of it (`expected.toml`).
struct Expected {
    path: String,
    title: String,
    lang: String,
    date: Option<String>,
    junk: Vec<String>,
    keep: Vec<String>,
}

fn expected() -> Vec<Expected> {
    let text = std::fs::read_to_string(format!("{SET}/expected.toml")).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    let strings = |v: &toml::Value, key: &str| -> Vec<String> {
        v.get(key)
            .and_then(|a| a.as_array())
            .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    doc["file"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| Expected {
            path: f["path"].as_str().unwrap().to_string(),
            title: f["title"].as_str().unwrap().to_string(),
            lang: f["lang"].as_str().unwrap().to_string(),
            date: f.get("date").and_then(|d| d.as_str()).map(str::to_string),
            junk: strings(f, "junk"),
            keep: strings(f, "keep"),
        })
        .collect()
}

/// Spaces collapsed, as the set's titles are compared.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn dropped_pages_and_scraped_texts_read_as_an_editor_would() {
    let set = expected();
    let bytes: Vec<(String, Vec<u8>)> = set
        .iter()
        .map(|e| {
            (
                e.path.clone(),
                std::fs::read(format!("{SET}/{}", e.path)).unwrap(),
            )
        })
        .collect();
    let page = Page::open("").await;
    page.wait_ready().await;
    let bundled = page.result_count_text().await;
    let files: Vec<(&str, &[u8])> = bytes.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    drop_files(&page, &files).await;
    wait_count(&page, bundled + set.len()).await;
    assert!(
        !page.exists("[data-testid=add-problem]").await,
        "no file of the set is refused: {}",
        page.text("[data-testid=add-report]").await
    );

    let mut wrong = Vec::new();
    for e in &set {
        let id = e.path.rsplit_once('.').unwrap().0;
        page.goto(&format!("?doc={id}")).await;
        page.wait_reader(id).await;
        let title = squeeze(&page.text("#reader-title").await);
        let body = page.text("[data-testid=reader-body]").await;
        let lang = page
            .attr("[data-testid=reader-body]", "lang")
            .await
            .unwrap_or_default();
        let date = page.text("[data-testid=reader-date]").await;
        if title != squeeze(&e.title) {
            wrong.push(format!("{}: title {title:?}, expected {:?}", e.path, e.title));
        }
        if lang != e.lang {
            wrong.push(format!("{}: lang {lang}, expected {}", e.path, e.lang));
        }
        match &e.date {
            Some(d) if !date.contains(d.as_str()) => {
                wrong.push(format!("{}: date {date:?}, expected {d}", e.path))
            }
            None if !date.contains("undated") => {
                wrong.push(format!("{}: date {date:?}, expected undated", e.path))
            }
            _ => {}
        }
        let body_lines: Vec<String> = body.lines().map(squeeze).collect();
        for junk in &e.junk {
            if body_lines.contains(&squeeze(junk)) {
                wrong.push(format!("{}: furniture left in the body: {junk:?}", e.path));
            }
        }
        for keep in &e.keep {
            if !squeeze(&body).contains(&squeeze(keep)) {
                wrong.push(format!("{}: real text lost: {keep:?}", e.path));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
