//! The reader: the open article (`doc=` in the URL) with its metadata, the
//! original text on request, related articles and prev/next through the results.

use crate::components::marked::Marked;
use crate::components::reader_body::{MatchNav, ReaderBody};
use crate::components::reader_entities::ReaderEntities;
use crate::components::results::{date_label, dir_of, doc_href};
use crate::loaded::{ArticleRef, Loaded};
use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::model::DateBasis;
use dossier_core::search::Need;
use leptos::prelude::*;
use std::sync::Arc;

/// Opens article `id` (or closes the reader with `None`), as a new history entry.
fn open(id: Option<String>) {
    use_state().update_view(HistoryMode::Push, move |v| v.doc = id);
}

/// Closes the reader and returns focus to the result that was open.
pub fn close(state: crate::state::AppState) {
    let id = state.view.with_untracked(|v| v.doc.clone());
    state.update_view(HistoryMode::Push, |v| v.doc = None);
    if let Some(id) = id {
        request_animation_frame(move || {
            let selector = format!("[data-doc-id=\"{}\"] a", id.replace('"', ""));
            if let Ok(Some(link)) = document().query_selector(&selector) {
                use wasm_bindgen::JsCast;
                let _ = link.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
}

/// The reader panel, shown while `doc=` names an article of the corpus.
#[component]
pub fn Reader() -> impl IntoView {
    let state = use_state();
    let article = Memo::new(move |_| {
        state
            .view
            .with(|v| v.doc.clone())
            .and_then(|id| state.article(&id))
    });
    view! {
        {move || article.get().map(|a| view! { <ReaderPanel article=a /> })}
    }
}

/// Ids before and after `id` in the listed results.
fn neighbours(id: &str) -> (Option<String>, Option<String>) {
    let state = use_state();
    state.results.with(|r| {
        let hits = r.as_ref().map(|r| r.hits.as_slice()).unwrap_or_default();
        let Some(i) = hits.iter().position(|h| h.id == id) else {
            return (None, None);
        };
        (
            i.checked_sub(1).map(|j| hits[j].id.clone()),
            hits.get(i + 1).map(|h| h.id.clone()),
        )
    })
}

/// What `get` reads of article `doc` from its body chunk; `None` (and the chunk
/// asked for) until the chunk is loaded. Runs again when a part arrives.
fn from_chunk<T>(article: &ArticleRef, get: impl Fn(&Loaded, usize) -> Result<T, Need>) -> Option<T> {
    let state = use_state();
    state.parts.track();
    state.bodies.track();
    let loaded: &Arc<Loaded> = article.loaded();
    get(loaded, article.doc())
        .map_err(|need| crate::data_parts::request_parts(state.part_signals(), loaded, &[need]))
        .ok()
}

/// The article's text as it was in its file, fetched on first use.
#[component]
fn OriginalText(
    /// The article shown.
    article: ArticleRef,
) -> impl IntoView {
    let state = use_state();
    // A plain signal filled by a task: `LocalResource` would add its async machinery to the wasm.
    let text = RwSignal::new(None::<Result<String, String>>);
    leptos::task::spawn_local(async move {
        let result = crate::data::load_original(article.loaded(), article.doc()).await;
        let _ = text.try_set(Some(result)); // the reader may have closed meanwhile
    });
    move || match text.get() {
        None => view! { <p class="loading" role="status">{state.t("Loading the corpus…")}</p> }.into_any(),
        Some(Ok(t)) => view! { <pre class="original">{t}</pre> }.into_any(),
        Some(Err(e)) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
    }
}

#[component]
fn ReaderPanel(article: ArticleRef) -> impl IntoView {
    let state = use_state();
    let original = RwSignal::new(false);
    let narrow = narrow_screen();
    let heading = NodeRef::<leptos::html::H2>::new();
    // Move focus into the reader so keyboard and screen-reader users land on it.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let basis = article.date_basis.map(|b| match b {
        DateBasis::Stated => "date stated in the text",
        DateBasis::Metadata => "date from metadata",
    });
    let precision = article.date.map(|d| d.precision().as_str());
    // A site ships bodies (and related articles) in chunks: ask for this one's.
    let of_article = article.clone();
    let body = move || from_chunk(&of_article, |l, d| l.engine().body(d).map(str::to_string));
    let of_article = article.clone();
    // The query's matches in the title and text.
    let marks = Memo::new(move |_| {
        // Results shown for a close spelling mark that spelling (see did_you_mean.rs).
        let q = state.view.with(|v| v.q.clone());
        let corrections = state
            .results
            .with(|r| r.as_ref().map(|r| r.corrections.clone()).unwrap_or_default());
        let q = dossier_core::search::spelling::corrected_query(&q, &corrections);
        from_chunk(&of_article, |l, d| l.engine().article_marks(&q, d)).unwrap_or_default()
    });
    let highlights = Memo::new(move |_| marks.with(|m| m.body.clone()));
    let of_article = article.clone();
    let related = move || from_chunk(&of_article, |l, d| l.engine().related_at(d, 5)).unwrap_or_default();
    let nav_link = move |target: Option<String>, label: &'static str, rel: &'static str| {
        target.map(|id| {
            let href = state.view.with(|v| doc_href(v, &id));
            view! {
                <a href=href rel=rel class="reader-nav-link" on:click=move |ev| {
                    ev.prevent_default();
                    open(Some(id.clone()));
                }>{state.t(label)}</a>
            }
        })
    };
    let lang = article.lang.clone();
    let (id, title) = (article.id.clone(), article.title.clone());
    // The interface language is read untracked: the page is rendered anew when it changes.
    let date = date_label(&article, state.t("undated"));
    let original_of = article.clone();
    let related_in = article.clone();
    view! {
        <section
            class="reader"
            data-testid="reader"
            data-doc-id=article.id.clone()
            aria-labelledby="reader-title"
            // A region landmark beside the results; on a phone it covers the
            // page, so it is a modal dialog that keeps focus inside.
            role=move || narrow.get().then_some("dialog")
            aria-modal=move || narrow.get().then_some("true")
            on:keydown=move |ev| if narrow.get_untracked() { keep_focus_inside(&ev) }
        >
            <div class="reader-bar">
                <nav class="reader-nav">
                    {move || {
                        let (prev, next) = neighbours(&id);
                        (nav_link(prev, "Previous", "prev"), nav_link(next, "Next", "next"))
                    }}
                </nav>
                <button type="button" class="close" data-testid="reader-close" aria-keyshortcuts="Escape"
                    on:click=move |_| close(state)>
                    {state.t("Close")}
                </button>
            </div>
            <h2 id="reader-title" tabindex="-1" node_ref=heading lang=lang.clone() dir=dir_of(&lang)>
                {move || view! { <Marked text=title.clone() ranges=marks.with(|m| m.title.clone()) /> }}
            </h2>
            <crate::components::reader_why::ReaderWhy article=article.clone() />
            <dl class="reader-meta">
                <dt>{state.t("Date")}</dt>
                <dd data-testid="reader-date">
                    {date}
                    {move || precision.zip(basis).map(|(p, b)| format!(" ({p}; {})", state.t(b)))}
                </dd>
                {article.author.clone().map(|a| view! { <dt>{state.t("By")}</dt><dd>{a}</dd> })}
                {article.source.clone().map(|s| view! { <dt>{state.t("Source")}</dt><dd>{s}</dd> })}
                <dt>{state.t("Topics")}</dt>
                <dd>{article.topics.iter().map(|t| crate::components::chips::topic_label(&t.slug)).collect::<Vec<_>>().join(", ")}</dd>
                <dt>{state.t("Entities")}</dt>
                <dd><ReaderEntities entities=article.entities.clone() narrow=narrow.into() /></dd>
            </dl>
            {article.duplicate_of.clone().map(|dup| {
                let href = state.view.with_untracked(|v| doc_href(v, &dup));
                let target = dup.clone();
                view! {
                    <p class="duplicate" data-testid="duplicate-of">
                        {state.t("Near-duplicate of")} " "
                        <a href=href on:click=move |ev| { ev.prevent_default(); open(Some(target.clone())); }>{dup}</a>
                    </p>
                }
            })}
            {(!article.captions.is_empty()).then(|| view! {
                <aside class="captions">
                    <h3>{state.t("Captions")}</h3>
                    {article.captions.iter().map(|c| view! { <p>{c.clone()}</p> }).collect_view()}
                </aside>
            })}
            <button type="button" class="toggle-original" data-testid="toggle-original" aria-pressed=move || original.get().to_string()
                on:click=move |_| original.update(|o| *o = !*o)>
                {move || state.t(if original.get() { "Show cleaned text" } else { "Show original text" })}
            </button>
            {move || (!original.get()).then(|| view! { <MatchNav count=highlights.with(Vec::len) /> })}
            <div class="reader-body" lang=lang.clone() dir=dir_of(&lang) data-testid="reader-body">
                {move || if original.get() {
                    view! { <OriginalText article=original_of.clone() /> }.into_any()
                } else if let Some(text) = body() {
                    view! { <ReaderBody body=text highlights=highlights.get() /> }.into_any()
                } else {
                    view! { <p class="loading" role="status">{state.t("Loading the article…")}</p> }.into_any()
                }}
            </div>
            <crate::components::story_card::OtherTellings article=article.clone() />
            <section class="related" aria-labelledby="related-title">
                <h3 id="related-title">{state.t("Related articles")}</h3>
                <ul>
                    {move || related().into_iter().filter_map(|r| {
                        let a = state.card(related_in.loaded(), r.doc)?;
                        let href = state.view.with(|v| doc_href(v, &a.id));
                        let id = a.id.clone();
                        Some(view! {
                            <li data-testid="related" data-doc-id=a.id.clone()>
                                <a href=href lang=a.lang.clone() dir=dir_of(&a.lang)
                                    on:click=move |ev| { ev.prevent_default(); open(Some(id.clone())); }>
                                    {a.title.clone()}
                                </a>
                            </li>
                        })
                    }).collect_view()}
                </ul>
            </section>
        </section>
    }
}

/// Whether the reader covers the page (the layout's phone breakpoint, as in
/// `style/main.css`), followed as the window is resized.
fn narrow_screen() -> RwSignal<bool> {
    const QUERY: &str = "(max-width: 60rem)";
    let matches = || {
        window()
            .match_media(QUERY)
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
    };
    let narrow = RwSignal::new(matches());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let _ = narrow.try_set(matches());
    });
    on_cleanup(move || handle.remove());
    narrow
}

/// Tab from the reader's last control goes to its first (and Shift+Tab back):
/// focus stays in the dialog while it covers the page.
fn keep_focus_inside(ev: &leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Tab" {
        return;
    }
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = dialog.query_selector_all("a[href], button:not([disabled]), [tabindex=\"0\"]") else {
        return;
    };
    let (Some(first), Some(last)) = (list.get(0), list.get(list.length().saturating_sub(1))) else {
        return;
    };
    let active = document().active_element();
    let at = |node: &web_sys::Node| active.as_ref().is_some_and(|a| a.is_same_node(Some(node)));
    let target = match (ev.shift_key(), at(&first), at(&last)) {
        (true, true, _) => last,
        (false, _, true) => first,
        _ => return,
    };
    ev.prevent_default();
    let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
}
