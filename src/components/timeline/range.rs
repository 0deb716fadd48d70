//! The timeline's range control: one focusable slider, under the bars, that a
//! keyboard moves and resizes and a screen reader reads as dates; it shows the
//! selected range on a track and its bounds as text.

use super::span::{self, bounds_text, date_text, Span};
use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::search::Bin;
use leptos::{ev, prelude::*};

/// The slider (`[data-testid=timeline-range]`), its key hint and a button
/// back to every date.
#[component]
pub fn RangeControl(bins: Memo<Vec<Bin>>, dragging: RwSignal<Option<Span>>) -> impl IntoView {
    let state = use_state();
    let ui = state.ui.get_untracked();
    let applied = Memo::new(move |_| state.view.with(|v| bins.with(|b| span::span_of(v, b))));
    let shown = move || dragging.get().or_else(|| applied.get());
    // While a drag draws, its bounds; else the view's own (which may be finer
    // than a bar, e.g. typed days).
    let text = move || match dragging.get() {
        Some(s) => {
            bins.with(|b| bounds_text(b.get(s.first).map(|b| b.from), b.get(s.last).map(|b| b.to), ui))
        }
        None => state.view.with(|v| bounds_text(v.from, v.to, ui)),
    };
    // The first key press after focusing adds a history entry, later ones
    // replace it: Back undoes a whole keyboard adjustment at once, as it does
    // typing in the search box.
    let pushed = StoredValue::new(false);
    let keydown = move |ev: ev::KeyboardEvent| {
        let n = bins.with_untracked(Vec::len);
        let Some(next) = span::step(applied.get_untracked(), n, &ev.key(), ev.shift_key()) else {
            return;
        };
        ev.prevent_default(); // arrows and Home/End would scroll the page
        let bounds = bins.with_untracked(|b| Some((b.get(next.first)?.from, b.get(next.last)?.to)));
        let Some((from, to)) = bounds else { return };
        if state
            .view
            .with_untracked(|v| v.from == Some(from) && v.to == Some(to))
        {
            return;
        }
        let mode = if pushed.get_value() {
            HistoryMode::Replace
        } else {
            HistoryMode::Push
        };
        pushed.set_value(true);
        state.update_view(mode, move |v| v.set_range(Some(from), Some(to)));
    };
    let band = move || {
        let n = bins.with(Vec::len).max(1) as f64;
        match shown() {
            Some(s) => format!(
                "left: {:.2}%; width: {:.2}%",
                s.first as f64 * 100.0 / n,
                (s.last - s.first + 1) as f64 * 100.0 / n
            ),
            None => "left: 0; width: 100%".to_string(),
        }
    };
    let end = move |last: bool| {
        bins.with(|b| {
            let bin = if last { b.last() } else { b.first() };
            bin.map(|b| date_text(if last { b.to } else { b.from }, ui))
        })
    };
    let has_bound = move || state.view.with(|v| v.has_date_bound());
    view! {
        <div
            class="timeline-range"
            data-testid="timeline-range"
            role="slider"
            tabindex="0"
            dir="ltr"
            aria-label=ui.t("Date range")
            aria-valuemin="0"
            aria-valuemax=move || bins.with(Vec::len).saturating_sub(1)
            aria-valuenow=move || shown().map_or(0, |s| s.first)
            aria-valuetext=text
            aria-describedby="timeline-keys"
            on:keydown=keydown
            on:focus=move |_| pushed.set_value(false)
        >
            <span class="timeline-track">
                <span class="timeline-band" class:all=move || shown().is_none() style=band></span>
            </span>
            <span class="timeline-axis">
                <span>{move || end(false)}</span>
                <span>{move || end(true)}</span>
            </span>
            <span class="timeline-bounds" data-testid="timeline-bounds">{text}</span>
        </div>
        <p class="timeline-keys" id="timeline-keys">
            {ui.t("Arrow keys move the range, Shift+arrows resize it, Home and End go to either end.")}
        </p>
        <Show when=has_bound>
            <button
                type="button"
                class="timeline-clear"
                data-testid="timeline-clear"
                on:click=move |_| state.click_view(|v| v.set_range(None, None))
            >
                {ui.t("All dates")}
            </button>
        </Show>
    }
}
