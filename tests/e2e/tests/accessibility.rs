//! Point 7, accessibility: keyboard use (`/`, Enter, Escape, focus moves and
//! returns), visible focus, a live result count, and axe-core's WCAG 2 A/AA
//! rules with no violation on the main view, the reader and with filters active,
//! in light and dark themes.

use dossier_e2e::{ids, Options, Page, Site};
use fantoccini::key::Key;
use serde_json::json;

#[tokio::test]
async fn the_keyboard_reaches_search_opens_and_closes_the_reader() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    page.press("/").await;
    page.wait_until("`/` focuses the search box", || async {
        page.focused().await == "input#search-input[search-input]"
    })
    .await;
    // `/` typed into the box is text, not a shortcut.
    page.press("gas/").await;
    page.wait_query("q=gas/").await;

    page.goto("").await;
    page.wait_results(5).await;
    let link = r#"[data-testid="result"][data-doc-id="003_e875bc3e70eee7ce"] a"#;
    page.js("document.querySelector(arguments[0]).focus();", vec![json!(link)])
        .await;
    page.press(&String::from(char::from(Key::Enter))).await;
    page.wait_reader("003_e875bc3e70eee7ce").await;
    page.wait_until("focus moves to the reader's title", || async {
        page.focused().await == "h2#reader-title in 003_e875bc3e70eee7ce"
    })
    .await;

    page.press(&String::from(char::from(Key::Escape))).await;
    page.wait_reader_closed().await;
    page.wait_query("").await;
    page.wait_until("focus returns to the result that was open", || async {
        page.focused().await == "a[result-link] in 003_e875bc3e70eee7ce"
    })
    .await;

    // The same with the Close button.
    page.press(&String::from(char::from(Key::Enter))).await;
    page.wait_reader("003_e875bc3e70eee7ce").await;
    page.js(
        r#"document.querySelector('[data-testid="reader-close"]').focus();"#,
        vec![],
    )
    .await;
    page.press(&String::from(char::from(Key::Enter))).await;
    page.wait_reader_closed().await;
    page.wait_until("focus returns to the result after Close", || async {
        page.focused().await == "a[result-link] in 003_e875bc3e70eee7ce"
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn focus_is_visible_and_the_count_is_announced() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    page.press("/").await;
    page.press(&String::from(char::from(Key::Tab))).await;
    let outline = page
        .js(
            "const s = getComputedStyle(document.activeElement);
             return [s.outlineStyle, parseFloat(s.outlineWidth)];",
            vec![],
        )
        .await;
    assert_ne!(
        outline[0],
        json!("none"),
        "no focus outline on {}",
        page.focused().await
    );
    assert!(
        outline[1].as_f64().unwrap() >= 2.0,
        "focus outline too thin: {outline}"
    );
    // Announced by a live region of its own once typing pauses (first_minute.rs).
    let count = r#"[data-testid="result-announce"]"#;
    assert_eq!(page.attr(count, "role").await.as_deref(), Some("status"));
    assert_eq!(page.attr(count, "aria-live").await.as_deref(), Some("polite"));
    page.close().await;
}

async fn scan_every_view(page: &Page, theme: &str) {
    page.wait_results(9).await;
    page.assert_accessible(&format!("the main view ({theme})")).await;
    page.goto(&format!("?doc={}", ids::ARABIC)).await;
    page.wait_reader(ids::ARABIC).await;
    page.assert_accessible(&format!("the reader ({theme})")).await;
    page.goto("?q=russia&lang=en,fr&topic=defense&from=2022&to=2024")
        .await;
    page.one(".toolbar .chip").await;
    page.assert_accessible(&format!("the filtered view ({theme})"))
        .await;
    page.goto("?lang=fr&topic=energy&from=2025").await;
    page.one(r#"[data-testid="empty"]"#).await;
    page.assert_accessible(&format!("the empty state ({theme})"))
        .await;
    page.goto("?q=Tebbune").await;
    page.one(r#"[data-testid="did-you-mean"]"#).await;
    page.assert_accessible(&format!("a corrected search ({theme})"))
        .await;
    page.goto("").await;
    page.wait_results(9).await;
    page.click(r#"[data-testid="add-files-toggle"]"#).await;
    page.one(r#"[data-testid="add-files"]"#).await;
    page.assert_accessible(&format!("the add panel ({theme})")).await;
}

#[tokio::test]
async fn axe_finds_no_violation_on_a_phone() {
    let opts = Options {
        site: Site::Test,
        width: 390,
        height: 844,
        ..Options::default()
    };
    let page = Page::open_with(opts, "").await;
    page.wait_results(9).await;
    page.assert_accessible("the phone layout").await;
    page.click(".filters-toggle").await;
    page.assert_accessible("the phone layout with filters open").await;
    page.goto(&format!("?q=russia&doc={}", ids::RUSSIAN)).await;
    page.wait_reader(ids::RUSSIAN).await;
    page.assert_accessible("the reader on a phone").await;
    page.close().await;
}

#[tokio::test]
async fn axe_finds_no_violation_in_light_theme() {
    let page = Page::open_test("").await;
    page.emulate_color_scheme("light").await;
    page.goto("").await;
    assert_eq!(page.attr("html", "data-theme").await.as_deref(), Some("light"));
    scan_every_view(&page, "light").await;
    // The scan is real: a nameless button and low-contrast text are caught.
    page.js(
        "const b = document.createElement('button'); document.body.append(b);
         const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#ddd';
         document.body.append(p);",
        vec![],
    )
    .await;
    let found = page.axe_violations().await.join("\n");
    assert!(
        found.contains("button-name") && found.contains("color-contrast"),
        "axe missed planted violations: {found}"
    );
    page.close().await;
}

#[tokio::test]
async fn axe_finds_no_violation_in_dark_theme() {
    let page = Page::open_test("").await;
    page.click(r#"[data-testid="theme"]"#).await;
    page.wait_until("the dark theme is on", || async {
        page.attr("html", "data-theme").await.as_deref() == Some("dark")
    })
    .await;
    scan_every_view(&page, "dark").await;
    page.close().await;
}
