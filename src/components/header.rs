//! The masthead: the dossier's title, interface language switch and light/dark toggle.

use crate::state::use_state;
use leptos::prelude::*;

const THEME_KEY: &str = "dossier-theme";

/// Sets `data-theme` on `<html>` so the CSS can override the system preference.
fn apply_theme(theme: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-theme", theme);
    }
}

/// The dossier's title, as `cargo xtask build` wrote it into the page from the
/// corpus's `dossier.toml` (`<meta name="application-name">`), or "Dossier".
fn dossier_title() -> String {
    document()
        .query_selector(r#"meta[name="application-name"]"#)
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|title| !title.trim().is_empty() && !title.starts_with("__"))
        .unwrap_or_else(|| "Dossier".into())
}

/// Title bar with the interface switches.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let storage = window().local_storage().ok().flatten();
    let prefers_dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let stored = storage
        .as_ref()
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten());
    let dark = RwSignal::new(stored.map_or(prefers_dark, |t| t == "dark"));
    Effect::new(move |_| apply_theme(if dark.get() { "dark" } else { "light" }));
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", state.ui.get().code());
        }
    });
    let toggle_theme = move |_| {
        dark.update(|d| *d = !*d);
        if let Some(s) = window().local_storage().ok().flatten() {
            let _ = s.set_item(THEME_KEY, if dark.get_untracked() { "dark" } else { "light" });
        }
    };
    let switch_ui = move |_| {
        let next = state.ui.get_untracked().other();
        next.remember();
        state.ui.set(next);
    };
    view! {
        <header class="masthead">
            <h1 class="brand">{dossier_title()}</h1>
            <crate::components::search_box::SearchBox />
            <div class="switches">
                <button type="button" data-testid="ui-lang" lang=move || state.ui.get().other().code()
                    // The visible word is the accessible name (WCAG 2.5.3, label in name); the title says what it does.
                    title=state.t("Switch the interface to French") on:click=switch_ui>
                    {state.t("Français")}
                </button>
                <button type="button" data-testid="theme" aria-pressed=move || dark.get().to_string() on:click=toggle_theme>
                    {move || state.t(if dark.get() { "Light mode" } else { "Dark mode" })}
                </button>
            </div>
        </header>
    }
}
