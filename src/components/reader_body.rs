//! The open article's text with the query's matches marked, and "match 2 of 7"
//! with previous/next to walk through them.

use crate::components::marked::Marked;
use crate::state::use_state;
use dossier_core::model::paragraphs;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The paragraphs of `body`, each with the ranges of `highlights` (byte ranges
/// of `body`, sorted) that fall in it, made relative to the paragraph. A range
/// never spans paragraphs (matches are words or phrases within one).
fn paragraph_marks<'b>(body: &'b str, highlights: &[(usize, usize)]) -> Vec<(&'b str, Vec<(usize, usize)>)> {
    let base = body.as_ptr() as usize;
    paragraphs(body)
        .map(|p| {
            let start = p.as_ptr() as usize - base;
            let end = start + p.len();
            let ranges = highlights
                .iter()
                .filter(|&&(s, e)| s >= start && e <= end)
                .map(|&(s, e)| (s - start, e - start))
                .collect();
            (p, ranges)
        })
        .collect()
}

/// The article text, its matches in `<mark>`.
#[component]
pub fn ReaderBody(
    /// The cleaned text.
    body: String,
    /// Byte ranges of the query's matches in `body`.
    highlights: Vec<(usize, usize)>,
) -> impl IntoView {
    paragraph_marks(&body, &highlights)
        .into_iter()
        .map(|(p, ranges)| view! { <p><Marked text=p.to_string() ranges /></p> })
        .collect_view()
}

/// The `<mark>`s of the reader's body, in document order.
fn marks() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all("[data-testid=reader-body] mark") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Makes match `i` the current one: outlined and scrolled into view.
fn show_match(i: usize) {
    for (j, m) in marks().iter().enumerate() {
        let _ = m.class_list().toggle_with_force("current", i == j);
        if i == j {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            m.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// "Match 2 of 7" with previous/next, shown when the article has matches.
#[component]
pub fn MatchNav(
    /// How many matches the body has.
    count: usize,
) -> impl IntoView {
    let state = use_state();
    // None until the reader asks for a match: opening an article does not jump.
    let current = RwSignal::new(None::<usize>);
    let step = move |forward: bool| {
        let next = match current.get_untracked() {
            None if forward => 0,
            None => count - 1,
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
        };
        current.set(Some(next));
        show_match(next);
    };
    (count > 0).then(|| {
        view! {
            <div class="match-nav" data-testid="match-nav" role="group" aria-label=state.t("Matches in the article")>
                <span class="match-count" data-testid="match-count" aria-live="polite">
                    {move || match current.get() {
                        Some(i) => format!("{} {} {} {count}", state.t("Match"), i + 1, state.t("of")),
                        None => format!("{count} {}", state.t(if count == 1 { "match" } else { "matches" })),
                    }}
                </span>
                <button type="button" data-testid="match-prev" aria-label=state.t("Previous match")
                    on:click=move |_| step(false)>"↑"</button>
                <button type="button" data-testid="match-next" aria-label=state.t("Next match")
                    on:click=move |_| step(true)>"↓"</button>
            </div>
        }
    })
}
