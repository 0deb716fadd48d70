//! Issue 13 point 6, looks: the timeline's selected range stands out at 3:1 or
//! more in light and dark, on a desktop and a phone (screenshots on request).

use dossier_e2e::{Options, Page};
use serde_json::json;

const RANGE: &str = r#"[data-testid="timeline-range"]"#;

/// WCAG contrast ratio of two computed `rgb(…)` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |c: &str| {
        let v: Vec<f64> = c
            .trim_start_matches("rgba(")
            .trim_start_matches("rgb(")
            .trim_end_matches(')')
            .split(',')
            .take(3)
            .map(|x| x.trim().parse::<f64>().unwrap() / 255.0)
            .map(|x| {
                if x <= 0.03928 {
                    x / 12.92
                } else {
                    ((x + 0.055) / 1.055).powf(2.4)
                }
            })
            .collect();
        0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Saves a screenshot when `DOSSIER_SHOTS` names a folder (to look at, by hand).
async fn shot(page: &Page, name: &str) {
    if let Ok(dir) = std::env::var("DOSSIER_SHOTS") {
        let png = page.client.screenshot().await.unwrap();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
    }
}

#[tokio::test]
async fn the_selected_range_stands_out_3_to_1_in_light_and_dark_on_desktop_and_phone() {
    for (width, height) in [(1280, 800), (390, 844)] {
        let page = Page::start(&Options {
            width,
            height,
            ..Options::default()
        })
        .await;
        for scheme in ["light", "dark"] {
            page.emulate_color_scheme(scheme).await;
            // Pale bars (outside the topic) and bars outside the range both show.
            page.goto("?from=2023-02&to=2023-06&topic=defense").await;
            page.one(".bar.out").await;
            if width < 500 {
                page.click(".filters-toggle").await;
            }
            page.js(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});",
                vec![json!(RANGE)],
            )
            .await;
            let colours = page
                .js(
                    "const bg = s => getComputedStyle(document.querySelector(s)).backgroundColor;
                     return [bg('.bar:not(.out) .bar-fill'), bg('.bar.out .bar-fill'),
                             bg('.timeline-band'), bg('.timeline-track')];",
                    vec![],
                )
                .await;
            let c: Vec<String> = serde_json::from_value(colours).unwrap();
            let (bars, band) = (contrast(&c[0], &c[1]), contrast(&c[2], &c[3]));
            assert!(
                bars >= 3.0,
                "{scheme} {width}px: selected bars {} vs the rest {}: {bars:.2}:1",
                c[0],
                c[1]
            );
            assert!(
                band >= 3.0,
                "{scheme} {width}px: band {} vs track {}: {band:.2}:1",
                c[2],
                c[3]
            );
            page.js(
                "document.querySelector(arguments[0]).focus();",
                vec![json!(RANGE)],
            )
            .await;
            shot(&page, &format!("timeline-{width}-{scheme}")).await;
        }
        page.close().await;
    }
}
