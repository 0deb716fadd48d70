//! The site's other tabs: each tells the others on a `BroadcastChannel` when
//! it changed the stored library, and reloads its own when told.

use super::site_storage::db_name;
use super::{open, send, WORKER};
use crate::state::AppState;
use dossier_core::protocol::Request;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The channel this site's tabs tell each other on that the stored library changed.
fn channel() -> Option<web_sys::BroadcastChannel> {
    web_sys::BroadcastChannel::new(&db_name()).ok()
}

thread_local! {
    static TABS: RefCell<Option<web_sys::BroadcastChannel>> = const { RefCell::new(None) };
}

/// Reloads the library when another tab of this site changed it.
pub(super) fn listen_to_other_tabs(state: AppState) {
    let Some(tabs) = channel() else { return };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| {
        if WORKER.with_borrow(Option::is_some) {
            send(state, Request::Reload);
        } else {
            // Its first request reads the store.
            open(state);
        }
    });
    tabs.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    TABS.with_borrow_mut(|slot| *slot = Some(tabs));
}

/// Tells the site's other tabs that this one changed the stored library.
pub(super) fn tell_other_tabs() {
    TABS.with_borrow(|tabs| {
        if let Some(tabs) = tabs {
            let _ = tabs.post_message(&"changed".into());
        }
    });
}
