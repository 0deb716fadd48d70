//! Point 5, text safety: article text is rendered as text only; markup in an
//! article never runs, loads or links.

use dossier_e2e::{ids, Page};
use serde_json::json;

const BODY: &str = r#"[data-testid="reader-body"]"#;

async fn assert_inert(page: &Page, when: &str) {
    let pwned = page.js("return typeof window.__pwned;", vec![]).await;
    assert_eq!(pwned, json!("undefined"), "article markup ran ({when})");
    assert!(
        !page.exists(r#"a[href^="javascript" i]"#).await,
        "a javascript: link exists ({when})"
    );
    for tag in ["img", "script", "iframe"] {
        assert!(
            !page
                .exists(&format!("[data-testid=reader] {tag}, [data-testid=result] {tag}"))
                .await,
            "an <{tag}> element came from article text ({when})"
        );
    }
}

#[tokio::test]
async fn hostile_markup_shows_literally_and_never_runs() {
    let page = Page::open_test("?q=script").await;
    page.wait_until("the hostile article is listed", || async {
        page.result_ids().await.contains(&ids::HOSTILE.to_string())
    })
    .await;
    assert_inert(&page, "result list").await;

    page.open_result(ids::HOSTILE).await;
    let text = page.text_content(BODY).await.unwrap();
    for literal in [
        "<script>window.__pwned=1</script>",
        r#"<img src=x onerror="window.__pwned=1">"#,
        "javascript:window.__pwned=1",
    ] {
        assert!(
            text.contains(literal),
            "`{literal}` is not shown literally in:\n{text}"
        );
    }
    // What is visible, not only in the DOM.
    assert!(page
        .text(BODY)
        .await
        .contains("<script>window.__pwned=1</script>"));
    assert_inert(&page, "reader, cleaned text").await;

    page.click(r#"[data-testid="toggle-original"]"#).await;
    page.wait_until("the original text is shown", || async {
        page.text_content(BODY)
            .await
            .is_some_and(|t| t.contains("[link](javascript:window.__pwned=1)"))
    })
    .await;
    assert_inert(&page, "reader, original text").await;
    page.close().await;
}

#[tokio::test]
async fn hostile_markup_in_the_url_stays_text() {
    let page =
        Page::open_test("?q=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&doc=%3Cscript%3E").await;
    page.wait_until("the search box holds the text", || async {
        page.js(
            r#"return document.querySelector('[data-testid="search-input"]').value;"#,
            vec![],
        )
        .await
            == json!("<img src=x onerror=window.__pwned=1>")
    })
    .await;
    let notice = page.text(r#"[data-testid="notice"]"#).await;
    assert!(notice.contains("<script>"), "{notice}");
    assert_inert(&page, "markup in the URL").await;
    page.close().await;
}
