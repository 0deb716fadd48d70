//! The page URL as the home of all view state: read it, write it, follow Back/Forward.

use leptos::prelude::{request_animation_frame, set_timeout, window};
use std::cell::RefCell;

/// Whether a URL change makes a new history entry (a deliberate change such as a
/// facet click) or replaces the current one (typing in the search box).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    Push,
    Replace,
}

thread_local! {
    /// The URL write waiting for the view's frame to be painted: the query, and
    /// whether it makes a history entry.
    static PENDING: RefCell<Option<(String, HistoryMode)>> = const { RefCell::new(None) };
}

/// Longest wait for the write, in ms: a page whose frames do not run (a
/// background tab) still gets its URL.
const WRITE_WITHIN_MS: u64 = 100;

/// The current query string, without its leading `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// Puts `query` (already encoded, without `?`) in the address bar once the
/// frame that shows its view is painted: `pushState` and `replaceState` took
/// about 2 ms each, on the page thread between a click or key and its paint.
/// Changes within one frame make one write, a new entry if any of them asked.
pub fn set_query(query: &str, mode: HistoryMode) {
    let first = PENDING.with_borrow_mut(|pending| {
        let first = pending.is_none();
        let mode = match pending {
            Some((_, HistoryMode::Push)) => HistoryMode::Push,
            _ => mode,
        };
        *pending = Some((query.to_string(), mode));
        first
    });
    if first {
        // A task queued by the frame's callback runs once the frame is painted.
        request_animation_frame(|| set_timeout(write_pending, std::time::Duration::ZERO));
        set_timeout(write_pending, std::time::Duration::from_millis(WRITE_WITHIN_MS));
    }
}

/// Forgets a write not yet made: Back or Forward has put another view's URL
/// in the address bar, which the page follows instead.
pub fn drop_pending() {
    PENDING.take();
}

/// Makes the waiting write, if any. Does nothing if the URL is unchanged; keeps
/// the path, so the page works under any sub-path.
fn write_pending() {
    let Some((query, mode)) = PENDING.take() else {
        return;
    };
    if query == current_query() {
        return;
    }
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window().history() {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = match mode {
            HistoryMode::Push => history.push_state_with_url(&state, "", Some(&url)),
            HistoryMode::Replace => history.replace_state_with_url(&state, "", Some(&url)),
        };
    }
}
