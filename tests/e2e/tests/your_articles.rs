//! Issue #8: a reader adds their own files in the page (drop or picker); the same
//! Rust ingest runs in the library worker; the articles persist in IndexedDB,
//! carry an `origin` facet, can be removed, and export as a zip of `.md` files
//! that ingest turns back into the same articles.

use crate::support;

use crate::adding;

use adding::{drop_files, wait_count};
use dossier_e2e::ids::ARTICLE_003;
use dossier_e2e::Page;
use serde_json::Value;

/// An Arabic article written for this test (not in any corpus).
const ARABIC: &str = "---\ntitle: الجزائر وروسيا توقعان اتفاقية للتعاون في مجال الطاقة\n---\n\
الجزائر - وقعت الجزائر وروسيا يوم الثلاثاء اتفاقية جديدة للتعاون في مجال الطاقة والغاز الطبيعي، \
خلال زيارة وزير الطاقة الروسي إلى العاصمة الجزائرية.\n\n\
وقال الوزير إن البلدين يعملان على تطوير مشاريع مشتركة في التنقيب عن النفط وبناء محطات لتوليد الكهرباء، \
مؤكدا أن الشراكة الاستراتيجية بين البلدين تشمل أيضا التكوين ونقل التكنولوجيا.\n\n\
وأضاف أن المحادثات تناولت كذلك الوضع في منطقة الساحل والتعاون الاقتصادي والتجاري بين البلدين.\n";

/// A near-copy of a seed article: its text with the first line changed.
fn copy_of_seed_003() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/003_e875bc3e70eee7ce.md"
    );
    let source = std::fs::read_to_string(path).unwrap();
    let body = source.splitn(3, "---\n").nth(2).expect("front matter then text");
    let mut lines = body.lines();
    lines.next();
    format!("A copy, retitled\n{}\n", lines.collect::<Vec<_>>().join("\n")).into_bytes()
}

#[tokio::test]
async fn dropped_files_are_ingested_kept_flagged_and_removable() {
    let page = Page::open("").await;
    page.wait_ready().await;
    assert_eq!(page.result_count_text().await, 5);

    // A date that does not exist: the file is refused by name (a file in a
    // Windows code page is read, `crates/core/src/ingest/codepage.rs`).
    let bad = "---\ntitle: Notes\ndate: 2024-02-30\n---\nAlger, le 3 mars 2024, un jour historique pour la coopération.\n".as_bytes();
    let copy = copy_of_seed_003();
    drop_files(
        &page,
        &[
            ("khabar.md", ARABIC.as_bytes()),
            ("bad-date.md", bad),
            ("my-copy.txt", &copy),
        ],
    )
    .await;
    page.wait_until("the drop's report", || async {
        page.exists("[data-testid=add-report]").await
    })
    .await;
    assert_eq!(page.text("[data-testid=added-now]").await, "2");
    let problems = page.all("[data-testid=add-problem]").await;
    assert_eq!(problems.len(), 1);
    let problem = problems[0].text().await.unwrap();
    assert!(
        problem.contains("bad-date.md") && problem.contains("date"),
        "{problem}"
    );
    assert_eq!(
        page.attr("[data-testid=add-duplicate]", "data-duplicate-of")
            .await
            .as_deref(),
        Some(ARTICLE_003)
    );
    wait_count(&page, 7).await;
    page.assert_accessible("the add panel with its report, the origin facet and 'yours' badges")
        .await;
    assert_eq!(page.facet_count("lang", "ar").await, Some(1));
    assert_eq!(page.facet_count("origin", "added").await, Some(2));
    assert_eq!(page.facet_count("origin", "bundled").await, Some(5));
    // (The copy of 003 is one story with it, listed under 003's entry, so
    // both badges show once the list holds only the reader's articles.)
    assert!(!page.all("[data-testid=yours]").await.is_empty());

    // Kept across reloads, and filterable by origin through the URL.
    page.goto("?origin=added").await;
    page.wait_ready().await;
    wait_count(&page, 2).await;
    assert_eq!(page.all("[data-testid=yours]").await.len(), 2);
    let mut ids = page.result_ids().await;
    ids.sort();
    assert_eq!(ids, ["khabar", "my-copy"]);

    // Removing them all restores the bundled corpus and its counts.
    page.goto("").await;
    page.wait_ready().await;
    wait_count(&page, 7).await;
    page.click("[data-testid=add-files-toggle]").await;
    page.click("[data-testid=remove-all-added]").await;
    wait_count(&page, 5).await;
    assert_eq!(page.facet_count("lang", "en").await, Some(4));
    assert_eq!(page.facet_count("lang", "fr").await, Some(1));
    assert_eq!(page.facet_count("lang", "ar").await, None);
    page.reload().await;
    page.wait_ready().await;
    assert_eq!(page.result_count_text().await, 5);
    page.close().await;
}

