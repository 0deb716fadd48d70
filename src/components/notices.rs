//! Notices: URL values that were dropped, an article link that names no article,
//! what the search could not use, and files the build skipped.

use crate::components::notice_text;
use crate::state::use_state;
use leptos::prelude::*;

/// Every current notice, announced politely; dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let dismissed = RwSignal::new(false);
    let messages = move || {
        let ui = state.ui.get();
        let mut out: Vec<String> = state
            .notices
            .with(|ns| ns.iter().map(|n| notice_text::url_notice(ui, n)).collect());
        if let (Some(id), Some(loaded)) = (state.view.with(|v| v.doc.clone()), state.loaded.get()) {
            // Not before ready: the reader's own articles may still be on their way.
            if state.ready.get() && state.find(&loaded, &id) == Some(None) {
                out.push(notice_text::missing_doc(ui, &id));
            }
        }
        state.results.with(|r| {
            let problems = r.iter().flat_map(|r| &r.query_problems);
            out.extend(problems.map(|p| {
                format!(
                    "{}{}{}",
                    state.t("Search"),
                    colon(ui),
                    notice_text::query_problem(ui, p)
                )
            }));
        });
        if let Some(error) = state.part_error.get() {
            out.push(format!(
                "{}: {error}",
                state.t("Could not load part of the index")
            ));
        }
        if let Some(error) = state.library.error.get() {
            out.push(format!("{}: {error}", state.t("Your articles")));
        }
        if let Some(loaded) = state.loaded.get() {
            out.extend(
                loaded
                    .problems
                    .iter()
                    .map(|p| format!("{}{}{p}", state.t("skipped at build"), colon(ui))),
            );
        }
        out
    };
    view! {
        <Show when=move || !dismissed.get() && !messages().is_empty()>
            <div class="notices" data-testid="notice" role="status" aria-label=state.t("Notices")>
                <ul>{move || messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                <button type="button" class="dismiss" on:click=move |_| dismissed.set(true)>
                    {state.t("Dismiss")}
                </button>
            </div>
        </Show>
    }
}

/// ": " in English, " : " in French typography.
fn colon(ui: crate::i18n::UiLang) -> &'static str {
    match ui {
        crate::i18n::UiLang::En => ": ",
        crate::i18n::UiLang::Fr => " : ",
    }
}
