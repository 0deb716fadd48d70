//! Issue 15, point 1, for clicks: where a facet click's search and list take
//! over a frame (here the page's CPU slowed 20×), the next click's button is
//! shown pressed in the frame after it, before the results change; they
//! follow, and clicks keep their order.

use dossier_e2e::{ids, Page};
use serde_json::json;

const FRENCH: &str = r#"[data-facet="lang"][data-value="fr"]"#;
const RUSSIAN: &str = r#"[data-facet="lang"][data-value="ru"]"#;

/// Clicks `css` and returns its `aria-pressed` and the result count as the
/// frame after the click paints them.
async fn click_and_see_the_next_frame(page: &Page, css: &str) -> (String, String) {
    let seen = page
        .js_async(
            r#"const [css, done] = arguments;
               const button = document.querySelector(css);
               requestAnimationFrame(() => done([button.getAttribute('aria-pressed'),
                 document.querySelector('[data-testid="result-count"]').textContent]));
               button.click();"#,
            vec![json!(css)],
        )
        .await;
    let text = |i: usize| seen[i].as_str().unwrap_or_default().to_string();
    (text(0), text(1))
}

#[tokio::test]
async fn on_a_slow_page_a_facet_shows_pressed_before_its_results() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    page.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 20 }))
        .await;
    // A click applied at once on the slowed page: it takes over a frame.
    page.click(RUSSIAN).await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    page.wait_until("a slow click sets the page's mode", || async {
        page.exists(r#"html[data-clicks="slow"]"#).await
    })
    .await;
    // So the next click's frame shows the button pressed and the last results.
    let (pressed, count) = click_and_see_the_next_frame(&page, FRENCH).await;
    assert_eq!(pressed, "true", "the French button was not shown pressed");
    assert!(
        count.starts_with('1'),
        "the frame after the click painted {count:?}: its results came before the button"
    );
    page.wait_query("lang=fr,ru").await;
    page.wait_results(2).await;
    // Two clicks within a frame are applied in order: both languages off.
    page.js(
        "document.querySelector(arguments[0]).click(); document.querySelector(arguments[1]).click();",
        vec![json!(FRENCH), json!(RUSSIAN)],
    )
    .await;
    page.wait_results(9).await;
    page.wait_query("").await;
    assert_eq!(page.attr(FRENCH, "aria-pressed").await.as_deref(), Some("false"));
    assert_eq!(page.attr(RUSSIAN, "aria-pressed").await.as_deref(), Some("false"));
    page.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
        .await;
    page.close().await;
}
