//! The result list: count, sort, one card per hit with highlighted snippet.

use crate::components::marked::Marked;
use crate::state::{use_state, PAGE};
use crate::url::HistoryMode;
use dossier_core::model::{Article, Origin};
use dossier_core::search::Hit;
use dossier_core::view::{Sort, ViewState};
use leptos::{html, prelude::*};

/// Count, sort control and the matching articles.
#[component]
pub fn ResultList() -> impl IntoView {
    let state = use_state();
    let total = move || state.results.with(|r| r.as_ref().map_or(0, |r| r.total));
    let hits = move || {
        state
            .results
            .with(|r| r.as_ref().map(|r| r.hits.clone()).unwrap_or_default())
    };
    let more = move || {
        state
            .results
            .with(|r| r.as_ref().is_some_and(|r| r.entries > state.shown.get()))
    };
    // The entries of the page past the hits, whose cards are on their way
    // (see `Engine::run_page_reaching`).
    let placeholders = move || {
        state.results.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.entries.min(state.shown.get()).saturating_sub(r.hits.len())
            })
        })
    };
    let list = NodeRef::<html::Ol>::new();
    crate::components::snippet_reach::track(state, list);
    view! {
        <h2 class="visually-hidden">{state.t("Results")}</h2>
        <div class="result-bar">
            <p class="result-count" data-testid="result-count"
                data-searching=move || state.searching.get().to_string()>
                {move || count_text(total(), state.searching.get())}
            </p>
            <Announcer text=Signal::derive(move || count_text(total(), false)) />
            <SortControl />
        </div>
        <crate::components::did_you_mean::DidYouMean />
        <Show when=move || total() == 0>
            <crate::components::empty::EmptyState />
        </Show>
        <ol class="result-list" node_ref=list>
            <For each=hits key=|h| (h.id.clone(), h.snippet.text.is_empty(), h.snippet.highlights.clone(), h.title_highlights.clone(), h.story.clone()) let(hit)>
                <ResultCard hit />
            </For>
            {move || (0..placeholders()).map(|_| view! { <Placeholder /> }).collect_view()}
        </ol>
        <Show when=more>
            <button type="button" class="show-more" on:click=move |_| state.shown.update(|n| *n += PAGE)>
                {state.t("Show more")}
            </button>
        </Show>
    }
}

/// "12 articles", and " (searching…)" while the view waits for index parts.
fn count_text(n: usize, searching: bool) -> String {
    let state = use_state();
    let searching = if searching { state.t(" (searching…)") } else { "" };
    format!(
        "{n} {}{searching}",
        state.t(if n == 1 { "article" } else { "articles" })
    )
}

/// How long the count must hold still before it is announced: a screen
/// reader hears the count once when typing pauses, not once per key.
const ANNOUNCE_AFTER_MS: u32 = 500;

/// A visually hidden live region that announces `text` once it has held
/// still for [`ANNOUNCE_AFTER_MS`].
#[component]
fn Announcer(text: Signal<String>) -> impl IntoView {
    let announced = RwSignal::new(String::new());
    let timer = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    Effect::new(move || {
        let now = text.get();
        // Dropping the previous timeout cancels it.
        timer.set_value(Some(gloo_timers::callback::Timeout::new(
            ANNOUNCE_AFTER_MS,
            move || {
                let _ = announced.try_set(now);
            },
        )));
    });
    view! {
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="result-announce">
            {move || announced.get()}
        </p>
    }
}

