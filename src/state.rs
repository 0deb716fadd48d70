//! The app's state: the loaded corpus and engine, the view mirrored in the URL,
//! and the memos every component reads. Provided once by context.

use crate::data_parts::{request, request_parts, PartSignals, Urgency};
use crate::i18n::UiLang;
use crate::loaded::{ArticleRef, Loaded};
use crate::paced::ClickPace;
use crate::url::{self, HistoryMode};
use dossier_core::protocol::AddSummary;
use dossier_core::search::{Need, SearchResults};
use dossier_core::view::{Notice, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// The reader's own articles: what the library worker reports (see [`crate::library`]).
#[derive(Clone, Copy)]
pub struct LibraryState {
    /// How many articles the reader added (kept in IndexedDB).
    pub added: RwSignal<u32>,
    /// `(done, total)` files while a drop is being read and ingested.
    pub progress: RwSignal<Option<(u32, u32)>>,
    /// What became of the last drop, file by file.
    pub report: RwSignal<Option<AddSummary>>,
    /// Why the last library request failed.
    pub error: RwSignal<Option<String>>,
    /// True while a zip export is being made.
    pub exporting: RwSignal<bool>,
    /// True while opening the library waits for other tabs of this site (on an older version) to close.
    pub blocked: RwSignal<bool>,
    /// Why the stored library does not open, when it does not.
    pub unopenable: RwSignal<Option<String>>,
    /// The corpus as built, without the reader's articles: restored when they remove them all.
    pub bundled: RwSignal<Option<Arc<Loaded>>>,
}

impl LibraryState {
    fn new() -> Self {
        LibraryState {
            added: RwSignal::new(0),
            progress: RwSignal::new(None),
            report: RwSignal::new(None),
            error: RwSignal::new(None),
            exporting: RwSignal::new(false),
            blocked: RwSignal::new(false),
            unopenable: RwSignal::new(None),
            bundled: RwSignal::new(None),
        }
    }
}

/// How many results the list shows before "Show more".
pub const PAGE: usize = 20;

/// Everything components read, passed by context; cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub loaded: RwSignal<Option<Arc<Loaded>>>,
    /// Why the corpus could not be loaded.
    pub load_error: RwSignal<Option<String>>,
    /// Bytes of the data file received so far, and its size when known.
    pub load_progress: RwSignal<(u64, Option<u64>)>,
    /// The view, mirrored in the URL.
    pub view: RwSignal<ViewState>,
    /// Notices about dropped URL values.
    pub notices: RwSignal<Vec<Notice>>,
    /// True once the corpus is loaded and the first view painted.
    pub ready: RwSignal<bool>,
    /// Interface language.
    pub ui: RwSignal<UiLang>,
    /// How many results to list (grows with "Show more"; not part of the URL).
    pub shown: RwSignal<usize>,
    /// How many of the listed cards fetch their snippet texts: those on screen
    /// and half a screen below (see `components::snippet_reach`). The others' texts come
    /// when the reader scrolls to them; a new list waits for the cards in reach
    /// only, and shows the others as placeholders until their cards arrive.
    pub snippet_reach: RwSignal<usize>,
    /// The search for the current view as last settled (every index part it
    /// needs loaded; snippets may still be on their way); `None` until then.
    /// Ignores `doc`, so opening an article does not search again.
    pub results: Memo<Option<SearchResults>>,
    /// True while the current view waits for index parts (the results shown
    /// are the previous view's).
    pub searching: Memo<bool>,
    /// True once the current view's results and the snippets of its cards in
    /// reach are all there.
    pub settled: Memo<bool>,
    /// Bumped when postings or words arrive, so views that lacked them run again.
    pub parts: RwSignal<u32>,
    /// Bumped when article texts arrive (snippets, the reader).
    pub bodies: RwSignal<u32>,
    /// Bumped when a word block fetched ahead of typing arrives (see [`crate::prefetch`]).
    pub ahead: RwSignal<u32>,
    /// Why an index part could not be loaded.
    pub part_error: RwSignal<Option<String>>,
    /// The reader's own articles.
    pub library: LibraryState,
    /// How filter clicks reach the view (see [`AppState::click_view`]).
    pub clicks: ClickPace,
}

