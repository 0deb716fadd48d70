//! The page is never blank: the static shell (the dossier's title, description,
//! article count, its newest articles, a loading indicator) shows without JavaScript and while the app
//! loads, says why when the app cannot start (opened from disk, copied under the
//! wrong path, a file that failed) and never on a slow but healthy load; a default
//! build works under any path; the single-file build opens from disk and searches.

use dossier_e2e::{Options, Page};
use serde_json::json;
use std::time::Duration;

const SHELL: &str = r#"[data-testid="shell"]"#;
const PROBLEM: &str = r#"[data-testid="shell-problem"]"#;
const TITLE: &str = "Algeria–Russia relations, 2022–2025";

fn env(name: &str) -> String {
    std::env::var(name)
        .unwrap_or_else(|_| panic!("{name} is not set: run with `cargo xtask e2e --tests shell`"))
}

/// A browser session that has opened nothing yet.
async fn session() -> Page {
    Page::start(&Options::default()).await
}

/// Opens `url` without waiting for the app.
async fn visit(page: &Page, url: &str) {
    page.client
        .goto(url)
        .await
        .unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
}

/// Whether the element matching `css` exists and is displayed.
async fn shown(page: &Page, css: &str) -> bool {
    match page.client.find(fantoccini::Locator::Css(css)).await {
        Ok(el) => el.is_displayed().await.unwrap_or(false),
        Err(_) => false,
    }
}

/// Waits until the shell shows a problem and returns its text.
async fn problem_text(page: &Page) -> String {
    page.wait_until("the shell shows a problem", || shown(page, PROBLEM))
        .await;
    page.text(PROBLEM).await
}

/// Types a search and waits until the list holds results; returns their ids.
async fn search(page: &Page, query: &str) -> Vec<String> {
    page.type_into(r#"[data-testid="search-input"]"#, query).await;
    page.wait_until("the search lists results", || async {
        page.query().await.contains("q=") && page.result_count().await > 0
    })
    .await;
    page.result_ids().await
}

#[tokio::test]
async fn without_javascript_the_shell_introduces_the_dossier_and_says_what_is_needed() {
    let page = session().await;
    page.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }))
        .await;
    visit(&page, &env("DOSSIER_E2E_URL")).await;
    assert!(
        shown(&page, SHELL).await,
        "the shell is not visible without JavaScript"
    );
    assert_eq!(page.text(".shell-title").await, TITLE);
    assert!(page.text(".shell-description").await.contains("Tebboune"));
    assert_eq!(
        page.text(".shell-count").await,
        "5 articles in English and French, 2022–2025"
    );
    assert!(page
        .text(SHELL)
        .await
        .contains("needs JavaScript and WebAssembly"));
    assert!(
        !shown(&page, ".shell-loading").await,
        "a loading indicator that will never finish"
    );
    assert!(!shown(&page, PROBLEM).await);
    assert!(
        !page.exists(r#"[data-ready]"#).await,
        "the app ran although scripts are disabled"
    );
    let source = page.client.source().await.expect("page source");
    assert!(source.contains(&format!("<title>{TITLE}</title>")), "title");
    assert!(source.contains(
        r#"<meta name="description" content="News reports on the ties between Algeria and Russia"#
    ));
}

#[tokio::test]
async fn the_app_takes_over_from_the_shell_with_the_dossier_title() {
    let page = Page::open("").await;
    assert!(!page.exists(SHELL).await, "the shell stays once the app runs");
    assert_eq!(page.text("h1").await, TITLE);
    assert_eq!(page.client.title().await.unwrap(), TITLE);
    let href = page
        .js("return document.querySelector('link[rel=manifest]').href", vec![])
        .await;
    let manifest = page
        .js_async(
            "fetch(arguments[0]).then(r => r.json()).then(arguments[1])",
            vec![href],
        )
        .await;
    assert_eq!(manifest["name"], TITLE, "{manifest}");
    assert_eq!(manifest["short_name"], "Dossier");
}

#[tokio::test]
async fn the_shell_paints_before_the_app_and_names_a_file_that_failed() {
    let page = session().await;
    page.cdp("Network.enable", json!({})).await;
    page.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }))
        .await;
    visit(&page, &env("DOSSIER_E2E_URL")).await;
    let text = problem_text(&page).await;
    assert!(
        text.contains("could not start") && text.contains(".wasm"),
        "{text}"
    );
    assert!(text.contains("cargo xtask build --public-url"), "{text}");
    assert_eq!(
        page.text(".shell-title").await,
        TITLE,
        "the shell still says what the dossier is"
    );
    assert!(
        !shown(&page, ".shell-loading").await,
        "still 'loading' next to the problem"
    );
}

