//! Offline and updates: after the first visit the service worker serves every view
//! of the site from its cache; a new build shows the update prompt, whose Reload
//! brings the page up under the new worker; each site's caches are named after its
//! scope, so other Dossier sites on the same origin keep theirs; a large dossier's
//! index parts bypass the worker, which keeps those the page hands over.

use crate::support;

use dossier_e2e::{ids, Options, Page};
use serde_json::json;
use support::{cache_names, fetch_fails, run, wait_controlled, NewBuild, Offline};

const PROMPT: &str = r#"[data-testid="update-prompt"]"#;
const RELOAD: &str = r#"[data-testid="update-reload"]"#;

/// Whether the update prompt is on screen.
async fn prompt_shown(page: &Page) -> bool {
    page.one(PROMPT)
        .await
        .is_displayed()
        .await
        .expect("is_displayed failed")
}

/// Publishes a new build, has the browser check for it, waits for the prompt and
/// accepts it; returns once the page has reloaded under the new worker.
async fn update_through_the_prompt(page: &Page, message: &str) {
    assert!(
        !prompt_shown(page).await,
        "the prompt shows before there is an update"
    );
    let _build = NewBuild::publish();
    let checked = run(
        page,
        "navigator.serviceWorker.getRegistration()
           .then(r => r.update()).then(() => done('ok'), e => done(String(e)));",
        vec![],
    )
    .await;
    assert_eq!(checked, json!("ok"), "registration.update() failed");
    page.wait_until("the update prompt shows", || prompt_shown(page))
        .await;
    let prompt = page.one(PROMPT).await;
    let text = prompt.text().await.unwrap();
    assert!(text.contains(message), "the prompt says {text:?}");
    let status = page.js(
        "return document.querySelector(arguments[0]).closest('[role=status]') !== null;",
        vec![json!(PROMPT)],
    );
    assert_eq!(status.await, json!(true), "the prompt is not in a status region");
    page.assert_accessible("the page with the update prompt").await;

    // Mark this document: the reload replaces it with one without the mark.
    page.js("window.__beforeUpdate = true;", vec![]).await;
    page.one(RELOAD)
        .await
        .send_keys("\u{E007}")
        .await
        .expect("Enter on Reload"); // keyboard works
    page.wait_until("the page reloads", || async {
        // Errors (the document going away mid-script) count as "not yet".
        let script = "return window.__beforeUpdate === undefined && !!document.querySelector('[data-ready=\"true\"]');";
        page.client.execute(script, vec![]).await.ok() == Some(json!(true))
    })
    .await;
    wait_controlled(page).await;
}

#[tokio::test]
async fn every_view_works_offline_after_the_first_visit() {
    let page = Page::open("?q=algeria").await;
    wait_controlled(&page).await;
    let offline = Offline::start(&page).await;

    // The network is really gone, for the page and for the worker: a file missing
    // from the page's cache and taken out of the worker's can no longer be had.
    assert!(
        fetch_fails(&page, "./not-cached.txt").await,
        "the page still reaches the network"
    );
    let removed = run(
        &page,
        "caches.keys().then(async names => {
           let n = 0;
           for (const name of names) n += await (await caches.open(name)).delete('./icons/icon-192.png') ? 1 : 0;
           done(n);
         });",
        vec![],
    )
    .await;
    assert_eq!(removed, json!(1), "the icon was not precached once");
    assert!(
        fetch_fails(&page, "./icons/icon-192.png").await,
        "the service worker still reaches the network"
    );

    // Another view of the site, loaded while offline: the page, its code, its data.
    page.goto("?lang=fr").await;
    page.wait_result_ids(&[ids::FRENCH_002]).await;
    assert_eq!(page.result_count_text().await, 1);
    assert!(!prompt_shown(&page).await, "no update, yet the prompt shows");

    offline.end(&page).await;
    assert!(
        !fetch_fails(&page, "./icons/icon-192.png").await,
        "back online, the network is still gone"
    );
    page.close().await;
}

#[tokio::test]
async fn a_new_build_prompts_and_reload_brings_it_in() {
    let page = Page::open("?lang=en").await;
    wait_controlled(&page).await;
    let before = cache_names(&page).await;
    update_through_the_prompt(&page, "A new version of this dossier is available.").await;

    let after = cache_names(&page).await;
    assert_eq!(after.len(), 1, "old caches were not deleted: {after:?}");
    assert_ne!(after, before, "the page is not under the new worker");
    assert!(
        after[0].contains(":next-"),
        "the cache is not the new build's: {after:?}"
    );
    assert!(
        !prompt_shown(&page).await,
        "the prompt is still shown after the update"
    );
    page.wait_query("lang=en").await;
    page.wait_results(4).await;
    page.close().await;
}

#[tokio::test]
async fn caches_are_named_after_the_scope_and_other_sites_keep_theirs() {
    // In French, to see the prompt's translation too.
    let opts = Options {
        browser_lang: "fr",
        ..Options::default()
    };
    let page = Page::open_with(opts, "").await;
    wait_controlled(&page).await;
    let own = cache_names(&page).await;
    let prefix = format!("dossier:{}:", page.base());
    assert!(
        own.len() == 1 && own[0].starts_with(&prefix),
        "the cache should be named {prefix}VERSION: {own:?}"
    );

    // Dossier sites elsewhere on this origin: a sibling folder, and one nested in this one.
    let origin = page.base().split("/dossier/").next().unwrap().to_string();
    let others = [
        format!("dossier:{origin}/other/:0123456789abcdef"),
        format!("dossier:{}nested/:0123456789abcdef", page.base()),
    ];
    for name in &others {
        run(
            &page,
            "caches.open(arguments[0]).then(() => done());",
            vec![json!(name)],
        )
        .await;
    }
    update_through_the_prompt(&page, "Une nouvelle version de ce dossier est disponible.").await;

    let after = cache_names(&page).await;
    for name in &others {
        assert!(after.contains(name), "{name} was deleted: {after:?}");
    }
    assert!(
        !after.contains(&own[0]),
        "this site's old cache was kept: {after:?}"
    );
    page.close().await;
}

