//! Issue 7, loading that scales: the first view downloads no postings (the idle warm-up held off), a query
//! fetches only its term block, `prefix*` (and a word being typed) its word block, the reader its body
//! chunk; a part that fails to load is named and the page keeps working.

use dossier_e2e::{ids, Options, Page, Site};
use serde_json::json;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

/// The data files the page has fetched so far, by kind (`terms`, `words`, ...).
async fn fetched(page: &Page, kind: &str) -> usize {
    page.js(
        "return performance.getEntriesByType('resource')
           .filter(r => r.name.includes('/data/' + arguments[0] + '-')).length;",
        vec![json!(kind)],
    )
    .await
    .as_u64()
    .unwrap_or(0) as usize
}

/// The test site on a page that is never idle, so the index's warm-up (which
/// waits for `requestIdleCallback`) never starts and every fetch is one a view
/// asked for.
async fn open_never_idle() -> Page {
    let opts = Options {
        site: Site::Test,
        ..Options::default()
    };
    let page = Page::start(&opts).await;
    page.before_each_load("window.requestIdleCallback = () => 0;")
        .await;
    page.goto("").await;
    page
}

#[tokio::test]
async fn parts_are_fetched_when_a_view_needs_them() {
    let page = open_never_idle().await;
    page.wait_results(9).await;
    assert_eq!(fetched(&page, "corpus").await, 1);
    assert_eq!(fetched(&page, "terms").await, 0, "postings in the first view");
    assert_eq!(fetched(&page, "words").await, 0, "word list in the first view");
    // The first page's snippets are there, from the cards: no text fetched.
    let snippet = page.text(".result-list .snippet").await;
    assert!(!snippet.trim().is_empty(), "no snippet on the first view");
    assert_eq!(
        fetched(&page, "bodies").await,
        0,
        "texts fetched for a list without words"
    );

    // A finished word (a space after it; typed letter by letter it is also a
    // prefix until then) needs its term block, not the word list.
    page.goto("?q=Сахеле%20").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    assert!(fetched(&page, "terms").await >= 1);
    assert_eq!(
        fetched(&page, "words").await,
        0,
        "word list fetched for a finished word"
    );
    assert_eq!(
        page.attr(r#"[data-testid="result-count"]"#, "data-searching")
            .await
            .as_deref(),
        Some("false")
    );

    page.goto("?q=milit*").await;
    page.wait_until("a prefix finds articles", || async {
        page.result_count().await > 0
    })
    .await;
    assert!(fetched(&page, "words").await >= 1);
    page.close().await;
}

#[tokio::test]
async fn the_reader_and_related_articles_come_with_the_body_chunk() {
    let page = Page::open_test(&format!("?doc={}", ids::ARTICLE_003)).await;
    page.wait_until("the article's text is shown", || async {
        page.text_content(r#"[data-testid="reader-body"]"#)
            .await
            .is_some_and(|t| t.contains("Patrushev said Russia"))
    })
    .await;
    page.wait_until("related articles are listed", || async {
        !page.all(r#"[data-testid="related"]"#).await.is_empty()
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn a_part_that_fails_is_named_and_the_page_keeps_working() {
    let page = open_never_idle().await;
    page.wait_results(9).await;
    // Every term block now fails to download.
    page.js(
        "const orig = window.fetch.bind(window);
         window.fetch = (url, ...rest) => String(url).includes('data/terms-')
           ? Promise.resolve(new Response('gone', { status: 404 }))
           : orig(url, ...rest);",
        vec![],
    )
    .await;
    page.type_into(SEARCH, "gas").await;
    page.wait_until("the failure is named", || async {
        page.text_content(r#"[data-testid="notice"]"#)
            .await
            .is_some_and(|t| {
                t.contains("Could not load part of the index") && t.contains("terms-") && t.contains("404")
            })
    })
    .await;
    // The last results stay, and filters still work.
    assert_eq!(page.result_count().await, 9);
    page.goto("?lang=fr").await;
    page.wait_until("the French filter applies", || async {
        let n = page.result_count().await;
        n > 0 && n < 9
    })
    .await;
    page.close().await;
}
