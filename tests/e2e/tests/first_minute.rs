//! A new reader's first minute: typing never flashes an empty list, the count
//! is announced once, a zero result offers the way back, one Escape closes one
//! thing, and on a phone the reader is a modal dialog.

use dossier_e2e::{ids, Options, Page, Site};
use serde_json::json;
use std::time::Duration;

const INPUT: &str = r#"[data-testid="search-input"]"#;

/// Starts recording every text the result count shows (a MutationObserver, so
/// states painted between two WebDriver calls are not missed).
async fn record_counts(page: &Page) {
    page.js(
        "const el = document.querySelector('[data-testid=\"result-count\"]');
         window.__counts = [el.textContent];
         new MutationObserver(() => window.__counts.push(el.textContent))
           .observe(el, { subtree: true, characterData: true, childList: true });",
        vec![],
    )
    .await;
}

/// The numbers the count showed since [`record_counts`].
async fn recorded_counts(page: &Page) -> Vec<usize> {
    let texts = page.js("return window.__counts;", vec![]).await;
    texts
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| {
            let digits: String = t.as_str()?.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect()
}

/// Types `word` one key at a time, `delay_ms` apart.
async fn type_slowly(page: &Page, word: &str, delay_ms: u64) {
    for c in word.chars() {
        page.type_into(INPUT, &c.to_string()).await;
        tokio::time::sleep(Duration::from_millis(delay_ms)).await;
    }
}

#[tokio::test]
async fn typing_a_word_key_by_key_never_shows_zero() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    // English, Arabic and Russian words the test corpus has, typed as a reader would.
    for word in ["partnership", "Tebboune", "الجزائر", "Лавров"] {
        page.goto("").await;
        page.wait_results(9).await;
        record_counts(&page).await;
        type_slowly(&page, word, 120).await;
        page.wait_until(&format!("the search for {word} settles"), || async {
            page.attr(r#"[data-testid="result-count"]"#, "data-searching")
                .await
                .as_deref()
                == Some("false")
        })
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let counts = recorded_counts(&page).await;
        let last = *counts.last().unwrap();
        assert!(last > 0, "{word} finds nothing in the test corpus: {counts:?}");
        assert!(
            !counts.contains(&0),
            "typing {word} key by key showed an empty list on the way: {counts:?}"
        );
    }
    page.close().await;
}

#[tokio::test]
async fn the_count_is_announced_once_when_typing_pauses() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    let announcer = r#"[data-testid="result-announce"]"#;
    assert_eq!(page.attr(announcer, "aria-live").await.as_deref(), Some("polite"));
    assert_eq!(page.attr(announcer, "role").await.as_deref(), Some("status"));
    // The visible count is not a live region: it changes on every key.
    assert_eq!(
        page.attr(r#"[data-testid="result-count"]"#, "aria-live").await,
        None
    );
    tokio::time::sleep(Duration::from_millis(800)).await;
    page.js(
        "const el = document.querySelector('[data-testid=\"result-announce\"]');
         window.__said = [];
         new MutationObserver(() => window.__said.push(el.textContent))
           .observe(el, { subtree: true, characterData: true, childList: true });",
        vec![],
    )
    .await;
    // A name one article has: the count changes on the way (9, then 1).
    type_slowly(&page, "Лавров", 60).await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let said = page.js("return window.__said;", vec![]).await;
    let said: Vec<String> = serde_json::from_value(said).unwrap();
    let shown = page.text(r#"[data-testid="result-count"]"#).await;
    assert_eq!(said.len(), 1, "announced {said:?} while typing one word");
    assert_eq!(
        said[0].trim(),
        shown.trim(),
        "the announcement is the count shown"
    );
    page.close().await;
}

#[tokio::test]
async fn a_search_box_follows_the_text_direction_and_is_capped() {
    let page = Page::open("").await;
    assert_eq!(page.attr(INPUT, "dir").await.as_deref(), Some("auto"));
    assert_eq!(page.attr(INPUT, "maxlength").await.as_deref(), Some("1000"));
    page.close().await;
}

#[tokio::test]
async fn a_zero_result_names_the_search_and_one_click_brings_matches_back() {
    let page = Page::open_test("?q=Лавров&lang=fr").await;
    let empty = page.one(r#"[data-testid="empty"]"#).await;
    let said = empty.text().await.unwrap();
    assert!(
        said.contains("Лавров"),
        "the empty state does not say what was searched: {said}"
    );
    // The Russian article is outside the French filter: one button brings it back.
    let way = r#"[data-testid="way-out"]"#;
    page.one(way).await;
    let label = page.text(way).await;
    assert!(
        label.contains("French"),
        "the way out does not name the filter: {label}"
    );
    let n: usize = page.attr(way, "data-count").await.unwrap().parse().unwrap();
    assert!(n >= 1);
    page.click(way).await;
    page.wait_results(n).await;
    let q = page.query().await;
    assert!(!q.contains("lang="), "the French filter is still on: {q}");
    assert!(q.contains("q="), "the search was lost: {q}");
    page.close().await;
}

#[tokio::test]
async fn one_escape_closes_one_thing() {
    let page = Page::open(&format!("?doc={}", ids::FRENCH_002)).await;
    page.wait_reader(ids::FRENCH_002).await;
    page.click(r#"[data-testid="add-files-toggle"]"#).await;
    page.one(r#"[data-testid="add-files"]"#).await;
    // Focus is on the add panel's toggle: Escape closes the panel, not the reader.
    page.press("\u{e00c}").await;
    page.wait_until("the add panel closes", || async {
        !page.exists(r#"[data-testid="add-files"]"#).await
    })
    .await;
    assert!(
        page.exists(r#"[data-testid="reader"]"#).await,
        "one Escape closed the reader too"
    );
    page.press("\u{e00c}").await;
    page.wait_reader_closed().await;
    // Escape in a search box with text clears the text, and closes nothing.
    page.goto(&format!("?doc={}", ids::FRENCH_002)).await;
    page.wait_reader(ids::FRENCH_002).await;
    page.click(INPUT).await;
    page.type_into(INPUT, "gas").await;
    page.press("\u{e00c}").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        page.exists(r#"[data-testid="reader"]"#).await,
        "Escape in the search box closed the reader"
    );
    page.close().await;
}

#[tokio::test]
async fn on_a_phone_the_reader_is_a_modal_dialog_that_keeps_focus() {
    let opts = Options {
        site: Site::Seed,
        width: 390,
        height: 844,
        ..Options::default()
    };
    let page = Page::open_with(opts, &format!("?doc={}", ids::FRENCH_002)).await;
    page.wait_reader(ids::FRENCH_002).await;
    let reader = r#"[data-testid="reader"]"#;
    assert_eq!(page.attr(reader, "role").await.as_deref(), Some("dialog"));
    assert_eq!(page.attr(reader, "aria-modal").await.as_deref(), Some("true"));
    for _ in 0..40 {
        page.press("\u{e004}").await;
        let inside = page
            .js(
                "return !!document.activeElement.closest('[data-testid=\"reader\"]');",
                vec![],
            )
            .await;
        assert_eq!(
            inside,
            json!(true),
            "Tab left the dialog for {}",
            page.focused().await
        );
    }
    page.close().await;
}

#[tokio::test]
async fn on_a_desktop_the_reader_is_a_landmark() {
    let page = Page::open(&format!("?doc={}", ids::FRENCH_002)).await;
    page.wait_reader(ids::FRENCH_002).await;
    let reader = r#"[data-testid="reader"]"#;
    assert_eq!(page.attr(reader, "role").await, None);
    let tag = page
        .js(
            "return document.querySelector('[data-testid=\"reader\"]').tagName;",
            vec![],
        )
        .await;
    assert_eq!(tag, json!("SECTION"), "a named section is a region landmark");
    assert!(page.attr(reader, "aria-labelledby").await.is_some());
    page.close().await;
}
