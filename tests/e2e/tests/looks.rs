//! Point 8, looks: light and dark (system preference and a remembered toggle),
//! no horizontal scrolling at 360 px, a loading state, an empty state that
//! suggests removing a filter.

use dossier_e2e::{ids, Options, Page};
use serde_json::json;

const THEME: &str = r#"[data-testid="theme"]"#;

async fn background(page: &Page) -> String {
    page.js("return getComputedStyle(document.body).backgroundColor;", vec![])
        .await
        .as_str()
        .unwrap()
        .to_string()
}

/// Whether an `rgb(r, g, b)` colour is dark.
fn is_dark(rgb: &str) -> bool {
    let n: Vec<u32> = rgb
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .map(|c| c.trim().parse().unwrap())
        .collect();
    n.iter().sum::<u32>() < 3 * 100
}

#[tokio::test]
async fn the_theme_follows_the_system_and_the_toggle_is_remembered() {
    let page = Page::open("").await;
    page.emulate_color_scheme("dark").await;
    page.goto("").await;
    assert_eq!(page.attr("html", "data-theme").await.as_deref(), Some("dark"));
    assert!(is_dark(&background(&page).await), "{}", background(&page).await);
    assert_eq!(page.attr(THEME, "aria-pressed").await.as_deref(), Some("true"));

    page.emulate_color_scheme("light").await;
    page.goto("").await;
    assert_eq!(page.attr("html", "data-theme").await.as_deref(), Some("light"));
    assert!(!is_dark(&background(&page).await));

    page.click(THEME).await;
    page.wait_until("the toggle turns the page dark", || async {
        page.attr("html", "data-theme").await.as_deref() == Some("dark") && is_dark(&background(&page).await)
    })
    .await;
    page.reload().await;
    assert_eq!(
        page.attr("html", "data-theme").await.as_deref(),
        Some("dark"),
        "the choice was not remembered"
    );
    assert!(is_dark(&background(&page).await));
    page.close().await;
}

/// Fails if the page is wider than its window (it would scroll sideways).
async fn assert_fits(page: &Page, what: &str) {
    let sizes = page
        .js(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await;
    assert!(
        sizes[0].as_u64() <= sizes[1].as_u64(),
        "{what} scrolls sideways: {sizes}"
    );
}

#[tokio::test]
async fn nothing_scrolls_sideways_at_360_px() {
    let opts = Options {
        width: 360,
        height: 740,
        ..Options::default()
    };
    let page = Page::start(&opts).await;
    page.goto("").await;
    let width = page.js("return window.innerWidth;", vec![]).await;
    assert_eq!(width, json!(360), "the window is not 360 px wide");
    page.wait_results(5).await;
    assert_fits(&page, "the main view").await;
    page.goto("?q=algeria&lang=en,fr&topic=defense&from=2022").await;
    page.one(".toolbar .chip").await;
    assert_fits(&page, "the filtered view").await;
    page.goto(&format!("?doc={}", "004_ccffc555df548dd7")).await;
    page.wait_reader("004_ccffc555df548dd7").await;
    assert_fits(&page, "the reader").await;
    page.close().await;

    let page = Page::start(&Options {
        site: dossier_e2e::Site::Test,
        ..opts
    })
    .await;
    page.goto(&format!("?doc={}", ids::ARABIC)).await;
    page.wait_reader(ids::ARABIC).await;
    assert_fits(&page, "the Arabic reader").await;
    page.close().await;
}

#[tokio::test]
async fn a_loading_state_shows_until_the_corpus_arrives() {
    let page = Page::start(&Options::default()).await;
    // Hold the corpus download (not the app's own files) until the test lets it go.
    page.before_each_load(
        "const fetch0 = window.fetch.bind(window);
         let release; const gate = new Promise(r => { release = r; });
         window.__releaseCorpus = release;
         window.fetch = (input, init) => String(input).includes('data/corpus-')
           ? gate.then(() => fetch0(input, init))
           : fetch0(input, init);",
    )
    .await;
    page.client.goto(page.base()).await.unwrap();
    let loading = page.one(r#"[data-testid="loading"]"#).await;
    assert_eq!(loading.text().await.unwrap(), "Loading the corpus…");
    assert_eq!(loading.attr("role").await.unwrap().as_deref(), Some("status"));
    assert_eq!(page.attr(".app", "data-ready").await.as_deref(), Some("false"));
    page.js("window.__releaseCorpus();", vec![]).await;
    page.wait_ready().await;
    page.wait_results(5).await;
    assert!(!page.exists(r#"[data-testid="loading"]"#).await);
    page.close().await;
}

#[tokio::test]
async fn the_empty_state_suggests_removing_a_filter() {
    let page = Page::open("?lang=fr&topic=defense").await;
    page.wait_results(0).await;
    let empty = page.one(r#"[data-testid="empty"]"#).await;
    let text = empty.text().await.unwrap();
    assert!(text.contains("No article matches these filters."), "{text}");
    assert!(
        text.contains("3 articles outside the filter “French”")
            && text.contains("1 article outside the filter “Defence”"),
        "the ways out do not say what each filter hides: {text}"
    );
    // Dropping the topic brings the French article back, in one click.
    let ways = page.all(r#"[data-testid="way-out"]"#).await;
    let mut defence = None;
    for way in ways {
        if way.text().await.unwrap().contains("Defence") {
            defence = Some(way);
        }
    }
    defence
        .expect("a way out through the Defence filter")
        .click()
        .await
        .unwrap();
    page.wait_results(1).await;
    page.wait_query("lang=fr").await;
    assert!(!page.exists(r#"[data-testid="empty"]"#).await);
    page.close().await;
}
