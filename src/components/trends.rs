//! The trends view (`trend=`): attention over time for up to four series, as
//! a chart, a legend with each series' peak, and a table of the same numbers.
//! The numbers are the engine's ([`dossier_core::search::Trends`]); this file
//! runs them, fetches the term blocks a `q:` series lacks, and lays out the parts.

mod add;
mod chart;
mod label;
mod legend;
mod table;

use crate::data_parts::request_parts;
use crate::state::{use_state, AppState};
use crate::url::HistoryMode;
use add::AddSeries;
use chart::Chart;
use dossier_core::model::PartialDate;
use dossier_core::search::Trends;
use dossier_core::view::{Series, ViewState};
use legend::Legend;
use leptos::prelude::*;
use table::Table;

/// The period and series the chart's cursor is on (hover or keyboard).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub period: usize,
    pub series: usize,
}

/// The button that shows and hides the trends view; it opens by itself when
/// the view gains series (a shared link, Back to a view with trends).
#[component]
pub fn TrendsToggle(open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let has_series = Memo::new(move |_| state.view.with(|v| !v.trend.is_empty()));
    Effect::new(move || {
        if has_series.get() {
            open.set(true);
        }
    });
    view! {
        <button
            type="button"
            id="trends-toggle"
            class="add-toggle"
            data-testid="trends-toggle"
            aria-controls="trends"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {state.t("Trends")}
        </button>
    }
}

/// Runs the trends of the current view; keeps the last complete answer while a
/// `q:` series waits for its term blocks (fetched like the list's).
fn settled_trends(state: AppState) -> Memo<Option<Trends>> {
    // What the counts depend on: opening an article does not count again.
    let counted = Memo::new(move |_| ViewState {
        doc: None,
        ..state.view.get()
    });
    let attempt = Memo::new(move |_| {
        state.parts.track();
        let v = counted.get();
        state.loaded.with(|l| l.as_ref().map(|l| l.engine().trends(&v)))
    });
    Effect::new(move || {
        let Some(loaded) = state.loaded.get() else { return };
        let pending = attempt.with(|a| a.as_ref().map(|t| t.pending.clone()).unwrap_or_default());
        if !pending.is_empty() {
            // At the reader's urgency, which adds up: the list's own view
            // requests would replace these, and these the list's.
            request_parts(state.part_signals(), &loaded, &pending);
        }
    });
    Memo::new(move |prev: Option<&Option<Trends>>| {
        attempt.with(|a| match a {
            Some(t) if !t.pending.is_empty() => prev.cloned().flatten(),
            other => other.clone(),
        })
    })
}

/// Lists one series at one period: the view the point stands for (a
/// deliberate change: Back returns to the chart as it was).
pub fn open_point(state: AppState, series: Series, from: PartialDate, to: PartialDate) {
    state.update_view(HistoryMode::Push, move |v| *v = v.at_point(&series, from, to));
}

/// The trends view, shown while `open`.
#[component]
pub fn TrendsView(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <Show when=move || open.get()>
            <TrendsPanel />
        </Show>
    }
}

#[component]
fn TrendsPanel() -> impl IntoView {
    let state = use_state();
    let trends = settled_trends(state);
    let cursor = RwSignal::new(None::<Cursor>);
    let show_table = RwSignal::new(false);
    let share = move || state.view.with(|v| v.trend_share);
    let has_series = move || state.view.with(|v| !v.trend.is_empty());
    let waiting = move || {
        state.view.with(|v| v.trend.len()) != trends.with(|t| t.as_ref().map_or(0, |t| t.series.len()))
    };
    view! {
        <section id="trends" class="trends" data-testid="trends" aria-labelledby="trends-title" data-searching=move || waiting().to_string()>
            <h2 id="trends-title" class="trends-title">{state.t("Attention over time")}</h2>
            <AddSeries />
            <Show when=has_series fallback=move || view! { <p class="trends-hint">{state.t("Add a search, topic, person, place, organisation or outlet to see its articles over time.")}</p> }>
                <div class="trends-options">
                    <label>
                        <input
                            type="checkbox"
                            data-testid="trends-share"
                            prop:checked=share
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                state.update_view(HistoryMode::Push, move |v| v.trend_share = on);
                            }
                        />
                        {state.t("As a share of all articles")}
                    </label>
                    <button
                        type="button"
                        data-testid="trends-show-table"
                        aria-expanded=move || show_table.get().to_string()
                        on:click=move |_| show_table.update(|s| *s = !*s)
                    >
                        {move || state.t(if show_table.get() { "Hide table" } else { "Show table" })}
                    </button>
                </div>
                <Legend trends cursor />
                <Chart trends cursor />
                <Table trends shown=show_table />
            </Show>
        </section>
    }
}
