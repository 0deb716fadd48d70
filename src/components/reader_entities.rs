//! The entities an open article mentions, each a button that filters the list
//! by it (`entity=` in the URL), as the People/Places/Organisations facets do.

use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::model::EntityMention;
use leptos::prelude::*;

/// The mentions as a comma-separated row of buttons; pressed while the
/// entity filters the list.
#[component]
pub fn ReaderEntities(
    /// The article's entities with their mention counts.
    entities: Vec<EntityMention>,
    /// Whether the reader covers the page (a phone): it closes, so the
    /// filtered list is seen.
    narrow: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    let count = entities.len();
    entities
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let name = StoredValue::new(e.name.clone());
            let pressed = move || state.view.with(|v| name.with_value(|n| v.entity.contains(n)));
            let filter = move |_| {
                let close = narrow.get_untracked();
                state.update_view(HistoryMode::Push, move |v| {
                    name.with_value(|n| {
                        if !v.entity.contains(n) {
                            v.toggle_entity(n);
                        }
                    });
                    if close {
                        v.doc = None;
                    }
                });
            };
            view! {
                <button
                    type="button"
                    class="entity-link"
                    data-testid="reader-entity"
                    data-value=e.name.clone()
                    aria-pressed=move || pressed().to_string()
                    title=format!("{} {}", state.t("Show articles mentioning"), e.name)
                    on:click=filter
                >
                    {format!("{} ({})", e.name, e.count)}
                </button>
                {(i + 1 < count).then_some(", ")}
            }
        })
        .collect_view()
}
