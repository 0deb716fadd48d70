//! The search box: typing replaces the current history entry, at most once a frame,
//! and asks at once for the index parts the word being typed will need.

use crate::state::{use_state, AppState};
use crate::url::HistoryMode;
use dossier_core::view::MAX_QUERY_CHARS;
use leptos::prelude::*;

/// The search input, focused by `/` from anywhere on the page.
///
/// A key becomes the view (and the URL) at once, in its own input task, so its
/// results are in the frame that follows it. A key that comes before that frame
/// only records the text, and the frame applies the latest text: a burst of keys
/// (key repeat, a slow search at 100k) costs one search and one paint per frame
/// instead of one per key. (Every key used to wait for the next frame: a frame
/// more before its paint, in the bench 12 of 16 ms at the seed's p50.)
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_state();
    // Whether a view applied since the last frame is not painted yet, and the
    // text typed since then, which that frame applies.
    let frame_due = StoredValue::new(false);
    let typed = StoredValue::new(None::<String>);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        // The blocks this word will need, asked for now rather than a frame later.
        crate::prefetch::ahead_of_typing(state.loaded, state.part_signals(), &text);
        if frame_due.get_value() {
            typed.set_value(Some(text));
        } else {
            apply_until_painted(state, frame_due, typed, text);
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

/// Makes `q` the view, and until the frame that paints it, leaves later keys'
/// text in `typed` for that frame to apply (the same way).
fn apply_until_painted(
    state: AppState,
    frame_due: StoredValue<bool>,
    typed: StoredValue<Option<String>>,
    q: String,
) {
    state.update_view(HistoryMode::Replace, move |v| v.q = q);
    frame_due.set_value(true);
    request_animation_frame(move || {
        frame_due.set_value(false);
        if let Some(q) = typed.try_update_value(Option::take).flatten() {
            apply_until_painted(state, frame_due, typed, q);
        }
    });
}
