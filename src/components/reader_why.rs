//! "Why this matched": one line under the reader's title naming the forms of
//! each query word found in the article (the word, the same stem, an alias, a
//! close spelling, a longer word it starts) and where. Plain text, no HTML.

use crate::loaded::ArticleRef;
use crate::state::use_state;
use dossier_core::search::{Explanation, MatchField, MatchKind, MatchedForm};
use leptos::prelude::*;

/// Forms shown per query word: the line stays one line on a laptop.
const SHOWN_FORMS: usize = 3;

/// The line for the open `article` and the current query; nothing without a
/// query or before the parts it needs arrive.
#[component]
pub fn ReaderWhy(
    /// The article shown.
    article: ArticleRef,
) -> impl IntoView {
    let state = use_state();
    let explanation = Memo::new(move |_| {
        let q = state.view.with(|v| v.q.clone());
        if q.trim().is_empty() {
            return None;
        }
        let corrections = state
            .results
            .with(|r| r.as_ref().map(|r| r.corrections.clone()).unwrap_or_default());
        // Runs again when a part arrives; asks for the one it lacks.
        state.parts.track();
        state.bodies.track();
        let loaded = article.loaded();
        loaded
            .engine()
            .explain(&q, &corrections, article.doc())
            .map_err(|need| crate::data_parts::request_parts(state.part_signals(), loaded, &[need]))
            .ok()
            .filter(|e| !e.parts.is_empty())
    });
    move || {
        explanation.get().map(|e| {
            view! {
                <p class="reader-why" data-testid="reader-why">
                    {format!("{} {}", state.t("Matched:"), describe(&e, |k| state.t(k)))}
                </p>
            }
        })
    }
}

/// The explanation as one line: `gas (title, text) · газ = gas (alias, text)
/// · tebbune → Tebboune (close spelling, text)`; `t` translates the labels.
fn describe(e: &Explanation, t: impl Fn(&'static str) -> &'static str) -> String {
    let mut items = Vec::new();
    for p in &e.parts {
        for f in p.forms.iter().take(SHOWN_FORMS) {
            items.push(form_text(&p.query, f, &t));
        }
    }
    items.join(" · ")
}

fn form_text(query: &str, f: &MatchedForm, t: &impl Fn(&'static str) -> &'static str) -> String {
    let w = &f.written;
    let (shown, kind) = match f.kind {
        MatchKind::Exact => (w.clone(), None),
        MatchKind::Stem => (format!("{w} = {query}"), Some("same stem")),
        MatchKind::Alias => (format!("{w} = {query}"), Some("alias")),
        MatchKind::CloseSpelling => (format!("{query} → {w}"), Some("close spelling")),
        MatchKind::Prefix => (format!("{query}… → {w}"), Some("prefix")),
        MatchKind::Phrase => (format!("\"{w}\""), Some("phrase")),
    };
    let fields = f.fields.iter().map(|field| {
        t(match field {
            MatchField::Title => "title",
            MatchField::Text => "text",
            MatchField::Source => "source",
            MatchField::Names => "names found in the article",
        })
    });
    let notes: Vec<&str> = kind.map(t).into_iter().chain(fields).collect();
    format!("{shown} ({})", notes.join(", "))
}
