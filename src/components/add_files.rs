//! Adding the reader's own articles: a panel with file and folder pickers, a drop
//! zone (the whole page accepts drops), progress, the per-file report, and
//! removing what was added. The work happens in the library worker.

use crate::dropped::Dropped;
use crate::library;
use crate::state::{use_state, AppState};
use dossier_core::protocol::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Files of a picker's `FileList`, with their path inside a picked folder.
fn picked(list: Option<web_sys::FileList>) -> Vec<(String, web_sys::File)> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|file| {
            let relative = js_sys::Reflect::get(&file, &"webkitRelativePath".into()).ok();
            let path = relative
                .and_then(|p| p.as_string())
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| file.name());
            (path, file)
        })
        .collect()
}

/// Makes the whole page a drop target for article files while it is open.
pub fn accept_drops(state: AppState, dragging: RwSignal<bool>) {
    let has_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer().is_some_and(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let _ = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    let _ = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window (not just moving between elements) has no related target.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let _ = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if has_files(&ev) {
            ev.prevent_default();
            if let Some(dropped) = ev.data_transfer().map(|dt| Dropped::take(&dt)) {
                spawn_local(async move { library::add_files(state, dropped.files().await).await });
            }
        }
    });
}

/// The "Your articles" panel.
#[component]
pub fn AddFiles() -> impl IntoView {
    let state = use_state();
    let lib = state.library;
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(library::add_files(state, picked(input.files())));
        input.set_value("");
    };
    let folder_input = NodeRef::<leptos::html::Input>::new();
    // `webkitdirectory` is not a standard attribute, so set it on the element.
    Effect::new(move || {
        if let Some(input) = folder_input.get() {
            let _ = input
                .unchecked_ref::<web_sys::Element>()
                .set_attribute("webkitdirectory", "");
        }
    });
    view! {
        <section id="add-files" class="add-files" data-testid="add-files" aria-labelledby="add-files-title">
            <h2 id="add-files-title">{state.t("Your articles")}</h2>
            <p class="hint">
                {state.t("Add .md, .txt or saved web pages (.html), or a .zip of them. They stay in this browser: nothing is uploaded.")}
            </p>
            <div class="pickers">
                <label class="button">
                    {state.t("Choose files")}
                    <input type="file" class="visually-hidden" multiple accept=".md,.txt,.html,.htm,.mhtml,.mht,.zip,text/plain,text/markdown,text/html,multipart/related,application/zip" data-testid="add-files-input" on:change=on_pick />
                </label>
                <label class="button">
                    {state.t("Choose a folder")}
                    <input type="file" class="visually-hidden" node_ref=folder_input data-testid="add-folder-input" on:change=on_pick />
                </label>
                <span class="hint">{state.t("or drop them anywhere on the page")}</span>
            </div>
            {move || lib.progress.get().map(|(done, total)| {
                // While an archive expands, its entries are counted and it is named;
                // after the last file, near-duplicates and the index take a moment more.
                let label = match library::reading().filter(|f| !f.is_empty()) {
                    Some(file) => format!(" {done} / {total} — {file}"),
                    None if done < total => format!(" {done} / {total}"),
                    None => format!(" {total} / {total} — {}", state.t("indexing…")),
                };
                view! {
                    <p class="progress" role="status">
                        <progress data-testid="add-progress" max=total value=done></progress>
                        {label} " "
                        <button type="button" data-testid="add-cancel" on:click=move |_| library::cancel(state)>
                            {state.t("Cancel")}
                        </button>
                    </p>
                }
            })}
            {move || lib.error.get().map(|e| view! { <p class="error" role="alert" data-testid="add-error">{e}</p> })}
            <Report />
            <p class="hint">
                {state.t("Your dossier as a site of its own:")} " "
                <button
                    type="button"
                    data-testid="export-zip-all"
                    disabled=move || lib.exporting.get()
                    on:click=move |_| {
                        lib.exporting.set(true);
                        library::send(state, Request::Export { ids: None });
                    }
                >
                    {state.t("Download every article (.md zip)")}
                </button>
            </p>
            <Show when=move || { lib.added.get() > 0 }>
                <p class="added-count">
                    {state.t("Kept in this browser:")} " "
                    <span data-testid="added-count">{move || lib.added.get()}</span> " "
                    <button type="button" data-testid="remove-all-added" on:click=move |_| library::send(state, Request::Remove { ids: None })>
                        {state.t("Remove them all")}
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// What became of the last drop: counts, near-duplicates, replacements, and
/// each file that failed or was not kept.
#[component]
fn Report() -> impl IntoView {
    let state = use_state();
    move || {
        let report = state.library.report.get()?;
        let added = report.added.len();
        let space = report.short_of_space.map(|(needed, free)| {
            format!(
                "{} ({} {}, {} {})",
                state.t("These files may not fit in this browser's storage"),
                megabytes(needed),
                state.t("needed"),
                megabytes(free),
                state.t("free")
            )
        });
        Some(view! {
            <div class="add-report" data-testid="add-report" role="status">
                <p>
                    <span data-testid="added-now">{added}</span> " "
                    {state.t(if added == 1 { "article added" } else { "articles added" })}
                </p>
                {space.map(|s| view! { <p class="problem" data-testid="add-space">{s}</p> })}
                <ul>
                    {report.unsaved.into_iter().map(|line| view! {
                        <li class="problem" data-testid="add-unsaved">{format!("{} — {line}", state.t("Not saved"))}</li>
                    }).collect_view()}
                    {report.replaced.into_iter().map(|r| {
                        let what = if r.earlier_path.is_empty() {
                            state.t("replaces an article added earlier").to_string()
                        } else {
                            format!("{} {}", state.t("replaces the article added earlier from"), r.earlier_path)
                        };
                        let changed = if r.text_changed { format!(" ({})", state.t("its text differs")) } else { String::new() };
                        view! {
                            <li class="problem" data-testid="add-replaced" data-doc-id=r.id.clone()>
                                {format!("{} ({}) — {what}{changed}", r.id, r.path)}
                            </li>
                        }
                    }).collect_view()}
                    {report.duplicates.into_iter().map(|(id, of)| view! {
                        <li data-testid="add-duplicate" data-doc-id=id.to_string() data-duplicate-of=of.to_string()>
                            {format!("{id} — {} {of}", state.t("Near-duplicate of"))}
                        </li>
                    }).collect_view()}
                    {report.problems.into_iter().map(|p| view! {
                        <li class="problem" data-testid="add-problem">{p}</li>
                    }).collect_view()}
                </ul>
            </div>
        })
    }
}

/// `n` bytes in megabytes, one decimal (a drop is rarely a round number of them).
fn megabytes(n: u64) -> String {
    format!("{:.1} MB", n as f64 / 1e6)
}

/// A stored library that does not open (saved by a newer version, unreadable,
/// too large), with a way out: download what can be read, or clear it. Also
/// says when opening waits for the site's other tabs.
#[component]
pub fn StoredLibraryProblem() -> impl IntoView {
    let state = use_state();
    let lib = state.library;
    view! {
        <Show when=move || lib.blocked.get()>
            <p class="library-problem" role="status" data-testid="library-blocked">
                {state.t("Your articles wait for this site's other tabs, still on an older version, to close.")}
            </p>
        </Show>
        {move || lib.unopenable.get().map(|reason| view! {
            <div class="library-problem" role="alert" data-testid="library-unopenable">
                <p>{format!("{}: {reason}", state.t("Your stored articles cannot be opened"))}</p>
                <button
                    type="button"
                    data-testid="library-export"
                    disabled=move || lib.exporting.get()
                    on:click=move |_| {
                        lib.exporting.set(true);
                        library::send(state, Request::ExportStored);
                    }
                >
                    {state.t("Download what can be read")}
                </button> " "
                <button
                    type="button"
                    data-testid="library-clear"
                    on:click=move |_| {
                        lib.unopenable.set(None);
                        library::send(state, Request::ClearStored);
                    }
                >
                    {state.t("Clear them")}
                </button>
            </div>
        })}
    }
}
