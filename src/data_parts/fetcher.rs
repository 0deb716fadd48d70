//! Index parts fetched off the page thread. Each part the page fetched itself
//! cost its thread about 2 ms (the `fetch` call, the response's tasks, reading
//! the body): 40 parts took 80–128 ms of page-thread time on the 100k bench
//! site, against 18–33 ms when a worker fetched them, and a key typed at 100k
//! fetches 30 or so. A small classic worker, started from a `blob:` URL (its
//! script ships inside the wasm: no file to build, precache or version),
//! fetches them and hands each body's buffer over, transferred rather than
//! copied. Where it cannot start or fails (a Content-Security-Policy without
//! `blob:` workers), the page fetches for itself.
//!
//! The page's Resource Timing no longer lists these fetches, so each one is
//! recorded as a `performance` measure named [`MEASURE`] (its URL, protocol and
//! sizes in `detail`): DevTools shows them, and tests and the bench read them.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The worker (1 KB). `[id, url]` fetches a part, `[id]` calls it off. It
/// answers `[id, buffer, status, error, timing]`: the body (transferred), or the
/// HTTP status of a reply that is not OK, or the fetch's error; `timing` is
/// `[start, end, protocol, bytes, encoded, transfer]`: times in ms since the
/// epoch, the protocol (`""` for a reply the service worker gave), the body's
/// size, as sent and over the wire (`null`s when unknown). Its
/// Resource Timing buffer is emptied whenever no fetch is under way (it would
/// otherwise stop recording at 250 entries).
const WORKER_JS: &str = r#"
const calls = new Map();
const at = (t) => performance.timeOrigin + t;
onmessage = ({ data: [id, url] }) => {
  if (url === undefined) { calls.get(id)?.abort(); calls.delete(id); return; }
  const call = new AbortController();
  calls.set(id, call);
  const start = performance.now();
  const done = (buffer, status, error) => {
    if (call.signal.aborted) return;
    calls.delete(id);
    const entry = performance.getEntriesByName(url, "resource").pop();
    const timing = [at(entry ? entry.startTime : start), at(performance.now()),
      entry ? entry.nextHopProtocol : null, buffer ? buffer.byteLength : 0,
      entry ? entry.encodedBodySize : null, entry ? entry.transferSize : null];
    if (calls.size === 0 || performance.getEntriesByType("resource").length > 200) performance.clearResourceTimings();
    postMessage([id, buffer, status, error, timing], buffer ? [buffer] : []);
  };
  fetch(url, { signal: call.signal })
    .then((r) => (r.ok ? r.arrayBuffer().then((b) => done(b, 0, "")) : done(null, r.status, "")))
    .catch((e) => done(null, 0, String(e)));
};
"#;

/// The name of the `performance` measure recorded for each part the worker fetched.
pub const MEASURE: &str = "dossier-part";
/// Measures kept at most: they are then cleared (a reader who types all day
/// must not fill the page's memory with them).
const MEASURES_KEPT: u32 = 2000;

/// A part the worker is fetching: whom to tell, and the caller's signal with
/// the listener that calls the fetch off.
struct Waiting {
    href: String,
    /// `href` made absolute (the worker's own URL is a `blob:`).
    url: String,
    resolve: js_sys::Function,
    reject: js_sys::Function,
    abort: Option<(web_sys::AbortSignal, Closure<dyn FnMut()>)>,
}

impl Waiting {
    /// Settles the caller's promise with `answer`, no longer listening for an abort.
    fn settle(self, answer: Result<JsValue, String>) {
        if let Some((signal, listener)) = &self.abort {
            let _ = signal.remove_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
        }
        let _ = match answer {
            Ok(buffer) => self.resolve.call1(&JsValue::NULL, &buffer),
            Err(e) => self.reject.call1(&JsValue::NULL, &e.into()),
        };
    }
}

/// The running worker and the parts it is fetching.
struct Fetcher {
    worker: web_sys::Worker,
    /// The worker script's `blob:` URL, revoked once the worker has answered.
    script: Option<String>,
    waiting: HashMap<u32, Waiting>,
    next: u32,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static FETCHER: RefCell<Option<Fetcher>> = const { RefCell::new(None) };
    /// Measures recorded since they were last cleared.
    static MEASURED: Cell<u32> = const { Cell::new(0) };
    /// Whether the last part came over HTTP/2 or 3 (see [`multiplexed`]).
    static MULTIPLEXED: Cell<bool> = const { Cell::new(false) };
}

