//! Issue 15, point 3: the idle warm-up ends with a `dossier-warmed` mark
//! saying what it fetched against its budget over the wire; a reader whose
//! browser asks to save data is warmed the word blocks only, and searching
//! still fetches what a word needs.

use dossier_e2e::{ids, Page};
use serde_json::Value;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

/// Waits for the warm-up's mark; returns its detail.
async fn warmed(page: &Page) -> Value {
    page.wait_until("the warm-up marks its end", || async {
        page.js(
            "return performance.getEntriesByName('dossier-warmed', 'mark').length > 0;",
            vec![],
        )
        .await
            == Value::Bool(true)
    })
    .await;
    page.js(
        "return performance.getEntriesByName('dossier-warmed', 'mark')[0].detail;",
        vec![],
    )
    .await
}

/// How many data files of `kind` (`terms`, `words`, ...) the page has fetched.
async fn fetched(page: &Page, kind: &str) -> usize {
    crate::prefetch::count(&crate::prefetch::fetched(page).await, kind)
}

#[tokio::test]
async fn the_warm_up_marks_its_end_within_its_budget_over_the_wire() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    let detail = warmed(&page).await;
    let n = |k: &str| detail[k].as_f64().unwrap_or_else(|| panic!("{k} in {detail}"));
    assert_eq!(detail["saveData"], Value::Bool(false), "{detail}");
    assert_eq!(n("budget"), 5.0 * 1024.0 * 1024.0, "{detail}");
    assert!(
        n("parts") >= 3.0 && n("sent") > 0.0 && n("sent") <= n("budget"),
        "{detail}"
    );
    // The test site's whole searchable index fits the budget.
    for kind in ["words", "terms", "typos"] {
        assert!(fetched(&page, kind).await >= 1, "{kind} warmed: {detail}");
    }
    page.close().await;
}

#[tokio::test]
async fn a_reader_saving_data_is_warmed_the_word_blocks_only() {
    let page = Page::open_test("").await;
    page.before_each_load(
        "Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });",
    )
    .await;
    page.js("setTimeout(() => location.reload(), 0);", vec![]).await;
    page.wait_until("the page reloaded saving data", || async {
        page.js("return navigator.connection.saveData === true;", vec![])
            .await
            == Value::Bool(true)
    })
    .await;
    page.wait_results(9).await;
    let detail = warmed(&page).await;
    assert_eq!(detail["saveData"], Value::Bool(true), "{detail}");
    assert!(fetched(&page, "words").await >= 1, "word blocks warmed: {detail}");
    for kind in ["terms", "typos", "positions"] {
        assert_eq!(
            fetched(&page, kind).await,
            0,
            "{kind} fetched while saving data: {detail}"
        );
    }
    // A word still fetches its own blocks.
    page.type_into(SEARCH, "вооружения").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    assert!(fetched(&page, "terms").await >= 1);
    page.close().await;
}
