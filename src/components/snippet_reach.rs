//! How many cards of the result list want their snippet texts (and, in the
//! next list, their cards): those on screen or half a screen's scroll away,
//! measured as the list is drawn and as the reader scrolls or resizes (see
//! `AppState::snippet_reach`).

use crate::components::timeline::bounding_box;
use crate::state::AppState;
use leptos::{ev, html, prelude::*};

/// Keeps `state.snippet_reach` at the cards whose top is within one and a half
/// window heights (on screen, or half a screen's scroll away), and as many as
/// would fit below a list that ends above that line: measured once a new list
/// is painted, and as the reader scrolls or resizes. A card
/// further down shows its empty snippet line until then.
pub fn track(state: AppState, list: NodeRef<html::Ol>) {
    // The reach last recorded as a mark.
    let marked = StoredValue::new(None::<usize>);
    let measure = move || {
        let Some(list) = list.get_untracked() else { return };
        let cards = list.children();
        if cards.length() == 0 {
            return;
        }
        let window = window();
        let limit = crate::reach::REACH_SCREENS
            * window
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(800.0);
        let within = (0..cards.length())
            .map_while(|i| cards.item(i))
            .take_while(|card| bounding_box(card, "top", "height").is_some_and(|(top, _)| top < limit))
            .count();
        let reach = within + room_below(&cards, within, limit);
        if state.snippet_reach.get_untracked() != reach {
            state.snippet_reach.set(reach);
        }
        if marked.get_value() != Some(reach) {
            marked.set_value(Some(reach));
            mark_reach(reach);
        }
    };
    // Measured once the new list is painted: read in the frame before its
    // paint, the cards' boxes forced a layout of the whole page there (about
    // 5 ms of a 10k facet click) that the frame then did again.
    Effect::new(move || {
        state.results.track();
        request_animation_frame(move || set_timeout(measure, std::time::Duration::ZERO));
    });
    let scroll = window_event_listener(ev::scroll, move |_| measure());
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
}

/// When the whole list of `within` cards is within `limit`, how many more
/// cards of its average height would fit before it: the next, longer list
/// (a broader query after a narrow one) then waits for the cards that will be
/// on screen, not only for as many as this list had.
fn room_below(cards: &web_sys::HtmlCollection, within: usize, limit: f64) -> usize {
    let n = cards.length() as usize;
    // Only then are the list's edges measured (the last card's box is a layout).
    if within != n || n == 0 {
        return 0;
    }
    let edge = |i: usize| {
        cards
            .item(i as u32)
            .and_then(|c| bounding_box(&c, "top", "height"))
    };
    let (Some((top, _)), Some((last_top, last_height))) = (edge(0), edge(n - 1)) else {
        return 0;
    };
    let bottom = last_top + last_height;
    let average = (bottom - top) / n as f64;
    if average > 0.0 && bottom < limit {
        ((limit - bottom) / average).ceil() as usize
    } else {
        0
    }
}

/// Records the reach as the `performance` mark [`REACH_MARK`] (its detail), the
/// last one only: what the browser tests read, where a DOM attribute would be
/// one more change to paint after every list that changes it.
fn mark_reach(reach: usize) {
    crate::performance::call("clearMarks", &js_sys::Array::of1(&REACH_MARK.into()));
    crate::performance::mark(REACH_MARK, &(reach as f64).into());
}

/// The name of the mark [`mark_reach`] records.
const REACH_MARK: &str = "dossier-snippet-reach";
