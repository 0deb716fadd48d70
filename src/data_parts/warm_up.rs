//! The idle warm-up's plan and budget, counted in bytes over the wire: how
//! much is left, each part's bytes as sent, and a `performance` mark once it
//! ends (the bench reads when, and what it cost).

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

/// Records [`MARK`]: the warm-up has nothing left to fetch.
pub fn ended() {
    let detail = js_sys::Object::new();
    let set = |k: &str, v: f64| js_sys::Reflect::set(&detail, &k.into(), &v.into());
    let _ = set("parts", f64::from(PARTS.get()));
    let _ = set("sent", SENT.get() as f64);
    let _ = set("budget", WARM_UP_BUDGET as f64);
    let _ = js_sys::Reflect::set(&detail, &"saveData".into(), &saving_data().into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"detail".into(), &detail);
    crate::performance::call("mark", &js_sys::Array::of2(&MARK.into(), &options));
}
