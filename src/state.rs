//! The app's state: the loaded corpus and the view, shared by context.

use crate::url::{self, HistoryMode};
use dossier_core::model::Corpus;
use dossier_core::view::{Notice, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything components read, passed by context; cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The corpus once loaded.
    pub corpus: RwSignal<Option<Arc<Corpus>>>,
    /// Why the corpus could not be loaded.
    pub load_error: RwSignal<Option<String>>,
    /// The view, mirrored in the URL.
    pub view: RwSignal<ViewState>,
    /// Notices about dropped URL values.
    pub notices: RwSignal<Vec<Notice>>,
    /// True once the corpus is loaded and the first view painted.
    pub ready: RwSignal<bool>,
}

impl AppState {
    /// State restored from the current URL.
    pub fn from_url() -> Self {
        let (view, notices) = ViewState::parse(&url::current_query());
        AppState {
            corpus: RwSignal::new(None),
            load_error: RwSignal::new(None),
            view: RwSignal::new(view),
            notices: RwSignal::new(notices),
            ready: RwSignal::new(false),
        }
    }

    /// Re-reads the URL after Back/Forward.
    pub fn sync_from_url(&self) {
        let (view, notices) = ViewState::parse(&url::current_query());
        self.view.set(view);
        self.notices.set(notices);
    }

    /// Applies a change to the view and records it in the URL.
    pub fn update_view(&self, mode: HistoryMode, change: impl FnOnce(&mut ViewState)) {
        self.view.update(change);
        url::set_query(&self.view.with_untracked(ViewState::to_query_string), mode);
    }
}

/// The state provided by [`crate::App`].
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
