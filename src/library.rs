//! The page's side of the library worker (see `crates/worker`): starts it on
//! first need, queues requests until it listens, and turns its replies into state.
//!
//! The worker is only started when the reader adds files, exports a zip, or has
//! added articles on an earlier visit (hinted in `localStorage`, else checked in
//! IndexedDB), so a reader who never adds anything never downloads it. Tabs of
//! one site tell each other through a `BroadcastChannel` when they change the
//! stored library, and reload theirs.

use crate::loaded::Loaded;
use crate::state::AppState;
use dossier_core::bundle::Bundle;
use dossier_core::protocol::{crash_message, decode, encode, Reply, Request};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod site_storage;
mod tabs;
use site_storage::{added_key, ask_persistent_storage, database_exists, remember_added, storage};
use tabs::{listen_to_other_tabs, tell_other_tabs};

/// The running worker and what waits for it to listen.
struct Running {
    worker: web_sys::Worker,
    listening: bool,
    queue: Vec<Message>,
    /// The file a drop's last progress named (empty while ingesting), `None`
    /// when no drop is under way: what a crash message names.
    reading: Option<String>,
}

/// A request's bytes, with the `File`s of a [`Request::Add`].
struct Message {
    bytes: Vec<u8>,
    files: Option<js_sys::Array>,
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
}

/// The file the worker is reading now (empty while it ingests), for the
/// progress line; `None` when it reads none.
pub fn reading() -> Option<String> {
    WORKER.with_borrow(|slot| slot.as_ref().and_then(|r| r.reading.clone()))
}

/// Ends the worker mid-drop. Nothing of the drop is stored (its write
/// transaction never commits) and the page keeps the library it shows; the
/// next request starts a new worker, which opens the stored library again.
pub fn cancel(state: AppState) {
    if let Some(running) = WORKER.take() {
        running.worker.terminate();
    }
    state.library.progress.set(None);
    state
        .library
        .error
        .set(Some(state.t("Cancelled: none of these files were added.").into()));
}

/// The worker died without a reply (a panic, memory exhausted): say so,
/// naming the file it was reading, and let the next request start another.
fn crashed(state: AppState) {
    let message = WORKER.take().map(|running| {
        running.worker.terminate();
        crash_message(running.listening, running.reading.as_deref())
    });
    state
        .library
        .error
        .set(Some(message.unwrap_or_else(|| crash_message(false, None))));
    state.library.progress.set(None);
    state.library.exporting.set(false);
    state.ready.set(true);
}

/// Restores the articles the reader added on an earlier visit, or calls
/// `none` when there are none. `localStorage` only hints (it may have been
/// cleared, or written by an older version under another key): without a hint,
/// the list of this origin's databases says whether this site has one. Also
/// listens to the site's other tabs, which say when they change the library.
pub fn restore(state: AppState, none: impl FnOnce() + 'static) {
    listen_to_other_tabs(state);
    let hint = storage().and_then(|s| s.get_item(&added_key()).ok().flatten());
    match hint.as_deref() {
        Some("0") => none(),
        Some(_) => open(state),
        None => leptos::task::spawn_local(async move {
            if database_exists().await {
                open(state);
            } else {
                none();
            }
        }),
    }
}

fn start(state: AppState) -> Result<Running, String> {
    let worker = web_sys::Worker::new(&crate::data::meta_href("dossier-worker")?)
        .map_err(|e| format!("starting the library worker: {e:?}"))?;
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&e.data()).to_vec();
        match decode::<Reply>(&bytes) {
            Ok(reply) => on_reply(state, reply),
            Err(error) => state.library.error.set(Some(error)),
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| crashed(state));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let data_href = crate::data::data_href()?;
    Ok(Running {
        worker,
        listening: false,
        queue: vec![Message {
            bytes: encode(&Request::Open { data_href }),
            files: None,
        }],
        reading: None,
    })
}

/// Sends a request to the worker, starting it (and opening the library) if needed.
pub fn send(state: AppState, request: Request) {
    send_message(state, encode(&request), None);
}

fn send_message(state: AppState, bytes: Vec<u8>, files: Option<js_sys::Array>) {
    let message = Message { bytes, files };
    with_worker(state, |running| {
        if running.listening {
            post(&running.worker, &message);
        } else {
            running.queue.push(message);
        }
    });
}

