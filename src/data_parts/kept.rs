//! Index parts kept for offline use. A large site's service worker does not
//! precache its parts, nor pass them through itself (dozens per keystroke, a
//! quarter of a typed key's time at 100k articles): the page fetches them from
//! the network, hands each one to the worker to keep, and reads them from the
//! caches when the network fails.

use crate::data::read_buffer;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of the index part at `href`, whose fetch `fetch` is under way:
/// once in, handed to the service worker to keep; if the fetch fails (offline),
/// the copy a cache holds, else the fetch's error. An aborted fetch (`signal`)
/// is not looked for in the caches.
pub async fn read_part(
    href: &str,
    fetch: js_sys::Promise,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<Vec<u8>, String> {
    match read_buffer(href, fetch).await {
        Ok(buffer) => {
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            hand_to_worker(href, buffer);
            Ok(bytes)
        }
        Err(e) if signal.is_some_and(web_sys::AbortSignal::aborted) => Err(e),
        Err(e) => from_caches(href).await.ok_or(e),
    }
}

/// Hands the part's buffer (moved, not copied: the page has its bytes) to the
/// service worker controlling the page, if any, to keep (its `keep`).
fn hand_to_worker(href: &str, buffer: js_sys::ArrayBuffer) {
    let Some(worker) = leptos::prelude::window()
        .navigator()
        .service_worker()
        .controller()
    else {
        return;
    };
    let message = js_sys::Object::new();
    for (key, value) in [
        ("type", wasm_bindgen::JsValue::from_str("KEEP")),
        ("url", href.into()),
        ("bytes", buffer.clone().into()),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    // A failure only costs the part's offline copy.
    let _ = worker.post_message_with_transferable(&message, &js_sys::Array::of1(&buffer));
}

/// The part at `href` as a cache holds it, if one does (and the page may use
/// the caches: not on an insecure origin).
async fn from_caches(href: &str) -> Option<Vec<u8>> {
    let caches = leptos::prelude::window().caches().ok()?;
    let found = JsFuture::from(caches.match_with_str(href)).await.ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
