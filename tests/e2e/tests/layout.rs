//! Point 1, layout: search, facets with disjunctive counts, dates and the timeline,
//! sort, result cards, count, chips and "clear filters".

use dossier_e2e::Page;

#[tokio::test]
async fn language_filter_lives_in_the_url_and_history() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    assert_eq!(page.result_count_text().await, 5);
    assert_eq!(page.facet_count("lang", "en").await, Some(4));
    assert_eq!(page.facet_count("lang", "fr").await, Some(1));

    page.facet("lang", "fr").await.click().await.unwrap();
    page.wait_results(1).await;
    assert_eq!(page.result_count_text().await, 1);
    page.wait_query("lang=fr").await;
    assert!(
        page.url().await.contains("/dossier/?"),
        "lost the sub-path: {}",
        page.url().await
    );

    page.reload().await;
    page.wait_results(1).await;
    let fr = page.facet("lang", "fr").await;
    assert_eq!(fr.attr("aria-pressed").await.unwrap().as_deref(), Some("true"));

    page.client.back().await.unwrap();
    page.wait_results(5).await;
    page.wait_query("").await;
    page.close().await;
}

#[tokio::test]
async fn a_shared_link_opens_the_filtered_view() {
    let page = Page::open("?lang=en").await;
    page.wait_results(4).await;
    assert_eq!(page.result_count_text().await, 4);
    page.close().await;
}

