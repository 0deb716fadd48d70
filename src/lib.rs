//! Dossier's browser app: thin Leptos components over `dossier-core`.
//!
//! [`App`] loads the corpus, restores the view from the URL and lays out the
//! views in [`components`]; all logic lives in the core crate.

pub mod components;
pub mod data;
pub mod state;
pub mod url;

use components::{facets::LangFacet, results::ResultList};
use leptos::prelude::*;
use leptos::task::spawn_local;
use state::AppState;
use std::sync::Arc;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_url();
    provide_context(state);

    spawn_local(async move {
        match data::load_corpus().await {
            Ok(corpus) => {
                state.corpus.set(Some(Arc::new(corpus)));
                // Ready once the browser has painted the first view.
                request_animation_frame(move || state.ready.set(true));
            }
            Err(e) => state.load_error.set(Some(e)),
        }
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| state.sync_from_url());

    let loaded = move || state.corpus.with(Option::is_some);
    view! {
        <div class="app" data-ready=move || state.ready.get().to_string()>
            <header class="masthead">
                <h1>"Dossier"</h1>
            </header>
            <Show
                when=loaded
                fallback=move || {
                    view! {
                        <p class="loading" role="status">
                            {move || state.load_error.get().unwrap_or_else(|| "Loading the corpus…".into())}
                        </p>
                    }
                }
            >
                <div class="layout">
                    <aside class="filters">
                        <LangFacet />
                    </aside>
                    <main class="results">
                        <ResultList />
                    </main>
                </div>
            </Show>
        </div>
    }
}
