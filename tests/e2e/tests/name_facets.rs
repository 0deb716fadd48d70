//! Issue 17 point 1: Outlet, People, Places and Organisations facets, in the
//! URL as `source=` and `entity=`; a filter box finds options past the top
//! ones; an entity in the reader filters the list by it.

use dossier_e2e::{ids, Options, Page};
use serde_json::json;
use std::time::Duration;

/// The values of one facet's options shown, in order.
async fn shown(page: &Page, css: &str) -> Vec<String> {
    let v = page
        .js(
            "return [...document.querySelectorAll(arguments[0])].map(o => o.dataset.value);",
            vec![json!(css)],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test]
async fn outlet_and_entity_facets_filter_and_live_in_the_url() {
    // Three seed articles mention Lavrov (in any spelling).
    let page = Page::open("?entity=Sergey%20Lavrov").await;
    page.wait_results(3).await;
    let lavrov = r#"[data-facet="entity"][data-value="Sergey Lavrov"]"#;
    assert_eq!(page.attr(lavrov, "aria-pressed").await.as_deref(), Some("true"));
    assert_eq!(page.attr(lavrov, "data-kind").await.as_deref(), Some("person"));
    assert_eq!(
        page.attr(r#"[data-facet="entity"][data-value="Algiers"]"#, "data-kind")
            .await
            .as_deref(),
        Some("place")
    );
    assert_eq!(
        page.attr(
            r#"[data-facet="entity"][data-value="United Nations"]"#,
            "data-kind"
        )
        .await
        .as_deref(),
        Some("organisation")
    );

    // sources.toml merged "RFI (machine translation from French)" into RFI.
    let outlets = shown(&page, r#"[data-facet="source"]"#).await;
    assert!(outlets.contains(&"RFI".to_string()), "{outlets:?}");
    page.facet("source", "The New Arab").await.click().await.unwrap();
    page.wait_query("source=The%20New%20Arab&entity=Sergey%20Lavrov")
        .await;
    page.wait_results(1).await;
    // Counts hold still: its own facet counts as if alone.
    assert_eq!(page.facet_count("source", "RFI").await, Some(0));
    page.client.back().await.unwrap();
    page.wait_query("entity=Sergey%20Lavrov").await;
    page.wait_results(3).await;

    // Past the top eight people, the filter box finds one by any alias.
    let people = r#"[data-facet="entity"][data-kind="person"]"#;
    let before = shown(&page, people).await;
    assert_eq!(before.len(), 8, "{before:?}");
    let filter = r#"[data-testid="facet-filter-person"]"#;
    assert!(page.attr(filter, "id").await.is_some());
    let label = page
        .js(
            "return document.querySelector(`label[for=\"${arguments[0]}\"]`).textContent;",
            vec![json!("facet-filter-person")],
        )
        .await;
    assert!(label.as_str().unwrap().contains("people"), "{label}");
    page.type_into(filter, "Патруш").await;
    page.wait_until("the filter lists Patrushev and the selected one", || async {
        shown(&page, people).await == ["Sergey Lavrov", "Nikolai Patrushev"]
            || shown(&page, people).await == ["Nikolai Patrushev", "Sergey Lavrov"]
    })
    .await;
    // By keyboard: Tab from the box reaches an option, Enter toggles it.
    page.facet("entity", "Nikolai Patrushev")
        .await
        .click()
        .await
        .unwrap();
    page.wait_query("entity=Nikolai%20Patrushev,Sergey%20Lavrov")
        .await;
    page.close().await;
}

#[tokio::test]
async fn an_entity_in_the_reader_filters_the_list() {
    let page = Page::open(&format!("?doc={}", ids::ARTICLE_003)).await;
    page.wait_reader(ids::ARTICLE_003).await;
    let tebboune = r#"[data-testid="reader-entity"][data-value="Abdelmadjid Tebboune"]"#;
    assert_eq!(
        page.attr(tebboune, "aria-pressed").await.as_deref(),
        Some("false")
    );
    page.click(tebboune).await;
    page.wait_until("the URL gains the entity", || async {
        page.query().await.contains("entity=Abdelmadjid%20Tebboune")
    })
    .await;
    page.wait_results(4).await;
    assert_eq!(page.attr(tebboune, "aria-pressed").await.as_deref(), Some("true"));
    let facet = r#"[data-facet="entity"][data-value="Abdelmadjid Tebboune"]"#;
    assert_eq!(page.attr(facet, "aria-pressed").await.as_deref(), Some("true"));
    page.close().await;
}

/// Pictures of the facets at phone and desktop width, light and dark:
/// `DOSSIER_SHOTS=/tmp/shots cargo xtask e2e --tests name_facets --filter=--ignored`.
#[tokio::test]
#[ignore]
async fn name_facet_screenshots() {
    let dir = std::env::var("DOSSIER_SHOTS").expect("DOSSIER_SHOTS names the folder for the pictures");
    for (width, height, scheme) in [
        (1280, 1500, "light"),
        (1280, 1500, "dark"),
        (390, 2400, "light"),
        (390, 2400, "dark"),
    ] {
        let page = Page::start(&Options {
            width,
            height,
            ..Options::default()
        })
        .await;
        page.emulate_color_scheme(scheme).await;
        // On a phone the reader covers the list: the filters are opened instead.
        let doc = if width < 600 {
            String::new()
        } else {
            format!("&doc={}", ids::ARTICLE_003)
        };
        page.goto(&format!("?entity=Sergey%20Lavrov{doc}")).await;
        page.wait_ready().await;
        if width < 600 {
            page.click("#filters-toggle").await;
        }
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = page.client.screenshot().await.unwrap();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/facets-{width}-{scheme}.png"), png).unwrap();
        page.close().await;
    }
}
