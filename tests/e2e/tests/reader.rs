//! Point 2, the reader: cleaned article with its metadata, the original text,
//! related articles, the near-duplicate link and prev/next through the results.

use dossier_e2e::{ids, Page};

const READER: &str = r#"[data-testid="reader"]"#;
const BODY: &str = r#"[data-testid="reader-body"]"#;

#[tokio::test]
async fn reader_shows_the_cleaned_article_and_its_metadata() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    page.open_result(ids::ARTICLE_003).await;
    assert!(
        page.query().await.ends_with(&format!("doc={}", ids::ARTICLE_003)),
        "{}",
        page.url().await
    );

    let title = page.text(&format!("{READER} h2")).await;
    assert_eq!(title, "Algeria and Russia strengtens military ties");
    let date = page.text(r#"[data-testid="reader-date"]"#).await;
    assert!(
        date.contains("2023-02") && date.contains("month") && date.contains("date from metadata"),
        "date: {date}"
    );
    let meta = page.text(&format!("{READER} .reader-meta")).await;
    for part in ["Defence", "Diplomacy", "Saïd Chanegriha", "Nikolai Patrushev"] {
        assert!(meta.contains(part), "reader metadata lacks {part}:\n{meta}");
    }

    // Cleaned: boilerplate gone; the original keeps it.
    let cleaned = page.text_content(BODY).await.unwrap();
    assert!(cleaned.contains("Patrushev said Russia"), "{cleaned}");
    assert!(
        !cleaned.contains("Advertisements"),
        "boilerplate left in the cleaned text"
    );
    // The original texts are not part of the first view: fetched on first use.
    let fetched_originals = || async {
        page.js(
            "return performance.getEntriesByType('resource').some(r => r.name.includes('/data/originals-'));",
            vec![],
        )
        .await
            == serde_json::json!(true)
    };
    assert!(
        !fetched_originals().await,
        "original texts downloaded before they were asked for"
    );
    page.click(r#"[data-testid="toggle-original"]"#).await;
    page.wait_until("the original text is shown", || async {
        page.text_content(BODY)
            .await
            .is_some_and(|t| t.contains("Advertisements"))
    })
    .await;
    assert!(fetched_originals().await);
    assert_eq!(
        page.attr(r#"[data-testid="toggle-original"]"#, "aria-pressed")
            .await
            .as_deref(),
        Some("true")
    );
    page.click(r#"[data-testid="toggle-original"]"#).await;
    page.wait_until("the cleaned text is back", || async {
        page.text_content(BODY)
            .await
            .is_some_and(|t| !t.contains("Advertisements"))
    })
    .await;

    // Related articles open in the reader.
    let related = page.all(r#"[data-testid="related"]"#).await;
    assert!(!related.is_empty(), "no related articles");
    let first = related[0].attr("data-doc-id").await.unwrap().unwrap();
    assert_ne!(first, ids::ARTICLE_003);
    page.click(r#"[data-testid="related"] a"#).await;
    page.wait_reader(&first).await;
    page.close().await;
}

#[tokio::test]
async fn a_stated_date_is_shown_with_its_basis() {
    let page = Page::open_test(&format!("?doc={}", ids::ARABIC)).await;
    page.wait_reader(ids::ARABIC).await;
    let date = page.text(r#"[data-testid="reader-date"]"#).await;
    assert!(
        date.contains("2024-03-12") && date.contains("day") && date.contains("date stated in the text"),
        "date: {date}"
    );
    page.close().await;
}

#[tokio::test]
async fn near_duplicates_link_to_their_original() {
    let page = Page::open_test(&format!("?doc={}", ids::NEAR_DUPLICATE)).await;
    page.wait_reader(ids::NEAR_DUPLICATE).await;
    let link = r#"[data-testid="duplicate-of"] a"#;
    assert_eq!(page.text(link).await, ids::ARTICLE_003);
    page.click(link).await;
    page.wait_reader(ids::ARTICLE_003).await;
    assert!(page.query().await.ends_with(&format!("doc={}", ids::ARTICLE_003)));
    // The original itself is no duplicate.
    assert!(!page.exists(r#"[data-testid="duplicate-of"]"#).await);
    page.close().await;
}

#[tokio::test]
async fn prev_and_next_follow_the_result_list() {
    // Every article listed on its own (`group=0`): with stories, Next goes to
    // the next entry and a story's other reports are its "Other tellings".
    let page = Page::open_test("?lang=en&group=0&sort=oldest").await;
    page.wait_results(6).await;
    let order = page.result_ids().await;
    page.open_result(&order[0]).await;
    assert!(
        !page.exists(r#"a[rel="prev"]"#).await,
        "the first result has no previous"
    );
    for id in &order[1..] {
        page.click(r#"a[rel="next"]"#).await;
        page.wait_reader(id).await;
    }
    assert!(
        !page.exists(r#"a[rel="next"]"#).await,
        "the last result has no next"
    );
    page.click(r#"a[rel="prev"]"#).await;
    page.wait_reader(&order[order.len() - 2]).await;
    // The filter and sort stay while reading.
    let query = page.query().await;
    assert!(query.starts_with("lang=en&group=0&sort=oldest&doc="), "{query}");
    page.close().await;
}
