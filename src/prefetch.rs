//! Fetching index parts before a view asks for them, so that a keystroke
//! seldom waits for the network: the blocks the word being typed will need
//! once finished, on every key, and an idle warm-up of the index after the
//! first view, within its budget over the wire (the rules are in
//! `dossier_core::search::prefetch`; the queue in `data_parts.rs`, the
//! budget's count in `data_parts/warm_up.rs`).

use crate::data_parts::{request, warm_up, PartSignals, Urgency};
use crate::loaded::Loaded;
use dossier_core::search::typed_word;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;

/// The corpus the page shows (`AppState::loaded`).
type LoadedSignal = RwSignal<Option<Arc<Loaded>>>;

thread_local! {
    /// The search text last typed: its word's completions are named again
    /// once the word blocks fetched for it arrive.
    static TYPED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Asks for the parts the word being typed in `text` will need, whatever
/// letters finish it. Called on every key, before the frame that searches
/// the text: the fetch starts a frame earlier, and the next keys find
/// their blocks in.
pub fn ahead_of_typing(loaded: LoadedSignal, signals: PartSignals, text: &str) {
    TYPED.set(text.to_string());
    name_typing_needs(loaded, signals);
}

/// Requests what the word of the last typed text lacks (nothing when the
/// text ends a word: a queued guess for an earlier word is dropped).
fn name_typing_needs(loaded: LoadedSignal, signals: PartSignals) {
    let Some(loaded) = loaded.get_untracked() else {
        return;
    };
    let needs = TYPED
        .with_borrow(|t| typed_word(t))
        .map(|w| loaded.engine().index().typing_needs(&w))
        .unwrap_or_default();
    request(signals, &loaded, &needs, Urgency::Ahead);
}

/// Starts fetching ahead: the typed word's term blocks once its word blocks
/// arrive, and, once the first view is settled, the warm-up (once per
/// corpus; a corpus indexed in the browser has every part already).
/// `ready` and `settled` are `AppState`'s.
pub fn start(corpus: LoadedSignal, signals: PartSignals, ready: RwSignal<bool>, settled: Memo<bool>) {
    Effect::new(move || {
        signals.ahead.track();
        name_typing_needs(corpus, signals);
    });
    let warmed = StoredValue::new(None::<usize>);
    Effect::new(move || {
        if !(ready.get() && settled.get()) {
            return;
        }
        let Some(loaded) = corpus.get() else { return };
        // The same corpus warms once (its address identifies it while it is held).
        let id = std::sync::Arc::as_ptr(&loaded) as usize;
        if warmed.get_value() == Some(id) {
            return;
        }
        warmed.set_value(Some(id));
        let plan = warm_up::plan(loaded.engine().index());
        request(signals, &loaded, &plan, Urgency::Idle);
    });
}
