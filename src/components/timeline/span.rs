//! The timeline's selection as a span of bars: read from the view's date
//! bounds, moved and resized by keys, and written out as text.

use crate::i18n::UiLang;
use dossier_core::model::PartialDate;
use dossier_core::search::Bin;
use dossier_core::view::ViewState;

/// Bars `first..=last` of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The earliest bar's index.
    pub first: usize,
    /// The latest bar's index (at least `first`).
    pub last: usize,
}

impl Span {
    /// The span between two bars, in either order (a drag may go leftwards).
    pub fn between(a: usize, b: usize) -> Span {
        Span {
            first: a.min(b),
            last: a.max(b),
        }
    }

    /// Whether bar `i` is in the span.
    pub fn contains(self, i: usize) -> bool {
        self.first <= i && i <= self.last
    }
}

/// Whether a bar's period overlaps the view's date bounds (the date filter's
/// own rule, so a bar is shown selected when its articles are in the results).
pub fn overlaps(view: &ViewState, bin: &Bin) -> bool {
    view.from.is_none_or(|f| bin.to.last_day() >= f.first_day())
        && view.to.is_none_or(|t| bin.from.first_day() <= t.last_day())
}

/// The bars the view's date bounds select; `None` without bounds (every date)
/// or when no bar lies within them.
pub fn span_of(view: &ViewState, bins: &[Bin]) -> Option<Span> {
    if !view.has_date_bound() {
        return None;
    }
    let first = bins.iter().position(|b| overlaps(view, b))?;
    let last = bins.iter().rposition(|b| overlaps(view, b))?;
    Some(Span { first, last })
}

/// The span after a key press on the range control, or `None` when the key
/// does nothing there. ←/→ (and ↓/↑) move the span one bar, keeping its
/// length; with Shift they move its end (shorter, longer); Home and End move it
/// to either end. Without a span (every date), arrows, Home and End pick one
/// bar at the near end, and Shift+arrows start from the whole axis.
pub fn step(span: Option<Span>, bars: usize, key: &str, shift: bool) -> Option<Span> {
    if bars == 0 {
        return None;
    }
    let end = bars - 1;
    let later = matches!(key, "ArrowRight" | "ArrowUp");
    let earlier = matches!(key, "ArrowLeft" | "ArrowDown");
    if !(later || earlier || key == "Home" || key == "End") {
        return None;
    }
    let one = |i: usize| Span { first: i, last: i };
    let s = match span {
        Some(s) => s,
        None if shift && (later || earlier) => Span { first: 0, last: end },
        None if later || key == "Home" => return Some(one(0)),
        None => return Some(one(end)),
    };
    let len = s.last - s.first;
    Some(match key {
        "Home" => Span { first: 0, last: len },
        "End" => Span {
            first: end - len,
            last: end,
        },
        _ if shift && later => Span {
            first: s.first,
            last: (s.last + 1).min(end),
        },
        _ if shift => Span {
            first: s.first,
            last: s.last.saturating_sub(1).max(s.first),
        },
        _ if later && s.last < end => Span {
            first: s.first + 1,
            last: s.last + 1,
        },
        _ if earlier && s.first > 0 => Span {
            first: s.first - 1,
            last: s.last - 1,
        },
        _ => s,
    })
}

/// A date written out in the interface language: `2023`, `March 2023`, `14 March 2023`.
pub fn date_text(date: PartialDate, ui: UiLang) -> String {
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", ui.month_name(m), date.year),
        (Some(m), None) => format!("{} {}", ui.month_name(m), date.year),
        _ => date.year.to_string(),
    }
}

/// Date bounds as text: "All dates", "Since March 2023", "Until 2024",
/// "March 2023", "March 2023 – June 2024".
pub fn bounds_text(from: Option<PartialDate>, to: Option<PartialDate>, ui: UiLang) -> String {
    match (from, to) {
        (None, None) => ui.t("All dates").to_string(),
        (Some(f), None) => format!("{} {}", ui.t("Since"), date_text(f, ui)),
        (None, Some(t)) => format!("{} {}", ui.t("Until"), date_text(t, ui)),
        (Some(f), Some(t)) if f == t => date_text(f, ui),
        (Some(f), Some(t)) => format!("{} – {}", date_text(f, ui), date_text(t, ui)),
    }
}
