//! The search box: typing replaces the current history entry.

use crate::state::use_state;
use crate::url::HistoryMode;
use leptos::prelude::*;

/// The search input, focused by `/` from anywhere on the page.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_state();
    view! {
        <form role="search" class="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input" class="visually-hidden">
                {move || state.t("Search the dossier")}
            </label>
            <input
                id="search-input"
                type="search"
                data-testid="search-input"
                autocomplete="off"
                spellcheck="false"
                placeholder=move || state.t("Search the dossier")
                aria-keyshortcuts="/"
                prop:value=move || state.view.with(|v| v.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    state.update_view(HistoryMode::Replace, move |v| v.q = q);
                }
            />
        </form>
    }
}
