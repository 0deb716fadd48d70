//! The reader's added articles in IndexedDB, one record per article id.
//!
//! Records are [`Stored`] JSON texts (the article and the file it came from),
//! which tolerate fields added by later versions, so an update of the site keeps
//! them readable. The database is named after the site's folder: several Dossier
//! sites on one origin (`USER.github.io/A/`, `USER.github.io/B/`) keep separate
//! libraries. A write is kept only once its transaction completes: the browser
//! may still refuse it at commit (quota), which the caller hears as an error.

use crate::idb::{dom_error, done, finished, js_error};
use dossier_core::library::Stored;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbFactory, IdbObjectStore, IdbTransaction, IdbTransactionMode};

const STORE: &str = "articles";

/// The database version this code creates and reads. 2: records carry their
/// source path ([`Stored`]); version-1 records (bare articles) still read.
const DB_VERSION: u32 = 2;

impl Drop for Store {
    /// Closes the connection: an open one blocks deleting or upgrading the database.
    fn drop(&mut self) {
        self.db.close();
    }
}

/// Why the store cannot be used.
pub enum OpenError {
    /// No IndexedDB here (some private modes): added articles last this visit only.
    Unavailable(String),
    /// A library is stored but does not open (newer version, refused upgrade,
    /// too large...): the reader may export what can be read, or clear it.
    Unopenable(String),
}

/// What one write transaction changes, decided after reading the store in it.
#[derive(Default)]
pub struct Write {
    /// Records to add or overwrite.
    pub put: Vec<Stored>,
    /// Ids to delete.
    pub delete: Vec<String>,
    /// Delete every record first.
    pub clear: bool,
}

/// An open IndexedDB database of added articles.
pub struct Store {
    db: IdbDatabase,
}

fn factory() -> Result<IdbFactory, String> {
    let global: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    global
        .indexed_db()
        .map_err(|e| js_error("IndexedDB", e))?
        .ok_or_else(|| "this browser offers no IndexedDB here (private mode?)".into())
}

/// The database name of the site at `scope` (its folder).
pub fn db_name(scope: &str) -> String {
    format!("dossier:{scope}")
}

