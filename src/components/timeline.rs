//! Date filter: the timeline (bars to drag or click, a range control for the
//! keyboard), bound inputs, and the "undated" switch.

mod bars;
pub(crate) use bars::bounding_box;
mod range;
pub(crate) mod span;

use crate::state::use_state;
use bars::Bars;
use dossier_core::model::PartialDate;
use dossier_core::search::Bin;
use leptos::prelude::*;
use range::RangeControl;
use span::Span;

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
                        state.click_view(move |v| v.undated = on);
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
                            state.click_view(move |v| {
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

/// The histogram over the whole dossier's dates (the same bars whatever the
/// filters), the selected range, and how to change it.
#[component]
fn Timeline() -> impl IntoView {
    let state = use_state();
    let bins: Memo<Vec<Bin>> = Memo::new(move |_| {
        state.results.with(|r| {
            r.as_ref()
                .map(|r| r.facets.histogram.bins.clone())
                .unwrap_or_default()
        })
    });
    // The span a pointer drag is drawing, shown before it is applied on release.
    let dragging = RwSignal::new(None::<Span>);
    // Only when the filters leave some articles out is the pale part explained.
    let pale = move || bins.with(|b| b.iter().any(|b| b.count < b.total));
    view! {
        <Show when=move || bins.with(|b| !b.is_empty())>
            <p class="timeline-hint" id="timeline-hint">
                {state.t("Drag across the bars, or click one, to choose dates.")}
                <Show when=pale>
                    " " {state.t("Pale: left out by the other filters.")}
                </Show>
            </p>
            <Bars bins dragging />
            <RangeControl bins dragging />
        </Show>
    }
}
