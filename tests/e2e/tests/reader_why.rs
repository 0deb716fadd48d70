//! Issue #17 point 4, "why this matched": under the reader's title, one line
//! names the forms of the query found in the article (a stem, an alias in
//! another script, a close spelling) and their fields; no line without a query.

use dossier_e2e::{ids, Page};

const WHY: &str = r#"[data-testid="reader-why"]"#;

/// `text` percent-encoded for a URL's query string.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn the_reader_names_stems_aliases_and_close_spellings() {
    // A misspelt Russian word (its right spelling is in the title and the
    // text), a Russian stem, and a Latin name the article
    // writes in Cyrillic.
    let q = "сотрудничесвто переговор lavrov ";
    let page = Page::open_test(&format!("?q={}", encode(q))).await;
    page.wait_until("the Russian visit is listed", || async {
        page.result_ids().await.iter().any(|id| id == ids::RUSSIAN)
    })
    .await;
    page.open_result(ids::RUSSIAN).await;
    page.wait_until("the why line is shown", || async { page.exists(WHY).await })
        .await;
    let line = page.text(WHY).await;
    for part in [
        "Matched:",
        "сотрудничесвто → сотрудничество (close spelling, title, text)",
        "переговоры = переговор (same stem, text)",
        "Сергей Лавров = lavrov (alias, text)",
    ] {
        assert!(line.contains(part), "the why line lacks {part:?}: {line}");
    }
    // It sits right under the title.
    let next = page
        .js(
            r#"return document.querySelector('[data-testid="reader"] h2').nextElementSibling.dataset.testid;"#,
            vec![],
        )
        .await;
    assert_eq!(next, serde_json::json!("reader-why"));

    // The same article opened without a query: no line.
    page.goto(&format!("?doc={}", ids::RUSSIAN)).await;
    page.wait_reader(ids::RUSSIAN).await;
    page.wait_until("the article's text is shown", || async {
        page.text_content(r#"[data-testid="reader-body"]"#)
            .await
            .is_some_and(|t| t.contains("Лавров"))
    })
    .await;
    assert!(!page.exists(WHY).await, "a why line without a query");
    page.close().await;
}

#[tokio::test]
async fn the_line_is_french_in_the_french_interface_and_follows_the_query() {
    let page = Page::open_test(&format!("?q={}&doc={}", encode("lavrov"), ids::ARABIC)).await;
    page.wait_reader(ids::ARABIC).await;
    page.wait_until("the why line is shown", || async { page.exists(WHY).await })
        .await;
    let line = page.text(WHY).await;
    assert!(line.contains("لافروف") && line.contains("(alias, text)"), "{line}");
    // Switch the interface to French: labels translated, forms kept.
    page.click(r#"[data-testid="ui-lang"]"#).await;
    page.wait_until("the line is in French", || async {
        page.text(WHY).await.contains("Correspond :")
    })
    .await;
    let line = page.text(WHY).await;
    assert!(line.contains("autre nom") && line.contains("texte"), "{line}");
    page.close().await;
}
