//! Dossier's browser app: thin Leptos components over `dossier-core`.
//!
//! [`App`] loads the data file, restores the view from the URL and lays out the
//! views in [`components`]; search, filters, facets and URL rules live in the
//! core crate.

pub mod components;
pub mod data;
pub mod data_parts;
pub mod download;
pub mod dropped;
pub mod i18n;
mod keys;
pub mod library;
pub mod loaded;
pub mod paced;
pub mod performance;
pub mod prefetch;
pub mod reach;
pub mod state;
pub mod url;

use components::{
    add_files::{accept_drops, AddFiles, StoredLibraryProblem},
    chips::ActiveFilters,
    export::{CopyLink, Export},
    facets::{Facet, FacetKind},
    header::Header,
    name_facets::NameFacet,
    notices::Notices,
    reader::Reader,
    results::ResultList,
    timeline::DateFilter,
    trends::{TrendsToggle, TrendsView},
    update_prompt::UpdatePrompt,
};
use dossier_core::search::EntityKind;
use leptos::prelude::*;
use leptos::task::spawn_local;
use loaded::Loaded;
use state::AppState;
use url::HistoryMode;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::from_url();
    provide_context(state);
    // Show the canonical form of the URL we were opened with (dropped values gone).
    url::set_query(
        &state.view.with_untracked(|v| v.to_query_string()),
        HistoryMode::Replace,
    );

    // Ready once the first view's results and snippets are painted (a site's
    // index parts arrive after the data file).
    let ready_when_settled = RwSignal::new(false);
    Effect::new(move || {
        if ready_when_settled.get() && state.settled.get() && !state.ready.get_untracked() {
            state.drop_unknown_filters();
            request_animation_frame(move || state.ready.set(true));
        }
    });
    if !data::is_single_file() {
        // Up before the first view asks for index parts (a single file has
        // them inline, and no worker to start from disk).
        data_parts::fetcher::start();
    }
    spawn_local(async move {
        match data::load_bundle(move |got, total| state.load_progress.set((got, total))).await {
            Ok(bundle) => {
                let loaded = Loaded::new(bundle);
                state.library.bundled.set(Some(loaded.clone()));
                state.loaded.set(Some(loaded));
                if data::is_single_file() {
                    // One file opened from disk runs no library worker: nothing to restore.
                    ready_when_settled.set(true);
                } else {
                    // Ready once the worker has merged the reader's articles back in, if any.
                    library::restore(state, move || ready_when_settled.set(true));
                }
            }
            Err(e) => state.load_error.set(Some(e)),
        }
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| state.sync_from_url());
    let _ = window_event_listener(leptos::ev::keydown, keys::on_key);

    view! {
        <div class="app" data-ready=move || state.ready.get().to_string()>
            {move || {
                state.ui.track();
                view! { <Page /> }
            }}
        </div>
    }
}

/// Everything on the page, in the current interface language.
#[component]
fn Page() -> impl IntoView {
    let state = crate::state::use_state();
    let loaded = move || state.loaded.with(Option::is_some);
    let filters_open = RwSignal::new(false);
    let adding = RwSignal::new(false);
    let trends_open = RwSignal::new(false);
    let show_origin = move || state.library.added.get() != 0 || state.view.with(|v| !v.origin.is_empty());
    let dragging = RwSignal::new(false);
    accept_drops(state, dragging);
    keys::close_on_escape(state, adding, filters_open);
    // Show the panel as soon as files arrive, so progress and the report are seen.
    Effect::new(move || {
        if dragging.get() || state.library.progress.with(Option::is_some) {
            adding.set(true);
        }
    });
    view! {
            <a class="skip-link" href="#results">{state.t("Results")}</a>
            <Header />
            <Notices />
            <Show when=move || dragging.get()>
                <div class="drop-overlay" aria-hidden="true">{state.t("Drop your articles to add them")}</div>
            </Show>
            <UpdatePrompt />
            <Show when=loaded fallback=move || view! { <Loading /> }>
                <div class="layout" class:reading=move || state.view.with(|v| v.doc.is_some())>
                    // On narrow screens the filters fold away behind this button.
                    <button
                        type="button"
                        id="filters-toggle"
                        class="filters-toggle"
                        aria-controls="filters"
                        aria-expanded=move || filters_open.get().to_string()
                        on:click=move |_| filters_open.update(|o| *o = !*o)
                    >
                        {state.t("Filters")}
                        {move || {
                            let n = state.view.with(|v| {
                                v.lang.len() + v.topic.len() + v.origin.len() + v.source.len() + v.entity.len() + usize::from(v.from.is_some()) + usize::from(v.to.is_some())
                            });
                            (n > 0).then(|| format!(" ({n})"))
                        }}
                    </button>
                    <aside id="filters" class="filters" class:open=move || filters_open.get() aria-label=state.t("Filters")>
                        <Facet kind=FacetKind::Lang />
                        <Facet kind=FacetKind::Topic />
                        // Only once the reader has added articles (or a link asks for it).
                        <Show when=show_origin>
                            <Facet kind=FacetKind::Origin />
                        </Show>
                        <DateFilter />
                        <NameFacet kind=FacetKind::Source />
                        <NameFacet kind=FacetKind::Entity(EntityKind::Person) />
                        <NameFacet kind=FacetKind::Entity(EntityKind::Place) />
                        <NameFacet kind=FacetKind::Entity(EntityKind::Organisation) />
                    </aside>
                    <main id="results" class="results" tabindex="-1">
                        <div class="toolbar">
                            <ActiveFilters />
                            <TrendsToggle open=trends_open />
                            <CopyLink />
                            <Export />
                            <button
                                type="button"
                                id="add-files-toggle"
                                class="add-toggle"
                                data-testid="add-files-toggle"
                                aria-controls="add-files"
                                aria-expanded=move || adding.get().to_string()
                                on:click=move |_| adding.update(|o| *o = !*o)
                            >
                                {state.t("Add your articles")}
                            </button>
                        </div>
                        <StoredLibraryProblem />
                        <Show when=move || adding.get()>
                            <AddFiles />
                        </Show>
                        <TrendsView open=trends_open />
                        <ResultList />
                    </main>
                    <Reader />
                </div>
            </Show>
    }
}

/// The loading state with the download's progress, or why loading failed.
#[component]
fn Loading() -> impl IntoView {
    let state = crate::state::use_state();
    // Integer arithmetic: float formatting would add kilobytes to the wasm.
    let mb = |bytes: u64| format!("{}.{} MB", bytes / 1_000_000, bytes / 100_000 % 10);
    view! {
        <p class="loading" role="status" data-testid="loading">
            {move || state.load_error.get().unwrap_or_else(|| {
                let (got, total) = state.load_progress.get();
                let done = match total {
                    Some(total) if total >= got && got > 0 => format!(" {} / {}", mb(got), mb(total)),
                    _ if got > 0 => format!(" {}", mb(got)),
                    _ => String::new(),
                };
                format!("{}{done}", state.t("Loading the corpus…"))
            })}
        </p>
    }
}
