//! The legend: each series' colour, name and peak ("when did coverage peak"),
//! and a button removing it from the view.

use super::label::{kind_label, peak, period_label, series_label, value_text};
use super::Cursor;
use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::search::Trends;
use leptos::prelude::*;

/// One entry per series, in the view's order (the order of the colours).
#[component]
pub fn Legend(trends: Memo<Option<Trends>>, cursor: RwSignal<Option<Cursor>>) -> impl IntoView {
    let state = use_state();
    let ui = state.ui.get_untracked();
    let entries = move || {
        let share = state.view.with(|v| v.trend_share);
        state.view.with(|v| {
            v.trend
                .iter()
                .enumerate()
                .map(|(k, series)| {
                    let peak_text = trends.with(|t| {
                        let t = t.as_ref()?;
                        let s = t.series.iter().find(|s| &s.series == series)?;
                        Some(match peak(s, share) {
                            Some(i) => format!(
                                "{} {}: {}",
                                ui.t("peak"),
                                period_label(&t.periods[i], ui),
                                value_text(s, i, share, ui)
                            ),
                            None => ui.t("no article").to_string(),
                        })
                    });
                    (k, series.clone(), peak_text)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <ul class="trends-legend">
            {move || {
                entries()
                    .into_iter()
                    .map(|(k, series, peak_text)| {
                        let remove = series.clone();
                        let selected = move || cursor.get().is_some_and(|c| c.series == k);
                        view! {
                            <li class="trends-key" class:selected=selected data-testid="trends-series" data-series=series.to_param()>
                                <span class=format!("swatch series-{k}") aria-hidden="true"></span>
                                <span class="trends-kind">{ui.t(kind_label(&series))}</span>
                                " "
                                <strong>{super::label::series_label(&series)}</strong>
                                {peak_text.map(|p| view! { <span class="trends-peak" data-testid="trends-peak">{p}</span> })}
                                <button
                                    type="button"
                                    class="trends-remove"
                                    data-testid="trends-remove"
                                    aria-label=format!("{} {}", ui.t("Remove"), series_label(&series))
                                    on:click=move |_| {
                                        let s = remove.clone();
                                        cursor.set(None);
                                        state.update_view(HistoryMode::Push, move |v| v.remove_series(&s));
                                    }
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
