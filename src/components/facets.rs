//! Facet lists: one clickable option per value, with its count.

use crate::state::use_state;
use crate::url::HistoryMode;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The language facet: every language of the corpus with its article count.
#[component]
pub fn LangFacet() -> impl IntoView {
    let state = use_state();
    let counts = Memo::new(move |_| {
        let mut counts = BTreeMap::<String, usize>::new();
        state.corpus.with(|c| {
            for a in c.iter().flat_map(|c| &c.articles) {
                *counts.entry(a.lang.clone()).or_default() += 1;
            }
        });
        counts.into_iter().collect::<Vec<_>>()
    });
    view! {
        <fieldset class="facet">
            <legend>"Language"</legend>
            <For each=move || counts.get() key=|(lang, count)| (lang.clone(), *count) let((lang, count))>
                {
                    let value = lang.clone();
                    let value_attr = lang.clone();
                    let on = {
                        let value = value.clone();
                        move || state.view.with(|v| v.lang.contains(&value))
                    };
                    let toggle = move |_| {
                        let value = value.clone();
                        state.update_view(HistoryMode::Push, move |v| v.toggle_lang(&value));
                    };
                    view! {
                        <button
                            class="facet-option"
                            data-facet="lang"
                            data-value=value_attr
                            data-count=count
                            aria-pressed=move || on().to_string()
                            on:click=toggle
                        >
                            <span class="facet-label">{lang}</span>
                            <span class="facet-count">{count}</span>
                        </button>
                    }
                }
            </For>
        </fieldset>
    }
}
