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
use super::facets::{filter, Histogram, HistogramUnit, ViewFilter, UNDATED};
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
    /// Index parts a `q:` series, or the view's search when a series of
    /// another kind applies it, lacked: until they are loaded and the trends
    /// run again, `series` is empty.
    pub pending: Vec<Need>,
}

impl Engine<'_> {
    /// The trends of `state`'s series (see the module documentation), or the
    /// parts they lack in `pending`.
    ///
    /// Counted over columns, not by running each series' view: the query
    /// matches (the view's and each `q:` series', over postings), then one
    /// pass recording which of the view's filters each article fails, then one
    /// pass per series adding its articles to the date column's counters.
    /// At 100k articles and four series that is a few milliseconds plus the
    /// queries, where eight full runs with every facet counted took 175 ms.
    pub fn trends(&self, state: &ViewState) -> Trends {
        // Close spellings a series matched are not this view's to show.
        self.corrections.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let axis = self.columns.dates.histogram(&self.columns.dates.tally());
        let mut pending: Vec<Need> = Vec::new();
        let mut matches = |q: &str| -> Option<Vec<bool>> {
            let units = self.resolve(&parse_query(q).parts);
            if units.is_empty() {
                return None;
            }
            self.match_query(&units)
                .map_err(|needs| {
                    for n in needs {
                        if !pending.contains(&n) {
                            pending.push(n);
                        }
                    }
                })
                .ok()
                .map(|(hit, _)| hit)
        };
        // Only series of another kind apply the view's search: a `q:` series
        // replaces it, so its parts are not waited for when every series is one.
        let applies_search = state.trend.iter().any(|s| !matches!(s, Series::Query(_)));
        let view_hit = if applies_search { matches(&state.q) } else { None };
        let series_hits: Vec<Option<Vec<bool>>> = state
            .trend
            .iter()
            .map(|s| match s {
                Series::Query(q) => matches(q),
                _ => None,
            })
            .collect();
        let series = if pending.is_empty() {
            let failed = self.failed_filters(state, view_hit.as_deref());
            state
                .trend
                .iter()
                .zip(&series_hits)
                .map(|(s, hit)| self.count_series(state, s, hit.as_deref(), &failed))
                .collect()
        } else {
            Vec::new()
        };
        Trends {
            unit: axis.unit,
            periods: periods(&axis),
            series,
            pending,
        }
    }

    /// Per article, the bits of the view's filters it fails ([`filter`]'s
    /// positions, dates aside: the axis spans the dossier), and [`QUERY`] when
    /// the view's query does not match it.
    fn failed_filters(&self, state: &ViewState, view_hit: Option<&[bool]>) -> Vec<u8> {
        let filter = ViewFilter::new(self.index, state);
        (0..self.n())
            .map(|d| {
                let failed = filter.pass(self.index, &self.columns, d).failed() & !(1 << filter::DATE);
                let missed = view_hit.is_some_and(|h| !h[d]);
                failed | if missed { QUERY } else { 0 }
            })
            .collect()
    }

    /// One series' counts: the articles that pass every filter but its kind's
    /// (`all`) and, of those, its own (`counts`), by period. A topic, entity or
    /// outlet series is tested by the filter of its view
    /// ([`ViewState::with_series`]), the one the list applies.
    fn count_series(
        &self,
        state: &ViewState,
        series: &Series,
        hit: Option<&[bool]>,
        failed: &[u8],
    ) -> SeriesCounts {
        let kind: u8 = match series {
            Series::Query(_) => QUERY,
            Series::Topic(_) => 1 << filter::TOPIC,
            Series::Entity(_) => 1 << filter::ENTITY,
            Series::Source(_) => 1 << filter::SOURCE,
        };
        let own = state.with_series(series);
        let own_filter = ViewFilter::new(self.index, &own);
        let member = |d: usize| match series {
            Series::Query(_) => hit.is_none_or(|h| h[d]),
            _ => {
                let pass = own_filter.pass(self.index, &self.columns, d);
                pass.failed() & kind == 0
            }
        };
        let (mut counts, mut all) = (self.columns.dates.tally(), self.columns.dates.tally());
        for (d, &f) in failed.iter().enumerate() {
            let span = self.columns.dates.span_of(d);
            if f & !kind != 0 || span == UNDATED {
                continue;
            }
            all[span as usize] += 1;
            if member(d) {
                counts[span as usize] += 1;
            }
        }
        let bins = |tally: &[usize]| {
            self.columns
                .dates
                .histogram(tally)
                .bins
                .iter()
                .map(|b| b.count)
                .collect()
        };
        SeriesCounts {
            series: series.clone(),
            counts: bins(&counts),
            all: bins(&all),
        }
    }
}

/// The bit of [`Engine::failed_filters`] for an article the view's query does not match.
const QUERY: u8 = 1 << 7;

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
