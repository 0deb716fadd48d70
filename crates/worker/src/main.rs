//! Dossier's library worker: a Web Worker that runs the same Rust ingest as the
//! build on the reader's own files, keeps them in IndexedDB and rebuilds the
//! index, so the page stays responsive and its own wasm stays small.
//!
//! The page posts [`Request`]s as postcard bytes; they are handled one at a time,
//! in order, and answered with [`Reply`]s. The rules live in
//! [`dossier_core::library::Library`]; this file is transport and persistence.

mod adding;
mod idb;
mod store;

use dossier_core::bundle::{Bundle, Originals};
use dossier_core::library::Library;
use dossier_core::protocol::{decode, encode, Reply, Request};
use dossier_core::search::Need;
use futures_channel::mpsc;
use futures_util::StreamExt;
use store::{OpenError, Store, Write};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent};

pub(crate) fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts a reply to the page.
pub(crate) fn post(reply: &Reply) {
    let bytes = js_sys::Uint8Array::from(encode(reply).as_slice());
    let _ = scope().post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

/// The folder the site is served from (the worker script sits in it), naming its database.
fn site_folder() -> String {
    let path = scope().location().pathname();
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".into(),
    }
}

/// Fetches `href` (relative to the site's folder) as bytes.
async fn fetch_bytes(href: &str) -> Result<Vec<u8>, String> {
    read_response(href, scope().fetch_with_str(href)).await
}