/// Starts the worker, if not yet running, to restore the articles added on an
/// earlier visit; it answers with the whole library.
pub fn open(state: AppState) {
    with_worker(state, |_| {});
}

/// Runs `f` on the worker, starting it first if needed (its first request opens the library).
fn with_worker(state: AppState, f: impl FnOnce(&mut Running)) {
    WORKER.with_borrow_mut(|slot| {
        if slot.is_none() {
            match start(state) {
                Ok(running) => *slot = Some(running),
                Err(e) => {
                    state.library.error.set(Some(e));
                    state.ready.set(true);
                    return;
                }
            }
        }
        if let Some(running) = slot {
            f(running);
        }
    });
}

/// Posts a message: its bytes alone, or `[bytes, [File...]]`. The bytes'
/// buffer is transferred; `File`s are cloned as references to the same file.
fn post(worker: &web_sys::Worker, message: &Message) {
    let array = js_sys::Uint8Array::from(message.bytes.as_slice());
    let transfer = js_sys::Array::of1(&array.buffer());
    let data: JsValue = match &message.files {
        Some(files) => js_sys::Array::of2(&array, files).into(),
        None => array.into(),
    };
    let _ = worker.post_message_with_transfer(&data, &transfer);
}

/// Remembers what the worker reads now (`None`: nothing), for a crash message.
fn set_reading(reading: Option<String>) {
    WORKER.with_borrow_mut(|slot| {
        if let Some(running) = slot {
            running.reading = reading;
        }
    });
}

fn on_reply(state: AppState, reply: Reply) {
    let library = state.library;
    match reply {
        Reply::Started => WORKER.with_borrow_mut(|slot| {
            if let Some(running) = slot {
                running.listening = true;
                for message in running.queue.drain(..) {
                    post(&running.worker, &message);
                }
            }
        }),
        Reply::Progress { done, total, file } => {
            set_reading(Some(file));
            library.progress.set(Some((done, total)));
        }
        Reply::Added(summary) => {
            set_reading(None);
            library.progress.set(None);
            library.report.set(Some(summary));
        }
        Reply::Library {
            bundle,
            added,
            changed,
        } => {
            remember_added(added);
            if changed {
                tell_other_tabs();
            }
            library.blocked.set(false);
            library.added.set(added);
            let next = match bundle.map(|b| Bundle::from_bytes(&b)) {
                Some(Ok(bundle)) => Some(Loaded::new(bundle)),
                Some(Err(e)) => {
                    library.error.set(Some(e));
                    None
                }
                None => library.bundled.get_untracked(),
            };
            if let Some(next) = next {
                if !state
                    .loaded
                    .get_untracked()
                    .is_some_and(|l| std::sync::Arc::ptr_eq(&l, &next))
                {
                    state.loaded.set(Some(next));
                }
            }
            request_animation_frame(move || state.ready.set(true));
        }
        Reply::Export { zip } => {
            library.exporting.set(false);
            if let Err(e) = crate::download::download_bytes("dossier.zip", "application/zip", &zip) {
                library.error.set(Some(format!("download failed: {e:?}")));
            }
        }
        Reply::Blocked => library.blocked.set(true),
        Reply::Unopenable { reason } => library.unopenable.set(Some(reason)),
        Reply::Failed { error } => {
            set_reading(None);
            library.progress.set(None);
            library.exporting.set(false);
            library.error.set(Some(error));
            state.ready.set(true);
        }
    }
}

/// Hands the files a reader dropped or picked, as `(path, file)`, to the
/// worker, which checks each name and size before reading it: the page never
/// reads a file (a 1.2 GB video blocked it 45 s and pinned 4 GB). Paths keep
/// their folders so problems name files fully.
pub async fn add_files(state: AppState, files: Vec<(String, web_sys::File)>) {
    if files.is_empty() {
        return;
    }
    state.library.report.set(None);
    state.library.error.set(None);
    ask_persistent_storage();
    state.library.progress.set(Some((0, files.len() as u32)));
    let list = js_sys::Array::new();
    let mut paths = Vec::with_capacity(files.len());
    for (path, file) in files {
        list.push(&file);
        paths.push(path);
    }
    send_message(state, encode(&Request::Add { paths }), Some(list));
    set_reading(Some(String::new()));
}
