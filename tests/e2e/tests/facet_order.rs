//! Issue 13 point 7: facet options hold still (the dossier's order whatever
//! the filters), and an option with no match stays in place, dimmed, clickable.

use dossier_e2e::Page;
use serde_json::json;

/// The values of one facet's options, in the order shown.
async fn order(page: &Page, facet: &str) -> Vec<String> {
    let v = page
        .js(
            "return [...document.querySelectorAll(`[data-facet=\"${arguments[0]}\"]`)].map(o => o.dataset.value);",
            vec![json!(facet)],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test]
async fn facet_options_hold_still_and_dim_when_nothing_matches() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    let topics = order(&page, "topic").await;
    let langs = order(&page, "lang").await;
    assert!(topics.len() >= 4 && langs.len() == 2, "{topics:?} {langs:?}");
    page.facet("topic", "defense").await.click().await.unwrap();
    page.wait_results(3).await;
    page.facet("lang", "fr").await.click().await.unwrap();
    page.wait_results(0).await;
    page.wait_query("lang=fr&topic=defense").await;
    assert_eq!(order(&page, "topic").await, topics);
    assert_eq!(order(&page, "lang").await, langs);

    // An option without a match stays listed, dimmed, and says so.
    let dimmed = page.all(r#".facet-option.no-match"#).await;
    assert!(!dimmed.is_empty());
    for o in page.all(".facet-option").await {
        let (count, pressed) = (
            o.attr("data-count").await.unwrap(),
            o.attr("aria-pressed").await.unwrap(),
        );
        let class = o.attr("class").await.unwrap().unwrap_or_default();
        let no_match = count.as_deref() == Some("0") && pressed.as_deref() == Some("false");
        assert_eq!(
            class.contains("no-match"),
            no_match,
            "{class} {count:?} {pressed:?}"
        );
    }
    let style = page
        .js(
            "const s = getComputedStyle(document.querySelector('.facet-option.no-match'));
             return [s.borderTopStyle, s.backgroundColor];",
            vec![],
        )
        .await;
    assert_eq!(style, json!(["dashed", "rgba(0, 0, 0, 0)"]));

    // It is still clickable, and clicking it moves nothing.
    let value = dimmed[0].attr("data-value").await.unwrap().unwrap();
    let facet = dimmed[0].attr("data-facet").await.unwrap().unwrap();
    dimmed[0].click().await.unwrap();
    page.wait_until("the dimmed option is selected", || async {
        page.attr(
            &format!(r#"[data-facet="{facet}"][data-value="{value}"]"#),
            "aria-pressed",
        )
        .await
        .as_deref()
            == Some("true")
    })
    .await;
    assert_eq!(order(&page, "topic").await, topics);
    assert_eq!(order(&page, "lang").await, langs);
    page.close().await;
}
