//! Point 6, languages and direction: English and French interface (follows the
//! browser, switchable, remembered); Arabic right-to-left with an Arabic font;
//! `lang` on article text.

use dossier_e2e::{ids, Options, Page, Site};
use serde_json::json;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

async fn html_lang(page: &Page) -> String {
    page.js("return document.documentElement.lang;", vec![])
        .await
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_interface_switches_to_french_and_remembers_it() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    assert_eq!(
        page.attr(SEARCH, "placeholder").await.as_deref(),
        Some("Search the dossier")
    );
    assert_eq!(html_lang(&page).await, "en");

    page.click(r#"[data-testid="ui-lang"]"#).await;
    page.wait_until("the interface is in French", || async {
        page.attr(SEARCH, "placeholder").await.as_deref() == Some("Rechercher dans le dossier")
    })
    .await;
    assert_eq!(html_lang(&page).await, "fr");
    assert_eq!(page.text(r#"[data-testid="ui-lang"]"#).await, "English");
    assert_eq!(
        page.text(r#"[data-facet="lang"][data-value="fr"] .facet-label"#)
            .await,
        "français"
    );
    // The switch changes no view state.
    assert_eq!(page.query().await, "");

    page.reload().await;
    page.wait_results(5).await;
    assert_eq!(
        page.attr(SEARCH, "placeholder").await.as_deref(),
        Some("Rechercher dans le dossier")
    );
    assert_eq!(html_lang(&page).await, "fr");

    page.click(r#"[data-testid="ui-lang"]"#).await;
    page.wait_until("the interface is back in English", || async {
        page.attr(SEARCH, "placeholder").await.as_deref() == Some("Search the dossier")
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn a_french_browser_gets_the_french_interface() {
    let opts = Options {
        browser_lang: "fr",
        ..Options::default()
    };
    let page = Page::open_with(opts, "").await;
    assert_eq!(page.js("return navigator.language;", vec![]).await, json!("fr"));
    page.wait_results(5).await;
    assert_eq!(
        page.attr(SEARCH, "placeholder").await.as_deref(),
        Some("Rechercher dans le dossier")
    );
    assert_eq!(html_lang(&page).await, "fr");
    assert_eq!(page.text(r#"[data-testid="ui-lang"]"#).await, "English");
    page.close().await;
}

#[tokio::test]
async fn arabic_is_right_to_left_with_an_arabic_font_and_text_is_tagged_with_its_language() {
    let page = Page::open_test("?lang=ar").await;
    page.wait_result_ids(&[ids::ARABIC]).await;
    let card = format!(r#"[data-doc-id="{}"]"#, ids::ARABIC);
    for part in [".result-title", ".snippet"] {
        let css = format!("{card} {part}");
        assert_eq!(page.attr(&css, "dir").await.as_deref(), Some("rtl"), "{part}");
        assert_eq!(page.attr(&css, "lang").await.as_deref(), Some("ar"), "{part}");
    }

    page.open_result(ids::ARABIC).await;
    let body = r#"[data-testid="reader-body"]"#;
    assert_eq!(page.attr(body, "dir").await.as_deref(), Some("rtl"));
    assert_eq!(page.attr(body, "lang").await.as_deref(), Some("ar"));
    assert_eq!(page.attr("#reader-title", "dir").await.as_deref(), Some("rtl"));
    let font = page
        .js(
            "return getComputedStyle(document.querySelector(arguments[0] + ' p')).fontFamily;",
            vec![json!(body)],
        )
        .await;
    assert!(
        font.as_str().unwrap().contains("Arabic"),
        "Arabic text set in {font}"
    );
    let align = page
        .js(
            "return getComputedStyle(document.querySelector(arguments[0] + ' p')).direction;",
            vec![json!(body)],
        )
        .await;
    assert_eq!(align, json!("rtl"));

    // Other languages keep left-to-right and carry their own lang.
    page.goto(&format!("?doc={}", ids::RUSSIAN)).await;
    page.wait_reader(ids::RUSSIAN).await;
    assert_eq!(page.attr(body, "lang").await.as_deref(), Some("ru"));
    assert_eq!(page.attr(body, "dir").await.as_deref(), Some("ltr"));
    page.goto(&format!("?doc={}", ids::FRENCH_002)).await;
    page.wait_reader(ids::FRENCH_002).await;
    assert_eq!(page.attr(body, "lang").await.as_deref(), Some("fr"));
    page.close().await;
}

/// On a phone, an Arabic or Russian snippet's box fits its text: the box
/// sized for 240 bytes of Latin (six lines) left three empty lines under
/// each such result, since these scripts spend two bytes a letter.
#[tokio::test]
async fn on_a_phone_an_arabic_or_russian_snippet_fits_its_box() {
    let opts = Options {
        site: Site::Test,
        width: 390,
        height: 844,
        ..Options::default()
    };
    let page = Page::open_with(opts, "?lang=ar").await;
    for (query, id) in [("?lang=ar", ids::ARABIC), ("?lang=ru", ids::RUSSIAN)] {
        page.goto(query).await;
        page.wait_result_ids(&[id]).await;
        // The box, the lines of its text (laid out even where clamped), one line.
        let v = page
            .js(
                "const s = document.querySelector(arguments[0] + ' .snippet');
                 const r = document.createRange(); r.selectNodeContents(s);
                 return [s.getBoundingClientRect().height, r.getBoundingClientRect().height,
                         parseFloat(getComputedStyle(s).lineHeight), s.textContent.length];",
                vec![json!(format!(r#"[data-doc-id="{id}"]"#))],
            )
            .await;
        let [boxed, text, line, chars]: [f64; 4] = serde_json::from_value(v).expect("four numbers");
        assert!(
            chars > 100.0,
            "{query}: a whole lead to measure, {chars} characters"
        );
        assert!(
            text <= boxed + 1.0,
            "{query}: the text is cut, {text} px in a {boxed} px box"
        );
        assert!(
            boxed - text < 1.5 * line,
            "{query}: {:.1} empty lines under the snippet",
            (boxed - text) / line
        );
    }
    page.close().await;
}
