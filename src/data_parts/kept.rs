//! Index parts kept for offline use. A large site's service worker does not
//! precache its parts, nor pass them through itself (dozens per keystroke, a
//! quarter of a typed key's time at 100k articles): they come from the network
//! (through `fetcher.rs`), the page hands them to the service worker to keep
//! once the reader pauses, and reads them from the caches when the network
//! fails.

use super::fetcher;
use crate::data::read_whole;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// An index part's bytes, and what they cost.
pub struct Part {
    pub bytes: Vec<u8>,
    /// Bytes as the host sent them (gzipped on GitHub Pages): what the idle
    /// warm-up's budget counts. The bytes' own length where the browser did
    /// not say, or a cache gave them (they are held in memory all the same).
    pub sent: usize,
}

/// The index part at `href`, whose fetch `fetch` is under way (a promise of
/// [`fetcher::fetch_part`] or [`fetcher::on_page`]): once in, held for the
/// service worker to keep; if the fetch fails (offline), the copy a cache
/// holds, else the fetch's error. An aborted fetch (`signal`) is not looked
/// for in the caches.
pub async fn read_part(
    href: &str,
    fetch: js_sys::Promise,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<Part, String> {
    match fetcher::body(href, fetch).await {
        Ok(body) => {
            let bytes = js_sys::Uint8Array::new(&body.buffer).to_vec();
            hand_to_worker(href, body.buffer);
            let sent = body.sent.unwrap_or(bytes.len());
            Ok(Part { bytes, sent })
        }
        Err(e) if signal.is_some_and(web_sys::AbortSignal::aborted) => Err(e),
        Err(e) => {
            let bytes = from_caches(href).await.ok_or(e)?;
            let sent = bytes.len();
            Ok(Part { bytes, sent })
        }
    }
}

/// How long after the last part arrived the waiting ones are handed over, in
/// ms: the worker's storing them beside a keystroke's fetches (a `put` per part)
/// took back what bypassing it saved, so it waits for the reader to pause.
const HAND_OVER_AFTER_MS: u32 = 1000;
/// Most parts held for the worker before they are handed over anyway (the
/// idle warm-up fetches parts without a pause; a view's wave is about 40).
const HAND_OVER_AT_MOST: usize = 64;

thread_local! {
    /// Parts fetched and not yet handed to the worker, with their address.
    static WAITING: RefCell<Vec<(String, js_sys::ArrayBuffer)>> = const { RefCell::new(Vec::new()) };
    /// The pending hand-over (replacing it calls it off).
    static HAND_OVER: RefCell<Option<gloo_timers::callback::Timeout>> = const { RefCell::new(None) };
}

/// Holds the part's buffer (the page has its bytes) for the worker, handed
/// over once the reader pauses or enough are waiting.
fn hand_to_worker(href: &str, buffer: js_sys::ArrayBuffer) {
    let waiting = WAITING.with_borrow_mut(|w| {
        w.push((href.to_string(), buffer));
        w.len()
    });
    if waiting >= HAND_OVER_AT_MOST {
        HAND_OVER.take();
        hand_over();
    } else {
        HAND_OVER.set(Some(gloo_timers::callback::Timeout::new(
            HAND_OVER_AFTER_MS,
            hand_over,
        )));
    }
}

/// Moves the waiting parts' buffers to the service worker controlling the
/// page, if any, in one message (its `keep`). A failure only costs their
/// offline copies.
fn hand_over() {
    let parts = WAITING.take();
    // Read as a property: a page on an insecure origin (plain HTTP other than
    // localhost) has no `navigator.serviceWorker` at all.
    let navigator = leptos::prelude::window().navigator();
    let Some(worker) = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::ServiceWorkerContainer>().ok())
        .and_then(|c| c.controller())
    else {
        return;
    };
    let (list, transfer) = (js_sys::Array::new(), js_sys::Array::new());
    for (href, buffer) in parts {
        let part = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&part, &"url".into(), &href.into());
        let _ = js_sys::Reflect::set(&part, &"bytes".into(), &buffer);
        list.push(&part);
        transfer.push(&buffer);
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"KEEP".into());
    let _ = js_sys::Reflect::set(&message, &"parts".into(), &list);
    let _ = worker.post_message_with_transferable(&message, &transfer);
}

/// The part at `href` as a cache holds it, if one does (and the page has
/// caches: a page on an insecure origin has none). A miss answers `undefined`,
/// which `read_whole` refuses as it would any reply that is not a response.
async fn from_caches(href: &str) -> Option<Vec<u8>> {
    let caches: web_sys::CacheStorage = js_sys::Reflect::get(&leptos::prelude::window(), &"caches".into())
        .ok()?
        .dyn_into()
        .ok()?;
    read_whole(href, caches.match_with_str(href)).await.ok()
}
