//! Downloading the current result set as CSV or JSON, and copying the view's link.

use crate::loaded::Loaded;
use crate::state::use_state;
use dossier_core::export::{to_csv, to_json};
use dossier_core::model::Article;
use dossier_core::protocol::Request;
use dossier_core::search::Need;
use dossier_core::view::ViewState;
use leptos::prelude::*;

/// The positions in `loaded`'s corpus of every article matching the current
/// view, in display order; none while the view still waits for index parts
/// (the buttons are disabled then).
fn matching_articles(loaded: &Loaded) -> Vec<usize> {
    let state = use_state();
    let view = state.view.with_untracked(|v| ViewState {
        doc: None,
        ..v.clone()
    });
    // Just the matches: no snippets for thousands of articles.
    loaded.engine().matching(&view).unwrap_or_default()
}

/// Fetches the card chunks of articles `docs` a site ships apart, and their
/// body chunks when `body`.
async fn load_articles(loaded: &Loaded, docs: &[usize], body: bool) -> Result<(), String> {
    let engine = loaded.engine();
    let mut needs: Vec<Need> = docs.iter().filter_map(|&d| engine.article(d).err()).collect();
    if body {
        needs.extend(docs.iter().filter_map(|&d| engine.body(d).err()));
    }
    needs.sort_unstable();
    needs.dedup();
    crate::data::load_parts(loaded, &needs).await
}

/// Why a part is still missing after [`load_articles`].
fn not_loaded(need: Need) -> String {
    format!("index part {need:?} not loaded")
}

/// The articles whole (with their bodies when `body`), fetched as needed.
async fn whole_articles(loaded: &Loaded, docs: &[usize], body: bool) -> Result<Vec<Article>, String> {
    load_articles(loaded, docs, body).await?;
    let engine = loaded.engine();
    docs.iter()
        .map(|&d| {
            let article = engine.article(d).map_err(not_loaded)?;
            let body = if body {
                engine.body(d).map_err(not_loaded)?.to_string()
            } else {
                String::new()
            };
            Ok(Article {
                body,
                ..article.clone()
            })
        })
        .collect()
}

/// The ids of articles `docs` (on the cards a site ships apart), without
/// copying the cards: a zip of 100k articles needs only their ids here.
async fn article_ids(loaded: &Loaded, docs: &[usize]) -> Result<Vec<String>, String> {
    load_articles(loaded, docs, false).await?;
    let engine = loaded.engine();
    docs.iter()
        .map(|&d| engine.article(d).map(|a| a.id.clone()).map_err(not_loaded))
        .collect()
}

/// CSV and JSON download buttons, with an option to include article text.
#[component]
pub fn Export() -> impl IntoView {
    let state = use_state();
    let with_body = RwSignal::new(false);
    let save = move |json: bool| {
        let body = with_body.get_untracked();
        let Some(loaded) = state.loaded.get_untracked() else {
            return;
        };
        let docs = matching_articles(&loaded);
        leptos::task::spawn_local(async move {
            let articles = match whole_articles(&loaded, &docs, body).await {
                Ok(articles) => articles,
                Err(e) => return state.part_error.set(Some(e)),
            };
            let list: Vec<&Article> = articles.iter().collect();
            let result = if json {
                crate::download::download_text("dossier.json", "application/json", &to_json(list, body))
            } else {
                crate::download::download_text("dossier.csv", "text/csv;charset=utf-8", &to_csv(list, body))
            };
            if let Err(e) = result {
                leptos::logging::error!("download failed: {e:?}");
            }
        });
    };
    view! {
        <div class="export">
            <button type="button" data-testid="export-csv" disabled=move || state.searching.get() on:click=move |_| save(false)>
                {state.t("Download CSV")}
            </button>
            <button type="button" data-testid="export-json" disabled=move || state.searching.get() on:click=move |_| save(true)>
                {state.t("Download JSON")}
            </button>
            <button
                type="button"
                data-testid="export-zip"
                title=state.t("Articles as .md files with front matter: `cargo xtask build --corpus` makes a site of them")
                disabled=move || state.library.exporting.get() || state.searching.get()
                on:click=move |_| {
                    let Some(loaded) = state.loaded.get_untracked() else { return };
                    let docs = matching_articles(&loaded);
                    state.library.exporting.set(true);
                    leptos::task::spawn_local(async move {
                        match article_ids(&loaded, &docs).await {
                            Ok(ids) => crate::library::send(state, Request::Export { ids: Some(ids) }),
                            Err(e) => {
                                state.library.exporting.set(false);
                                state.part_error.set(Some(e));
                            }
                        }
                    });
                }
            >
                {state.t("Download .md (zip)")}
            </button>
            <label>
                <input type="checkbox" data-testid="export-body" prop:checked=with_body on:change=move |ev| with_body.set(event_target_checked(&ev)) />
                {state.t("with text")}
            </label>
        </div>
    }
}

/// Copies the canonical URL of the current view and confirms it.
#[component]
pub fn CopyLink() -> impl IntoView {
    let state = use_state();
    let copied = RwSignal::new(false);
    // The canonical URL of the current view, also on the button for tests.
    let url = move || {
        let location = window().location();
        let query = state.view.with(ViewState::to_query_string);
        format!(
            "{}{}{}{query}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            if query.is_empty() { "" } else { "?" }
        )
    };
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&url());
        copied.set(true);
        set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
    };
    view! {
        <button type="button" class="copy-link" data-testid="copy-link" data-url=url on:click=copy>
            {move || state.t(if copied.get() { "Link copied" } else { "Copy link" })}
        </button>
    }
}
