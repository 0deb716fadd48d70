//! Browser-only code, tested in headless Chromium with wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use dossier::url::{current_query, set_query, HistoryMode};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn set_query_pushes_and_replaces_history_entries() {
    let history = web_sys::window().unwrap().history().unwrap();
    let before = history.length().unwrap();
    set_query("lang=fr", HistoryMode::Push);
    assert_eq!(current_query(), "lang=fr");
    assert_eq!(history.length().unwrap(), before + 1);
    set_query("lang=en", HistoryMode::Replace);
    assert_eq!(current_query(), "lang=en");
    assert_eq!(history.length().unwrap(), before + 1);
    set_query("", HistoryMode::Push);
    assert_eq!(current_query(), "");
}