#[tokio::test]
async fn the_manifest_and_icons_load_from_the_sub_path() {
    let page = Page::open("").await;
    let manifest = run(
        &page,
        "const href = document.querySelector('link[rel=manifest]').href;
         fetch(href).then(r => r.json()).then(async m => {
           const icons = await Promise.all(m.icons.map(i => fetch(new URL(i.src, href)).then(r => r.status)));
           done({ start: new URL(m.start_url, href).href, scope: new URL(m.scope, href).href, icons, display: m.display });
         }, e => done(String(e)));",
        vec![],
    )
    .await;
    assert_eq!(manifest["start"], json!(page.base()), "{manifest}");
    assert_eq!(manifest["scope"], json!(page.base()), "{manifest}");
    assert_eq!(manifest["display"], json!("standalone"));
    let icons = manifest["icons"].as_array().expect("icons");
    assert!(
        !icons.is_empty() && icons.iter().all(|s| s == 200),
        "icons: {icons:?}"
    );
    page.close().await;
}

/// The index parts the page fetched (cards, texts, term blocks: not the
/// precached first view), with whether each one was answered by the service
/// worker rather than straight from the network (a response the worker passes
/// on has no network protocol of its own in Resource Timing).
async fn parts_fetched(page: &Page) -> Vec<(String, bool)> {
    let files = page.fetched_files().await;
    files
        .into_iter()
        .filter(|(name, _)| name.contains("/data/") && !name.contains("/data/corpus-"))
        .map(|(name, protocol)| (name, protocol.as_deref() == Some("")))
        .collect()
}

/// Every URL the origin's caches hold.
async fn cached_urls(page: &Page) -> Vec<String> {
    let urls = run(
        page,
        "caches.keys().then(async names => {
           const urls = [];
           for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
           done(urls);
         });",
        vec![],
    )
    .await;
    serde_json::from_value(urls).expect("URLs are strings")
}

/// A large dossier (the test site precaches no index part) fetches a view's
/// parts from the network, not through the service worker (which cost a
/// quarter of a typed key's time at 100k articles); the worker keeps those
/// the page hands over, so the view opens offline, snippets and all.
#[tokio::test]
async fn a_large_dossiers_parts_skip_the_worker_and_are_kept_for_offline() {
    let page = Page::open_test("").await;
    wait_controlled(&page).await;
    page.goto("?q=russia").await;
    page.wait_ready().await;
    // The reader looks down the whole list, so every card fetches its text.
    scroll_to_every_snippet(&page).await;
    let online = page.result_ids().await;
    assert!(online.len() >= 2, "a list to see offline: {online:?}");
    let parts = parts_fetched(&page).await;
    assert!(
        parts.iter().any(|(url, _)| url.contains("/data/cards-"))
            && parts.iter().any(|(url, _)| url.contains("/data/bodies-")),
        "the view fetched its cards and texts: {parts:?}"
    );
    let through_worker: Vec<&String> = parts.iter().filter(|(_, w)| *w).map(|(u, _)| u).collect();
    assert!(
        through_worker.is_empty(),
        "parts went through the service worker: {through_worker:?}"
    );
    page.wait_until("the service worker keeps every part the view fetched", || async {
        let cached = cached_urls(&page).await;
        parts.iter().all(|(url, _)| cached.contains(url))
    })
    .await;

    let offline = Offline::start(&page).await;
    page.goto("?q=russia").await;
    page.wait_ready().await;
    assert_eq!(page.result_ids().await, online, "offline, the same list");
    // The cards on screen (within 1.5 screens) have their texts.
    let empty = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="result"]')]
                 .filter(c => c.getBoundingClientRect().top < 1.5 * innerHeight)
                 .filter(c => c.querySelector('[data-testid="snippet"]').textContent.trim() === '').length;"#,
            vec![],
        )
        .await;
    assert_eq!(empty, json!(0), "offline, a snippet on screen has no text");
    // Scrolled down, the cards below read their texts from the caches too
    // (a text fetch called off by the next view, whose bytes came all the
    // same, once left its card waiting forever).
    scroll_to_every_snippet(&page).await;
    let notice = page
        .text_content(r#"[data-testid="notice"]"#)
        .await
        .unwrap_or_default();
    assert!(
        !notice.contains("Could not load"),
        "offline, a part is reported missing: {notice}"
    );
    offline.end(&page).await;
    page.close().await;
}

/// Scrolls to the bottom of the list (cards below the screen fetch their texts
/// when scrolled to) and waits until no snippet waits for its text.
async fn scroll_to_every_snippet(page: &Page) {
    page.js("window.scrollTo(0, document.body.scrollHeight);", vec![])
        .await;
    page.wait_until("every snippet scrolled to has its text", || async {
        !page.exists(r#"[data-testid="snippet"][aria-busy="true"]"#).await
    })
    .await;
}
