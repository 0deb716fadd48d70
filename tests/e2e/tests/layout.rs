//! The language filter, its counts and its place in the URL.

use dossier_e2e::Page;

#[tokio::test]
async fn language_filter_lives_in_the_url_and_history() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    assert_eq!(page.result_count_text().await, 5);

    let en = page.one(r#"[data-facet="lang"][data-value="en"]"#).await;
    let fr = page.one(r#"[data-facet="lang"][data-value="fr"]"#).await;
    assert_eq!(en.attr("data-count").await.unwrap().as_deref(), Some("4"));
    assert_eq!(fr.attr("data-count").await.unwrap().as_deref(), Some("1"));

    fr.click().await.unwrap();
    page.wait_results(1).await;
    assert_eq!(page.result_count_text().await, 1);
    assert!(
        page.url().await.contains("lang=fr"),
        "URL lacks lang=fr: {}",
        page.url().await
    );
    assert!(
        page.url().await.contains("/dossier/"),
        "lost the sub-path: {}",
        page.url().await
    );

    page.client.refresh().await.unwrap();
    page.wait_ready().await;
    page.wait_results(1).await;
    let fr = page.one(r#"[data-facet="lang"][data-value="fr"]"#).await;
    assert_eq!(fr.attr("aria-pressed").await.unwrap().as_deref(), Some("true"));

    page.client.back().await.unwrap();
    page.wait_results(5).await;
    assert!(
        !page.url().await.contains("lang="),
        "Back kept the filter: {}",
        page.url().await
    );
    page.close().await;
}

#[tokio::test]
async fn a_shared_link_opens_the_filtered_view() {
    let page = Page::open("?lang=en").await;
    page.wait_results(4).await;
    assert_eq!(page.result_count_text().await, 4);
    page.close().await;
}
