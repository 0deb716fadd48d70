//! Issue 15, results before the rest: a list waits for the cards a reader can
//! see, shows the others as placeholders, and fetches them once scrolled to
//! (or, at a pause, in the page's idle time). The test site has one card per
//! chunk, so every card listed is a file fetched.

use dossier_e2e::{ids, Options, Page, Site};

const PLACEHOLDER: &str = ".result-list .result.placeholder";

/// Card files fetched so far.
async fn cards_fetched(page: &Page) -> usize {
    (page.fetched_files().await.iter())
        .filter(|(name, _)| name.contains("/data/cards-"))
        .count()
}

/// A 500 px tall page (`idle` run before each load: how the browser grants
/// idle time) that showed one result, then every article with its end as
/// placeholders; with the card files fetched before the longer list.
async fn placeholders_after_a_short_list(idle: &str) -> (Page, usize) {
    let short_window = Options {
        site: Site::Test,
        height: 500,
        ..Options::default()
    };
    let page = Page::start(&short_window).await;
    page.before_each_load(idle).await;
    // One result first (its card fetched), then every article.
    page.goto("?q=%D0%A1%D0%B0%D1%85%D0%B5%D0%BB%D0%B5%20").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    // Measured under it: the one card and the room below it on this screen.
    page.wait_until("the short list's reach is measured", || async {
        page.snippet_reach().await.is_some_and(|r| (1..8).contains(&r))
    })
    .await;
    let before = cards_fetched(&page).await;
    page.set_search("").await;
    page.wait_until("a longer list shows, its end as placeholders", || async {
        page.result_count().await > 1 && page.exists(PLACEHOLDER).await
    })
    .await;
    (page, before)
}

#[tokio::test]
async fn a_list_waits_for_the_cards_on_screen_and_brings_the_rest_when_scrolled_to() {
    // Never idle: the cards past the reach come only when scrolled to.
    let (page, before) = placeholders_after_a_short_list("window.requestIdleCallback = () => 0;").await;
    let listed = page.all(r#"[data-testid="result"]"#).await.len();
    let placeholders = page.all(PLACEHOLDER).await.len();
    let on_screen = page
        .js(
            r#"return [...document.querySelectorAll('.result-list > li')]
                 .filter(c => c.getBoundingClientRect().top < innerHeight).length;"#,
            vec![],
        )
        .await
        .as_u64()
        .unwrap_or(0) as usize;
    // The cards a reader sees were waited for: none of them is a placeholder.
    assert!(
        listed >= on_screen.min(listed + placeholders),
        "{listed} listed, {on_screen} on screen"
    );
    assert!(
        cards_fetched(&page).await - before < 8,
        "every card fetched for a list of which {listed} show"
    );
    // Placeholders are not results, and say nothing to a screen reader.
    assert_eq!(
        page.attr(PLACEHOLDER, "aria-hidden").await.as_deref(),
        Some("true")
    );
    assert!(page
        .all(&format!("{PLACEHOLDER} a, {PLACEHOLDER} [data-testid]"))
        .await
        .is_empty());

    // Scrolled to, the placeholders become the articles, in the list's order.
    let scrolled_at = page
        .js(
            "window.scrollTo(0, document.body.scrollHeight); return performance.now();",
            vec![],
        )
        .await;
    page.wait_until("every card is in", || async { !page.exists(PLACEHOLDER).await })
        .await;
    page.wait_results(9).await;
    // Their snippets' texts were asked for with the cards, not once the
    // cards had come (a round trip more).
    let (texts_start, cards_end) = page
        .js(
            "const after = performance.getEntriesByName('dossier-part', 'measure')
               .filter(m => m.startTime >= arguments[0]);
             const of = (kind) => after.filter(m => m.detail.url.includes('/data/' + kind));
             const texts = of('bodies-').concat(of('leads-'));
             return [Math.min(...texts.map(m => m.startTime)),
                     Math.max(...of('cards-').map(m => m.startTime + m.duration))];",
            vec![scrolled_at],
        )
        .await
        .as_array()
        .map(|a| (a[0].as_f64(), a[1].as_f64()))
        .expect("two times");
    assert!(
        texts_start.zip(cards_end).is_some_and(|(t, c)| t < c),
        "first text asked for at {texts_start:?}, last card in at {cards_end:?}"
    );
    let scrolled = page.result_ids().await;
    page.close().await;
    let tall = Page::open_test("").await;
    tall.wait_results(9).await;
    assert_eq!(scrolled, tall.result_ids().await, "the list's order");
    tall.close().await;
}

#[tokio::test]
async fn the_cards_past_the_reach_come_at_a_pause_even_when_the_page_is_never_idle() {
    // A browser that grants no idle period, only the timeout asked for: so
    // did Chromium once a word was typed key by key and no frame was drawn,
    // and the placeholders waited for ever.
    let (page, _) = placeholders_after_a_short_list(
        "window.requestIdleCallback = (run, options) =>
           options && options.timeout ? setTimeout(run, options.timeout) : 0;",
    )
    .await;
    // Not scrolled: the reader's pause alone brings the rest.
    page.wait_until("every card is in", || async { !page.exists(PLACEHOLDER).await })
        .await;
    let scrolled = page.js("return window.scrollY;", vec![]).await;
    assert_eq!(scrolled.as_f64(), Some(0.0), "nobody scrolled");
    page.close().await;
}

#[tokio::test]
async fn a_shared_link_on_a_tall_screen_shows_no_placeholder_on_screen() {
    let tall_window = Options {
        site: Site::Test,
        height: 2000,
        ..Options::default()
    };
    let page = Page::start(&tall_window).await;
    // Never idle; and the first list as drawn, before anything could measure
    // it: how many of its entries on screen are placeholders.
    page.before_each_load(
        "window.requestIdleCallback = () => 0;
         new MutationObserver((_, watch) => {
           if (!document.querySelector('[data-testid=result]')) return;
           watch.disconnect();
           window.placeholdersOnScreen = [...document.querySelectorAll('.result-list .placeholder')]
             .filter(c => c.getBoundingClientRect().top < innerHeight).length;
         }).observe(document, { subtree: true, childList: true });",
    )
    .await;
    // A fresh page's first list waits for the cards this screen shows, before
    // any list was laid out to measure them: here the nine articles, one entry
    // each (not grouped in stories), all on screen.
    page.goto("?group=0").await;
    page.wait_results(9).await;
    let first = page.js("return window.placeholdersOnScreen;", vec![]).await;
    assert_eq!(
        first.as_u64(),
        Some(0),
        "placeholders on screen in the first list"
    );
    page.close().await;
}
