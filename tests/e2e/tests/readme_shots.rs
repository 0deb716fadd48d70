//! The README's screenshots, taken from the seed site as a reader sees it:
//! `DOSSIER_SHOTS=docs cargo xtask e2e --tests readme_shots --filter=--ignored`
//! (ignored otherwise: it checks nothing, it only photographs).

use dossier_e2e::{ids, Options, Page};
use std::time::Duration;

async fn save(page: &Page, name: &str) {
    let dir = std::env::var("DOSSIER_SHOTS").expect("DOSSIER_SHOTS names the folder for the pictures");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = page.client.screenshot().await.unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
}

async fn page(width: u32, height: u32, scheme: &str) -> Page {
    let page = Page::start(&Options {
        width,
        height,
        ..Options::default()
    })
    .await;
    page.emulate_color_scheme(scheme).await;
    page
}

#[tokio::test]
#[ignore]
async fn readme_screenshots() {
    let desktop = page(1280, 860, "light").await;
    desktop
        .goto(&format!("?q=military&doc={}", ids::ARTICLE_003))
        .await;
    desktop.wait_reader(ids::ARTICLE_003).await;
    desktop.one(r#"[data-testid="reader-body"] mark"#).await;
    save(&desktop, "screenshot").await;
    desktop.goto("?q=Tebbune&from=2023&to=2024").await;
    desktop.one(r#"[data-testid="did-you-mean"]"#).await;
    save(&desktop, "screenshot-typo").await;
    desktop.close().await;

    let dark = page(1280, 860, "dark").await;
    dark.goto("?topic=defense,diplomacy&from=2023").await;
    dark.wait_ready().await;
    save(&dark, "screenshot-dark").await;
    dark.goto("?q=military&lang=fr").await;
    dark.one(r#"[data-testid="empty"]"#).await;
    save(&dark, "screenshot-empty").await;
    dark.close().await;

    let phone = page(390, 844, "light").await;
    phone.goto("?q=russia").await;
    phone.wait_ready().await;
    save(&phone, "screenshot-mobile").await;
    phone.close().await;
}
