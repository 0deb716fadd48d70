//! Dossier's library worker: a Web Worker that runs the same Rust ingest as the
//! build on the reader's own files, keeps them in IndexedDB and rebuilds the
//! index, so the page stays responsive and its own wasm stays small.
//!
//! The page posts [`Request`]s as postcard bytes; they are handled one at a time,
//! in order, and answered with [`Reply`]s. The rules live in
//! [`dossier_core::library::Library`]; this file is transport and persistence.

mod store;

use dossier_core::bundle::{Bundle, Originals};
use dossier_core::library::Library;
use dossier_core::protocol::{decode, encode, Reply, Request};
use dossier_core::search::Need;
use futures_channel::mpsc;
use futures_util::StreamExt;
use std::collections::HashSet;
use store::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts a reply to the page.
fn post(reply: &Reply) {
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
    if let Some(originals) = bundle.originals.clone() {
        let bytes = fetch_bytes(&originals).await?;
        let texts = Originals::from_bytes(&bytes, bundle.corpus.articles.len())
            .map_err(|e| format!("{originals}: {e}"))?;
        bundle.restore_originals(texts);
    }
    // Ingest compares new files with every text: fetch every body chunk, eight
    // at a time (a large site's are not precached).
    if let Some(parts) = bundle.parts.clone() {
        let needs: Vec<Need> = bundle
            .missing_parts()
            .into_iter()
            .filter(|n| matches!(n, Need::Bodies(_)))
            .collect();
        for batch in needs.chunks(8) {
            let fetches: Vec<_> = batch
                .iter()
                .filter_map(|&n| parts.href(n).map(|h| (n, h, scope().fetch_with_str(h))))
                .collect();
            for (need, part, fetch) in fetches {
                let bytes = read_response(part, fetch).await?;
                bundle.fill(need, &bytes).map_err(|e| format!("{part}: {e}"))?;
            }
        }
        bundle.restore_bodies().map_err(|e| format!("{href}: {e}"))?;
    }
    Ok(bundle)
}

/// The worker's state once opened.
struct Open {
    library: Library,
    /// `None` where IndexedDB is unavailable (some private modes): articles
    /// can still be added, for this visit only.
    store: Option<Store>,
}

/// Sends the page the library as it now is.
fn post_library(library: &Library) {
    post(&Reply::Library {
        bundle: library.bundle().map(|b| b.to_bytes()),
        added: library.added().len() as u32,
    });
}

async fn open(data_href: &str) -> Result<Open, String> {
    let bundled = fetch_bundle(data_href).await?;
    let store = match Store::open(&site_folder()).await {
        Ok(store) => Some(store),
        Err(e) => {
            post(&Reply::Failed {
                error: format!("{e}: articles you add will not be kept after this visit"),
            });
            None
        }
    };
    let (stored, unreadable) = match &store {
        Some(store) => store.load().await?,
        None => Default::default(),
    };
    let library = Library::new(bundled, stored);
    if !unreadable.is_empty() {
        post(&Reply::Failed {
            error: unreadable.join("; "),
        });
    }
    post_library(&library);
    Ok(Open { library, store })
}

async fn handle(state: &mut Option<Open>, request: Request) -> Result<(), String> {
    if let Request::Open { data_href } = request {
        *state = Some(open(&data_href).await?);
        return Ok(());
    }
    let open = state.as_mut().ok_or("the library worker was not opened")?;
    match request {
        Request::Open { .. } => unreachable!("handled above"),
        Request::Add { files } => {
            let summary = open.library.add(files, &mut |done, total| {
                post(&Reply::Progress {
                    done: done as u32,
                    total: total as u32,
                })
            });
            let new: HashSet<&str> = summary.added.iter().map(String::as_str).collect();
            let added: Vec<_> = open
                .library
                .added()
                .iter()
                .filter(|a| new.contains(a.id.as_str()))
                .collect();
            let saved = match &open.store {
                Some(store) => store.put(&added).await,
                None => Ok(()),
            };
            post(&Reply::Added(summary));
            post_library(&open.library);
            saved?;
        }
        Request::Remove { ids } => {
            open.library.remove(ids.as_deref());
            let deleted = match &open.store {
                Some(store) => store.delete(ids.as_deref()).await,
                None => Ok(()),
            };
            post_library(&open.library);
            deleted?;
        }
        Request::Export { ids } => post(&Reply::Export {
            zip: open.library.export_zip(ids.as_deref()),
        }),
    }
    Ok(())
}

fn main() {
    console_error_panic_hook::set_once();
    let (sender, mut requests) = mpsc::unbounded::<Request>();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
        match decode::<Request>(&bytes) {
            Ok(request) => {
                let _ = sender.unbounded_send(request);
            }
            Err(error) => post(&Reply::Failed { error }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Started);
    // One request at a time, in the order the page sent them.
    wasm_bindgen_futures::spawn_local(async move {
        let mut state = None;
        while let Some(request) = requests.next().await {
            if let Err(error) = handle(&mut state, request).await {
                post(&Reply::Failed { error });
            }
        }
    });
}