#[tokio::test]
async fn added_articles_come_back_on_an_offline_reload() {
    let page = Page::open("").await;
    page.wait_ready().await;
    support::wait_controlled(&page).await;
    drop_files(&page, &[("khabar.md", ARABIC.as_bytes())]).await;
    wait_count(&page, 6).await;
    let offline = support::Offline::start(&page).await;
    page.goto("?lang=ar").await;
    page.wait_ready().await;
    wait_count(&page, 1).await;
    assert_eq!(page.result_ids().await, ["khabar"]);
    assert!(page.exists("[data-testid=yours]").await);
    offline.end(&page).await;
    page.close().await;
}

#[tokio::test]
async fn original_texts_show_for_bundled_and_added_articles_alike() {
    let page = Page::open("").await;
    page.wait_ready().await;
    drop_files(&page, &[("khabar.md", ARABIC.as_bytes())]).await;
    wait_count(&page, 6).await;
    for (id, needle) in [
        ("khabar", "وقعت الجزائر وروسيا"),
        (ARTICLE_003, "Nikolai Patrushev"),
    ] {
        page.open_result(id).await;
        page.wait_reader(id).await;
        page.click("[data-testid=toggle-original]").await;
        page.wait_until(&format!("the original text of {id}"), || async {
            page.text_content("[data-testid=reader-body] pre.original")
                .await
                .is_some_and(|t| t.contains(needle))
        })
        .await;
    }
    page.close().await;
}

#[tokio::test]
async fn the_file_picker_adds_and_one_article_can_be_removed() {
    let page = Page::open("").await;
    page.wait_ready().await;
    let dir = std::env::temp_dir().join(format!("dossier-e2e-picker-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("vizit.txt");
    std::fs::write(
        &file,
        "Визит в Алжир\n\nМинистр иностранных дел России прибыл в Алжир для переговоров о военном \
         сотрудничестве и ситуации в Сахеле. Стороны обсудили поставки вооружений и торговлю.\n",
    )
    .unwrap();
    page.click("[data-testid=add-files-toggle]").await;
    page.one("[data-testid=add-files-input]")
        .await
        .send_keys(file.to_str().unwrap())
        .await
        .expect("chromedriver sets a file input's files from a path");
    wait_count(&page, 6).await;
    assert_eq!(page.facet_count("lang", "ru").await, Some(1));
    page.click("[data-testid=result][data-doc-id=vizit] [data-testid=remove-added]")
        .await;
    wait_count(&page, 5).await;
    std::fs::remove_dir_all(dir).ok();
    page.close().await;
}

#[tokio::test]
async fn a_shared_link_to_an_article_the_recipient_lacks_opens_with_a_notice() {
    let page = Page::open("?doc=khabar&q=gas").await;
    page.wait_ready().await;
    let notice = page.text("[data-testid=notice]").await;
    assert!(notice.contains("khabar"), "{notice}");
    assert!(!page.exists("[data-testid=reader]").await);
    page.close().await;
}

#[tokio::test]
async fn export_zip_ingests_back_into_the_same_articles() {
    let page = Page::open("").await;
    page.wait_ready().await;
    drop_files(&page, &[("khabar.md", ARABIC.as_bytes())]).await;
    wait_count(&page, 6).await;
    page.capture_downloads().await;
    page.click("[data-testid=export-zip]").await;
    let (name, kind, zip) = page.download_bytes(0).await;
    assert_eq!((name.as_str(), kind.as_str()), ("dossier.zip", "application/zip"));
    page.click("[data-testid=export-json]").await;
    let (_, _, json) = page.download(1).await;
    let shown: Vec<Value> = serde_json::from_str(&json).unwrap();
    // Filtered, the toolbar's zip holds the results; the panel's holds everything.
    page.goto("?lang=ar").await;
    page.wait_ready().await;
    wait_count(&page, 1).await;
    page.capture_downloads().await;
    page.click("[data-testid=export-zip]").await;
    let (_, _, filtered) = page.download_bytes(0).await;
    page.click("[data-testid=add-files-toggle]").await;
    page.click("[data-testid=export-zip-all]").await;
    let (_, _, all) = page.download_bytes(1).await;
    let names = |zip: &[u8]| -> Vec<String> {
        let mut n: Vec<String> = dossier_core::zip::read_zip(zip)
            .unwrap()
            .into_iter()
            .map(|e| e.path)
            .filter(|p| p.ends_with(".md"))
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&filtered), ["khabar.md"]);
    assert_eq!(names(&all).len(), 6);
    page.close().await;

    // What `cargo xtask build --corpus` would read from the unzipped folder.
    let files = dossier_core::zip::read_zip(&zip)
        .expect("a valid zip")
        .into_iter()
        .map(|e| dossier_core::ingest::SourceFile {
            path: e.path,
            bytes: e.bytes.expect("every entry reads"),
        })
        .collect();
    let report = dossier_core::ingest::ingest_files(files);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.corpus.articles.len(), shown.len());
    for before in &shown {
        let id = before["id"].as_str().unwrap();
        let after = report
            .corpus
            .article(id)
            .unwrap_or_else(|| panic!("{id} missing"));
        let after = dossier_core::export::article_json(after);
        for field in [
            "title", "lang", "date", "topics", "entities", "source", "author", "url",
        ] {
            assert_eq!(after[field], before[field], "{id}: {field}");
        }
    }
}
