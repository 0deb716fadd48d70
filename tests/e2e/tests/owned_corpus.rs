//! Issue #16, point 11: the page owns its corpus. Each time the reader adds or
//! removes articles the page swaps in a new corpus and engine; the old one must
//! be freed, not leaked (it used to be: a whole corpus and index per cycle).
//!
//! A wasm memory never shrinks, so the test watches its growth: after two
//! warm-up cycles (the allocator's free lists fill up), more add/remove cycles
//! must not grow it by more than a fraction of one corpus. A leaking page grows
//! by at least one decoded corpus per cycle.

use crate::adding;

use adding::{drop_files, wait_count};
use dossier_e2e::{Options, Page};
use serde_json::Value;

/// Cycles before measuring: the allocator's free lists settle.
const WARM_UP: usize = 2;
/// Cycles measured.
const MEASURED: usize = 6;
/// Growth allowed over the measured cycles: 4 wasm pages of 64 KiB, a fraction
/// of one leaked corpus (the leak grew 0.4 MB a cycle on the seed site).
const ALLOWED_GROWTH: u64 = 4 * 65536;

/// Keeps every wasm memory the page instantiates (as the bench's `page.js`
/// does), so the test can read their sizes: run before the page's scripts.
const WATCH_WASM_MEMORY: &str = r#"
(() => {
  const memories = (window.__wasmMemories = []);
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = async function (...args) {
      const r = await orig.apply(this, args);
      const inst = r.instance || r;
      for (const v of Object.values(inst.exports || {}))
        if (v instanceof WebAssembly.Memory) memories.push(v);
      return r;
    };
  }
})();
"#;

/// A French report written for this test: long enough that its text, index
/// entries and their copies would show in a leak on their own.
fn report() -> String {
    let mut text =
        String::from("---\ntitle: Rapport sur la commission mixte algéro-russe\ndate: 2024-03-12\n---\n");
    for i in 0..200 {
        text.push_str(&format!(
            "Au point {i}, la commission mixte a relevé que les échanges de blé, de gaz et \
             d'équipements ferroviaires ont progressé de {} pour cent au trimestre {}, \
             selon le ministère algérien du Commerce.\n\n",
            (i * 13) % 89,
            i % 4 + 1
        ));
    }
    text
}

/// Bytes of the page's wasm linear memories (the app's; the worker's is its own).
async fn wasm_bytes(page: &Page) -> u64 {
    let v: Value = page
        .js(
            "return (window.__wasmMemories || []).reduce((s, m) => s + m.buffer.byteLength, 0);",
            vec![],
        )
        .await;
    v.as_u64().expect("a byte count")
}

/// Adds the report, waits for it to be counted, removes it, waits again.
async fn add_and_remove(page: &Page, text: &str) {
    drop_files(page, &[("rapport-commission.md", text.as_bytes())]).await;
    wait_count(page, 6).await;
    page.wait_until("the remove-all button", || async {
        page.exists("[data-testid=remove-all-added]").await
    })
    .await;
    page.js(
        "document.querySelector('[data-testid=remove-all-added]').click();",
        vec![],
    )
    .await;
    wait_count(page, 5).await;
    page.wait_until("the library to be empty", || async {
        !page.exists("[data-testid=remove-all-added]").await
    })
    .await;
}

#[tokio::test]
async fn adding_and_removing_articles_frees_the_corpora_it_replaces() {
    let page = Page::start(&Options::default()).await;
    page.before_each_load(WATCH_WASM_MEMORY).await;
    page.goto("").await;
    wait_count(&page, 5).await;
    let text = report();
    let mut sizes = vec![wasm_bytes(&page).await];
    assert!(sizes[0] > 0, "the page's wasm memory was not found");
    for _ in 0..WARM_UP + MEASURED {
        add_and_remove(&page, &text).await;
        sizes.push(wasm_bytes(&page).await);
    }
    let mb = |b: u64| format!("{:.1}", b as f64 / 1e6);
    let shown: Vec<String> = sizes.iter().map(|&b| mb(b)).collect();
    eprintln!(
        "wasm memory after each add/remove cycle, MB: {}",
        shown.join(", ")
    );
    // A leak of one corpus per cycle (0.4 MB on this site) shows as MEASURED
    // corpora; freed corpora leave room the next one reuses.
    let growth = sizes[WARM_UP + MEASURED] - sizes[WARM_UP];
    assert!(
        growth <= ALLOWED_GROWTH,
        "wasm memory grew by {} MB over {MEASURED} add/remove cycles after warm-up \
         (MB after each cycle: {}): the replaced corpora are not freed",
        mb(growth),
        shown.join(", ")
    );
    page.close().await;
}
