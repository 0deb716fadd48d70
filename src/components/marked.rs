//! Text with highlighted matches, rendered as text nodes and `<mark>` elements.

use dossier_core::highlight::segments;
use leptos::prelude::*;

/// `text` with the byte `ranges` wrapped in `<mark>`; never parsed as HTML.
#[component]
pub fn Marked(
    /// The plain text.
    text: String,
    /// Byte ranges of matches in `text`.
    ranges: Vec<(usize, usize)>,
) -> impl IntoView {
    segments(&text, &ranges)
        .into_iter()
        .map(|(run, hit)| {
            let run = run.to_string();
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}