#[tokio::test]
async fn facet_counts_are_disjunctive_and_chips_remove_filters() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    assert_eq!(page.facet_count("topic", "defense").await, Some(3));

    page.facet("topic", "defense").await.click().await.unwrap();
    page.wait_results(3).await;
    // Other facets count within the topic filter...
    page.wait_until("lang counts follow the topic filter", || async {
        page.facet_count("lang", "en").await == Some(3)
            && page.facet_count("lang", "fr").await.unwrap_or(0) == 0
    })
    .await;
    // ...while the topic facet still counts every topic (OR within a facet).
    assert_eq!(page.facet_count("topic", "diplomacy").await, Some(5));

    // fr AND defense matches nothing: the empty state suggests removing a filter.
    page.facet("lang", "fr").await.click().await.unwrap();
    page.wait_results(0).await;
    assert_eq!(page.result_count_text().await, 0);
    // Each filter whose removal alone brings matches back is offered, with its count.
    page.one(r#"[data-testid="empty"] [data-testid="way-out"]"#).await;
    let mut offers = Vec::new();
    for way in page.all(r#"[data-testid="way-out"]"#).await {
        offers.push(way.text().await.unwrap());
    }
    for filter in ["French", "Defence"] {
        assert!(
            offers.iter().any(|o| o.contains(filter)),
            "no way out through the {filter} filter: {offers:?}"
        );
    }
    // Languages are OR-ed: adding en brings the English defence articles back.
    assert_eq!(page.facet_count("lang", "en").await, Some(3));
    page.facet("lang", "en").await.click().await.unwrap();
    page.wait_results(3).await;
    page.wait_query("lang=en,fr&topic=defense").await;

    // One chip per active filter; removing the topic chip drops only the topic.
    let chips = page.all(".toolbar .chip").await;
    assert_eq!(chips.len(), 3);
    let topic_chip = page.one(r#".toolbar .chip[aria-label$="Defence"]"#).await;
    topic_chip.click().await.unwrap();
    page.wait_results(5).await;
    page.wait_query("lang=en,fr").await;

    page.click(r#"[data-testid="clear-filters"]"#).await;
    page.wait_query("").await;
    page.wait_results(5).await;
    assert!(
        page.all(".toolbar .chip").await.is_empty(),
        "chips stay after clearing"
    );
    page.close().await;
}

#[tokio::test]
async fn timeline_bars_set_the_date_range_and_a_drag_extends_it() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    let bars = page.all(r#"[data-testid="timeline"] .bar"#).await;
    assert!(bars.len() >= 3, "expected a bar per period, got {}", bars.len());
    let bar = |i: usize| format!(r#"[data-testid="timeline"] .bar:nth-child({})"#, i + 1);
    let data = |css: String, name: &'static str| {
        let page = &page;
        async move { page.attr(&css, name).await.unwrap() }
    };
    let first = (data(bar(0), "data-from").await, data(bar(0), "data-to").await);
    let first_count: usize = data(bar(0), "data-count").await.parse().unwrap();
    let last_i = bars.len() - 1;
    let last_to = data(bar(last_i), "data-to").await;
    assert!(
        first_count > 0,
        "the first bar is the earliest dated article's period"
    );

    page.click(&bar(0)).await;
    page.wait_query(&format!("from={}&to={}", first.0, first.1)).await;
    page.wait_results(first_count).await;
    assert_eq!(page.value(r#"[data-testid="date-from"]"#).await, first.0.as_str());
    assert_eq!(page.value(r#"[data-testid="date-to"]"#).await, first.1.as_str());

    let pressed = || async {
        let v = page
            .js(
                r#"return [...document.querySelectorAll('[data-testid="timeline"] .bar')].map(b => b.dataset.selected);"#,
                vec![],
            )
            .await;
        serde_json::from_value::<Vec<String>>(v).unwrap()
    };
    page.wait_until("only the clicked bar is shown selected", || async {
        let p = pressed().await;
        p[0] == "true" && p[1..].iter().all(|x| x == "false")
    })
    .await;

    page.drag(&bar(0), &bar(1), &bar(last_i), false).await;
    page.wait_query(&format!("from={}&to={last_to}", first.0)).await;
    // Every dated article lies in the whole span; the undated one is left out.
    page.wait_results(4).await;
    page.wait_until("every bar of the range is shown selected", || async {
        pressed().await.iter().all(|x| x == "true")
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn date_inputs_and_the_undated_switch_filter() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    page.type_into(r#"[data-testid="date-from"]"#, "2023\n").await;
    page.wait_query("from=2023").await;
    // 000 (2023-06-15), 003 (2023-02), 004 (2025-01-03); undated 002 excluded.
    page.wait_results(3).await;
    page.type_into(r#"[data-testid="date-to"]"#, "2023-12\n").await;
    page.wait_query("from=2023&to=2023-12").await;
    page.wait_results(2).await;
    page.click(r#"[data-testid="undated"]"#).await;
    page.wait_query("from=2023&to=2023-12&undated=1").await;
    page.wait_results(3).await;
    assert!(page
        .result_ids()
        .await
        .contains(&"002_aad1842393c3ab9b".to_string()));

    // A value that is no date is flagged and not applied.
    let to = page.one(r#"[data-testid="date-to"]"#).await;
    // Select all and retype (clearing would fire `change` with an empty value).
    to.send_keys("\u{E009}a\u{E000}2023-13\n").await.unwrap();
    page.wait_until("the bad date is flagged", || async {
        page.attr(r#"[data-testid="date-to"]"#, "aria-invalid")
            .await
            .as_deref()
            == Some("true")
    })
    .await;
    assert_eq!(page.query().await, "from=2023&to=2023-12&undated=1");
    page.close().await;
}

#[tokio::test]
async fn sort_orders_the_results_and_goes_in_the_url() {
    let newest = [
        "004_ccffc555df548dd7",
        "000_5994114d36bbb88d",
        "003_e875bc3e70eee7ce",
        "001_ff10542bbe5df139",
    ];
    let page = Page::open("").await;
    page.wait_results(5).await;
    let ids = page.result_ids().await;
    assert_eq!(&ids[..4], newest, "default order without a query is newest first");
    assert_eq!(page.value(r#"[data-testid="sort"]"#).await, "newest");

    page.one(r#"[data-testid="sort"]"#)
        .await
        .select_by_value("oldest")
        .await
        .unwrap();
    page.wait_query("sort=oldest").await;
    page.wait_until("oldest first", || async {
        let ids = page.result_ids().await;
        ids.iter()
            .filter(|id| !id.starts_with("002"))
            .rev()
            .eq(newest.iter())
    })
    .await;

    // With a query the default is relevance.
    page.goto("?q=wagner").await;
    assert_eq!(page.value(r#"[data-testid="sort"]"#).await, "relevance");
    page.close().await;
}

#[tokio::test]
async fn results_show_metadata_and_a_highlighted_snippet() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    page.type_into(r#"[data-testid="search-input"]"#, "wagner").await;
    page.wait_query("q=wagner").await;
    page.wait_until("only Wagner articles are listed", || async {
        let ids = page.result_ids().await;
        !ids.is_empty() && ids.len() < 5
    })
    .await;
    let ids = page.result_ids().await;
    assert_eq!(page.result_count_text().await, ids.len());
    assert!(ids.contains(&"004_ccffc555df548dd7".to_string()), "{ids:?}");

    let card = r#"[data-testid="result"][data-doc-id="004_ccffc555df548dd7"]"#;
    let marks = page
        .js(
            "return [...document.querySelectorAll(arguments[0] + ' .snippet mark')].map(m => m.textContent);",
            vec![serde_json::json!(card)],
        )
        .await;
    let marks: Vec<String> = serde_json::from_value(marks).unwrap();
    assert!(
        marks.iter().any(|m| m.to_lowercase().contains("wagner")),
        "snippet marks {marks:?} lack the query word"
    );
    let meta = page.text(&format!("{card} .result-meta")).await;
    for part in ["2025-01-03", "English", "The New Arab", "Regional security"] {
        assert!(meta.contains(part), "card metadata `{meta}` lacks {part}");
    }
    assert!(!page.text(&format!("{card} .result-title")).await.is_empty());
    // A live region of its own says how many, once typing pauses (first_minute.rs).
    assert_eq!(
        page.attr(r#"[data-testid="result-announce"]"#, "aria-live")
            .await
            .as_deref(),
        Some("polite")
    );
    page.close().await;
}
