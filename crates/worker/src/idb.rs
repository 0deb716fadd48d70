//! IndexedDB's event callbacks as futures, and its errors as readable text.
//!
//! Futures resolve in microtasks (wasm-bindgen-futures queues them so), and a
//! transaction stays active through the microtasks that follow a request's
//! success: work done synchronously after awaiting a request still belongs
//! to its transaction.

use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbRequest, IdbTransaction};

/// `what: detail` for a JavaScript error or exception.
pub fn js_error(what: &str, e: JsValue) -> String {
    let (name, detail) = dom_error(&e);
    if name.is_empty() {
        format!("{what}: {detail}")
    } else {
        format!("{what}: {name}: {detail}")
    }
}

/// The name (`QuotaExceededError`, `VersionError`, or empty) and message of an error.
pub fn dom_error(e: &JsValue) -> (String, String) {
    if let Some(dom) = e.dyn_ref::<web_sys::DomException>() {
        return (dom.name(), dom.message());
    }
    let message = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"));
    (String::new(), message)
}

/// Waits for a request's next `success` (its result) or `error` (its DOMException).
pub async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
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

/// A future of the transaction's end: `complete` (its writes are kept) or
/// `abort` (nothing is kept; the error says why, e.g. `QuotaExceededError` at
/// commit). A request's last `success` is not enough: the commit comes after.
/// Set up before the transaction's first request.
pub fn finished(tx: &IdbTransaction) -> JsFuture {
    let tx = tx.clone();
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let aborted = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = aborted
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from(js_sys::Error::new("the transaction was aborted")));
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        tx.set_oncomplete(Some(on_complete.unchecked_ref()));
        // A failed request bubbles `error` to the transaction, then aborts it: `abort` says it all.
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
}
