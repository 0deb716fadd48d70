//! Facet lists (language, topic, origin; and the option toggles of the long
//! facets of `name_facets.rs`): one toggle per value with its disjunctive
//! count, in an order that holds still while the reader filters.

use crate::state::use_state;
use dossier_core::model::Origin;
use dossier_core::search::{EntityKind, FacetCount};
use leptos::prelude::*;

/// Which facet a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    Lang,
    Topic,
    /// Bundled with the site, or added by the reader.
    Origin,
    /// The article's outlet (`source=`).
    Source,
    /// People, places or organisations (all in `entity=`).
    Entity(EntityKind),
}

impl FacetKind {
    fn name(self) -> &'static str {
        match self {
            FacetKind::Lang => "lang",
            FacetKind::Topic => "topic",
            FacetKind::Origin => "origin",
            FacetKind::Source => "source",
            FacetKind::Entity(_) => "entity",
        }
    }

    /// A name for element ids, unique per facet on the page.
    pub fn id(self) -> &'static str {
        match self {
            FacetKind::Entity(k) => k.as_str(),
            k => k.name(),
        }
    }

    /// The facet's heading (a translation key).
    pub fn title(self) -> &'static str {
        match self {
            FacetKind::Lang => "Language",
            FacetKind::Topic => "Topic",
            FacetKind::Origin => "Origin",
            FacetKind::Source => "Outlet",
            FacetKind::Entity(EntityKind::Person) => "People",
            FacetKind::Entity(EntityKind::Place) => "Places",
            FacetKind::Entity(EntityKind::Organisation) => "Organisations",
        }
    }
}

/// The interface string (a translation key) naming an origin.
pub fn origin_label(origin: Origin) -> &'static str {
    match origin {
        Origin::Added => "Added by you",
        Origin::Bundled => "In the dossier",
    }
}

/// A facet's options with counts computed with every other filter applied.
#[component]
pub fn Facet(
    /// Language or topic.
    kind: FacetKind,
) -> impl IntoView {
    let state = use_state();
    let label = move |value: &str| -> String {
        match kind {
            FacetKind::Lang => state.ui.get().language_name(value),
            FacetKind::Topic => state
                .loaded
                .with(|l| {
                    let topic = l.as_ref()?.corpus().topics.iter().find(|t| t.slug == value)?;
                    Some(topic.label(state.ui.get().code()).to_string())
                })
                .unwrap_or_else(|| value.to_string()),
            FacetKind::Origin => Origin::parse(value)
                .map_or_else(|| value.to_string(), |o| state.t(origin_label(o)).to_string()),
            FacetKind::Source | FacetKind::Entity(_) => value.to_string(),
        }
    };
    let options = Memo::new(move |_| {
        let mut options = state.results.with(|r| {
            r.as_ref()
                .map(|r| match kind {
                    FacetKind::Lang => r.facets.lang.clone(),
                    FacetKind::Topic => r.facets.topic.clone(),
                    FacetKind::Origin => r.facets.origin.clone(),
                    // Listed by `name_facets::NameFacet`.
                    FacetKind::Source | FacetKind::Entity(_) => Vec::new(),
                })
                .unwrap_or_default()
        });
        // The engine orders by count in the whole dossier, which no filter
        // changes; ties go by the label the reader sees rather than the code.
        options.sort_by_cached_key(|o| (std::cmp::Reverse(o.total), label(&o.value)));
        options
    });
    view! {
        <section class="facet" aria-labelledby=format!("facet-{}", kind.name())>
            <h2 id=format!("facet-{}", kind.name()) class="facet-title">
                {state.t(kind.title())}
            </h2>
            <ul class="facet-options">
                <For each=move || options.get() key=|o| o.value.clone() let(option)>
                    <FacetOption kind option=option.value options label />
                </For>
            </ul>
        </section>
    }
}

/// One toggle; keyed by value so it keeps focus while its count changes.
#[component]
pub fn FacetOption(
    kind: FacetKind,
    /// The facet value (language code, topic slug, outlet or entity name).
    option: String,
    /// All options of the facet, for the live count and state.
    options: Memo<Vec<FacetCount>>,
    /// Display label of a value.
    label: impl Fn(&str) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let value = StoredValue::new(option.clone());
    let current = move |f: fn(&FacetCount) -> usize| {
        options.with(|os| value.with_value(|v| os.iter().find(|o| &o.value == v).map(f).unwrap_or(0)))
    };
    let toggle = move |ev: leptos::ev::MouseEvent| {
        if state.clicks.is_slow() {
            // The results come after the next paint: the button shows its
            // new state in that frame.
            if let Some(button) = ev
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            {
                let pressed = button.get_attribute("aria-pressed").as_deref() == Some("true");
                let _ = button.set_attribute("aria-pressed", if pressed { "false" } else { "true" });
            }
        }
        let value = value.get_value();
        state.click_view(move |v| match kind {
            FacetKind::Lang => v.toggle_lang(&value),
            FacetKind::Topic => v.toggle_topic(&value),
            FacetKind::Origin => {
                if let Some(origin) = Origin::parse(&value) {
                    v.toggle_origin(origin)
                }
            }
            FacetKind::Source => v.toggle_source(&value),
            FacetKind::Entity(_) => v.toggle_entity(&value),
        });
    };
    // An option no article matches under the other filters stays in its place,
    // clickable but drawn dimmed, and says why when pointed at.
    let no_match = move || current(|o| o.count) == 0 && current(|o| o.active as usize) == 0;
    view! {
        <li>
            <button
                type="button"
                class="facet-option"
                class:no-match=no_match
                data-facet=kind.name()
                data-kind=match kind {
                    FacetKind::Entity(k) => Some(k.as_str()),
                    _ => None,
                }
                data-value=option
                data-count=move || current(|o| o.count)
                aria-pressed=move || (current(|o| o.active as usize) == 1).to_string()
                title=move || no_match().then(|| state.t("No match with the other filters"))
                on:click=toggle
            >
                <span class="facet-label">{move || value.with_value(|v| label(v))}</span>
                <span class="facet-count">{move || current(|o| o.count)}</span>
            </button>
        </li>
    }
}
