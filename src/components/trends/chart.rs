//! The chart: one line per series on the timeline's periods, the selected date
//! range shaded, values shown for the period under the pointer or the
//! keyboard's cursor. One tab stop: ←/→ move between periods, ↑/↓ between
//! series, Home/End to either end, Enter lists the point's articles; a click
//! lists the nearest series' articles of the period clicked.

use super::label::{peak, period_label, plotted, series_label, value_text};
use super::{open_point, Cursor};
use crate::components::timeline::bounding_box;
use crate::state::use_state;
use dossier_core::search::Trends;
use leptos::{ev, prelude::*};

/// The drawing's size in its own units (integers: no float formatting in
/// the wasm); it stretches to the chart's box, lines and dots keep their width.
const W: usize = 1000;
const H: usize = 300;

/// The horizontal centre of period `i` of `n`.
fn x_of(i: usize, n: usize) -> usize {
    (2 * i + 1) * W / (2 * n.max(1))
}

/// The height of value `v` on a scale topping at `max`.
fn y_of(v: usize, max: usize) -> usize {
    H - v * (H - 10) / max.max(1)
}

/// The largest plotted value of any series (at least 1).
fn top(t: &Trends, share: bool) -> usize {
    t.series
        .iter()
        .flat_map(|s| (0..s.counts.len()).map(move |i| plotted(s, i, share)))
        .max()
        .unwrap_or(0)
        .max(1)
}

