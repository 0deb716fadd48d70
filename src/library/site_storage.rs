//! What the page keeps of the reader's library outside the worker: which
//! database and `localStorage` key belong to this site (one per folder, so two
//! dossiers on one host never mix), whether that database exists, and the
//! request that the browser keep it when space runs low.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The folder the site is served from (`/REPO/`), whatever the page's name in
/// it (`/REPO/` and `/REPO/index.html` are one site, with one library).
fn site_folder() -> String {
    let path = window().location().pathname().unwrap_or_default();
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".into(),
    }
}

/// The `localStorage` key remembering how many articles the reader keeps on this site.
pub(super) fn added_key() -> String {
    format!("dossier-added:{}", site_folder())
}

/// The IndexedDB database of this site's library (the worker's name for it).
pub(super) fn db_name() -> String {
    format!("dossier:{}", site_folder())
}

pub(super) fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Whether this site's database exists. `indexedDB.databases()` is missing in
/// some older browsers: then assume it does (starting the worker costs a
/// download, losing sight of the reader's articles costs them).
pub(super) async fn database_exists() -> bool {
    let Ok(factory) = js_sys::Reflect::get(&window(), &"indexedDB".into()) else {
        return false;
    };
    let Ok(list) = js_sys::Reflect::get(&factory, &"databases".into()) else {
        return false;
    };
    let Some(list) = list.dyn_ref::<js_sys::Function>() else {
        return !factory.is_undefined();
    };
    let Ok(promise) = list.call0(&factory) else {
        return true;
    };
    let Ok(dbs) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await else {
        return true;
    };
    let name = db_name();
    js_sys::Array::from(&dbs).iter().any(|db| {
        js_sys::Reflect::get(&db, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n == name)
    })
}

pub(super) fn remember_added(count: u32) {
    if let Some(s) = storage() {
        let _ = s.set_item(&added_key(), &count.to_string());
    }
}

/// Asks the browser, once per page, to keep this site's storage when space runs
/// low: without it, added articles may be evicted with the cache.
pub(super) fn ask_persistent_storage() {
    thread_local! {
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ASKED.replace(true) {
        return;
    }
    if let Ok(promise) = window().navigator().storage().persist() {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