/// Whether parts come over a protocol that multiplexes fetches on one
/// connection (HTTP/2 or 3, as the last part the worker fetched said), so
/// that more at once queue behind none; `false` until one has come.
pub fn multiplexed() -> bool {
    MULTIPLEXED.get()
}

/// Starts the worker (once; nothing if it cannot start, and the page then
/// fetches for itself). Called as the page starts, so that the worker is up
/// before the first view asks for a part.
pub fn start() {
    if FETCHER.with_borrow(Option::is_some) {
        return;
    }
    if let Ok(fetcher) = spawn() {
        FETCHER.set(Some(fetcher));
    }
}

fn spawn() -> Result<Fetcher, JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let source = js_sys::Array::of1(&WORKER_JS.into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&source, &options)?;
    let script = web_sys::Url::create_object_url_with_blob(&blob)?;
    let worker = web_sys::Worker::new(&script)?;
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(on_answer);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_| failed());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Fetcher {
        worker,
        script: Some(script),
        waiting: HashMap::new(),
        next: 0,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Fetches the part at `href` (relative to the page), in the worker if it
/// runs: a promise of `[body, size as sent]` (read by [`body`]), rejected with
/// `"{href}: why"` (`HTTP 404`, the network's error, or `aborted` once
/// `signal` is).
pub fn fetch_part(href: &str, signal: Option<&web_sys::AbortSignal>) -> js_sys::Promise {
    if signal.is_some_and(web_sys::AbortSignal::aborted) {
        return js_sys::Promise::reject(&format!("{href}: aborted").into());
    }
    let posted = FETCHER.with_borrow_mut(|fetcher| {
        let fetcher = fetcher.as_mut()?;
        let location = leptos::prelude::window().location().href().ok()?;
        let url = web_sys::Url::new_with_base(href, &location).ok()?.href();
        let id = fetcher.next;
        fetcher.next = fetcher.next.wrapping_add(1);
        fetcher
            .worker
            .post_message(&js_sys::Array::of2(&id.into(), &url.as_str().into()))
            .ok()?;
        let mut settle = None;
        let promise = js_sys::Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
        let (resolve, reject) = settle?;
        // Listening only once the message is posted: a listener whose closure
        // was dropped with an unposted fetch would throw when called.
        let abort = signal.map(|signal| {
            let listener = Closure::<dyn FnMut()>::new(move || call_off(id));
            let _ = signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref());
            (signal.clone(), listener)
        });
        let href = href.to_string();
        fetcher.waiting.insert(
            id,
            Waiting {
                href,
                url,
                resolve,
                reject,
                abort,
            },
        );
        Some(promise)
    });
    posted.unwrap_or_else(|| on_page(href, signal))
}

/// Fetches `href` on the page itself: a promise like [`fetch_part`]'s.
pub fn on_page(href: &str, signal: Option<&web_sys::AbortSignal>) -> js_sys::Promise {
    let init = web_sys::RequestInit::new();
    init.set_signal(signal);
    let fetch = leptos::prelude::window().fetch_with_str_and_init(href, &init);
    let href = href.to_string();
    wasm_bindgen_futures::future_to_promise(async move {
        let buffer = crate::data::read_buffer(&href, fetch).await?;
        // The page's own Resource Timing fills at 250 entries: the size as
        // sent is left unknown.
        Ok(js_sys::Array::of2(&buffer, &JsValue::NULL).into())
    })
}

/// A part's body, and its size as the host sent it.
pub struct Body {
    pub buffer: js_sys::ArrayBuffer,
    /// The body's bytes over the wire (gzipped where the host compresses),
    /// `None` where the browser did not say.
    pub sent: Option<usize>,
}