impl AppState {
    /// State restored from the current URL.
    pub fn from_url() -> Self {
        let (view, notices) = ViewState::parse(&url::current_query());
        let loaded = RwSignal::new(None::<Arc<Loaded>>);
        let view = RwSignal::new(view);
        let shown = RwSignal::new(PAGE);
        let search_view = Memo::new(move |_| ViewState {
            doc: None,
            ..view.get()
        });
        let parts = RwSignal::new(0u32);
        let bodies = RwSignal::new(0u32);
        // Until the list's layout says how many cards the reader can see.
        let first_reach = crate::reach::first_reach(PAGE);
        let snippet_reach = RwSignal::new(first_reach);
        // The reach when the view (or its length) last changed: a list waits
        // for the cards the reader can see then. Scrolling on adds the cards
        // that come into reach as they arrive, without waiting anew.
        let reach_of_view = StoredValue::new((None::<(ViewState, usize)>, first_reach));
        let attempt = Memo::new(move |_| {
            parts.track();
            let list = (search_view.get(), shown.get());
            if reach_of_view.with_value(|(of, _)| of.as_ref() != Some(&list)) {
                reach_of_view.set_value((Some(list.clone()), snippet_reach.get_untracked()));
            }
            let reach = reach_of_view.with_value(|(_, reach)| *reach);
            let (state, limit) = list;
            loaded.with(|l| {
                l.as_ref()
                    .map(|l| l.engine().run_page_reaching(&state, 0, limit, reach))
            })
        });
        // Until the parts a view needs arrive, keep showing the last settled
        // one; fill in snippets as their texts arrive.
        let results = Memo::new(move |prev: Option<&Option<SearchResults>>| {
            bodies.track();
            attempt.with(|a| match a {
                Some(r) if !r.pending.is_empty() => prev.cloned().flatten(),
                Some(r) => {
                    let mut r = r.clone();
                    if let Some(l) = loaded.get_untracked() {
                        search_view.with_untracked(|state| l.engine().fill_snippets(state, &mut r));
                    }
                    Some(r)
                }
                None => None,
            })
        });
        let searching =
            Memo::new(move |_| attempt.with(|a| a.as_ref().is_some_and(|r| !r.pending.is_empty())));
        // What the settled list still wants in reach: the cards of the
        // placeholders scrolled to and their texts (one wave, not a card's
        // round trip and then its text's), then its snippets' texts.
        let list_wants = Memo::new(move |_| {
            let reach = snippet_reach.get();
            results.with(|r| {
                let r = r.as_ref()?;
                let unlisted = [r.unlisted_cards_within(reach), r.unlisted_texts_within(reach)];
                loaded.with(|l| {
                    l.as_ref()
                        .map(|l| [unlisted.concat(), l.engine().snippet_texts_wanted(r, reach)].concat())
                })
            })
        });
        let settled = Memo::new(move |_| {
            !searching.get() && list_wants.with(|w| w.as_ref().is_some_and(Vec::is_empty))
        });
        AppState {
            loaded,
            load_error: RwSignal::new(None),
            load_progress: RwSignal::new((0, None)),
            view,
            notices: RwSignal::new(notices),
            ready: RwSignal::new(false),
            ui: RwSignal::new(UiLang::initial()),
            shown,
            snippet_reach,
            results,
            searching,
            settled,
            parts,
            bodies,
            ahead: RwSignal::new(0),
            part_error: RwSignal::new(None),
            library: LibraryState::new(),
            clicks: ClickPace::new(),
        }
        .fetching_what_views_lack(attempt, list_wants)
        .fetching_ahead()
    }

    /// Fetches what typing will need and warms the index when idle (see [`crate::prefetch`]).
    fn fetching_ahead(self) -> Self {
        crate::prefetch::start(self.loaded, self.part_signals(), self.ready, self.settled);
        self
    }

    /// Fetches the index parts the view lacks (see [`request`]): what its
    /// results need and, beside them, the texts of its snippets; settled,
    /// what the list wants in reach (`list_wants`), and at a pause the cards
    /// of the rest of the list.
    fn fetching_what_views_lack(
        self,
        attempt: Memo<Option<SearchResults>>,
        list_wants: Memo<Option<Vec<Need>>>,
    ) -> Self {
        Effect::new(move || {
            let Some(loaded) = self.loaded.get() else { return };
            let pending = attempt.with(|a| a.as_ref().map(|r| r.pending.clone()).unwrap_or_default());
            let (texts, offscreen) = if pending.is_empty() {
                let texts = list_wants.get().unwrap_or_default();
                let offscreen = self.results.with(|r| {
                    (r.iter().flat_map(|r| r.unlisted_cards_within(usize::MAX)))
                        .filter(|n| !texts.contains(n))
                        .collect()
                });
                (texts, offscreen)
            } else {
                let reach = self.snippet_reach.get();
                let texts = attempt.with(|a| {
                    a.as_ref()
                        .map(|r| loaded.engine().snippet_texts_wanted(r, reach))
                        .unwrap_or_default()
                });
                (texts, Vec::new())
            };
            request(self.part_signals(), &loaded, &pending, Urgency::View);
            request(self.part_signals(), &loaded, &texts, Urgency::Texts);
            request(self.part_signals(), &loaded, &offscreen, Urgency::Offscreen);
        });
        self
    }

