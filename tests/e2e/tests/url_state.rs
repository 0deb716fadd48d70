//! Point 3, the URL: every state restored on load, reload, Back and Forward;
//! typing replaces, deliberate changes push; notices for malformed values;
//! unknown parameters kept; "Copy link".

use dossier_e2e::{ids, Page};
use serde_json::json;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

#[tokio::test]
async fn every_parameter_is_restored_from_the_url() {
    let query = format!(
        "q=algeria&lang=en&topic=defense&from=2023&to=2024-06&undated=1&sort=oldest&doc={}",
        ids::ARTICLE_003
    );
    let page = Page::open_test(&format!("?{query}")).await;
    page.wait_reader(ids::ARTICLE_003).await;
    page.wait_query(&query).await;
    assert_eq!(page.value(SEARCH).await, "algeria");
    assert_eq!(page.value(r#"[data-testid="date-from"]"#).await, "2023");
    assert_eq!(page.value(r#"[data-testid="date-to"]"#).await, "2024-06");
    assert_eq!(page.value(r#"[data-testid="sort"]"#).await, "oldest");
    let checked = page
        .js(
            r#"return document.querySelector('[data-testid="undated"]').checked;"#,
            vec![],
        )
        .await;
    assert_eq!(checked, json!(true));
    for (kind, value) in [("lang", "en"), ("topic", "defense")] {
        let on = page.facet(kind, value).await.attr("aria-pressed").await.unwrap();
        assert_eq!(on.as_deref(), Some("true"), "{kind}={value} not shown as active");
    }
    // en, defence, 2023..2024-06: 003 (2023-02) and its near-duplicate 007.
    page.wait_result_ids(&[ids::ARTICLE_003, ids::NEAR_DUPLICATE])
        .await;

    page.reload().await;
    page.wait_reader(ids::ARTICLE_003).await;
    page.wait_query(&query).await;
    page.wait_results(2).await;
    page.close().await;
}

#[tokio::test]
async fn back_and_forward_walk_through_deliberate_changes() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    page.facet("lang", "en").await.click().await.unwrap();
    page.wait_query("lang=en").await;
    page.open_result("003_e875bc3e70eee7ce").await;
    page.wait_query("lang=en&doc=003_e875bc3e70eee7ce").await;
    page.click(r#"[data-testid="reader-close"]"#).await;
    page.wait_reader_closed().await;
    page.wait_query("lang=en").await;

    page.client.back().await.unwrap();
    page.wait_reader("003_e875bc3e70eee7ce").await;
    page.wait_query("lang=en&doc=003_e875bc3e70eee7ce").await;
    page.client.back().await.unwrap();
    page.wait_reader_closed().await;
    page.wait_query("lang=en").await;
    page.wait_results(4).await;
    page.client.back().await.unwrap();
    page.wait_query("").await;
    page.wait_results(5).await;
    page.client.forward().await.unwrap();
    page.wait_query("lang=en").await;
    page.wait_results(4).await;
    page.client.forward().await.unwrap();
    page.wait_reader("003_e875bc3e70eee7ce").await;
    page.close().await;
}

#[tokio::test]
async fn typing_replaces_the_history_entry() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    let before = page.history_len().await;
    page.type_into(SEARCH, "russia gas").await;
    page.wait_query("q=russia%20gas").await;
    assert_eq!(page.history_len().await, before, "typing added history entries");
    // A deliberate change pushes one entry.
    page.facet("lang", "en").await.click().await.unwrap();
    page.wait_query("q=russia%20gas&lang=en").await;
    assert_eq!(page.history_len().await, before + 1);
    page.client.back().await.unwrap();
    page.wait_query("q=russia%20gas").await;
    page.wait_until("the search box keeps the typed text", || async {
        page.value(SEARCH).await == "russia gas"
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn malformed_values_show_a_notice_and_the_rest_applies() {
    let page = Page::open("?from=2023-13-45&lang=en,xx1&foo=bar").await;
    page.wait_results(4).await;
    let notice = page.text(r#"[data-testid="notice"]"#).await;
    assert!(
        notice.contains("2023-13-45"),
        "notice does not name the bad date: {notice}"
    );
    assert!(
        notice.contains("xx1"),
        "notice does not name the bad language: {notice}"
    );
    // The bad values are dropped from the URL; the unknown parameter is kept.
    page.wait_query("lang=en&foo=bar").await;
    page.facet("topic", "defense").await.click().await.unwrap();
    page.wait_query("lang=en&topic=defense&foo=bar").await;
    page.close().await;
}

#[tokio::test]
async fn an_unknown_article_id_shows_a_notice() {
    let page = Page::open("?doc=nope&lang=fr").await;
    page.wait_results(1).await;
    let notice = page.text(r#"[data-testid="notice"]"#).await;
    assert!(notice.contains("nope"), "{notice}");
    assert!(!page.exists(r#"[data-testid="reader"]"#).await);
    page.close().await;
}

#[tokio::test]
async fn copy_link_copies_the_canonical_url_and_confirms() {
    let page = Page::open("?topic=defense&lang=en&utm=x").await;
    page.grant_clipboard().await;
    page.wait_results(3).await;
    page.type_into(SEARCH, "army").await;
    page.wait_query("q=army&lang=en&topic=defense&utm=x").await;
    let button = r#"[data-testid="copy-link"]"#;
    page.click(button).await;
    page.wait_until("the button confirms", || async {
        page.text(button).await == "Link copied"
    })
    .await;
    let expected = format!("{}?q=army&lang=en&topic=defense&utm=x", page.base());
    assert_eq!(
        page.attr(button, "data-url").await.as_deref(),
        Some(expected.as_str())
    );
    let copied = page
        .js_async(
            "const done = arguments[arguments.length - 1];
             navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e));",
            vec![],
        )
        .await;
    assert_eq!(copied, json!(expected));
    page.close().await;
}
