//! Adding a series: a kind (search words, topic, person/place/organisation,
//! outlet) and a value, suggested from the dossier's own topics and names;
//! a topic may be typed by its label, an entity by any of its aliases.

use crate::loaded::Loaded;
use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::view::{Series, MAX_SERIES};
use leptos::prelude::*;

/// The kinds, as `(URL kind, interface string)`.
const KINDS: [(&str, &str); 4] = [
    ("q", "Search words"),
    ("topic", "Topic"),
    ("entity", "Person, place or organisation"),
    ("source", "Outlet"),
];

/// The dossier's values of a kind, as `(value, what the reader sees)`.
fn suggestions(loaded: &Loaded, kind: &str, ui: &str) -> Vec<(String, String)> {
    let corpus = loaded.corpus();
    match kind {
        "topic" => corpus
            .topics
            .iter()
            .map(|t| (t.slug.clone(), t.label(ui).to_string()))
            .collect(),
        "entity" => corpus
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.name.clone()))
            .collect(),
        "source" => loaded
            .engine()
            .sources()
            .iter()
            .map(|s| (s.clone(), s.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The series the reader typed, or why it cannot be added: a topic by slug or
/// label, an entity by name or alias, an outlet by name (any case).
fn resolve(loaded: &Loaded, kind: &str, typed: &str, ui: &str) -> Result<Series, &'static str> {
    let typed = typed.trim();
    let same = |a: &str| a.to_lowercase() == typed.to_lowercase();
    let value = match kind {
        "q" => typed.to_string(),
        "entity" => loaded
            .corpus()
            .entities
            .iter()
            .find(|e| same(&e.name) || e.aliases.iter().any(|a| same(a)))
            .map(|e| e.name.clone())
            .ok_or("Not in this dossier")?,
        _ => suggestions(loaded, kind, ui)
            .into_iter()
            .find(|(value, shown)| same(value) || same(shown))
            .map(|(value, _)| value)
            .ok_or("Not in this dossier")?,
    };
    Series::parse(&format!("{kind}:{value}")).map_err(|_| "Type a value")
}

/// The form adding a series.
#[component]
pub fn AddSeries() -> impl IntoView {
    let state = use_state();
    let ui = state.ui.get_untracked();
    let kind = RwSignal::new("q".to_string());
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let full = move || state.view.with(|v| v.trend.len() >= MAX_SERIES);
    let options = move || {
        let k = kind.get();
        state.loaded.with(|l| {
            l.as_deref()
                .map(|l| suggestions(l, &k, ui.code()))
                .unwrap_or_default()
                .into_iter()
                .map(|(v, shown)| view! { <option value=v.clone()>{(shown != v).then_some(shown)}</option> })
                .collect_view()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(loaded) = state.loaded.get_untracked() else {
            return;
        };
        let series = resolve(&loaded, &kind.get_untracked(), &value.get_untracked(), ui.code());
        match series {
            Ok(s) if state.view.with_untracked(|v| v.trend.contains(&s)) => error.set(Some("Already shown")),
            Ok(_) if full() => error.set(Some("At most four series")),
            Ok(s) => {
                error.set(None);
                value.set(String::new());
                state.update_view(HistoryMode::Push, move |v| {
                    v.add_series(s);
                });
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="trends-add" data-testid="trends-add" on:submit=submit>
            <label>
                <span class="visually-hidden">{ui.t("Kind of series")}</span>
                <select
                    data-testid="trends-add-kind"
                    on:change=move |ev| {
                        kind.set(event_target_value(&ev));
                        error.set(None);
                    }
                    prop:value=move || kind.get()
                >
                    {KINDS
                        .iter()
                        .map(|&(k, label)| view! { <option value=k>{ui.t(label)}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span class="visually-hidden">{ui.t("Value of the series")}</span>
                <input
                    type="text"
                    data-testid="trends-add-value"
                    list="trends-suggestions"
                    autocomplete="off"
                    placeholder=move || ui.t(if kind.get() == "q" { "words, \"a phrase\"…" } else { "name…" })
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </label>
            <datalist id="trends-suggestions">{options}</datalist>
            <button type="submit" data-testid="trends-add-button" disabled=full>
                {ui.t("Add to the chart")}
            </button>
            {move || error.get().map(|e| view! { <span class="input-error" role="alert" data-testid="trends-add-error">{ui.t(e)}</span> })}
        </form>
    }
}
