//! Adding the reader's files in the browser, shared by the tests of the add
//! panel (your_articles.rs) and of storage (storage.rs).

use dossier_e2e::Page;
use serde_json::{json, Value};

/// Drops files on the page as a browser would (a `drop` event carrying them).
pub async fn drop_files(page: &Page, files: &[(&str, &[u8])]) {
    let files: Vec<Value> = files.iter().map(|(n, b)| json!([n, b])).collect();
    page.js(
        "const dt = new DataTransfer();
         for (const [name, bytes] of arguments[0]) dt.items.add(new File([new Uint8Array(bytes)], name));
         for (const type of ['dragenter', 'dragover', 'drop'])
           document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));",
        vec![json!(files)],
    )
    .await;
}

/// Waits until the result count says `n`.
pub async fn wait_count(page: &Page, n: usize) {
    page.wait_until(&format!("{n} results"), || async {
        page.result_count_text().await == n
    })
    .await;
}