/// The sort select; its choice goes in the URL.
#[component]
fn SortControl() -> impl IntoView {
    let state = use_state();
    let current = move || state.view.with(ViewState::effective_sort).as_str();
    let options = [
        (Sort::Relevance, "Relevance"),
        (Sort::Newest, "Newest first"),
        (Sort::Oldest, "Oldest first"),
    ];
    view! {
        <label class="sort">
            <span>{state.t("Sort")}</span>
            <select
                data-testid="sort"
                prop:value=current
                on:change=move |ev| {
                    let sort = Sort::parse(&event_target_value(&ev));
                    state.update_view(HistoryMode::Push, move |v| v.sort = sort);
                }
            >
                {options
                    .into_iter()
                    .map(|(sort, label)| {
                        view! {
                            <option value=sort.as_str() selected=move || current() == sort.as_str()>
                                {state.t(label)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The query string that opens article `id` over the current view.
pub fn doc_href(state: &ViewState, id: &str) -> String {
    let mut next = state.clone();
    next.doc = Some(id.to_string());
    format!("?{}", next.to_query_string())
}

/// `text` direction for an article language.
pub fn dir_of(lang: &str) -> &'static str {
    if matches!(lang, "ar" | "fa" | "he" | "ur") {
        "rtl"
    } else {
        "ltr"
    }
}

/// The article's date as shown: `2023-02`, or "undated".
pub fn date_label(article: &Article, undated: &'static str) -> String {
    article
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| undated.to_string())
}

/// The "yours" badge of an article the reader added, with a button to remove it.
#[component]
fn Yours(
    /// The added article's id.
    id: String,
    /// Its title, to name it to screen readers.
    title: String,
) -> impl IntoView {
    let state = use_state();
    let remove = move |_| {
        let ids = Some(vec![id.clone()]);
        crate::library::send(state, dossier_core::protocol::Request::Remove { ids });
    };
    view! {
        <span class="tag yours" data-testid="yours">{state.t("yours")}</span>
        <button
            type="button"
            class="remove-added"
            data-testid="remove-added"
            aria-label=format!("{} “{title}”", state.t("Remove"))
            on:click=remove
        >
            {state.t("Remove")}
        </button>
    }
}

/// A card whose article is on its way: the lines of one, empty, so the list
/// keeps its length and the reach measured over it holds (style/main.css).
#[component]
fn Placeholder() -> impl IntoView {
    view! {
        <li class="result placeholder" aria-hidden="true">
            <h3 class="result-title"></h3>
            <p class="result-meta"></p>
            <p class="snippet pending"></p>
        </li>
    }
}

/// One result: title (a link that opens the reader), metadata, snippet.
#[component]
fn ResultCard(hit: Hit) -> impl IntoView {
    let state = use_state();
    let Some(article) = state.article_at(hit.doc) else {
        return ().into_any();
    };
    let id = hit.id.clone();
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return; // let the browser open a new tab
        }
        ev.prevent_default();
        let id = id.clone();
        state.update_view(HistoryMode::Push, move |v| v.doc = Some(id));
    };
    let id = hit.id.clone();
    let href = move || state.view.with(|v| doc_href(v, &id));
    let topics = article.topics.iter().map(|t| t.slug.clone()).collect::<Vec<_>>();
    let lang = article.lang.clone();
    // While texts are on their way. The card is made anew when its snippet
    // arrives (the list's key has it); an article without text stops
    // waiting when the others' texts are in.
    let no_text = hit.snippet.text.is_empty();
    let pending = move || {
        no_text
            && state
                .results
                .with(|r| r.as_ref().is_some_and(|r| !r.pending_snippets.is_empty()))
    };
    view! {
        <li class="result" data-testid="result" data-doc-id=hit.id.clone()>
            <h3 class="result-title" lang=article.lang.clone() dir=dir_of(&article.lang)>
                <a href=href on:click=open data-testid="result-link">
                    <Marked text=article.title.clone() ranges=hit.title_highlights.clone() />
                </a>
            </h3>
            <p class="result-meta">
                <span class="result-date">{date_label(&article, state.t("undated"))}</span>
                <span class="result-lang">{move || state.ui.get().language_name(&lang)}</span>
                {article.source.clone().map(|s| view! { <span class="result-source">{s}</span> })}
                {(article.origin == Origin::Added).then(|| view! { <Yours id=hit.id.clone() title=article.title.clone() /> })}
                {topics
                    .into_iter()
                    .map(|slug| view! { <span class="tag">{crate::components::chips::topic_label(&slug)}</span> })
                    .collect_view()}
            </p>
            // Until its text arrives the snippet is an empty line box of the
            // same fixed height (style/main.css), so the list does not move.
            <p class="snippet" class:pending=pending aria-busy=move || pending().to_string() data-testid="snippet"
                lang=article.lang.clone() dir=dir_of(&article.lang)>
                <Marked text=hit.snippet.text.clone() ranges=hit.snippet.highlights.clone() />
            </p>
            {hit.story.clone().map(|story| view! { <crate::components::story_card::StoryCard story /> })}
        </li>
    }
    .into_any()
}
