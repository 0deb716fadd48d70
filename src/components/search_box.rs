//! The search box: typing replaces the current history entry, at most once a frame,
//! and asks at once for the index parts the word being typed will need.

use crate::paced::SlowMode;
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
///
/// Where a key's search and list took longer than a frame (a large
/// dossier, a slow phone), the next keys are applied once the frame showing
/// the typed letter is painted instead: the letter is not held back by the
/// search (at 100k it was shown 32–40 ms after its key, p95), and the results
/// come a frame later. [`FAST_KEYS_BACK`] cheap keys in a row switch back (a
/// key whose view waits for index parts costs little, the next list does not).
/// The form carries `data-keys="slow"` while the mode lasts, so that tests on a
/// busy machine know which frame a key's results are due in.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_state();
    let form = NodeRef::<leptos::html::Form>::new();
    let keys = Keys {
        state,
        form,
        frame_due: StoredValue::new(false),
        typed: StoredValue::new(None),
        slow: SlowMode::new(FAST_KEYS_BACK),
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        // The blocks this word will need, asked for now rather than a frame later.
        crate::prefetch::ahead_of_typing(state.loaded, state.part_signals(), &text);
        if keys.frame_due.get_value() {
            keys.typed.set_value(Some(text));
        } else if keys.slow.is_slow() {
            keys.typed.set_value(Some(text));
            keys.frame_due.set_value(true);
            request_animation_frame(move || keys.apply_after_paint());
        } else {
            keys.apply_until_painted(text);
        }
    };
    view! {
        <form role="search" class="search" node_ref=form on:submit=|ev| ev.prevent_default()>
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

/// How many cheap keys in a row end the slow mode that a slow key starts.
const FAST_KEYS_BACK: u8 = 4;

/// The search box's keys between the input and the frames that paint them.
#[derive(Clone, Copy)]
struct Keys {
    state: AppState,
    /// The search form, which shows the mode (`data-keys="slow"`).
    form: NodeRef<leptos::html::Form>,
    /// Whether a view applied since the last frame is not painted yet (or a
    /// key waits for a frame to be painted before it is applied).
    frame_due: StoredValue<bool>,
    /// The text typed since then, which is applied next.
    typed: StoredValue<Option<String>>,
    /// Slow once a key's search and list took over a frame, until
    /// [`FAST_KEYS_BACK`] cheap keys in a row.
    slow: SlowMode,
}

impl Keys {
    /// Makes `q` the view, and until the frame that paints it, leaves later
    /// keys' text in `typed` for that frame to apply (at once, or after its
    /// paint when this key was slow).
    fn apply_until_painted(self, q: String) {
        let form = self.form;
        self.slow.timed(
            move || self.state.update_view(HistoryMode::Replace, move |v| v.q = q),
            move |slow| {
                if let Some(form) = form.get_untracked() {
                    crate::paced::mark_mode(&form, "data-keys", slow);
                }
            },
        );
        self.frame_due.set_value(true);
        request_animation_frame(move || {
            if self.slow.is_slow() && self.typed.with_value(Option::is_some) {
                self.apply_after_paint();
            } else {
                self.frame_due.set_value(false);
                if let Some(q) = self.typed.try_update_value(Option::take).flatten() {
                    self.apply_until_painted(q);
                }
            }
        });
    }

    /// Called in a frame callback: applies the latest text typed once that
    /// frame, which shows the letters typed, is painted.
    fn apply_after_paint(self) {
        // A task queued by a frame's callback runs once the frame is painted.
        set_timeout(
            move || {
                if let Some(q) = self.typed.try_update_value(Option::take).flatten() {
                    self.apply_until_painted(q);
                } else {
                    self.frame_due.set_value(false);
                }
            },
            std::time::Duration::ZERO,
        );
    }
}
