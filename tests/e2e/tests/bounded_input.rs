//! Issue #16, points 5 and 7: a file is checked by name and size before it is
//! read (the page never reads one; the worker reads only what passes), and a
//! drop can be cancelled while the worker expands and ingests an archive,
//! whose progress it shows.

use crate::adding;

use adding::{drop_files, wait_count};
use dossier_e2e::Page;
use serde_json::json;

/// A short Russian article written for these tests.
const RUSSIAN: &str = "Визит в Алжир\n\nДелегация российских промышленников прибыла в Алжир, \
чтобы обсудить поставки зерна, строительство электростанций и совместные проекты в горнодобывающей \
отрасли. Алжирская сторона предложила расширить торговлю в национальных валютах.\n";

/// Counts, in the page, every attempt to read a file's contents.
const WATCH_READS: &str = "window.__reads = 0;
    for (const proto of [Blob.prototype]) {
      for (const name of ['arrayBuffer', 'text', 'stream', 'bytes']) {
        const original = proto[name];
        if (original) proto[name] = function (...a) { window.__reads++; return original.apply(this, a); };
      }
    }
    for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']) {
      const original = FileReader.prototype[name];
      FileReader.prototype[name] = function (...a) { window.__reads++; return original.apply(this, a); };
    }";

#[tokio::test]
async fn a_huge_file_is_skipped_by_its_size_without_being_read() {
    let page = Page::open("").await;
    page.js(WATCH_READS, vec![]).await;
    // 1.2 GB files made of one 1 MB blob referenced 1,200 times: the browser
    // shares the parts, so nothing of that size exists unless someone reads it.
    page.js(
        "const mb = new Blob([new Uint8Array(1 << 20)]);
         const huge = (name) => new File(Array(1200).fill(mb), name);
         const dt = new DataTransfer();
         dt.items.add(huge('vacances/vidéo.mp4'));
         dt.items.add(huge('notes/énorme.txt'));
         dt.items.add(new File([arguments[0]], 'vizit.txt'));
         for (const type of ['dragenter', 'dragover', 'drop'])
           document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));",
        vec![json!(RUSSIAN)],
    )
    .await;
    page.wait_until("the drop is reported", || async {
        page.exists("[data-testid=add-report]").await
    })
    .await;
    assert_eq!(page.text("[data-testid=added-now]").await, "1");
    let problems: Vec<String> = page
        .js(
            "return [...document.querySelectorAll('[data-testid=add-problem]')].map(p => p.textContent);",
            vec![],
        )
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("énorme.txt") && p.contains("1258291200 bytes")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("vidéo.mp4") && p.contains("without reading it")),
        "{problems:?}"
    );
    assert_eq!(
        page.js("return window.__reads;", vec![]).await,
        json!(0),
        "the page itself reads no file: the worker does"
    );
    page.close().await;
}

/// A zip of `n` French articles, each different, so ingest takes a while.
fn archive(n: usize) -> Vec<u8> {
    let entries: Vec<(String, Vec<u8>)> = (0..n)
        .map(|i| {
            let text = format!(
                "Compte rendu {i} de la commission mixte\n\nLa commission mixte algéro-russe s'est réunie \
                 pour la {i}e fois à Alger. Les délégations ont examiné {} projets d'investissement dans \
                 l'énergie, l'agriculture et le transport, et fixé le calendrier de la session {}.\n",
                i % 37 + 2,
                i + 1
            );
            (format!("commission/compte-rendu-{i:04}.md"), text.into_bytes())
        })
        .collect();
    dossier_core::zip::write_zip(&entries)
}

#[tokio::test]
async fn a_drop_can_be_cancelled_while_its_archive_is_read_and_nothing_of_it_is_kept() {
    let page = Page::open("").await;
    let before = page.result_count_text().await;
    // Every progress line shown, however briefly.
    page.js(
        "window.__progress = [];
         new MutationObserver(() => {
           const p = document.querySelector('[data-testid=add-progress]');
           if (p) window.__progress.push(p.parentElement.textContent);
         }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });",
        vec![],
    )
    .await;
    let zip = archive(3000);
    drop_files(&page, &[("réunions.zip", &zip)]).await;
    page.wait_until("the archive's entries are counted", || async {
        let seen = page.js("return window.__progress.join('\\n');", vec![]).await;
        seen.as_str().is_some_and(|s| s.contains("/ 3000 — réunions.zip"))
    })
    .await;
    page.js(
        "document.querySelector('[data-testid=add-cancel]').click();",
        vec![],
    )
    .await;
    page.wait_until("the cancel is said", || async {
        page.text_content("[data-testid=add-error]")
            .await
            .is_some_and(|t| t.contains("Cancelled"))
    })
    .await;
    assert!(!page.exists("[data-testid=add-progress]").await);
    assert_eq!(page.result_count_text().await, before);
    // A new worker takes the next drop, and the cancelled one was never stored.
    drop_files(&page, &[("vizit.txt", RUSSIAN.as_bytes())]).await;
    wait_count(&page, before + 1).await;
    page.reload().await;
    wait_count(&page, before + 1).await;
    page.close().await;
}
