//! Issue 7, loading that scales: the first view downloads no postings (the idle warm-up held off), a query
//! fetches only its term block, `prefix*` (and a word being typed) its word block, the reader its body
//! chunk; a part that fails to load is named and the page keeps working. Parts are fetched by a worker, off
//! the page's thread, and by the page itself where no such worker may start.

use dossier_e2e::{ids, Options, Page, Site, FAILING_BLOB_WORKERS, NO_BLOB_WORKERS};
use serde_json::json;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

/// The data files the page has fetched so far, by kind (`terms`, `words`, ...).
async fn fetched(page: &Page, kind: &str) -> usize {
    let prefix = format!("/data/{kind}-");
    page.fetched_files()
        .await
        .iter()
        .filter(|(name, _)| name.contains(&prefix))
        .count()
}

/// The test site on a page that is never idle, so the index's warm-up (which
/// waits for `requestIdleCallback`) never starts and every fetch is one a view
/// asked for.
async fn open_never_idle() -> Page {
    open_never_idle_with("").await
}

/// [`open_never_idle`], running `script` too before the page's own.
async fn open_never_idle_with(script: &str) -> Page {
    let opts = Options {
        site: Site::Test,
        ..Options::default()
    };
    let page = Page::start(&opts).await;
    page.before_each_load(&format!("window.requestIdleCallback = () => 0;\n{script}"))
        .await;
    page.goto("").await;
    page
}

/// How many index parts of `kind` are in the page's own Resource Timing
/// (fetched by the page rather than by its worker).
async fn fetched_by_the_page(page: &Page, kind: &str) -> u64 {
    page.js(
        "return performance.getEntriesByType('resource')
           .filter(r => r.name.includes('/data/' + arguments[0] + '-')).length;",
        vec![json!(kind)],
    )
    .await
    .as_u64()
    .unwrap_or(0)
}

#[tokio::test]
async fn parts_are_fetched_when_a_view_needs_them() {
    let page = open_never_idle().await;
    page.wait_results(9).await;
    assert_eq!(fetched(&page, "corpus").await, 1);
    assert_eq!(fetched(&page, "terms").await, 0, "postings in the first view");
    assert_eq!(fetched(&page, "words").await, 0, "word list in the first view");
    // The first page's snippets are there, from the lead chunks (one lead
    // each on this site): no text fetched.
    let snippet = page.text(".result-list .snippet").await;
    assert!(!snippet.trim().is_empty(), "no snippet on the first view");
    assert!(fetched(&page, "leads").await >= 1, "snippets without leads");
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

/// After a failed part, a filter still applies (the French article of nine).
async fn filters_still_work(page: Page) {
    page.goto("?lang=fr").await;
    page.wait_until("the French filter applies", || async {
        let n = page.result_count().await;
        n > 0 && n < 9
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn a_part_that_fails_is_named_and_the_page_keeps_working() {
    // The page fetches its parts itself, so a patched `fetch` can answer 404.
    let page = open_never_idle_with(NO_BLOB_WORKERS).await;
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
    filters_still_work(page).await;
}

#[tokio::test]
async fn parts_are_fetched_off_the_page_thread() {
    let page = open_never_idle().await;
    page.wait_results(9).await;
    page.type_into(SEARCH, "gas").await;
    page.wait_until("the term block is in", || async {
        fetched(&page, "terms").await >= 1 && page.result_count().await > 0
    })
    .await;
    assert_eq!(
        fetched_by_the_page(&page, "terms").await,
        0,
        "the page fetched a term block itself"
    );
    // Every part the worker fetched is on the page's timeline, with its size.
    let sizes = page
        .js(
            "return performance.getEntriesByName('dossier-part', 'measure').map(m => m.detail.bytes);",
            vec![],
        )
        .await;
    let sizes: Vec<u64> = serde_json::from_value(sizes).expect("sizes");
    assert!(!sizes.is_empty() && sizes.iter().all(|&b| b > 0), "{sizes:?}");
    page.close().await;
}

/// With `script` run before the page's own, a word typed: its term block is
/// fetched by the page itself, and no failure is reported.
async fn the_page_fetches_for_itself(script: &str) {
    let page = open_never_idle_with(script).await;
    page.wait_results(9).await;
    page.type_into(SEARCH, "gas").await;
    page.wait_until("the page fetched the term block itself", || async {
        fetched_by_the_page(&page, "terms").await >= 1 && page.result_count().await > 0
    })
    .await;
    let notice = page.text_content(r#"[data-testid="notice"]"#).await;
    assert!(notice.is_none(), "a failure was reported: {notice:?}");
    page.close().await;
}

#[tokio::test]
async fn where_no_worker_may_start_the_page_fetches_its_parts_itself() {
    the_page_fetches_for_itself(NO_BLOB_WORKERS).await;
}

#[tokio::test]
async fn when_the_worker_fails_the_page_fetches_what_it_was_fetching() {
    the_page_fetches_for_itself(FAILING_BLOB_WORKERS).await;
}

#[tokio::test]
async fn a_part_the_worker_cannot_fetch_is_named_and_the_page_keeps_working() {
    let page = open_never_idle().await;
    page.wait_results(9).await;
    // The network goes, for the page and its workers (the page's own
    // emulation would not reach the fetcher's requests).
    crate::support::wait_controlled(&page).await;
    let offline = crate::support::Offline::start(&page).await;
    page.type_into(SEARCH, "gas").await;
    let notice = || async { page.text_content(r#"[data-testid="notice"]"#).await };
    page.wait_until("the failure is named", || async {
        notice()
            .await
            .is_some_and(|t| t.contains("Could not load part of the index"))
    })
    .await;
    let text = notice().await.unwrap_or_default();
    // The file is named once, and why it failed.
    assert_eq!(text.matches("data/").count(), 1, "{text}");
    assert!(text.contains(".bin: ") && text.contains("fetch"), "{text}");
    assert_eq!(page.result_count().await, 9, "the last results went");
    offline.end(&page).await;
    filters_still_work(page).await;
}