#[tokio::test]
async fn the_shell_lists_the_newest_articles_while_the_app_loads_except_on_a_link_to_a_view() {
    let page = session().await;
    page.cdp("Network.enable", json!({})).await;
    page.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }))
        .await;
    let base = env("DOSSIER_E2E_URL");
    visit(&page, &base).await;
    assert!(shown(&page, r#"[data-testid="shell-newest"]"#).await);
    let links = page
        .js(
            "return [...document.querySelectorAll('.shell-newest a')].map(a => [a.getAttribute('href'), a.textContent]);",
            vec![],
        )
        .await;
    let links = links.as_array().expect("links").clone();
    assert_eq!(links.len(), 5, "{links:?}");
    assert!(
        links
            .iter()
            .all(|l| l[0].as_str().is_some_and(|h| h.starts_with("?doc="))
                && l[1].as_str().is_some_and(|t| !t.trim().is_empty())),
        "{links:?}"
    );
    // Newest first: the dates under the titles never go up.
    let dates = page
        .js(
            "return [...document.querySelectorAll('.shell-meta')].map(m => m.textContent.slice(0, 10));",
            vec![],
        )
        .await;
    let dates: Vec<String> = serde_json::from_value(dates).expect("dates");
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    // A shared link to a search: its own results come, not the newest articles.
    visit(&page, &format!("{base}?q=gaz")).await;
    assert_eq!(page.text(".shell-title").await, TITLE);
    assert!(!shown(&page, r#"[data-testid="shell-newest"]"#).await);
}

#[tokio::test]
async fn opened_from_disk_the_site_says_how_to_serve_it() {
    let page = session().await;
    let index = std::path::Path::new(&env("DOSSIER_E2E_DIST")).join("index.html");
    visit(&page, &format!("file://{}", index.display())).await;
    let text = problem_text(&page).await;
    assert!(text.contains("opened from a file"), "{text}");
    assert!(
        text.contains("python3 -m http.server") && text.contains("--single-file"),
        "{text}"
    );
}

#[tokio::test]
async fn a_site_copied_under_the_wrong_path_says_so_and_how_to_rebuild() {
    let page = session().await;
    visit(&page, &env("DOSSIER_E2E_WRONG_PATH_URL")).await;
    let text = problem_text(&page).await;
    assert!(text.contains("did not load"), "{text}");
    assert!(text.contains("--public-url"), "{text}");
}

#[tokio::test]
async fn a_default_build_works_under_two_different_paths() {
    let seed = env("DOSSIER_E2E_URL");
    let other = env("DOSSIER_E2E_OTHER_PATH_URL");
    assert_ne!(
        url::Url::parse(&seed).unwrap().path(),
        url::Url::parse(&other).unwrap().path()
    );
    let mut answers = Vec::new();
    for base in [&seed, &other] {
        let page = session().await;
        visit(&page, &format!("{base}?lang=fr")).await;
        page.wait_ready().await;
        assert!(!page.exists(PROBLEM).await);
        answers.push(search(&page, "Bogdanov").await);
        // Every file the page loaded came from under its own path.
        let files = page.fetched_files().await;
        let foreign: Vec<_> = files
            .iter()
            .filter(|(n, _)| !n.starts_with(base.as_str()))
            .collect();
        assert!(
            foreign.is_empty(),
            "files loaded from outside {base}: {foreign:?}"
        );
    }
    assert_eq!(answers[0], answers[1]);
    assert!(!answers[0].is_empty());
}

#[tokio::test]
async fn a_slow_but_healthy_load_shows_no_problem() {
    let page = session().await;
    // Records every problem the shell shows, even one the app removes with the shell.
    page.before_each_load(
        "window.__shellProblems = [];
         new MutationObserver(() => {
           const p = document.getElementById('shell-problem');
           if (p && !p.hidden) window.__shellProblems.push(p.textContent);
         }).observe(document, { subtree: true, childList: true, attributes: true });",
    )
    .await;
    page.cdp("Network.enable", json!({})).await;
    // About a slow 3G phone link: the app's first download takes seconds.
    page.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 400, "downloadThroughput": 250_000, "uploadThroughput": 100_000 }),
    )
    .await;
    let start = std::time::Instant::now();
    visit(&page, &env("DOSSIER_E2E_URL")).await;
    page.wait_until("the slow load finishes", || async {
        page.exists(r#"[data-ready="true"]"#).await
    })
    .await;
    assert!(
        start.elapsed() > Duration::from_secs(3),
        "the load was not slow ({:?}): the throttle did not apply",
        start.elapsed()
    );
    let problems = page.js("return window.__shellProblems;", vec![]).await;
    assert_eq!(
        problems,
        json!([]),
        "a problem was shown during a slow but healthy load"
    );
}

#[tokio::test]
async fn the_single_file_opens_from_disk_and_answers_a_search() {
    let page = session().await;
    let file = env("DOSSIER_E2E_SINGLE_FILE");
    visit(&page, &format!("file://{file}")).await;
    page.wait_ready().await;
    assert!(!page.exists(PROBLEM).await);
    assert_eq!(page.text("h1").await, TITLE);
    assert_eq!(page.result_count().await, 5);
    let ids = search(&page, "Bogdanov").await;
    assert!(!ids.is_empty());
    // Filters work: French only.
    page.click(r#"[data-facet="lang"][data-value="fr"]"#).await;
    page.wait_until("only the French article is listed", || async {
        page.result_ids().await == ["002_aad1842393c3ab9b"]
    })
    .await;
    // Nothing but the file itself was loaded: no server, no second file.
    let loaded = page
        .js(
            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:'));",
            vec![],
        )
        .await;
    assert_eq!(loaded, json!([]), "the single file loaded other files");
}
