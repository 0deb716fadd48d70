//! The fixed measurement plan: the same queries, facet clicks and date bounds
//! for Dossier and every peer engine, in all four languages, and the words
//! typed key by key.

use dossier_core::synth::{BENCH_FACETS as FACETS, BENCH_QUERIES as QUERIES, BENCH_YEARS as YEARS};
use serde_json::{json, Value};

/// Words typed key by key right after ready, one per cold load (the plan's plain
/// words, in three of its languages).
pub const COLD_WORDS: [&str; 3] = ["minister", "gazoduc", "министр"];

/// Words typed key by key after 5 s idle, in the same session once warm.
pub const WARM_WORDS: [&str; 3] = ["pipeline", "الغاز", "Lavrov"];

/// The facet clicked on and off while the trends view charts every series.
pub const TRENDS_FACET: (&str, &str) = ("lang", "fr");

/// The plan as the page scripts take it.
pub fn plan() -> Value {
    json!({
        "queries": QUERIES.iter().map(|(q, lang, topic)| json!({"q": q, "lang": lang, "topic": topic})).collect::<Vec<_>>(),
        "facets": FACETS,
        "years": YEARS,
    })
}

/// The plan as view states for the native engine: every query (with its facets),
/// every facet alone, every date bound alone.
pub fn states() -> Vec<dossier_core::view::ViewState> {
    dossier_core::synth::bench_states()
}
