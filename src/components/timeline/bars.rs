//! The timeline's bars, one per period of the whole dossier: its articles pale,
//! the view's solid in front. A pointer (mouse, pen or finger) drags across
//! them to select a range; a click selects one period.

use super::span::{self, date_text, Span};
use crate::state::use_state;
use dossier_core::search::Bin;
use leptos::{ev, html, prelude::*};
use wasm_bindgen::{JsCast, JsValue};

/// The bars; `dragging` is the span a drag is drawing (shared with the range
/// control, which shows its bounds while the pointer moves).
#[component]
pub fn Bars(bins: Memo<Vec<Bin>>, dragging: RwSignal<Option<Span>>) -> impl IntoView {
    let state = use_state();
    let chart = NodeRef::<html::Div>::new();
    // Heights are shares of the dossier's busiest period, so no bar grows or
    // shrinks its scale when the filters change.
    let max_total = Memo::new(move |_| bins.with(|b| b.iter().map(|b| b.total).max().unwrap_or(0).max(1)));
    let bar_at = move |client_x: i32| -> Option<usize> {
        let n = bins.with_untracked(Vec::len);
        let (left, width) = bounding_box(chart.get_untracked()?.as_ref(), "left", "width")?;
        if n == 0 || width <= 0.0 {
            return None;
        }
        // Bars share the width equally (flex: 1); a pointer beyond either
        // end keeps to the end bar.
        let x = ((client_x as f64 - left) / width).clamp(0.0, 0.999_999);
        Some((x * n as f64) as usize)
    };
    // The bar the pointer went down on, while it is down.
    let anchor = StoredValue::new(None::<usize>);
    let start = move |ev: ev::PointerEvent| {
        // The primary button, or a finger or pen touching.
        if ev.button() != 0 {
            return;
        }
        let Some(i) = bar_at(ev.client_x()) else { return };
        if let Some(el) = chart.get_untracked() {
            // Moves and the release reach the chart even off its edges.
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        ev.prevent_default(); // no text selection while dragging
        anchor.set_value(Some(i));
        dragging.set(Some(Span::between(i, i)));
    };
    let moved = move |ev: ev::PointerEvent| {
        let (Some(a), Some(i)) = (anchor.get_value(), bar_at(ev.client_x())) else {
            return;
        };
        let span = Some(Span::between(a, i));
        if dragging.get_untracked() != span {
            dragging.set(span);
        }
    };
    let release = move |ev: ev::PointerEvent| {
        let Some(a) = anchor.get_value() else { return };
        anchor.set_value(None);
        dragging.set(None);
        let span = Span::between(a, bar_at(ev.client_x()).unwrap_or(a));
        let bounds = bins.with_untracked(|b| Some((b.get(span.first)?.from, b.get(span.last)?.to)));
        let Some((from, to)) = bounds else { return };
        if state
            .view
            .with_untracked(|v| v.from != Some(from) || v.to != Some(to))
        {
            state.click_view(move |v| v.set_range(Some(from), Some(to)));
        }
    };
    let cancel = move |_| {
        anchor.set_value(None);
        dragging.set(None);
    };
    let keys = move || {
        bins.with(|b| {
            b.iter()
                .enumerate()
                .map(|(i, b)| (i, b.label.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        // Hidden from assistive technology: the range control below says the
        // same and is operable from the keyboard.
        <div
            class="timeline"
            data-testid="timeline"
            dir="ltr"
            aria-hidden="true"
            node_ref=chart
            on:pointerdown=start
            on:pointermove=moved
            on:pointerup=release
            on:pointercancel=cancel
        >
            <For each=keys key=|k| k.clone() children=move |(i, _)| view! { <Bar i bins max_total dragging /> } />
        </div>
    }
}

/// Bar `i`: pale for the dossier's articles of its period, solid for the view's.
#[component]
fn Bar(
    i: usize,
    bins: Memo<Vec<Bin>>,
    max_total: Memo<usize>,
    dragging: RwSignal<Option<Span>>,
) -> impl IntoView {
    let state = use_state();
    let bin = bins.with_untracked(|b| b.get(i).cloned())?;
    let number = move |f: fn(&Bin) -> usize| bins.with(|b| b.get(i).map_or(0, f));
    let height = move |n: usize| match n {
        0 => "0".to_string(),
        n => format!("max(2px, {:.1}%)", n as f64 * 100.0 / max_total.get() as f64),
    };
    // In the applied date range (a bar overlapping the bounds has articles in the results).
    let selected = move || {
        state
            .view
            .with(|v| v.has_date_bound() && bins.with(|b| b.get(i).is_some_and(|b| span::overlaps(v, b))))
    };
    // Drawn as outside the range: while dragging, outside the drag; else outside the bounds.
    let out = move || match dragging.get() {
        Some(span) => !span.contains(i),
        None => state.view.with(|v| v.has_date_bound()) && !selected(),
    };
    let ui = state.ui.get_untracked();
    let period = date_text(bin.from, ui);
    let title = move || {
        let (count, total) = (number(|b| b.count), number(|b| b.total));
        format!("{period}: {count} {} {total} {}", ui.t("of"), ui.t("articles"))
    };
    Some(view! {
        <div
            class="bar"
            class:out=out
            data-from=bin.from.to_string()
            data-to=bin.to.to_string()
            data-count=move || number(|b| b.count)
            data-total=move || number(|b| b.total)
            data-selected=move || selected().to_string()
            title=title
        >
            <span class="bar-total" style:height=move || height(number(|b| b.total))></span>
            <span class="bar-fill" style:height=move || height(number(|b| b.count))></span>
        </div>
    })
}

/// Two numbers of the element's bounding box in viewport pixels (`"left"` and
/// `"width"`, `"top"` and `"height"`). Read through `js_sys` so the app needs
/// no `DomRect` binding (a web-sys feature and its glue code) for two numbers;
/// the trends chart reads its box the same way.
pub(crate) fn bounding_box(el: &web_sys::Element, start: &str, size: &str) -> Option<(f64, f64)> {
    let method: js_sys::Function = js_sys::Reflect::get(el, &JsValue::from_str("getBoundingClientRect"))
        .ok()?
        .dyn_into()
        .ok()?;
    let rect = method.call0(el).ok()?;
    let number = |key: &str| {
        js_sys::Reflect::get(&rect, &JsValue::from_str(key))
            .ok()?
            .as_f64()
    };
    Some((number(start)?, number(size)?))
}
