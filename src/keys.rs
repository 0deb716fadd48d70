//! The page's keys: Escape closes the innermost open layer (the reader, the
//! add panel, the filters drawer), and `/` focuses the search box.

use crate::components;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Listens for Escape for as long as the calling component lives (`Page` is
/// made anew when the interface language changes: its listener goes with it).
pub fn close_on_escape(state: AppState, adding: RwSignal<bool>, filters_open: RwSignal<bool>) {
    let open_order = OpenOrder::follow(state, adding, filters_open);
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            close_innermost(state, &ev, open_order, adding, filters_open);
        }
    });
    on_cleanup(move || escape.remove());
}

/// What can be open over the results, for Escape.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layer {
    Reader,
    AddPanel,
    Filters,
}

/// The open layers, most recently opened last.
#[derive(Clone, Copy)]
struct OpenOrder(StoredValue<Vec<Layer>>);

impl OpenOrder {
    /// Follows the reader (`doc=`), the add panel and the filters drawer as they open and close.
    fn follow(state: AppState, adding: RwSignal<bool>, filters_open: RwSignal<bool>) -> OpenOrder {
        let order = OpenOrder(StoredValue::new(Vec::new()));
        let track = move |layer: Layer, open: Box<dyn Fn() -> bool + Send + Sync>| {
            Effect::new(move || {
                let open = open();
                order.0.update_value(|v| {
                    v.retain(|&l| l != layer);
                    if open {
                        v.push(layer);
                    }
                });
            });
        };
        track(
            Layer::Reader,
            Box::new(move || state.view.with(|v| v.doc.is_some())),
        );
        track(Layer::AddPanel, Box::new(move || adding.get()));
        track(Layer::Filters, Box::new(move || filters_open.get()));
        order
    }
}

/// One Escape closes one thing, the innermost: the open layer that has the
/// focus, else the one opened last. In a search box with text, Escape is the
/// browser's (it clears the box).
fn close_innermost(
    state: AppState,
    ev: &web_sys::KeyboardEvent,
    order: OpenOrder,
    adding: RwSignal<bool>,
    filters_open: RwSignal<bool>,
) {
    let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let clears_text = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
        .is_some_and(|i| i.type_() == "search" && !i.value().is_empty());
    if clears_text {
        return;
    }
    let inside = |css: &str| {
        target
            .as_ref()
            .and_then(|t| t.closest(css).ok().flatten())
            .is_some()
    };
    let open = order.0.get_value();
    let focused = open.iter().copied().find(|l| match l {
        Layer::Reader => inside("[data-testid=reader]"),
        Layer::AddPanel => inside("#add-files"),
        Layer::Filters => inside("#filters"),
    });
    let Some(layer) = focused.or(open.last().copied()) else {
        return;
    };
    let focus = |id: &str| {
        if let Some(el) = document().get_element_by_id(id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    match layer {
        Layer::Reader => components::reader::close(state),
        Layer::AddPanel => {
            adding.set(false);
            focus("add-files-toggle");
        }
        Layer::Filters => {
            filters_open.set(false);
            focus("filters-toggle");
        }
    }
    ev.prevent_default();
}

/// `/` focuses the search box (unless typing elsewhere).
pub fn on_key(ev: web_sys::KeyboardEvent) {
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    if ev.key() == "/" && !typing {
        ev.prevent_default();
        if let Some(input) = document().get_element_by_id("search-input") {
            let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }
}
