//! The trends view's numbers: for each series of `trend=`, its articles per
//! period on the timeline's axis, and the articles of each period it is a share of.
//!
//! Each series counts the view [`ViewState::with_series`] gives (the series in
//! place of its kind's selection, every other filter and the query applied),
//! binned exactly as the timeline bins it: the same periods (months when the
//! dossier spans at most 36 months, else years, over the whole dossier whatever
//! the date bounds), an article counted in every period its possible date range
//! overlaps. So a point's count is the result count of
//! [`ViewState::at_point`], the view clicking it opens. A series' share is its
//! count over the count of [`ViewState::without_kind`] in the same period.

use super::engine::Engine;
use super::facets::{filter_and_count, Histogram, HistogramUnit};
use super::parts::Need;
use super::query::parse_query;
use crate::model::PartialDate;
use crate::view::{Series, ViewState};

/// One period of the axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// `2023` or `2023-02`, as on the timeline.
    pub label: String,
    /// The period as date bounds (equal), to put in `from`/`to`.
    pub from: PartialDate,
    pub to: PartialDate,
}

/// One series' counts, one per period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesCounts {
    pub series: Series,
    /// Articles of the series in each period.
    pub counts: Vec<usize>,
    /// Articles of each period under the view without the series' kind:
    /// what the share is a share of.
    pub all: Vec<usize>,
}

impl SeriesCounts {
    /// The share of period `i` in tenths of a percent, rounded (0 when the
    /// period has no article): integers, so the page formats `12.5%` without
    /// float formatting code in the wasm.
    pub fn permille(&self, i: usize) -> u32 {
        match (self.counts.get(i), self.all.get(i)) {
            (Some(&c), Some(&a)) if a > 0 => ((c * 2000 + a) / (2 * a)) as u32,
            _ => 0,
        }
    }
}

/// What [`Engine::trends`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trends {
    pub unit: HistogramUnit,
    /// The axis: every period of the dossier's span, empty ones included.
    pub periods: Vec<Period>,
    /// The view's series, in its order.
    pub series: Vec<SeriesCounts>,
    /// Index parts a `q:` series lacked: until they are loaded and the trends
    /// run again, `series` is empty.
    pub pending: Vec<Need>,
}

/// The part of a view a histogram depends on: date bounds, order, the open
/// article and the trends themselves do not change it, so views differing
/// only there are counted once.
fn histogram_view(v: ViewState) -> ViewState {
    ViewState {
        from: None,
        to: None,
        undated: false,
        sort: None,
        doc: None,
        trend: Vec::new(),
        trend_share: false,
        extra: Vec::new(),
        ..v
    }
}

impl Engine<'_> {
    /// The trends of `state`'s series (see the module documentation), or the
    /// parts they lack in `pending`. Each distinct view is run once (a series
    /// and the share's base are often the same view): at most eight passes over
    /// the articles for four series.
    pub fn trends(&self, state: &ViewState) -> Trends {
        // Close spellings a series matched are not this view's to show.
        self.corrections.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let mut runs: Vec<(ViewState, Option<Histogram>)> = Vec::new();
        let mut pending: Vec<Need> = Vec::new();
        let mut at = |v: ViewState| -> usize {
            let v = histogram_view(v);
            if let Some(i) = runs.iter().position(|(r, _)| *r == v) {
                return i;
            }
            let h = self.histogram(&v).map_err(|needs| {
                for n in needs {
                    if !pending.contains(&n) {
                        pending.push(n);
                    }
                }
            });
            runs.push((v, h.ok()));
            runs.len() - 1
        };
        let slots: Vec<(usize, usize)> = state
            .trend
            .iter()
            .map(|s| (at(state.with_series(s)), at(state.without_kind(s))))
            .collect();
        // The axis is the dossier's, the same for every view.
        let axis = match runs.iter().find_map(|(_, h)| h.as_ref()) {
            Some(h) => h.clone(),
            None => self.histogram(&ViewState::default()).unwrap_or_default(),
        };
        if !pending.is_empty() {
            return Trends {
                unit: axis.unit,
                periods: periods(&axis),
                series: Vec::new(),
                pending,
            };
        }
        let counts = |i: usize| -> Vec<usize> {
            runs[i].1.as_ref().map_or_else(
                || vec![0; axis.bins.len()],
                |h| h.bins.iter().map(|b| b.count).collect(),
            )
        };
        Trends {
            unit: axis.unit,
            periods: periods(&axis),
            series: state
                .trend
                .iter()
                .zip(slots)
                .map(|(s, (c, a))| SeriesCounts {
                    series: s.clone(),
                    counts: counts(c),
                    all: counts(a),
                })
                .collect(),
            pending: Vec::new(),
        }
    }

    /// Steps 1–2 of a run (no order, no page): the view's date histogram.
    fn histogram(&self, state: &ViewState) -> Result<Histogram, Vec<Need>> {
        let units = self.resolve(&parse_query(&state.q).parts);
        let (hit, _) = self.match_query(&units)?;
        let (_, facets) = filter_and_count(
            self.index,
            &self.days,
            self.origins_present,
            &self.sources,
            &hit,
            state,
        );
        Ok(facets.histogram)
    }
}

fn periods(h: &Histogram) -> Vec<Period> {
    h.bins
        .iter()
        .map(|b| Period {
            label: b.label.clone(),
            from: b.from,
            to: b.to,
        })
        .collect()
}
