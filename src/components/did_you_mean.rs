//! "Showing results for **tebboune** — search instead for *"Tebbune"*": shown
//! when a query word matched through a close spelling.

use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::search::spelling::{corrected_query, exact_query};
use leptos::prelude::*;

/// The correction the current results use, with a link to the exact search.
#[component]
pub fn DidYouMean() -> impl IntoView {
    let state = use_state();
    let offer = Memo::new(move |_| {
        let corrections = state
            .results
            .with(|r| r.as_ref().map(|r| r.corrections.clone()).unwrap_or_default());
        if corrections.is_empty() {
            return None;
        }
        let q = state.view.with(|v| v.q.clone());
        Some((corrected_query(&q, &corrections), exact_query(&q, &corrections)))
    });
    move || {
        offer.get().map(|(shown, exact)| {
            let href = state.view.with(|v| {
                let mut next = v.clone();
                next.q = exact.clone();
                format!("?{}", next.to_query_string())
            });
            let to = exact.clone();
            view! {
                <p class="did-you-mean" data-testid="did-you-mean">
                    {state.t("Showing results for")} " " <strong dir="auto">{shown}</strong> " — "
                    {state.t("search instead for")} " "
                    <a href=href dir="auto" on:click=move |ev| {
                        ev.prevent_default();
                        let q = to.clone();
                        state.update_view(HistoryMode::Push, move |v| v.q = q);
                    }>
                        <em>{exact}</em>
                    </a>
                </p>
            }
        })
    }
}
