//! Notices: URL values that were dropped, an article link that names no article,
//! and files the build skipped.

use crate::state::use_state;
use leptos::prelude::*;

/// Every current notice, announced politely; dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let dismissed = RwSignal::new(false);
    let messages = move || {
        let mut out: Vec<String> = state
            .notices
            .with(|ns| ns.iter().map(|n| n.to_string()).collect());
        if let (Some(id), Some(loaded)) = (state.view.with(|v| v.doc.clone()), state.loaded.get()) {
            // Not before ready: the reader's own articles may still be on their way.
            if state.ready.get() && loaded.corpus.article(&id).is_none() {
                out.push(format!("doc={id}: no article with this id in this dossier (it may be one the sender added in their own browser)"));
            }
        }
        state.results.with(|r| {
            let problems = r.iter().flat_map(|r| &r.query_problems);
            out.extend(problems.map(|p| format!("{}: {p}", state.t("Search"))));
        });
        if let Some(error) = state.part_error.get() {
            out.push(format!(
                "{}: {error}",
                state.t("Could not load part of the index")
            ));
        }
        if let Some(error) = state.library.error.get() {
            out.push(format!("{}: {error}", state.t("Your articles")));
        }
        if let Some(loaded) = state.loaded.get() {
            out.extend(loaded.problems.iter().map(|p| format!("skipped at build: {p}")));
        }
        out
    };
    view! {
        <Show when=move || !dismissed.get() && !messages().is_empty()>
            <div class="notices" data-testid="notice" role="status" aria-label=state.t("Notices")>
                <ul>{move || messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                <button type="button" class="dismiss" on:click=move |_| dismissed.set(true)>
                    {state.t("Dismiss")}
                </button>
            </div>
        </Show>
    }
}
