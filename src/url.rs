//! The page URL as the home of all view state: read it, write it, follow Back/Forward.

use leptos::prelude::window;

/// Whether a URL change makes a new history entry (a deliberate change such as a
/// facet click) or replaces the current one (typing in the search box).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    Push,
    Replace,
}

/// The current query string, without its leading `?`.
pub fn current_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// Puts `query` (already encoded, without `?`) in the address bar, keeping the path
/// so the page works under any sub-path. Does nothing if the URL is unchanged.
pub fn set_query(query: &str, mode: HistoryMode) {
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
