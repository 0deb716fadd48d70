//! The long facets: Outlet, People, Places, Organisations. Each lists its top
//! options (and any selected one); a labelled filter box finds the rest by
//! name or, for an entity, by any alias in any script.

use crate::components::facets::{FacetKind, FacetOption};
use crate::loaded::Loaded;
use crate::state::use_state;
use dossier_core::search::{shown_options, EntityKind, FacetCount, TOP_OPTIONS};
use leptos::prelude::*;

/// The options of `kind` in the current results: the outlets, or the
/// entities of one kind (the engine lists every entity in one OR facet).
fn facet_of(loaded: Option<&Loaded>, all: &[FacetCount], kind: FacetKind) -> Vec<FacetCount> {
    let FacetKind::Entity(wanted) = kind else {
        return all.to_vec();
    };
    let Some(loaded) = loaded else {
        return Vec::new();
    };
    let kinds: std::collections::HashMap<&str, Option<EntityKind>> = loaded
        .corpus()
        .entities
        .iter()
        .map(|e| (e.name.as_str(), EntityKind::of(&e.kind)))
        .collect();
    all.iter()
        .filter(|o| kinds.get(o.value.as_str()).copied().flatten() == Some(wanted))
        .cloned()
        .collect()
}

/// One long facet; hidden when the dossier has no value of it.
#[component]
pub fn NameFacet(
    /// [`FacetKind::Source`] or [`FacetKind::Entity`].
    kind: FacetKind,
) -> impl IntoView {
    let state = use_state();
    let filter = RwSignal::new(String::new());
    let all = Memo::new(move |_| {
        state.results.with(|r| {
            let Some(r) = r else { return Vec::new() };
            let list = if kind == FacetKind::Source {
                &r.facets.source
            } else {
                &r.facets.entity
            };
            state.loaded.with(|l| facet_of(l.as_deref(), list, kind))
        })
    });
    let shown = Memo::new(move |_| {
        all.with(|all| {
            filter.with(|f| {
                state.loaded.with(|l| {
                    let entities = l.as_deref().map(|l| &l.corpus().entities[..]).unwrap_or(&[]);
                    shown_options(all, TOP_OPTIONS, f, |value| {
                        let aliases = entities.iter().find(|e| e.name == value).map(|e| &e.aliases[..]);
                        std::iter::once(value)
                            .chain(aliases.unwrap_or(&[]).iter().map(String::as_str))
                            .collect()
                    })
                })
            })
        })
    });
    let id = kind.id();
    let title = state.t(kind.title());
    let more = move || {
        let hidden = shown.with(|s| s.1);
        (hidden > 0).then(|| format!("+{hidden} {}", state.t("more: type to filter")))
    };
    view! {
        <Show when=move || all.with(|o| !o.is_empty())>
            <section class="facet" aria-labelledby=format!("facet-{id}")>
                <h2 id=format!("facet-{id}") class="facet-title">{title}</h2>
                <Show when=move || all.with(|o| o.len() > TOP_OPTIONS)>
                    <label class="visually-hidden" for=format!("facet-filter-{id}")>
                        {format!("{} {}", state.t("Filter"), title.to_lowercase())}
                    </label>
                    <input
                        type="search"
                        id=format!("facet-filter-{id}")
                        class="facet-filter"
                        data-testid=format!("facet-filter-{id}")
                        placeholder=format!("{}…", state.t("Filter"))
                        autocomplete="off"
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                </Show>
                <ul class="facet-options">
                    <For each=move || shown.with(|s| s.0.clone()) key=|o| o.value.clone() let(option)>
                        <FacetOption kind option=option.value options=all label=|v: &str| v.to_string() />
                    </For>
                </ul>
                <p class="facet-more" aria-live="polite">{more}</p>
            </section>
        </Show>
    }
}
