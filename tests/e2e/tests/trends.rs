//! Issue 17 point 2, attention over time: a shared `trend=` link opens the
//! trends view, whose table holds the numbers the list then shows for each
//! point (by keyboard and by pointer), on the timeline's axis; the legend names
//! each peak; a series is added by the form; a bad series gives a notice and
//! the page still works; a phone gets the whole view without sideways scrolling.

use dossier_e2e::{Options, Page};
use fantoccini::key::Key;
use serde_json::{json, Value};

/// One row of the trends table: its period and each series' count.
struct Row {
    from: String,
    to: String,
    counts: Vec<usize>,
}

/// The trends table: the series (`KIND:VALUE` as in the URL) and the rows.
async fn table(page: &Page) -> (Vec<String>, Vec<Row>) {
    let v = page
        .js(
            r#"const t = document.querySelector('[data-testid="trends"] table');
               if (!t) return null;
               const series = [...t.querySelectorAll('thead th[data-series]')].map(th => th.dataset.series);
               const rows = [...t.querySelectorAll('tbody tr')].map(tr => [tr.dataset.from, tr.dataset.to,
                   [...tr.querySelectorAll('td')].map(td => Number(td.dataset.count))]);
               return [series, rows];"#,
            vec![],
        )
        .await;
    if v.is_null() {
        return (Vec::new(), Vec::new());
    }
    let series = serde_json::from_value(v[0].clone()).unwrap();
    let rows = v[1]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| Row {
            from: r[0].as_str().unwrap().to_string(),
            to: r[1].as_str().unwrap().to_string(),
            counts: serde_json::from_value(r[2].clone()).unwrap(),
        })
        .collect();
    (series, rows)
}

/// Waits for the table of `n` series and returns it.
async fn settled_table(page: &Page, n: usize) -> (Vec<String>, Vec<Row>) {
    page.wait_until(&format!("the trends table has {n} series"), || async {
        let (s, rows) = table(page).await;
        s.len() == n && !rows.is_empty()
    })
    .await;
    table(page).await
}

fn key(k: Key) -> String {
    String::from(char::from(k))
}

/// The period where series `k` peaks (the first of equal peaks).
fn peak(rows: &[Row], k: usize) -> usize {
    let best = rows.iter().map(|r| r.counts[k]).max().unwrap();
    rows.iter().position(|r| r.counts[k] == best).unwrap()
}

/// Focuses the chart (its one tab stop) as a keyboard reader reaches it.
async fn focus_chart(page: &Page) {
    page.js("document.getElementById('trends-chart').focus();", vec![])
        .await;
    page.wait_until("the chart has the focus", || async {
        page.focused().await.starts_with("div#trends-chart")
    })
    .await;
}