/// The chart, its axis labels and the readout of the values under the cursor.
#[component]
pub fn Chart(trends: Memo<Option<Trends>>, cursor: RwSignal<Option<Cursor>>) -> impl IntoView {
    let state = use_state();
    let ui = state.ui.get_untracked();
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let share = move || state.view.with(|v| v.trend_share);
    let size = move || trends.with(|t| t.as_ref().map_or((0, 0), |t| (t.periods.len(), t.series.len())));
    let open = move |c: Cursor| {
        let point = trends.with_untracked(|t| {
            let t = t.as_ref()?;
            Some((
                t.series.get(c.series)?.series.clone(),
                t.periods.get(c.period)?.clone(),
            ))
        });
        if let Some((series, period)) = point {
            open_point(state, series, period.from, period.to);
        }
    };
    let lines = move || {
        let share = share();
        trends.with(|t| {
            let t = t.as_ref()?;
            let (n, max) = (t.periods.len(), top(t, share));
            let range = state.view.with(|v| {
                let inside = |p: &dossier_core::search::Period| {
                    v.from.is_none_or(|f| p.to.last_day() >= f.first_day())
                        && v.to.is_none_or(|to| p.from.first_day() <= to.last_day())
                };
                let first = t.periods.iter().position(inside)?;
                let last = t.periods.iter().rposition(inside)?;
                v.has_date_bound().then_some((first, last))
            });
            let band = range.map(|(a, b)| {
                view! { <rect class="trends-range" x=(a * W / n).to_string() y="0" width=((b + 1 - a) * W / n).to_string() height=H.to_string()></rect> }
            });
            let series = t.series.iter().enumerate().map(|(k, s)| {
                let points: Vec<String> = (0..n).map(|i| format!("{},{}", x_of(i, n), y_of(plotted(s, i, share), max))).collect();
                let dots: String = points.iter().map(|p| format!("M{p}h0")).collect();
                view! {
                    <polyline class=format!("trends-line series-{k}") points=points.join(" ") vector-effect="non-scaling-stroke"></polyline>
                    <path class=format!("trends-dots series-{k}") d=dots vector-effect="non-scaling-stroke"></path>
                }
            }).collect_view();
            Some(view! { {band} {series} })
        })
    };
    let marker = move || {
        let c = cursor.get()?;
        let share = share();
        trends.with(|t| {
            let t = t.as_ref()?;
            let (n, max) = (t.periods.len(), top(t, share));
            let s = t.series.get(c.series)?;
            (c.period < n).then(|| {
                let (x, y) = (x_of(c.period, n), y_of(plotted(s, c.period, share), max));
                view! {
                    <line class="trends-cursor" x1=x.to_string() x2=x.to_string() y1="0" y2=H.to_string() vector-effect="non-scaling-stroke"></line>
                    <path class=format!("trends-focus series-{}", c.series) d=format!("M{x},{y}h0") vector-effect="non-scaling-stroke"></path>
                }
            })
        })
    };
    // Invisible columns, one per period: what the pointer hovers and clicks.
    let columns = move || {
        let (n, _) = size();
        (0..n)
            .map(|i| {
                let click = move |ev: ev::MouseEvent| {
                    let series = nearest_series(svg, trends, i, ev.client_y(), share());
                    open(Cursor { period: i, series });
                };
                view! {
                    <rect
                        class="trends-column"
                        data-testid="trends-column"
                        data-period=i.to_string()
                        x=(i * W / n).to_string()
                        y="0"
                        width=(W / n).max(1).to_string()
                        height=H.to_string()
                        on:pointerenter=move |_| cursor.update(|c| *c = Some(Cursor { period: i, series: c.map_or(0, |c| c.series) }))
                        on:click=click
                    ></rect>
                }
            })
            .collect_view()
    };
    let keydown = move |ev: ev::KeyboardEvent| {
        let (n, m) = size();
        if n == 0 || m == 0 {
            return;
        }
        let c = cursor.get_untracked().unwrap_or(Cursor { period: 0, series: 0 });
        let next = match ev.key().as_str() {
            "ArrowRight" => Cursor {
                period: (c.period + 1).min(n - 1),
                ..c
            },
            "ArrowLeft" => Cursor {
                period: c.period.saturating_sub(1),
                ..c
            },
            "ArrowDown" => Cursor {
                series: (c.series + 1) % m,
                ..c
            },
            "ArrowUp" => Cursor {
                series: (c.series + m - 1) % m,
                ..c
            },
            "Home" => Cursor { period: 0, ..c },
            "End" => Cursor { period: n - 1, ..c },
            "Enter" | " " => {
                ev.prevent_default();
                open(c);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        cursor.set(Some(next));
    };
    // Focus starts on the first series' peak: the question the view answers first.
    let focus = move |_| {
        if cursor.get_untracked().is_none() {
            let start = trends.with_untracked(|t| t.as_ref().and_then(|t| peak(t.series.first()?, share())));
            cursor.set(Some(Cursor {
                period: start.unwrap_or(0),
                series: 0,
            }));
        }
    };
    let readout = move || {
        let share = share();
        let Some(c) = cursor.get() else {
            return ui
                .t("Point at the chart, or focus it and use the arrow keys; Enter lists the articles.")
                .to_string();
        };
        trends
            .with(|t| {
                let t = t.as_ref()?;
                let p = t.periods.get(c.period)?;
                let values: Vec<String> = t
                    .series
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        let mark = if k == c.series { "▸ " } else { "" };
                        format!(
                            "{mark}{}: {}",
                            series_label(&s.series),
                            value_text(s, c.period, share, ui)
                        )
                    })
                    .collect();
                Some(format!("{} — {}", period_label(p, ui), values.join(" · ")))
            })
            .unwrap_or_default()
    };
    let axis = move || {
        trends.with(|t| {
            let t = t.as_ref()?;
            let n = t.periods.len();
            // About six labels whatever the span, so they never overlap.
            let stride = n.div_ceil(6).max(1);
            Some(
                t.periods
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % stride == 0)
                    .map(|(i, p)| view! { <span style:left=format!("{}%", x_of(i, n) / 10)>{p.label.clone()}</span> })
                    .collect_view(),
            )
        })
    };
    let max_label = move || {
        let share = share();
        trends.with(|t| {
            t.as_ref().map(|t| {
                let max = top(t, share);
                if share {
                    super::label::share_text(max as u32, ui)
                } else {
                    max.to_string()
                }
            })
        })
    };
    view! {
        <p class="trends-readout" data-testid="trends-readout" aria-live="polite" id="trends-readout">{readout}</p>
        <div
            class="trends-chart"
            data-testid="trends-chart"
            tabindex="0"
            role="group"
            aria-roledescription=ui.t("chart")
            aria-label=ui.t("Trends chart: arrow keys move between periods and series, Enter lists the articles")
            aria-describedby="trends-readout"
            dir="ltr"
            on:keydown=keydown
            on:focus=focus
            on:pointerleave=move |_| {
                if document().active_element().is_none_or(|e| e.id() != "trends-chart") {
                    cursor.set(None);
                }
            }
            id="trends-chart"
        >
            <span class="trends-max" aria-hidden="true">{max_label}</span>
            <svg node_ref=svg viewBox=format!("0 0 {W} {H}") preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {lines}
                {marker}
                {columns}
            </svg>
            <div class="trends-axis" aria-hidden="true">{axis}</div>
        </div>
    }
}

/// The series whose point at period `i` lies nearest the pointer's height.
fn nearest_series(
    svg: NodeRef<leptos::svg::Svg>,
    trends: Memo<Option<Trends>>,
    i: usize,
    client_y: i32,
    share: bool,
) -> usize {
    let Some((top_px, height)) = svg
        .get_untracked()
        .and_then(|el| bounding_box(el.as_ref(), "top", "height"))
    else {
        return 0;
    };
    let y = ((client_y as f64 - top_px) / height.max(1.0) * H as f64) as i64;
    trends.with_untracked(|t| {
        let Some(t) = t.as_ref() else { return 0 };
        let max = top(t, share);
        (0..t.series.len())
            .min_by_key(|&k| (y_of(plotted(&t.series[k], i, share), max) as i64 - y).abs())
            .unwrap_or(0)
    })
}