/// Reads the reply to a fetch of `href` already under way.
async fn read_response(href: &str, fetch: js_sys::Promise) -> Result<Vec<u8>, String> {
    let fail = |e: JsValue| format!("{href}: {e:?}");
    let response = JsFuture::from(fetch).await.map_err(fail)?;
    let response: web_sys::Response = response.dyn_into().map_err(fail)?;
    if !response.ok() {
        return Err(format!("{href}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(fail)?)
        .await
        .map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches the bundled data file (normally from the browser's cache: the page
/// loaded it) with its original texts, which ingest compares new files against.
async fn fetch_bundle(href: &str) -> Result<Bundle, String> {
    let mut bundle = Bundle::from_bytes(&fetch_bytes(href).await?).map_err(|e| format!("{href}: {e}"))?;
    // Read first, put in last: a site's first view holds no articles until
    // its cards are restored below.
    let mut originals = None;
    if let Some(file) = bundle.originals.clone() {
        let bytes = fetch_bytes(&file).await?;
        let texts =
            Originals::from_bytes(&bytes, bundle.index.docs.len()).map_err(|e| format!("{file}: {e}"))?;
        originals = Some(texts);
    }
    // Ingest compares new files with every text, and the library keeps whole
    // articles: fetch every body and card chunk, eight at a time (a large
    // site's are not precached).
    if let Some(parts) = bundle.parts.clone() {
        let needs: Vec<Need> = bundle
            .missing_parts()
            .into_iter()
            .filter(|n| matches!(n, Need::Bodies(_) | Need::Cards(_)))
            .collect();
        for batch in needs.chunks(8) {
            let fetches: Vec<_> = batch
                .iter()
                .filter_map(|&n| parts.href(n).map(|h| (n, scope().fetch_with_str(&h), h)))
                .collect();
            for (need, fetch, part) in fetches {
                let bytes = read_response(&part, fetch).await?;
                bundle.fill(need, &bytes).map_err(|e| format!("{part}: {e}"))?;
            }
        }
        bundle.restore_articles().map_err(|e| format!("{href}: {e}"))?;
    }
    if let Some(texts) = originals {
        bundle.restore_originals(texts);
    }
    Ok(bundle)
}

/// The worker's state once opened.
pub(crate) struct Open {
    pub(crate) library: Library,
    /// `None` where IndexedDB is unavailable (some private modes) or the stored
    /// library does not open: articles can still be added, for this visit only.
    pub(crate) store: Option<Store>,
}

/// Sends the page the library as it now is; `changed`: this request changed what is stored.
pub(crate) fn post_library(library: &Library, changed: bool) {
    post(&Reply::Library {
        bundle: library.bundle().map(|b| b.to_bytes()),
        added: library.added().len() as u32,
        changed,
    });
}

/// Opens this site's store, telling the page what stands in the way.
pub(crate) async fn open_store() -> Option<Store> {
    let on_blocked = || post(&Reply::Blocked);
    let on_replaced = || {
        post(&Reply::Failed {
            error: "this site was updated in another tab: reload this page to keep adding articles".into(),
        })
    };
    match Store::open(&site_folder(), on_blocked, on_replaced).await {
        Ok(store) => Some(store),
        Err(OpenError::Unavailable(e)) => {
            post(&Reply::Failed {
                error: format!("{e}: articles you add will not be kept after this visit"),
            });
            None
        }
        Err(OpenError::Unopenable(reason)) => {
            post(&Reply::Unopenable { reason });
            None
        }
    }
}

async fn open(data_href: &str) -> Result<Open, String> {
    let bundled = fetch_bundle(data_href).await?;
    let mut store = open_store().await;
    let (stored, unreadable) = match &store {
        Some(s) => match s.load().await {
            Ok(loaded) => loaded,
            Err(reason) => {
                // Opens but cannot be read (e.g. too large to read at once).
                post(&Reply::Unopenable { reason });
                store = None;
                Default::default()
            }
        },
        None => Default::default(),
    };
    let library = Library::new(bundled, stored);
    if !unreadable.is_empty() {
        post(&Reply::Failed {
            error: unreadable.join("; "),
        });
    }
    post_library(&library, false);
    Ok(Open { library, store })
}

/// Takes the store's articles as the library's (after another tab's change, or a refused write).
async fn reload(library: &mut Library, store: Option<&Store>) -> Result<(), String> {
    if let Some(store) = store {
        library.sync(store.load().await?.0);
    }
    Ok(())
}

async fn handle(state: &mut Option<Open>, request: Request, files: Vec<File>) -> Result<(), String> {
    if let Request::Open { data_href } = request {
        *state = Some(open(&data_href).await?);
        return Ok(());
    }
    let open = state.as_mut().ok_or("the library worker was not opened")?;
    match request {
        Request::Open { .. } => unreachable!("handled above"),
        Request::Add { paths } => adding::add(open, paths, files).await?,
        Request::Remove { ids } => {
            let Open { library, store } = open;
            let removed = match store {
                Some(store) => {
                    store
                        .write(|stored| {
                            library.sync(stored);
                            let gone = library.remove(ids.as_deref());
                            let write = Write {
                                clear: ids.is_none(),
                                delete: if ids.is_some() { gone } else { Vec::new() },
                                ..Write::default()
                            };
                            ((), write)
                        })
                        .await
                        .1
                }
                None => {
                    library.remove(ids.as_deref());
                    Ok(())
                }
            };
            if removed.is_err() {
                reload(library, store.as_ref()).await?;
            }
            post_library(library, removed.is_ok() && store.is_some());
            removed?;
        }
        Request::Reload => {
            reload(&mut open.library, open.store.as_ref()).await?;
            post_library(&open.library, false);
        }
        Request::Export { ids } => post(&Reply::Export {
            zip: open.library.export_zip(ids.as_deref()),
        }),
        Request::ExportStored => {
            let records = store::rescue(&site_folder()).await?;
            let (zip, _) = open.library.rescue_zip(&records);
            post(&Reply::Export { zip });
        }
        Request::ClearStored => {
            open.store = None;
            store::clear(&site_folder(), || post(&Reply::Blocked)).await?;
            open.store = open_store().await;
            open.library.sync(Vec::new());
            post_library(&open.library, true);
        }
    }
    Ok(())
}

fn main() {
    console_error_panic_hook::set_once();
    let (sender, mut requests) = mpsc::unbounded::<(Request, Vec<File>)>();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        // A request alone is its bytes; one with files is `[bytes, [File...]]`.
        let data = event.data();
        let (bytes, files) = match data.dyn_ref::<js_sys::Array>() {
            Some(pair) => (
                pair.get(0),
                js_sys::Array::from(&pair.get(1))
                    .iter()
                    .map(JsCast::unchecked_into)
                    .collect(),
            ),
            None => (data.clone(), Vec::new()),
        };
        let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
        match decode::<Request>(&bytes) {
            Ok(request) => {
                let _ = sender.unbounded_send((request, files));
            }
            Err(error) => post(&Reply::Failed { error }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A panic or exhausted memory inside a task may only reject a promise, which
    // nobody hears, and the page would wait forever ("0 / 1"). Rethrown from a
    // timer, in plain JS (the wasm may be unusable by then), it reaches the
    // page's `onerror`, which names the file being read.
    let rethrow = js_sys::Function::new_with_args("e", "setTimeout(() => { throw e.reason; })");
    let _ = scope().add_event_listener_with_callback("unhandledrejection", &rethrow);
    post(&Reply::Started);
    // One request at a time, in the order the page sent them.
    wasm_bindgen_futures::spawn_local(async move {
        let mut state = None;
        while let Some((request, files)) = requests.next().await {
            if let Err(error) = handle(&mut state, request, files).await {
                post(&Reply::Failed { error });
            }
        }
    });
}
