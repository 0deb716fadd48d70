//! Active filters as removable chips and "clear filters".

use crate::state::use_state;
use dossier_core::model::Origin;
use dossier_core::view::ViewState;
use leptos::prelude::*;

/// A topic's label in the interface language (the slug if the taxonomy lacks it).
pub fn topic_label(slug: &str) -> String {
    let state = use_state();
    state
        .loaded
        .with_untracked(|l| {
            let topic = l.as_ref()?.corpus().topics.iter().find(|t| t.slug == slug)?;
            Some(topic.label(state.ui.get().code()).to_string())
        })
        .unwrap_or_else(|| slug.to_string())
}

/// One active filter: its label and how to remove it.
#[derive(Clone)]
pub struct Chip {
    /// Stable key for lists (`lang=fr`, `from`, …).
    pub key: String,
    /// What the reader sees (`French`, `From 2023`, …).
    pub label: String,
    /// Removes this filter from a view (given `value`).
    pub remove: fn(&mut ViewState, &str),
    /// The filter's value, for `remove`.
    pub value: String,
}

/// The chips for every active filter of `view`.
pub fn chips(view: &ViewState) -> Vec<Chip> {
    let state = use_state();
    let ui = state.ui.get();
    let mut out = Vec::new();
    for lang in &view.lang {
        out.push(Chip {
            key: format!("lang={lang}"),
            label: ui.language_name(lang),
            remove: |v, x| v.toggle_lang(x),
            value: lang.clone(),
        });
    }
    for slug in &view.topic {
        out.push(Chip {
            key: format!("topic={slug}"),
            label: topic_label(slug),
            remove: |v, x| v.toggle_topic(x),
            value: slug.clone(),
        });
    }
    for origin in &view.origin {
        out.push(Chip {
            key: format!("origin={}", origin.as_str()),
            label: ui.t(crate::components::facets::origin_label(*origin)).to_string(),
            remove: |v, x| {
                if let Some(o) = Origin::parse(x) {
                    v.toggle_origin(o)
                }
            },
            value: origin.as_str().to_string(),
        });
    }
    for name in &view.source {
        out.push(Chip {
            key: format!("source={name}"),
            label: name.clone(),
            remove: |v, x| v.toggle_source(x),
            value: name.clone(),
        });
    }
    for name in &view.entity {
        out.push(Chip {
            key: format!("entity={name}"),
            label: name.clone(),
            remove: |v, x| v.toggle_entity(x),
            value: name.clone(),
        });
    }
    if let Some(from) = view.from {
        out.push(Chip {
            key: "from".into(),
            label: format!("{} {from}", ui.t("From")),
            remove: |v, _| v.set_from(None),
            value: String::new(),
        });
    }
    if let Some(to) = view.to {
        out.push(Chip {
            key: "to".into(),
            label: format!("{} {to}", ui.t("To")),
            remove: |v, _| v.set_to(None),
            value: String::new(),
        });
    }
    out
}

/// Removable chips for the active filters, with "clear filters".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = use_state();
    let list = move || state.view.with(chips);
    view! {
        <Show when=move || state.view.with(ViewState::has_filters)>
            <div class="chips" role="group" aria-label=state.t("Filters")>
                <For each=list key=|c| (c.key.clone(), c.label.clone()) let(chip)>
                    <ChipButton chip />
                </For>
                <button
                    type="button"
                    class="clear-filters"
                    data-testid="clear-filters"
                    on:click=move |_| state.click_view(ViewState::clear_filters)
                >
                    {state.t("Clear filters")}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn ChipButton(chip: Chip) -> impl IntoView {
    let state = use_state();
    let Chip {
        label, remove, value, ..
    } = chip;
    let aria = format!("{}: {label}", state.t("Remove filter"));
    view! {
        <button
            type="button"
            class="chip"
            aria-label=aria
            on:click=move |_| {
                let value = value.clone();
                state.click_view(move |v| remove(v, &value));
            }
        >
            {label}
            <span aria-hidden="true">" ×"</span>
        </button>
    }
}
