//! The reader's added articles in IndexedDB, one record per article id.
//!
//! Records are the article as JSON, which tolerates fields added by later
//! versions (`#[serde(default)]`), so an update of the site keeps them readable.
//! The database is named after the site's folder: several Dossier sites on one
//! origin (`USER.github.io/A/`, `USER.github.io/B/`) keep separate libraries.

use dossier_core::model::Article;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const STORE: &str = "articles";

/// An open IndexedDB database of added articles.
pub struct Store {
    db: IdbDatabase,
}

fn js_error(what: &str, e: JsValue) -> String {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"));
    format!("{what}: {detail}")
}

/// Waits for an IndexedDB request and returns its result.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let req = request.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err_req = req.clone();
        let on_err = Closure::once_into_js(move || {
            let error = err_req
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        req.set_onsuccess(Some(on_ok.unchecked_ref()));
        req.set_onerror(Some(on_err.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

impl Store {
    /// Opens (creating on first use) the database of the site at `scope`.
    pub async fn open(scope: &str) -> Result<Store, String> {
        let global: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
        let factory = global
            .indexed_db()
            .map_err(|e| js_error("IndexedDB", e))?
            .ok_or("this browser offers no IndexedDB here (private mode?)")?;
        let open = factory
            .open_with_u32(&format!("dossier:{scope}"), 1)
            .map_err(|e| js_error("IndexedDB", e))?;
        let upgrading = open.clone();
        let on_upgrade = Closure::once_into_js(move || {
            if let Ok(db) = upgrading.result() {
                let db: IdbDatabase = db.unchecked_into();
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        });
        open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        let db = done(&open).await.map_err(|e| js_error("opening IndexedDB", e))?;
        Ok(Store {
            db: db.unchecked_into(),
        })
    }

    fn store(&self, mode: IdbTransactionMode) -> Result<IdbObjectStore, String> {
        self.db
            .transaction_with_str_and_mode(STORE, mode)
            .and_then(|tx| tx.object_store(STORE))
            .map_err(|e| js_error("IndexedDB", e))
    }

    /// Every stored article, and a note for each record that could not be read.
    pub async fn load(&self) -> Result<(Vec<Article>, Vec<String>), String> {
        let store = self.store(IdbTransactionMode::Readonly)?;
        let request = store.get_all().map_err(|e| js_error("IndexedDB", e))?;
        let values = done(&request)
            .await
            .map_err(|e| js_error("reading IndexedDB", e))?;
        let mut articles = Vec::new();
        let mut unreadable = Vec::new();
        for value in js_sys::Array::from(&values).iter() {
            let text = value.as_string().unwrap_or_default();
            match serde_json::from_str::<Article>(&text) {
                Ok(article) => articles.push(article),
                Err(e) => unreadable.push(format!("a stored article could not be read ({e}); add it again")),
            }
        }
        Ok((articles, unreadable))
    }

    /// Saves (or overwrites) these articles.
    pub async fn put(&self, articles: &[&Article]) -> Result<(), String> {
        let store = self.store(IdbTransactionMode::Readwrite)?;
        let mut last = None;
        for article in articles {
            let json = serde_json::to_string(article).expect("articles always serialise");
            let request = store
                .put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&article.id))
                .map_err(|e| js_error("saving to IndexedDB", e))?;
            last = Some(request);
        }
        // Requests of one transaction complete in order: the last one's success means all were written.
        if let Some(request) = last {
            done(&request)
                .await
                .map_err(|e| js_error("saving to IndexedDB", e))?;
        }
        Ok(())
    }

    /// Deletes these articles, or every one when `ids` is `None`.
    pub async fn delete(&self, ids: Option<&[String]>) -> Result<(), String> {
        let store = self.store(IdbTransactionMode::Readwrite)?;
        let request = match ids {
            None => Some(store.clear().map_err(|e| js_error("IndexedDB", e))?),
            Some(ids) => {
                let mut last = None;
                for id in ids {
                    last = Some(
                        store
                            .delete(&JsValue::from_str(id))
                            .map_err(|e| js_error("IndexedDB", e))?,
                    );
                }
                last
            }
        };
        if let Some(request) = request {
            done(&request)
                .await
                .map_err(|e| js_error("deleting from IndexedDB", e))?;
        }
        Ok(())
    }
}
