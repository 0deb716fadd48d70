//! A story on a result card ("5 reports · 3 outlets · en, fr, ar", a button
//! that reveals its other reports) and the reader's list of other tellings.

use crate::components::results::{dir_of, doc_href};
use crate::loaded::ArticleRef;
use crate::state::use_state;
use crate::url::HistoryMode;
use dossier_core::search::StoryInfo;
use leptos::prelude::*;

/// "5 reports · 3 outlets · en, fr, ar" in the interface language.
fn summary(reports: usize, outlets: usize, langs: &[String]) -> String {
    let state = use_state();
    let outlets = match outlets {
        0 => String::new(),
        1 => format!(" · 1 {}", state.t("outlet")),
        n => format!(" · {n} {}", state.t("outlets")),
    };
    format!("{reports} {}{outlets} · {}", state.t("reports"), langs.join(", "))
}

/// A link that opens article `id` in the reader, keeping the rest of the view.
#[component]
fn TellingLink(
    /// The article linked to.
    article: ArticleRef,
) -> impl IntoView {
    let state = use_state();
    let id = article.id.clone();
    let href = move || state.view.with(|v| doc_href(v, &id));
    let id = article.id.clone();
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return; // a new tab
        }
        ev.prevent_default();
        let id = id.clone();
        state.update_view(HistoryMode::Push, move |v| v.doc = Some(id));
    };
    let source = article.source.clone().map(|s| format!(" — {s}"));
    view! {
        <a href=href on:click=open lang=article.lang.clone() dir=dir_of(&article.lang)>{article.title.clone()}</a>
        <span class="telling-meta">{format!(" ({})", article.lang)}{source}</span>
    }
}

/// The story a result stands for: its summary and, on request, its other reports.
#[component]
pub fn StoryCard(
    /// The reports the view matches, the card's own first.
    story: StoryInfo,
) -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let size = story.docs.len();
    let text = summary(size, story.outlets, &story.langs);
    let list_id = format!("story-{}", story.members.first().cloned().unwrap_or_default());
    let others: Vec<ArticleRef> = story
        .docs
        .iter()
        .skip(1)
        .filter_map(|&d| state.article_at(d))
        .collect();
    view! {
        <div class="story" data-testid="story" data-size=size.to_string()>
            <button type="button" class="story-toggle" data-testid="story-toggle"
                aria-expanded=move || open.get().to_string() aria-controls=list_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)>
                {text}
            </button>
            <ul class="story-members" id=list_id hidden=move || !open.get()>
                {others.into_iter().map(|a| {
                    let id = a.id.clone();
                    view! { <li data-testid="story-member" data-doc-id=id><TellingLink article=a /></li> }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The reader's "Other tellings": every other report of the open article's
/// story (whatever the filters), nothing when it stands alone.
#[component]
pub fn OtherTellings(
    /// The article open in the reader.
    article: ArticleRef,
) -> impl IntoView {
    let state = use_state();
    let doc = article.doc() as u32;
    let members: Vec<u32> = article
        .loaded()
        .corpus()
        .stories
        .members_of(doc)
        .map(<[u32]>::to_vec)
        .unwrap_or_default();
    // Reactive: a teller's card may still be on its way.
    move || {
        let others: Vec<ArticleRef> = members
            .iter()
            .filter(|&&m| m != doc)
            .filter_map(|&m| state.card(article.loaded(), m as usize))
            .collect();
        (!others.is_empty()).then(|| {
            view! {
                <section class="other-tellings" aria-labelledby="tellings-title" data-testid="other-tellings">
                    <h3 id="tellings-title">{state.t("Other tellings")}</h3>
                    <ul>
                        {others.into_iter().map(|a| {
                            let id = a.id.clone();
                            view! { <li data-testid="telling" data-doc-id=id><TellingLink article=a /></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
