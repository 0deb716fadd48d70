//! The chart's numbers as a table, one row per period and one column per
//! series: what a screen reader reads (the chart is hidden from it), and what
//! a reader opens with "Show table". Each cell also lists its series at that period.

use super::label::{period_label, series_label, value_text};
use crate::state::use_state;
use dossier_core::search::Trends;
use leptos::prelude::*;

/// The table; always in the page (visually hidden unless `shown`).
#[component]
pub fn Table(trends: Memo<Option<Trends>>, shown: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let ui = state.ui.get_untracked();
    let body = move || {
        let share = state.view.with(|v| v.trend_share);
        trends.with(|t| {
            let t = t.as_ref()?;
            let head = t
                .series
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    view! {
                        <th scope="col" data-series=s.series.to_param()>
                            <span class=format!("swatch series-{k}") aria-hidden="true"></span>
                            {series_label(&s.series)}
                        </th>
                    }
                })
                .collect_view();
            let rows = t
                .periods
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let cells = t
                        .series
                        .iter()
                        .map(|s| {
                            view! {
                                <td
                                    data-count=s.counts[i].to_string()
                                    data-all=s.all[i].to_string()
                                    data-series=s.series.to_param()
                                >
                                    {value_text(s, i, share, ui)}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr data-from=p.from.to_string() data-to=p.to.to_string()>
                            <th scope="row">{period_label(p, ui)}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <thead>
                    <tr>
                        <th scope="col">{ui.t("Period")}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            })
        })
    };
    view! {
        <div class="trends-table-wrap" class:visually-hidden=move || !shown.get()>
            <table class="trends-table" data-testid="trends-table">
                <caption>{ui.t("Articles per period, by series")}</caption>
                {body}
            </table>
        </div>
    }
}