impl Store {
    /// Opens (creating or upgrading on first use) the database of the site at
    /// `scope`. `on_blocked` runs when the upgrade waits for other tabs still
    /// on an older version; `on_replaced` when a newer version in another tab
    /// needs this connection closed (it is closed, so that tab is not blocked).
    pub async fn open(
        scope: &str,
        on_blocked: impl FnOnce() + 'static,
        on_replaced: impl FnOnce() + 'static,
    ) -> Result<Store, OpenError> {
        let factory = factory().map_err(OpenError::Unavailable)?;
        let open = factory
            .open_with_u32(&db_name(scope), DB_VERSION)
            .map_err(|e| OpenError::Unavailable(js_error("IndexedDB", e)))?;
        let upgrading = open.clone();
        let on_upgrade = Closure::once_into_js(move || {
            if let Ok(db) = upgrading.result() {
                let db: IdbDatabase = db.unchecked_into();
                // Version 1's store holds records this version reads: keep it.
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        });
        open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
        open.set_onblocked(Some(Closure::once_into_js(on_blocked).unchecked_ref()));
        let db: IdbDatabase = match done(&open).await {
            Ok(db) => db.unchecked_into(),
            Err(e) => {
                let (name, detail) = dom_error(&e);
                let reason = if name == "VersionError" {
                    "saved by a newer version of this site (reload the page to get it)".to_string()
                } else {
                    format!("{name}: {detail}")
                };
                return Err(OpenError::Unopenable(reason));
            }
        };
        let closing = db.clone();
        let replaced = Closure::once_into_js(move || {
            closing.close();
            on_replaced();
        });
        db.set_onversionchange(Some(replaced.unchecked_ref()));
        Ok(Store { db })
    }

    fn transaction(&self, mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), String> {
        let tx = self
            .db
            .transaction_with_str_and_mode(STORE, mode)
            .map_err(|e| js_error("IndexedDB", e))?;
        let store = tx.object_store(STORE).map_err(|e| js_error("IndexedDB", e))?;
        Ok((tx, store))
    }

    /// Every stored article, and a note for each record that could not be read.
    pub async fn load(&self) -> Result<(Vec<Stored>, Vec<String>), String> {
        let (_tx, store) = self.transaction(IdbTransactionMode::Readonly)?;
        read_all(&store).await
    }

    /// One write transaction: reads every record, lets `change` decide what to
    /// write (synchronously, so the transaction stays open and no other tab
    /// writes in between), writes it and waits for the commit. Returns what
    /// `change` returned (`None` when the store could not be read) and whether
    /// the browser kept the write, with its reason when not (e.g.
    /// `QuotaExceededError: ...`).
    pub async fn write<T>(
        &self,
        change: impl FnOnce(Vec<Stored>) -> (T, Write),
    ) -> (Option<T>, Result<(), String>) {
        let (tx, store) = match self.transaction(IdbTransactionMode::Readwrite) {
            Ok(pair) => pair,
            Err(e) => return (None, Err(e)),
        };
        let committed = finished(&tx);
        let stored = match read_all(&store).await {
            Ok((stored, _unreadable)) => stored,
            Err(e) => return (None, Err(e)),
        };
        let (out, write) = change(stored);
        if let Err(e) = apply(&store, write) {
            let _ = tx.abort();
            return (Some(out), Err(e));
        }
        let result = committed.await.map(drop).map_err(|e| {
            let (name, detail) = dom_error(&e);
            format!("not saved: {name}: {detail}")
        });
        (Some(out), result)
    }
}

/// Issues the requests of `write` (their outcome is the transaction's).
fn apply(store: &IdbObjectStore, write: Write) -> Result<(), String> {
    let fail = |e| js_error("saving to IndexedDB", e);
    if write.clear {
        store.clear().map_err(fail)?;
    }
    for id in &write.delete {
        store.delete(&JsValue::from_str(id)).map_err(fail)?;
    }
    for record in &write.put {
        store
            .put_with_key(
                &JsValue::from_str(&record.to_json()),
                &JsValue::from_str(&record.article.id),
            )
            .map_err(fail)?;
    }
    Ok(())
}

/// Reads every record of `store` in the current transaction.
async fn read_all(store: &IdbObjectStore) -> Result<(Vec<Stored>, Vec<String>), String> {
    let request = store.get_all().map_err(|e| js_error("IndexedDB", e))?;
    let values = done(&request)
        .await
        .map_err(|e| js_error("reading IndexedDB", e))?;
    let mut articles = Vec::new();
    let mut unreadable = Vec::new();
    for value in js_sys::Array::from(&values).iter() {
        let text = value.as_string().unwrap_or_default();
        match Stored::from_json(&text) {
            Ok(stored) => articles.push(stored),
            Err(e) => unreadable.push(format!("a stored article could not be read: {e}")),
        }
    }
    Ok((articles, unreadable))
}

/// Every record's text in the library of the site at `scope`, whatever its
/// version, read one at a time (a library too large to read at once still
/// exports): for a library that does not open. Records that are not text are
/// kept as their JSON.
pub async fn rescue(scope: &str) -> Result<Vec<String>, String> {
    let open = factory()?
        .open(&db_name(scope))
        .map_err(|e| js_error("IndexedDB", e))?;
    let db: IdbDatabase = done(&open)
        .await
        .map_err(|e| js_error("opening IndexedDB", e))?
        .unchecked_into();
    let mut out = Vec::new();
    if db.object_store_names().contains(STORE) {
        let tx = db
            .transaction_with_str(STORE)
            .map_err(|e| js_error("IndexedDB", e))?;
        let store = tx.object_store(STORE).map_err(|e| js_error("IndexedDB", e))?;
        let cursor = store.open_cursor().map_err(|e| js_error("IndexedDB", e))?;
        loop {
            let step = done(&cursor)
                .await
                .map_err(|e| js_error("reading IndexedDB", e))?;
            let Some(at) = step.dyn_ref::<web_sys::IdbCursorWithValue>() else {
                break;
            };
            let value = at.value().unwrap_or(JsValue::NULL);
            out.push(match value.as_string() {
                Some(text) => text,
                None => js_sys::JSON::stringify(&value)
                    .ok()
                    .and_then(|s| s.as_string())
                    .unwrap_or_default(),
            });
            at.continue_().map_err(|e| js_error("reading IndexedDB", e))?;
        }
    }
    db.close();
    Ok(out)
}

/// Deletes the library of the site at `scope`. `on_blocked` runs while other
/// tabs hold it open.
pub async fn clear(scope: &str, on_blocked: impl FnOnce() + 'static) -> Result<(), String> {
    let request = factory()?
        .delete_database(&db_name(scope))
        .map_err(|e| js_error("IndexedDB", e))?;
    request.set_onblocked(Some(Closure::once_into_js(on_blocked).unchecked_ref()));
    done(&request)
        .await
        .map_err(|e| js_error("deleting the stored articles", e))?;
    Ok(())
}
