//! Issue 13 points 6 and 7: a timeline a pointer drags and a keyboard moves,
//! whose bars never move when filters change, and facets that hold still.

use dossier_e2e::Page;
use fantoccini::key::Key;
use serde_json::{json, Value};

/// The `i`th bar (0-based); the seed dossier has 27, 2022-11 to 2025-01.
fn bar(i: usize) -> String {
    format!(r#"[data-testid="timeline"] .bar:nth-child({})"#, i + 1)
}

const RANGE: &str = r#"[data-testid="timeline-range"]"#;

/// Which bars are in the applied range, as a string of 0/1 (one per bar).
async fn selected(page: &Page) -> String {
    let v = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="timeline"] .bar')]
                 .map(b => b.dataset.selected === 'true' ? '1' : '0').join('');"#,
            vec![],
        )
        .await;
    v.as_str().unwrap().to_string()
}

/// `1` for bars `first..=last` of 27.
fn ones(first: usize, last: usize) -> String {
    (0..27)
        .map(|i| if (first..=last).contains(&i) { '1' } else { '0' })
        .collect()
}

async fn wait_range(page: &Page, query: &str, text: &str, first: usize, last: usize) {
    page.wait_query(query).await;
    page.wait_until(&format!("the range reads {text}"), || async {
        page.attr(RANGE, "aria-valuetext").await.as_deref() == Some(text)
            && page.text(r#"[data-testid="timeline-bounds"]"#).await == text
            && selected(page).await == ones(first, last)
    })
    .await;
}

#[tokio::test]
async fn a_mouse_drag_and_a_finger_drag_select_a_range() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    assert_eq!(page.all(r#"[data-testid="timeline"] .bar"#).await.len(), 27);
    // Rightwards with a mouse: February to June 2023 (003 and 000).
    page.drag(&bar(3), &bar(5), &bar(7), false).await;
    wait_range(
        &page,
        "from=2023-02&to=2023-06",
        "February 2023 – June 2023",
        3,
        7,
    )
    .await;
    page.wait_results(2).await;
    assert_eq!(page.value(r#"[data-testid="date-from"]"#).await, "2023-02");
    assert_eq!(page.value(r#"[data-testid="date-to"]"#).await, "2023-06");

    // Leftwards with a finger: July 2023 to January 2025 (004 only).
    page.drag(&bar(26), &bar(20), &bar(8), true).await;
    wait_range(
        &page,
        "from=2023-07&to=2025-01",
        "July 2023 – January 2025",
        8,
        26,
    )
    .await;
    page.wait_results(1).await;

    // A click is a drag that goes nowhere: one month.
    page.click(&bar(0)).await;
    wait_range(&page, "from=2022-11&to=2022-11", "November 2022", 0, 0).await;
    page.wait_results(1).await;
    page.click(r#"[data-testid="timeline-clear"]"#).await;
    page.wait_query("").await;
    page.wait_results(5).await;
    assert_eq!(
        page.attr(RANGE, "aria-valuetext").await.as_deref(),
        Some("All dates")
    );
    page.close().await;
}

#[tokio::test]
async fn the_keyboard_moves_and_resizes_the_range_from_one_tab_stop() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    // One tab stop for the whole timeline: no bar is focusable.
    let focusable = page
        .js(
            r#"return document.querySelectorAll('[data-testid="timeline"] button, [data-testid="timeline"] [tabindex]').length;"#,
            vec![],
        )
        .await;
    assert_eq!(focusable, json!(0));
    for (name, want) in [
        ("role", "slider"),
        ("tabindex", "0"),
        ("aria-valuemin", "0"),
        ("aria-valuemax", "26"),
    ] {
        assert_eq!(page.attr(RANGE, name).await.as_deref(), Some(want), "{name}");
    }
    let before = page.history_len().await;
    page.js(
        "document.querySelector(arguments[0]).focus();",
        vec![json!(RANGE)],
    )
    .await;
    let key = |k: Key| String::from(char::from(k));
    let shift = |k: Key| format!("{}{}{}", key(Key::Shift), key(k), key(Key::Null));

    page.press(&key(Key::Right)).await;
    wait_range(&page, "from=2022-11&to=2022-11", "November 2022", 0, 0).await;
    page.wait_results(1).await;
    page.press(&shift(Key::Right)).await;
    page.press(&shift(Key::Right)).await;
    wait_range(
        &page,
        "from=2022-11&to=2023-01",
        "November 2022 – January 2023",
        0,
        2,
    )
    .await;
    page.press(&key(Key::Right)).await;
    wait_range(
        &page,
        "from=2022-12&to=2023-02",
        "December 2022 – February 2023",
        1,
        3,
    )
    .await;
    page.wait_results(1).await;
    page.press(&key(Key::End)).await;
    wait_range(
        &page,
        "from=2024-11&to=2025-01",
        "November 2024 – January 2025",
        24,
        26,
    )
    .await;
    page.press(&key(Key::Right)).await; // already at the end: stays
    page.press(&key(Key::Home)).await;
    wait_range(
        &page,
        "from=2022-11&to=2023-01",
        "November 2022 – January 2023",
        0,
        2,
    )
    .await;
    page.press(&shift(Key::Left)).await;
    wait_range(
        &page,
        "from=2022-11&to=2022-12",
        "November 2022 – December 2022",
        0,
        1,
    )
    .await;
    assert_eq!(page.attr(RANGE, "aria-valuenow").await.as_deref(), Some("0"));
    assert_eq!(page.focused().await, "div[timeline-range]");

    // The whole adjustment is one step back in history.
    assert_eq!(page.history_len().await, before + 1);
    page.client.back().await.unwrap();
    page.wait_query("").await;
    page.wait_results(5).await;
    page.close().await;
}

/// Each bar's left edge, width, dossier count and pale height, in pixels.
async fn bar_geometry(page: &Page) -> Value {
    page.js(
        r#"return [...document.querySelectorAll('[data-testid="timeline"] .bar')].map(b => {
             const r = b.getBoundingClientRect();
             return [r.left, r.width, b.dataset.total, b.querySelector('.bar-total').getBoundingClientRect().height];
           });"#,
        vec![],
    )
    .await
}

async fn counts(page: &Page) -> Vec<usize> {
    let v = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="timeline"] .bar')].map(b => +b.dataset.count);"#,
            vec![],
        )
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test]
async fn bars_keep_their_place_and_height_when_filters_change() {
    let page = Page::open("").await;
    page.wait_results(5).await;
    let all = bar_geometry(&page).await;
    let totals: Vec<usize> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b[2].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(
        totals.iter().sum::<usize>(),
        4,
        "four dated articles, one bar each"
    );
    assert_eq!(counts(&page).await, totals, "no filter: every article counts");

    page.facet("topic", "defense").await.click().await.unwrap();
    page.wait_results(3).await;
    page.wait_until("the bars count the defence articles", || async {
        counts(&page).await.iter().sum::<usize>() < 4
    })
    .await;
    assert_eq!(bar_geometry(&page).await, all, "the bars moved or were rescaled");
    assert!(
        page.text(".timeline-hint").await.contains("Pale"),
        "the pale bars are explained"
    );

    // Nothing matches: the timeline stays, every bar pale.
    page.facet("lang", "fr").await.click().await.unwrap();
    page.wait_results(0).await;
    page.wait_until("no bar counts an article", || async {
        counts(&page).await.iter().all(|&c| c == 0)
    })
    .await;
    assert_eq!(bar_geometry(&page).await, all);
    page.close().await;
}
