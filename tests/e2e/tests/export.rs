//! Point 4, export: the current filtered set as CSV and JSON, metadata and
//! optionally the article text.

use dossier_e2e::{parse_csv, Page};
use serde_json::Value;

#[tokio::test]
async fn csv_and_json_hold_the_filtered_results_in_order() {
    let page = Page::open_test("?topic=defense&sort=oldest").await;
    page.wait_results(5).await;
    let listed = page.result_ids().await;
    page.capture_downloads().await;

    page.click(r#"[data-testid="export-csv"]"#).await;
    let (name, kind, csv) = page.download(0).await;
    assert_eq!(name, "dossier.csv");
    assert!(kind.starts_with("text/csv"), "{kind}");
    let rows = parse_csv(&csv);
    assert_eq!(rows[0][..4], ["id", "title", "lang", "date"]);
    assert!(
        !rows[0].contains(&"body".to_string()),
        "text exported without asking"
    );
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, listed, "CSV rows differ from the result list");
    let topics = rows[0].iter().position(|c| c == "topics").unwrap();
    assert!(rows[1..]
        .iter()
        .all(|r| r[topics].split(';').any(|t| t == "defense")));

    page.click(r#"[data-testid="export-json"]"#).await;
    let (name, kind, json) = page.download(1).await;
    assert_eq!(name, "dossier.json");
    assert_eq!(kind, "application/json");
    let items: Vec<Value> = serde_json::from_str(&json).expect("valid JSON");
    let ids: Vec<&str> = items.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, listed, "JSON items differ from the result list");
    assert!(items
        .iter()
        .all(|a| a.get("body").is_none() && a["title"].is_string()));

    // With text: each item carries its cleaned body.
    page.click(r#"[data-testid="export-body"]"#).await;
    page.click(r#"[data-testid="export-json"]"#).await;
    let (_, _, json) = page.download(2).await;
    let items: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(items.len(), listed.len());
    let ru = items
        .iter()
        .find(|a| a["id"] == "008_russian_visit")
        .expect("the Russian article is in the set");
    assert!(ru["body"].as_str().unwrap().contains("Сахеле"), "{}", ru["body"]);
    page.click(r#"[data-testid="export-csv"]"#).await;
    let (_, _, csv) = page.download(3).await;
    let rows = parse_csv(&csv);
    assert_eq!(rows[0].last().map(String::as_str), Some("body"));
    assert_eq!(rows.len(), listed.len() + 1);
    page.close().await;
}