/// The body a promise of [`fetch_part`] or [`on_page`] settles with, or why it failed.
pub async fn body(href: &str, fetch: js_sys::Promise) -> Result<Body, String> {
    let why = |e: JsValue| e.as_string().unwrap_or_else(|| format!("{href}: {e:?}"));
    let answer: js_sys::Array = JsFuture::from(fetch)
        .await
        .map_err(why)?
        .dyn_into()
        .map_err(why)?;
    Ok(Body {
        buffer: answer.get(0).dyn_into().map_err(why)?,
        // 0 where the browser does not count (a reply from a cache).
        sent: answer.get(1).as_f64().filter(|&n| n > 0.0).map(|n| n as usize),
    })
}

/// The worker's answer for one part.
fn on_answer(event: web_sys::MessageEvent) {
    let answer: js_sys::Array = event.data().unchecked_into();
    let id = answer.get(0).as_f64().map_or(u32::MAX, |id| id as u32);
    let waiting = FETCHER.with_borrow_mut(|fetcher| {
        let fetcher = fetcher.as_mut()?;
        if let Some(script) = fetcher.script.take() {
            let _ = web_sys::Url::revoke_object_url(&script);
        }
        fetcher.waiting.remove(&id)
    });
    let Some(waiting) = waiting else { return };
    let (buffer, status, error) = (answer.get(1), answer.get(2), answer.get(3));
    let timing = answer.get(4).dyn_into::<js_sys::Array>().ok();
    if let Some(timing) = &timing {
        record(&waiting.url, timing);
        // `""` for a reply the service worker gave: it says nothing of the network.
        if let Some(protocol) = timing.get(2).as_string().filter(|p| !p.is_empty()) {
            MULTIPLEXED.set(matches!(protocol.as_str(), "h2" | "h3"));
        }
    }
    let href = waiting.href.clone();
    waiting.settle(if buffer.is_instance_of::<js_sys::ArrayBuffer>() {
        let sent = timing.map_or(JsValue::NULL, |t| t.get(4));
        Ok(js_sys::Array::of2(&buffer, &sent).into())
    } else if let Some(status) = status.as_f64().filter(|&s| s > 0.0) {
        Err(format!("{href}: HTTP {status}"))
    } else {
        Err(format!("{href}: {}", error.as_string().unwrap_or_default()))
    });
}

/// The caller's signal was aborted: the worker drops the fetch.
fn call_off(id: u32) {
    let waiting = FETCHER.with_borrow_mut(|fetcher| {
        let fetcher = fetcher.as_mut()?;
        let _ = fetcher.worker.post_message(&js_sys::Array::of1(&id.into()));
        fetcher.waiting.remove(&id)
    });
    if let Some(waiting) = waiting {
        let href = waiting.href.clone();
        waiting.settle(Err(format!("{href}: aborted")));
    }
}

/// The worker failed: it is ended, and the page fetches what it was fetching
/// (and everything after) for itself.
fn failed() {
    let Some(fetcher) = FETCHER.take() else { return };
    fetcher.worker.terminate();
    for (_, waiting) in fetcher.waiting {
        let signal = waiting.abort.as_ref().map(|(s, _)| s.clone());
        let fetch = on_page(&waiting.href, signal.as_ref());
        leptos::task::spawn_local(async move {
            let answer = JsFuture::from(fetch).await;
            waiting.settle(answer.map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}"))));
        });
    }
}

/// Records the fetch of `url` as a [`MEASURE`] on the page's timeline.
fn record(url: &str, timing: &js_sys::Array) {
    let origin = crate::performance::time_origin();
    let (Some(start), Some(end)) = (timing.get(0).as_f64(), timing.get(1).as_f64()) else {
        return;
    };
    let call = crate::performance::call;
    if MEASURED.get() >= MEASURES_KEPT {
        call("clearMeasures", &js_sys::Array::of1(&MEASURE.into()));
        MEASURED.set(0);
    }
    MEASURED.set(MEASURED.get() + 1);
    let detail = crate::performance::object(&[
        ("url", url.into()),
        ("protocol", timing.get(2)),
        ("bytes", timing.get(3)),
        ("encoded", timing.get(4)),
        ("transfer", timing.get(5)),
    ]);
    let options = crate::performance::object(&[
        ("start", (start - origin).max(0.0).into()),
        ("end", (end - origin).max(0.0).into()),
        ("detail", detail.into()),
    ]);
    call("measure", &js_sys::Array::of2(&MEASURE.into(), &options));
}
