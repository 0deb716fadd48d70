//! When the idle warm-up may start a fetch: the page idle
//! (`requestIdleCallback`, or a short timeout where it is missing) and the
//! reader paused for [`READER_PAUSE_MS`]. `requestIdleCallback` fires between
//! two keys too, and the warm-up's fetches then took the bandwidth and the
//! page thread (a fetch and its decoding cost the page a millisecond or more
//! each) that the key needed.

use std::cell::Cell;

/// Idle wait where `requestIdleCallback` is missing (Safari), in ms.
const IDLE_FALLBACK_MS: i32 = 50;
/// Longest wait for an idle period once the reader paused, in ms. Chromium
/// grants idle periods around the frames it draws, and a page that draws
/// none may get none: after a word typed key by key and a Tab, the warm-up
/// waited for ever (50 of 277 card files of a 10k dossier, the list's
/// placeholders never filled) until something on the page drew a frame.
const IDLE_TIMEOUT_MS: u32 = 300;
/// How long the reader must have paused, in ms.
const READER_PAUSE_MS: f64 = 1000.0;

thread_local! {
    /// Whether a call of [`when_idle`] is waiting to run.
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    /// When the reader last acted plus [`READER_PAUSE_MS`] (`Date.now()`).
    static QUIET_AT: Cell<f64> = const { Cell::new(0.0) };
}

/// The reader acted (typed, or opened a view or article that lacks parts):
/// the warm-up waits until they pause.
pub fn reader_acted() {
    QUIET_AT.set(js_sys::Date::now() + READER_PAUSE_MS);
}

/// Calls `run` once the page is idle and the reader has paused; while a call
/// is waiting, further ones are dropped (the waiting one runs).
pub fn when_idle(run: impl FnOnce() + 'static) {
    if !SCHEDULED.replace(true) {
        schedule(run);
    }
}

/// Waits out the reader's pause with a timeout, then the page's idleness;
/// a key between the two starts the wait again.
fn schedule(run: impl FnOnce() + 'static) {
    let window = leptos::prelude::window();
    let pause = QUIET_AT.get() - js_sys::Date::now();
    // `once_into_js`: each closure frees itself once called.
    let scheduled = if pause > 0.0 {
        let again = wasm_bindgen::closure::Closure::once_into_js(move || schedule(run));
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                wasm_bindgen::JsCast::unchecked_ref(&again),
                pause.ceil() as i32,
            )
            .is_ok()
    } else {
        let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
        let now = wasm_bindgen::closure::Closure::once_into_js(move || {
            if QUIET_AT.get() > js_sys::Date::now() {
                schedule(run);
            } else {
                SCHEDULED.set(false);
                run();
            }
        });
        let callback: &js_sys::Function = wasm_bindgen::JsCast::unchecked_ref(&now);
        match idle {
            Some(request) => {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"timeout".into(), &IDLE_TIMEOUT_MS.into());
                request.call2(&window, callback, &options).is_ok()
            }
            None => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback, IDLE_FALLBACK_MS)
                .is_ok(),
        }
    };
    if !scheduled {
        SCHEDULED.set(false);
    }
}
