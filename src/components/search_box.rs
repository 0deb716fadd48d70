//! The search box: typing replaces the current history entry, at most once a frame,
//! and asks at once for the index parts the word being typed will need.

use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::view::MAX_QUERY_CHARS;
use leptos::prelude::*;

/// The search input, focused by `/` from anywhere on the page.
///
/// Each keystroke only records the text; one animation frame later the latest
/// text becomes the view (and the URL). A burst of keys within a frame costs one
/// search and one paint instead of one per key, and the list never shows a
/// state the reader did not pause on.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_state();
    // The text typed since the last frame, if the frame has not applied it yet.
    let typed = StoredValue::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let first_in_frame = typed.with_value(Option::is_none);
        let text = event_target_value(&ev);
        // The blocks this word will need, asked for now rather than a frame later.
        crate::prefetch::ahead_of_typing(state.loaded, state.part_signals(), &text);
        typed.set_value(Some(text));
        if first_in_frame {
            request_animation_frame(move || {
                if let Some(q) = typed.try_update_value(Option::take).flatten() {
                    state.update_view(HistoryMode::Replace, move |v| v.q = q);
                }
            });
        }
    };
    view! {
        <form role="search" class="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input" class="visually-hidden">
                {state.t("Search the dossier")}
            </label>
            <input
                id="search-input"
                type="search"
                data-testid="search-input"
                dir="auto"
                autocomplete="off"
                spellcheck="false"
                maxlength=MAX_QUERY_CHARS.to_string()
                placeholder=state.t("Search the dossier")
                aria-keyshortcuts="/"
                aria-describedby="search-help"
                prop:value=move || state.view.with(|v| v.q.clone())
                on:input=on_input
            />
            <p id="search-help" class="visually-hidden">
                {state.t("Words must all match; \"exact phrase\", word*, -excluded, a OR b, title:word, source:name.")}
            </p>
        </form>
    }
}
