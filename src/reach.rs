//! How far down the result list a reader can see: the entries whose cards and
//! snippet texts a list waits for (see `components::snippet_reach`, which
//! measures it once a list is laid out, and `AppState::snippet_reach`).

use leptos::prelude::window;

/// How many window heights down a card counts as in reach: on screen, or
/// half a screen's scroll away.
pub const REACH_SCREENS: f64 = 1.5;

/// A card's usual height in rem before it is laid out, at the desktop and the
/// phone layout: the `contain-intrinsic-size` of `.result` in `style/main.css`
/// (measured: 152 px at 1280 px wide, 224–329 at 390).
const CARD_REM: f64 = 9.5;
const PHONE_CARD_REM: f64 = 17.0;
/// The phone layout's breakpoint, as in `style/main.css`.
const PHONE_QUERY: &str = "(max-width: 40rem)";

/// The reach before any list is laid out: as many cards of the usual height
/// as fit in [`REACH_SCREENS`] window heights. A shared link's first list
/// waits for these; a constant 8 left cards 9 to 14 of a 1440 px tall
/// screen as placeholders on screen for a round trip, and made a phone wait
/// for three cards it could not see.
pub fn first_reach(page: usize) -> usize {
    let window = window();
    let height = (window.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    let phone = (window.match_media(PHONE_QUERY).ok().flatten()).is_some_and(|m| m.matches());
    let card = 16.0 * if phone { PHONE_CARD_REM } else { CARD_REM };
    ((REACH_SCREENS * height / card).ceil() as usize).clamp(1, page)
}
