//! Input where views are slow (a large dossier, a slow phone): the slow mode
//! the search box and filter clicks each keep, and how a filter click's own
//! feedback (a facet pressed, a date typed) is painted before the view it asks for.

use leptos::prelude::*;
use std::time::Duration;

/// A key or click whose view (the search, the list, the facets it woke) took
/// longer than this, in ms, starts the slow mode: a frame. (The search box's
/// first try measured from the key to its frame, over 25 ms, i.e. work over
/// half a frame: at 10k, where a key takes 10–15 ms, every key's results then
/// came a frame later, warm p50 13 → 33 ms in the bench. At 100k a facet click
/// held the page 21–28 ms, p95, so the pressed button showed a frame late.)
const SLOW_MS: f64 = 16.7;
/// How many cheap clicks in a row end the slow mode a slow click starts.
const CHEAP_BACK: u8 = 3;

/// A page's mode for one kind of input (keys, clicks): slow once one change
/// took over a frame, until a number of cheap ones in a row.
#[derive(Clone, Copy)]
pub struct SlowMode {
    /// Cheap changes from now that end the mode; 0 when not slow.
    left: StoredValue<u8>,
    /// How many cheap changes in a row end it.
    back: u8,
}

impl SlowMode {
    /// Not slow; `back` cheap changes in a row end the mode once started.
    pub fn new(back: u8) -> Self {
        SlowMode {
            left: StoredValue::new(0),
            back,
        }
    }

    pub fn is_slow(self) -> bool {
        self.left.get_value() > 0
    }

    /// Runs `change` and counts it slow (over [`SLOW_MS`]) or cheap, with
    /// the effects it woke: a task queued behind them runs once they are done,
    /// in the same task. `marked` gets the new mode when it changed.
    pub fn timed(self, change: impl FnOnce(), marked: impl FnOnce(bool) + 'static) {
        let started = js_sys::Date::now();
        change();
        leptos::task::spawn_local(async move {
            if let Some(slow) = self.count(js_sys::Date::now() - started > SLOW_MS) {
                marked(slow);
            }
        });
    }

    /// Counts a change, slow or cheap; returns the new mode when it changed.
    fn count(self, slow: bool) -> Option<bool> {
        let before = self.left.get_value();
        let now = if slow { self.back } else { before.saturating_sub(1) };
        self.left.set_value(now);
        ((before > 0) != (now > 0)).then_some(now > 0)
    }
}

/// Shows a mode on `element` as `name="slow"`, removed when not slow, so that
/// tests on a busy machine know which frame a change is due in. Set on a
/// change of mode only, not per change.
pub fn mark_mode(element: &web_sys::Element, name: &str, slow: bool) {
    // (Setting an attribute on an element of ours does not fail.)
    let _ = if slow {
        element.set_attribute(name, "slow")
    } else {
        element.remove_attribute(name)
    };
}

/// How filter clicks reach the view: at once, or, once a click's view took
/// over a frame, after the next frame is painted (so that frame shows what
/// the click changed on its control, and the results come a frame later).
/// Clicks keep their order either way. The page carries
/// `<html data-clicks="slow">` while the mode lasts. The search box paces
/// its keys itself (`components::search_box`).
#[derive(Clone, Copy)]
pub struct ClickPace {
    slow: SlowMode,
}

impl ClickPace {
    pub fn new() -> Self {
        ClickPace {
            slow: SlowMode::new(CHEAP_BACK),
        }
    }

    /// Whether clicks now wait for a paint: a control should then show its
    /// own change at once (see `components::facets`).
    pub fn is_slow(self) -> bool {
        self.slow.is_slow()
    }

    /// Runs `change` (a view change) at once, or in the task after the next
    /// frame's paint while clicks are slow.
    pub fn run(self, change: impl FnOnce() + 'static) {
        if self.is_slow() {
            // A task queued by a frame's callback runs once that frame is painted.
            request_animation_frame(move || set_timeout(move || self.timed(change), Duration::ZERO));
        } else {
            self.timed(change);
        }
    }

    /// Runs `change`, timed by the mode, which marks the page.
    fn timed(self, change: impl FnOnce()) {
        self.slow.timed(change, |slow| {
            if let Some(root) = document().document_element() {
                mark_mode(&root, "data-clicks", slow);
            }
        });
    }
}

impl Default for ClickPace {
    fn default() -> Self {
        ClickPace::new()
    }
}
