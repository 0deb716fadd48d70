//! The prompt to reload when a new version of the site is ready.
//!
//! The work is done by a small script in `index.html`: it registers the service
//! worker, marks `<html data-update-waiting>` when a new version is installed and
//! waiting (CSS then shows this banner), and answers a click on its Reload button
//! (`#update-reload`) by activating the new worker and reloading the page once
//! that worker controls it.
//!
//! Why so little Rust: measured with `cargo xtask build`, a signal, a window
//! listener and a click handler here cost the main wasm about 1.4 KB gzip;
//! this static markup about 0.6 KB. The first load's budget is tight.

use crate::state::use_state;
use leptos::prelude::*;

/// "A new version of this dossier is available. [Reload]": a small banner at the
/// bottom of the window, hidden until an update waits, never blocking the page.
/// Its live region is always in the page, so screen readers announce the banner
/// when it appears.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let state = use_state();
    view! {
        <div class="update-status" role="status">
            <div class="update-prompt" data-testid="update-prompt">
                <span>{state.t("A new version of this dossier is available.")}</span>
                // index.html listens for clicks on this id.
                <button type="button" id="update-reload" data-testid="update-reload">
                    {state.t("Reload")}
                </button>
            </div>
        </div>
    }
}
