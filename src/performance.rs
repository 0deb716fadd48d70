//! The page's `performance` timeline, where the app records what its tests and
//! the bench read (each part fetched, how many cards want their texts, the
//! warm-up's end): called
//! through `js_sys`, so the app needs no `Performance` binding (a web-sys
//! feature and its glue code) for three methods.

use wasm_bindgen::{JsCast, JsValue};

/// Calls `performance[method](...args)`; `None` where there is no such method.
pub fn call(method: &str, args: &js_sys::Array) -> Option<JsValue> {
    let performance = js_sys::Reflect::get(&leptos::prelude::window(), &"performance".into()).ok()?;
    let f = js_sys::Reflect::get(&performance, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.apply(&performance, args).ok()
}

/// `performance.timeOrigin`, in ms since the epoch (0 where it is missing).
pub fn time_origin() -> f64 {
    js_sys::Reflect::get(&leptos::prelude::window(), &"performance".into())
        .and_then(|p| js_sys::Reflect::get(&p, &"timeOrigin".into()))
        .ok()
        .and_then(|o| o.as_f64())
        .unwrap_or(0.0)
}

/// A plain object of `fields`: a mark's or measure's options and detail.
pub fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o
}

/// Records the mark `name` with `detail` (what tests and the bench read).
pub fn mark(name: &str, detail: &JsValue) {
    let options = object(&[("detail", detail.clone())]);
    call("mark", &js_sys::Array::of2(&name.into(), &options));
}