    /// Re-reads the URL after Back/Forward.
    pub fn sync_from_url(&self) {
        url::drop_pending();
        let (view, notices) = ViewState::parse(&url::current_query());
        self.view.set(view);
        self.notices.set(notices);
        if self.ready.get_untracked() {
            self.drop_unknown_filters();
        }
    }

    /// Drops the URL's languages, topics, names and trend series this dossier does not have (with
    /// a notice) instead of filtering silently to nothing. Called once the
    /// reader's own articles are in, since they may bring languages.
    pub fn drop_unknown_filters(&self) {
        let Some(loaded) = self.loaded.get_untracked() else {
            return;
        };
        let langs: Vec<&str> = loaded.engine().index().langs.iter().map(String::as_str).collect();
        let topics: Vec<&str> = loaded.corpus().topics.iter().map(|t| t.slug.as_str()).collect();
        let mut view = self.view.get_untracked();
        let mut notices = view.drop_unknown(&langs, &topics);
        let sources: Vec<&str> = loaded.engine().sources().iter().map(String::as_str).collect();
        let entities: Vec<&str> = loaded.corpus().entities.iter().map(|e| e.name.as_str()).collect();
        notices.extend(view.drop_unknown_names(&sources, &entities));
        notices.extend(view.drop_unknown_series(&topics, &sources, &entities));
        if !notices.is_empty() {
            self.notices.update(|n| n.extend(notices));
            self.update_view(HistoryMode::Replace, |v| *v = view);
        }
    }

    /// Applies a change to the view and records it in the URL: `Push` for
    /// deliberate changes (Back undoes them), `Replace` while typing.
    pub fn update_view(&self, mode: HistoryMode, change: impl FnOnce(&mut ViewState)) {
        self.view.update(change);
        if mode == HistoryMode::Push {
            self.shown.set(PAGE);
        }
        url::set_query(&self.view.with_untracked(ViewState::to_query_string), mode);
    }

    /// A filter clicked (a facet, a date, a bar, a chip): the change as a
    /// new history entry, at once or after the next paint where views are
    /// slow ([`ClickPace`]).
    pub fn click_view(&self, change: impl FnOnce(&mut ViewState) + 'static) {
        let state = *self;
        self.clicks
            .run(move || state.update_view(HistoryMode::Push, change));
    }

    /// Translates an interface string into the current UI language. Untracked:
    /// [`crate::App`] renders the page anew when the language changes, which
    /// keeps dozens of reactive text nodes (and their code) out of the wasm.
    pub fn t(&self, key: &'static str) -> &'static str {
        self.ui.get_untracked().t(key)
    }

    /// The signals the queue of index parts writes.
    pub fn part_signals(&self) -> PartSignals {
        PartSignals {
            parts: self.parts,
            bodies: self.bodies,
            ahead: self.ahead,
            error: self.part_error,
        }
    }

    /// The article at this position of the corpus (as in search hits), if its
    /// card is loaded.
    pub fn article_at(&self, doc: usize) -> Option<ArticleRef> {
        ArticleRef::new(self.loaded.get_untracked()?, doc)
    }

    /// The article at this position of `loaded`'s corpus, or `None` while
    /// its card is fetched (for the reader: tracks the parts, so the caller
    /// runs again once it is in).
    pub fn card(&self, loaded: &Arc<Loaded>, doc: usize) -> Option<ArticleRef> {
        self.parts.track();
        if let Err(need) = loaded.engine().article(doc) {
            request_parts(self.part_signals(), loaded, &[need]);
        }
        ArticleRef::new(loaded.clone(), doc)
    }

    /// The article with this id, or `None` while its id block and card are
    /// fetched (or when there is no such article: see [`Self::find`]).
    pub fn article(&self, id: &str) -> Option<ArticleRef> {
        let loaded = self.loaded.get()?;
        let doc = self.find(&loaded, id)??;
        self.card(&loaded, doc)
    }

    /// Where the article with this id is in `loaded`'s corpus: `Some(None)`
    /// when there is none, `None` while its id block is fetched (tracks the
    /// parts, so the caller runs again once it is in).
    pub fn find(&self, loaded: &Arc<Loaded>, id: &str) -> Option<Option<usize>> {
        self.parts.track();
        match loaded.engine().find(id) {
            Ok(found) => Some(found),
            Err(need) => {
                request_parts(self.part_signals(), loaded, &[need]);
                None
            }
        }
    }
}

/// The state provided by [`crate::App`].
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
