//! Filter clicks where views are slow (a large dossier, a slow phone): the
//! click's own feedback (a facet pressed, a date typed) is painted first, the
//! view it asks for once that frame is painted.

use leptos::prelude::*;
use std::time::Duration;

/// A click whose view (the search, the list, the facets it woke) took longer
/// than this, in ms, makes the next clicks wait for a paint: a frame. At 100k
/// a facet click held the page 21–28 ms (p95, `cargo xtask bench`), so the
/// pressed button showed a frame late.
const SLOW_MS: f64 = 16.7;
/// How many cheap clicks in a row end the slow mode a slow click starts.
const CHEAP_BACK: u8 = 3;

/// How filter clicks reach the view: at once, or, once a click's view took
/// over a frame, after the next frame is painted (so that frame shows what
/// the click changed on its control, and the results come a frame later).
/// Clicks keep their order either way. The search box paces its keys itself
/// (`components::search_box`).
#[derive(Clone, Copy)]
pub struct ClickPace {
    /// Cheap clicks from now that end the slow mode; 0 when not slow.
    slow: StoredValue<u8>,
}

impl ClickPace {
    pub fn new() -> Self {
        ClickPace {
            slow: StoredValue::new(0),
        }
    }

    /// Whether clicks now wait for a paint: a control should then show its
    /// own change at once (see `components::facets`).
    pub fn is_slow(self) -> bool {
        self.slow.get_value() > 0
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

    /// Runs `change` and counts it slow or cheap, with the effects it woke
    /// (a task queued behind them runs once they are done).
    fn timed(self, change: impl FnOnce()) {
        let started = js_sys::Date::now();
        change();
        leptos::task::spawn_local(async move {
            let slow = js_sys::Date::now() - started > SLOW_MS;
            let before = self.slow.get_value();
            let now = if slow {
                CHEAP_BACK
            } else {
                before.saturating_sub(1)
            };
            self.slow.set_value(now);
            if (before > 0) != (now > 0) {
                mark_mode(now > 0);
            }
        });
    }
}

/// Marks the page (`<html data-clicks="slow">`) while clicks wait for a
/// paint, so that tests on a busy machine know which frame a click's results
/// are due in (set on a change of mode only).
fn mark_mode(slow: bool) {
    if let Some(root) = document().document_element() {
        // (Setting an attribute on the page's root does not fail.)
        let _ = if slow {
            root.set_attribute("data-clicks", "slow")
        } else {
            root.remove_attribute("data-clicks")
        };
    }
}

impl Default for ClickPace {
    fn default() -> Self {
        ClickPace::new()
    }
}
