//! Date filter: bound inputs, the "undated" switch, and a clickable histogram
//! (click a bar for its period, shift-click another to extend to a range).

use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::model::PartialDate;
use dossier_core::search::Bin;
use leptos::prelude::*;

/// The date section of the filters.
#[component]
pub fn DateFilter() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="facet dates" aria-labelledby="facet-dates">
            <h2 id="facet-dates" class="facet-title">{state.t("Dates")}</h2>
            <Timeline />
            <div class="date-inputs">
                <DateInput testid="date-from" label="From" />
                <DateInput testid="date-to" label="To" />
            </div>
            <label class="undated">
                <input
                    type="checkbox"
                    data-testid="undated"
                    prop:checked=move || state.view.with(|v| v.undated)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.update_view(HistoryMode::Push, move |v| v.undated = on);
                    }
                />
                {state.t("Include undated articles")}
                {move || {
                    let n = state.results.with(|r| r.as_ref().map_or(0, |r| r.facets.undated));
                    format!(" ({n})")
                }}
            </label>
        </section>
    }
}

/// A bound input accepting YYYY, YYYY-MM or YYYY-MM-DD; applied on change, and a
/// value that is not a date is flagged instead of applied.
#[component]
fn DateInput(
    /// `date-from` or `date-to`.
    testid: &'static str,
    /// Visible label key.
    label: &'static str,
) -> impl IntoView {
    let state = use_state();
    let is_from = testid == "date-from";
    let error = RwSignal::new(None::<String>);
    let value = move || {
        state
            .view
            .with(|v| if is_from { v.from } else { v.to })
            .map(|d| d.to_string())
    };
    let id = format!("input-{testid}");
    let label_for = id.clone();
    view! {
        <label class="date-input" for=label_for>
            <span>{state.t(label)}</span>
            <input
                id=id
                type="text"
                inputmode="numeric"
                placeholder="YYYY-MM-DD"
                data-testid=testid
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value().unwrap_or_default()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    let parsed = if text.trim().is_empty() { Ok(None) } else { PartialDate::parse(&text).map(Some) };
                    match parsed {
                        Ok(date) => {
                            error.set(None);
                            state.update_view(HistoryMode::Push, move |v| {
                                if is_from { v.set_from(date) } else { v.set_to(date) }
                            });
                        }
                        Err(e) => error.set(Some(e.to_string())),
                    }
                }
            />
            {move || error.get().map(|e| view! { <span class="input-error" role="alert">{e}</span> })}
        </label>
    }
}

/// The histogram of matching articles over time; bars set the date range.
#[component]
fn Timeline() -> impl IntoView {
    let state = use_state();
    let bins = Memo::new(move |_| {
        state.results.with(|r| {
            r.as_ref()
                .map(|r| r.facets.histogram.bins.clone())
                .unwrap_or_default()
        })
    });
    let max = move || bins.with(|b| b.iter().map(|b| b.count).max().unwrap_or(0).max(1));
    // The bar a shift-click extends from.
    let anchor = StoredValue::new(None::<Bin>);
    let pick = move |bin: Bin, extend: bool| {
        let (from, to) = match anchor.get_value().filter(|_| extend) {
            Some(a) if a.from <= bin.from => (a.from, bin.to),
            Some(a) => (bin.from, a.to),
            None => (bin.from, bin.to),
        };
        if !extend {
            anchor.set_value(Some(bin));
        }
        state.update_view(HistoryMode::Push, move |v| v.set_range(Some(from), Some(to)));
    };
    view! {
        <div class="timeline" data-testid="timeline" role="group" aria-label=state.t("Timeline")>
            <For each=move || bins.get() key=|b| (b.label.clone(), b.count) let(bin)>
                {
                    let height = move || format!("height: {}%", 8 + bin.count * 92 / max());
                    let (from, to) = (bin.from, bin.to);
                    // Inside the selected range (tracked, so it follows every change).
                    let active = move || {
                        state.view.with(|v| {
                            v.has_date_bound()
                                && v.from.is_none_or(|f| f.first_day() <= from.first_day())
                                && v.to.is_none_or(|t| to.last_day() <= t.last_day())
                        })
                    };
                    let title = format!("{}: {}", bin.label, bin.count);
                    let b = bin.clone();
                    view! {
                        <button
                            type="button"
                            class="bar"
                            class:active=active
                            aria-pressed=move || active().to_string()
                            data-from=bin.from.to_string()
                            data-to=bin.to.to_string()
                            data-count=bin.count
                            title=title.clone()
                            aria-label=title
                            on:click=move |ev| pick(b.clone(), ev.shift_key())
                        >
                            <span class="bar-fill" style=height></span>
                        </button>
                    }
                }
            </For>
        </div>
        <div class="timeline-axis" aria-hidden="true">
            <span>{move || bins.with(|b| b.first().map(|b| b.label.clone()))}</span>
            <span>{move || bins.with(|b| b.last().map(|b| b.label.clone()))}</span>
        </div>
    }
}
