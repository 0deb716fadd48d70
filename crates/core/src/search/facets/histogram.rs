//! The date histogram: bins over the whole dossier's dates, each counting the
//! view's articles (date bounds aside) and the whole dossier's.

use crate::model::PartialDate;
use std::collections::BTreeMap;

/// Histogram bin width.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HistogramUnit {
    #[default]
    Year,
    Month,
}

/// One bar of the date histogram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    /// `2023` or `2023-02`.
    pub label: String,
    /// The bin as date bounds (equal, a year or a month), to put in `from`/`to`.
    pub from: PartialDate,
    pub to: PartialDate,
    /// Articles of the view in this period (query, language, topic and origin
    /// applied; date bounds ignored), so a bar's count is what clicking it gives.
    pub count: usize,
    /// Articles of the whole dossier in this period, whatever the view: the
    /// bar's full height, which never changes with the filters.
    pub total: usize,
}

/// The date histogram.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histogram {
    pub unit: HistogramUnit,
    /// Contiguous bins from the dossier's earliest to its latest date, empty
    /// ones included: the same bins for every view of one dossier.
    pub bins: Vec<Bin>,
}

/// Dated articles counted by the months they may fall in (`first..=last`
/// month ordinals: one month for a day or month date, twelve for a year).
/// There are at most a few hundred distinct spans in any dossier, so counting
/// into this map costs a lookup per article and a few bytes per span, instead
/// of a list entry (24 bytes) per article.
#[derive(Debug, Default)]
pub(super) struct MonthSpans(BTreeMap<(i64, i64), usize>);

impl MonthSpans {
    /// Counts `n` articles whose months are `span` (see [`month_span`]).
    pub(super) fn add_n(&mut self, span: (i64, i64), n: usize) {
        if n > 0 {
            *self.0.entry(span).or_insert(0) += n;
        }
    }

    /// The first and last month any article may fall in.
    fn bounds(&self) -> Option<(i64, i64)> {
        let lo = self.0.keys().map(|&(a, _)| a).min()?;
        let hi = self.0.keys().map(|&(_, b)| b).max()?;
        Some((lo, hi))
    }
}

/// The months (`first..=last` ordinals) an article dated `date` may fall in:
/// one for a day or month date, the twelve of its year for a year.
pub(super) fn month_span(date: PartialDate) -> (i64, i64) {
    match date.month {
        Some(m) => (month_index(date.year, m), month_index(date.year, m)),
        None => (month_index(date.year, 1), month_index(date.year, 12)),
    }
}

fn month_index(year: i32, month: u8) -> i64 {
    year as i64 * 12 + month as i64 - 1
}

/// The histogram of `view` on the axis of `dossier` (which must include every
/// article of `view`). Unit: months when the dossier's dated articles span at
/// most 36 months, else years. An article counts in every bin its possible
/// date range overlaps (a year-dated one in each month of its year).
pub(super) fn histogram(view: &MonthSpans, dossier: &MonthSpans) -> Histogram {
    let Some((lo, hi)) = dossier.bounds() else {
        return Histogram::default();
    };
    if hi - lo < 36 {
        let mut bins: Vec<Bin> = (lo..=hi)
            .map(|m| {
                let d = PartialDate::month(m.div_euclid(12) as i32, (m.rem_euclid(12) + 1) as u8)
                    .expect("month in 1..=12");
                bin(d)
            })
            .collect();
        let mut fill = |spans: &MonthSpans, total: bool| {
            for (&(a, b), &n) in &spans.0 {
                for m in a.max(lo)..=b.min(hi) {
                    let bin = &mut bins[(m - lo) as usize];
                    *if total { &mut bin.total } else { &mut bin.count } += n;
                }
            }
        };
        fill(view, false);
        fill(dossier, true);
        Histogram {
            unit: HistogramUnit::Month,
            bins,
        }
    } else {
        let (y0, y1) = (lo.div_euclid(12), hi.div_euclid(12));
        let mut bins: Vec<Bin> = (y0..=y1).map(|y| bin(PartialDate::year(y as i32))).collect();
        let mut fill = |spans: &MonthSpans, total: bool| {
            // A span never crosses a year: its first month names its year.
            for (&(a, _), &n) in &spans.0 {
                let bin = &mut bins[(a.div_euclid(12) - y0) as usize];
                *if total { &mut bin.total } else { &mut bin.count } += n;
            }
        };
        fill(view, false);
        fill(dossier, true);
        Histogram {
            unit: HistogramUnit::Year,
            bins,
        }
    }
}

fn bin(d: PartialDate) -> Bin {
    Bin {
        label: d.to_string(),
        from: d,
        to: d,
        count: 0,
        total: 0,
    }
}
