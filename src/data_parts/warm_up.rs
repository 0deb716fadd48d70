//! The idle warm-up's plan, budget and state: what is left of the budget,
//! counted in bytes over the wire, each part's bytes as sent, whether one
//! runs, and a `performance` mark once it ends (the bench reads when, and what
//! it cost). The queue that fetches its parts is `data_parts.rs`'s.

use dossier_core::search::{Index, Need, WARM_UP_BUDGET};
use std::cell::Cell;

/// The `performance` mark recorded once the warm-up has nothing left to
/// fetch (its plan done, or the budget spent); its `detail` holds the parts
/// and bytes (as sent) it fetched, and the budget.
pub const MARK: &str = "dossier-warmed";

thread_local! {
    /// Bytes over the wire the warm-up has fetched, and how many parts.
    static SENT: Cell<usize> = const { Cell::new(0) };
    static PARTS: Cell<u32> = const { Cell::new(0) };
    /// Whether a warm-up was asked for and has not ended.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Whether the reader's browser asks pages to save data
/// (`navigator.connection.saveData`, Chromium's setting; read through
/// `js_sys`, as web-sys has no binding for it).
fn saving_data() -> bool {
    js_sys::Reflect::get(&leptos::prelude::window().navigator(), &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .is_some_and(|s| s.is_truthy())
}

/// What to warm up in `index`: its plan within what is left of
/// [`WARM_UP_BUDGET`]; only the word blocks for a reader saving data (they
/// let a word's term blocks be fetched while it is typed: 79 KB gzipped at
/// 10k and 100k articles alike, since they hold the vocabulary).
pub fn plan(index: &Index) -> Vec<Need> {
    let mut plan = index.warm_up_plan(WARM_UP_BUDGET.saturating_sub(SENT.get()));
    if saving_data() {
        plan.retain(|n| matches!(n, Need::Words(_)));
    }
    plan
}

/// Counts a part the warm-up fetched, `sent` bytes over the wire; whether
/// the budget is now spent.
pub fn count(sent: usize) -> bool {
    SENT.set(SENT.get() + sent);
    PARTS.set(PARTS.get() + 1);
    SENT.get() >= WARM_UP_BUDGET
}

/// A warm-up was asked for: [`ended`] will mark its end.
pub fn began() {
    RUNNING.set(true);
}

/// Whether a warm-up was asked for and has not ended.
pub fn running() -> bool {
    RUNNING.get()
}

/// Records [`MARK`], once per warm-up: it has nothing left to fetch.
pub fn ended() {
    if !RUNNING.replace(false) {
        return;
    }
    let detail = crate::performance::object(&[
        ("parts", PARTS.get().into()),
        ("sent", (SENT.get() as f64).into()),
        ("budget", (WARM_UP_BUDGET as f64).into()),
        ("saveData", saving_data().into()),
    ]);
    crate::performance::mark(MARK, &detail);
}
