//! The zero-result state: what was searched, and the one click that brings
//! matches back (a filter to drop, every filter, or a spelling).

use crate::components::chips::{chips, Chip};
use crate::state::{use_state, AppState};
use crate::url::HistoryMode;
use dossier_core::view::ViewState;
use leptos::prelude::*;

/// How many articles `view` would match, or `None` until the index parts it
/// needs are in (they are asked for; the count appears when they arrive).
fn count(state: AppState, view: &ViewState) -> Option<usize> {
    state.parts.track();
    let loaded = state.loaded.get_untracked()?;
    match loaded.engine().matching(view) {
        Ok(docs) => Some(docs.len()),
        Err(needs) => {
            crate::data_parts::request_parts(state.part_signals(), &loaded, &needs);
            None
        }
    }
}

/// One way out of an empty view: the view it leads to and how many it shows.
#[derive(Clone, PartialEq)]
struct WayOut {
    label: String,
    to: ViewState,
    matches: usize,
}

/// Each filter whose removal alone brings matches back, then all filters at
/// once (only when no single one suffices or there are several). Runs the
/// engine without snippets, once per active filter: a handful of runs, only
/// while nothing matches.
fn ways_out(state: AppState) -> Vec<WayOut> {
    let view = state.view.with(|v| ViewState {
        doc: None,
        ..v.clone()
    });
    if !view.has_filters() {
        return Vec::new();
    }
    let articles = |n: usize| state.t(if n == 1 { "article" } else { "articles" });
    let active = chips(&view);
    let several_filters = active.len() > 1;
    let mut out: Vec<WayOut> = active
        .into_iter()
        .filter_map(
            |Chip {
                 label, remove, value, ..
             }| {
                let mut to = view.clone();
                remove(&mut to, &value);
                let matches = count(state, &to).filter(|&n| n > 0)?;
                let label = format!(
                    "{matches} {} {} “{label}” — {}",
                    articles(matches),
                    state.t("outside the filter"),
                    state.t("show them")
                );
                Some(WayOut { label, to, matches })
            },
        )
        .collect();
    let mut unfiltered = view.clone();
    unfiltered.clear_filters();
    let several = out.len() != 1 || several_filters;
    if several {
        if let Some(matches) = count(state, &unfiltered).filter(|&n| n > 0) {
            if out.iter().all(|w| w.matches < matches) {
                let label = format!(
                    "{matches} {} {} — {}",
                    articles(matches),
                    state.t("without any filter"),
                    state.t("clear filters")
                );
                out.push(WayOut {
                    label,
                    to: unfiltered,
                    matches,
                });
            }
        }
    }
    out
}

/// Shown when nothing matches: says what was searched and offers the way back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let state = use_state();
    let ways = Memo::new(move |_| ways_out(state));
    let what = move || {
        state.view.with(|v| {
            if v.q.is_empty() {
                state.t("No article matches these filters.").to_string()
            } else if v.has_filters() {
                format!(
                    "{} “{}” {}",
                    state.t("No article matches"),
                    v.q,
                    state.t("with these filters.")
                )
            } else {
                format!("{} “{}”.", state.t("No article in this dossier matches"), v.q)
            }
        })
    };
    let hint = move || state.view.with(|v| !v.q.is_empty()) && ways.with(Vec::is_empty);
    view! {
        <div class="empty" data-testid="empty">
            <p class="empty-what">{what}</p>
            <ul class="ways-out">
                <For each=move || ways.get() key=|w| w.label.clone() let(way)>
                    <li>
                        <button
                            type="button"
                            class="way-out"
                            data-testid="way-out"
                            data-count=way.matches.to_string()
                            on:click=move |_| {
                                let to = way.to.clone();
                                state.update_view(HistoryMode::Push, move |v| *v = ViewState { doc: v.doc.take(), ..to });
                            }
                        >
                            {way.label.clone()}
                        </button>
                    </li>
                </For>
            </ul>
            <Show when=hint>
                <p class="empty-hint">
                    {state.t("Try fewer words, a word's beginning followed by *, or alternatives joined by OR.")}
                </p>
            </Show>
        </div>
    }
}
