//! The README's screenshots, taken from the seed site as a reader sees it:
//! `DOSSIER_SHOTS=$PWD/docs cargo xtask e2e --tests readme_shots --filter=--ignored`
//! (ignored otherwise: it checks nothing, it only photographs).

use crate::adding::{drop_files, wait_count};
use dossier_e2e::{ids, Options, Page, Site};
use std::time::Duration;

async fn save(page: &Page, name: &str) {
    let dir = std::env::var("DOSSIER_SHOTS").expect("DOSSIER_SHOTS names the folder for the pictures");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = page.client.screenshot().await.unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
}

async fn page(width: u32, height: u32, scheme: &str) -> Page {
    on(Site::Seed, width, height, scheme).await
}

async fn on(site: Site, width: u32, height: u32, scheme: &str) -> Page {
    let page = Page::start(&Options {
        width,
        height,
        site,
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

    // Attention over time: two topics and a search, by month.
    let trends = page(1280, 860, "light").await;
    trends.goto("?trend=topic:diplomacy,topic:defense,q:wagner").await;
    trends.one(r#"[data-testid="trends"] svg"#).await;
    trends
        .js("document.getElementById('trends').scrollIntoView()", vec![])
        .await;
    save(&trends, "screenshot-trends").await;
    trends.close().await;

    // One story, two tellings: the test site's near-duplicate of 003, expanded.
    let story = on(Site::Test, 1280, 860, "dark").await;
    story.goto("?q=military").await;
    story
        .one(r#"[data-testid="story-toggle"]"#)
        .await
        .click()
        .await
        .unwrap();
    story.one(r#"[data-testid="story-member"]"#).await;
    save(&story, "screenshot-story").await;
    story.close().await;

    // The add panel after a drop: one article in, one file refused by name.
    let add = page(1280, 860, "light").await;
    add.goto("").await;
    add.wait_ready().await;
    let text =
        "---\ntitle: Algeria and Russia sign a grain deal\ndate: 2025-03-02\nsource: Example Wire\n---\n\
        Algiers - Algeria and Russia signed an agreement on wheat deliveries on Sunday, the ministry said.\n";
    drop_files(
        &add,
        &[
            ("grain-deal.md", text.as_bytes()),
            (
                "notes.md",
                "---\ntitle: Notes\ndate: 2024-02-30\n---\nAlger, le 3 mars 2024, un jour historique.\n"
                    .as_bytes(),
            ),
        ],
    )
    .await;
    add.one("[data-testid=add-report]").await;
    wait_count(&add, 6).await;
    save(&add, "screenshot-add").await;
    add.close().await;
}
