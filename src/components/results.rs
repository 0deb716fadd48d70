//! The result list and its count.

use crate::state::use_state;
use leptos::prelude::*;

/// Matching articles, newest first, with the result count.
#[component]
pub fn ResultList() -> impl IntoView {
    let state = use_state();
    let hits = Memo::new(move |_| {
        let langs = state.view.with(|v| v.lang.clone());
        state.corpus.with(|c| {
            let mut hits: Vec<_> = c
                .iter()
                .flat_map(|c| &c.articles)
                .filter(|a| langs.is_empty() || langs.contains(&a.lang))
                .map(|a| (a.id.clone(), a.title.clone(), a.date, a.lang.clone()))
                .collect();
            hits.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
            hits
        })
    });
    view! {
        <p class="result-count" data-testid="result-count" aria-live="polite">
            {move || hits.with(Vec::len)} " articles"
        </p>
        <ol class="result-list">
            <For each=move || hits.get() key=|h| h.0.clone() let((id, title, date, lang))>
                <li class="result" data-testid="result" data-doc-id=id>
                    <h2 class="result-title">{title}</h2>
                    <p class="result-meta">
                        <span>{date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into())}</span>
                        " · "
                        <span>{lang}</span>
                    </p>
                </li>
            </For>
        </ol>
    }
}