/// Waits for the list of a point and checks its count is the table's.
async fn list_shows(page: &Page, expected: usize, what: &str) {
    page.wait_until(&format!("{what}: the list counts {expected}"), || async {
        page.attr(r#"[data-testid="result-count"]"#, "data-searching")
            .await
            .as_deref()
            != Some("true")
            && page.result_count_text().await == expected
    })
    .await;
}

#[tokio::test]
async fn a_shared_link_answers_when_coverage_peaked_by_keyboard_and_pointer() {
    let link = "trend=q:gas,topic:defense,entity:Sergey%20Lavrov";
    let page = Page::open(&format!("?{link}")).await;
    page.wait_ready().await;
    let (series, rows) = settled_table(&page, 3).await;
    assert_eq!(series, ["q:gas", "topic:defense", "entity:Sergey%20Lavrov"]);
    // The timeline's axis: one row per bar, the same periods.
    let bars = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="timeline"] .bar')].map(b => b.dataset.from);"#,
            vec![],
        )
        .await;
    let froms: Vec<Value> = rows.iter().map(|r| json!(r.from)).collect();
    assert_eq!(bars, Value::Array(froms));
    assert!(page.exists(r#"[data-testid="trends"] svg"#).await);
    for k in 0..3 {
        assert!(rows.iter().any(|r| r.counts[k] > 0), "series {k} has articles");
    }
    // The legend names each peak.
    let peaks = page.text(".trends-legend").await;
    assert!(peaks.contains("peak"), "{peaks}");

    // Keyboard: focus starts on the first series' peak; Enter lists it.
    focus_chart(&page).await;
    let p = peak(&rows, 0);
    page.press(&key(Key::Enter)).await;
    let (from, to) = (&rows[p].from, &rows[p].to);
    page.wait_query(&format!("q=gas&from={from}&to={to}&{link}"))
        .await;
    list_shows(&page, rows[p].counts[0], "q:gas at its peak").await;
    page.client.back().await.unwrap();
    page.wait_query(link).await;

    // ↓ moves to the topic series at the same period, End to the last period.
    focus_chart(&page).await;
    page.press(&key(Key::Down)).await;
    page.wait_until("the readout names the topic", || async {
        page.text(r#"[data-testid="trends-readout"]"#)
            .await
            .contains("▸ Defen")
    })
    .await;
    page.press(&key(Key::Enter)).await;
    page.wait_query(&format!("topic=defense&from={from}&to={to}&{link}"))
        .await;
    list_shows(&page, rows[p].counts[1], "topic:defense").await;
    page.client.back().await.unwrap();
    page.wait_query(link).await;
    focus_chart(&page).await;
    page.press(&key(Key::Down)).await;
    page.press(&key(Key::Home)).await;
    let mut at = 0;
    // → to the entity's peak, counting the steps.
    let target = peak(&rows, 2);
    while at < target {
        page.press(&key(Key::Right)).await;
        at += 1;
    }
    page.press(&key(Key::Enter)).await;
    let (from, to) = (&rows[target].from, &rows[target].to);
    page.wait_query(&format!("entity=Sergey%20Lavrov&from={from}&to={to}&{link}"))
        .await;
    list_shows(&page, rows[target].counts[2], "entity at its peak").await;

    // Pointer, with one series: a click on a period lists it.
    page.goto("?trend=topic:energy").await;
    let (_, rows) = settled_table(&page, 1).await;
    let p = peak(&rows, 0);
    page.click(&format!(r#"[data-testid="trends-column"][data-period="{p}"]"#))
        .await;
    let (from, to) = (&rows[p].from, &rows[p].to);
    page.wait_query(&format!("topic=energy&from={from}&to={to}&trend=topic:energy"))
        .await;
    list_shows(&page, rows[p].counts[0], "a clicked period").await;
    page.close().await;
}

#[tokio::test]
async fn a_bad_series_gives_a_notice_and_the_rest_works() {
    let page = Page::open("?trend=q:gas,colour:red,topic:nosuch&q=military").await;
    page.wait_ready().await;
    let notice = page.text(r#"[data-testid="notice"]"#).await;
    assert!(
        notice.contains("trend") && notice.contains("colour:red"),
        "{notice}"
    );
    assert!(notice.contains("topic:nosuch"), "{notice}");
    let (series, _) = settled_table(&page, 1).await;
    assert_eq!(series, ["q:gas"]);
    // The list still answers its own query.
    page.wait_until("the list answers its own query", || async {
        page.result_count_text().await > 0
    })
    .await;
    page.wait_query("q=military&trend=q:gas").await;
    page.close().await;
}

#[tokio::test]
async fn a_series_is_added_by_the_form_and_shown_as_a_share_on_a_phone() {
    let opts = Options {
        width: 390,
        height: 844,
        ..Options::default()
    };
    let page = Page::open_with(opts, "").await;
    page.wait_ready().await;
    page.click(r#"[data-testid="trends-toggle"]"#).await;
    page.one(r#"[data-testid="trends"]"#).await;
    page.js(
        r#"const s = document.querySelector('[data-testid="trends-add-kind"]');
           s.value = 'entity'; s.dispatchEvent(new Event('change', {bubbles: true}));"#,
        vec![],
    )
    .await;
    // An alias in another script finds the canonical name.
    page.type_into(r#"[data-testid="trends-add-value"]"#, "Лавров")
        .await;
    page.click(r#"[data-testid="trends-add-button"]"#).await;
    page.wait_query("trend=entity:Sergey%20Lavrov").await;
    let (_, rows) = settled_table(&page, 1).await;
    assert!(rows.iter().map(|r| r.counts[0]).sum::<usize>() >= 3);
    page.click(r#"[data-testid="trends-share"]"#).await;
    page.wait_query("trend=entity:Sergey%20Lavrov&trend_share=1")
        .await;
    page.wait_until("the table shows shares", || async {
        page.text(r#"[data-testid="trends"] table"#).await.contains('%')
            || page
                .text_content(r#"[data-testid="trends"] table"#)
                .await
                .unwrap_or_default()
                .contains('%')
    })
    .await;
    // The table opens on demand; nothing scrolls sideways on a phone.
    page.click(r#"[data-testid="trends-show-table"]"#).await;
    let fits = page
        .js(
            "return document.documentElement.scrollWidth <= window.innerWidth
                && document.getElementById('trends-chart').getBoundingClientRect().width > 200;",
            vec![],
        )
        .await;
    assert_eq!(fits, json!(true));
    page.close().await;
}
