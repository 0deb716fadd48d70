//! Filters and disjunctive facet counts of a run, and the date histogram.

use super::index::Index;
use super::sort::sort_by;
use crate::model::{Origin, PartialDate};
use crate::view::ViewState;

/// One option of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    /// Matching articles of this option under every other active filter (see [`Facets`]).
    pub count: usize,
    /// Whether the option is selected in the view.
    pub active: bool,
}

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
    pub count: usize,
}

/// The date histogram.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histogram {
    pub unit: HistogramUnit,
    /// Contiguous bins from the earliest to the latest date, empty ones included.
    pub bins: Vec<Bin>,
}

/// Disjunctive facet counts: each facet's counts apply the query and every other
/// active filter, but not the facet's own selection, so a count is what the
/// results would number if that option were added (for an inactive option in an
/// empty facet: selected alone).
///
/// - `lang`, `topic`: every language/topic of the index (and any selected one the
///   index does not have), by count descending then value.
/// - `origin`: `bundled` and `added` as far as the index has articles of that
///   origin (or it is selected), in the same order as `lang`.
/// - `histogram`: query, language and topic applied, date bounds and `undated`
///   ignored; an article counts in every bin its possible date range overlaps
///   (so a bar's count is what clicking it gives). Unit: months when the dated
///   articles span at most 36 months, else years.
/// - `undated`: articles without a date under the same filters as the histogram.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub lang: Vec<FacetCount>,
    pub topic: Vec<FacetCount>,
    pub origin: Vec<FacetCount>,
    pub histogram: Histogram,
    pub undated: usize,
}

/// Applies the view's filters to the query's matches (`hit`, one per doc) and
/// counts the facets; returns the matching docs in index order.
/// `origins_present[o]`: whether the index has an article of `Origin::ALL[o]`.
pub(super) fn filter_and_count(
    index: &Index,
    days: &[Option<(i64, i64)>],
    origins_present: [bool; Origin::ALL.len()],
    hit: &[bool],
    state: &ViewState,
) -> (Vec<u32>, Facets) {
    let n = days.len();
    let langs = &index.langs;
    let lang_on: Vec<bool> = langs.iter().map(|l| state.lang.contains(l)).collect();
    let topic_on: Vec<bool> = index.topics.iter().map(|t| state.topic.contains(t)).collect();
    let origin_on = Origin::ALL.map(|o| state.origin.contains(&o));
    let bounds = date_bounds(state);
    let mut lang_counts = vec![0usize; langs.len()];
    let mut topic_counts = vec![0usize; index.topics.len()];
    let mut origin_counts = [0usize; Origin::ALL.len()];
    let mut hist_days: Vec<(i64, i64, PartialDate)> = Vec::new();
    let mut undated = 0;
    let mut matches: Vec<u32> = Vec::new();
    for d in (0..n).filter(|&d| hit[d]) {
        let meta = &index.docs[d];
        let l_ok = state.lang.is_empty() || lang_on.get(meta.lang as usize).copied().unwrap_or(false);
        let t_ok = state.topic.is_empty() || meta.topics.iter().any(|&t| topic_on[t as usize]);
        let o_ok = state.origin.is_empty() || origin_on[meta.origin as usize];
        let d_ok = date_ok(days[d], bounds, state.undated);
        if t_ok && o_ok && d_ok {
            if let Some(c) = lang_counts.get_mut(meta.lang as usize) {
                *c += 1;
            }
        }
        if l_ok && o_ok && d_ok {
            for &t in &meta.topics {
                topic_counts[t as usize] += 1;
            }
        }
        if l_ok && t_ok && d_ok {
            origin_counts[meta.origin as usize] += 1;
        }
        if l_ok && t_ok && o_ok {
            match (days[d], meta.date) {
                (Some((f, l)), Some(date)) => hist_days.push((f, l, date)),
                _ => undated += 1,
            }
        }
        if l_ok && t_ok && o_ok && d_ok {
            matches.push(d as u32);
        }
    }
    let names = |v: &[Origin]| v.iter().map(|o| o.as_str().to_string()).collect::<Vec<_>>();
    let present: Vec<Origin> = Origin::ALL
        .into_iter()
        .filter(|&o| origins_present[o as usize])
        .collect();
    let present_counts: Vec<usize> = present.iter().map(|&o| origin_counts[o as usize]).collect();
    let facets = Facets {
        lang: facet_list(langs, &lang_counts, &state.lang),
        topic: facet_list(&index.topics, &topic_counts, &state.topic),
        origin: facet_list(&names(&present), &present_counts, &names(&state.origin)),
        histogram: histogram(&hist_days),
        undated,
    };
    (matches, facets)
}

/// The bound range in day ordinals, if any bound is set.
fn date_bounds(state: &ViewState) -> Option<(i64, i64)> {
    if !state.has_date_bound() {
        return None;
    }
    Some((
        state.from.map_or(i64::MIN, |f| f.first_day()),
        state.to.map_or(i64::MAX, |t| t.last_day()),
    ))
}

/// Date rule: an article's possible range `[first_day, last_day]` must overlap
/// the bound range `[from.first_day, to.last_day]`; undated articles pass only
/// without bounds or with `undated=1`.
fn date_ok(days: Option<(i64, i64)>, bounds: Option<(i64, i64)>, keep_undated: bool) -> bool {
    match (days, bounds) {
        (_, None) => true,
        (None, Some(_)) => keep_undated,
        (Some((f, l)), Some((lo, hi))) => f <= hi && l >= lo,
    }
}

fn facet_list(values: &[String], counts: &[usize], active: &[String]) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = values
        .iter()
        .zip(counts)
        .map(|(v, &c)| FacetCount {
            value: v.clone(),
            count: c,
            active: active.contains(v),
        })
        .collect();
    for a in active {
        if !values.contains(a) {
            out.push(FacetCount {
                value: a.clone(),
                count: 0,
                active: true,
            });
        }
    }
    sort_by(&mut out, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value))
    });
    out
}

fn month_index(year: i32, month: u8) -> i64 {
    year as i64 * 12 + month as i64 - 1
}

fn histogram(days: &[(i64, i64, PartialDate)]) -> Histogram {
    let (Some(lo), Some(hi)) = (
        days.iter()
            .map(|&(_, _, d)| month_index(d.year, d.month.unwrap_or(1)))
            .min(),
        days.iter()
            .map(|&(_, _, d)| month_index(d.year, d.month.unwrap_or(12)))
            .max(),
    ) else {
        return Histogram {
            unit: HistogramUnit::Year,
            bins: Vec::new(),
        };
    };
    if hi - lo < 36 {
        let mut bins: Vec<Bin> = (lo..=hi)
            .map(|m| {
                let d = PartialDate::month(m.div_euclid(12) as i32, (m.rem_euclid(12) + 1) as u8)
                    .expect("month in 1..=12");
                Bin {
                    label: d.to_string(),
                    from: d,
                    to: d,
                    count: 0,
                }
            })
            .collect();
        for &(_, _, d) in days {
            let (a, b) = match d.month {
                Some(m) => (month_index(d.year, m), month_index(d.year, m)),
                None => (month_index(d.year, 1), month_index(d.year, 12)),
            };
            for m in a.max(lo)..=b.min(hi) {
                bins[(m - lo) as usize].count += 1;
            }
        }
        Histogram {
            unit: HistogramUnit::Month,
            bins,
        }
    } else {
        let (y0, y1) = (lo.div_euclid(12) as i32, hi.div_euclid(12) as i32);
        let mut bins: Vec<Bin> = (y0..=y1)
            .map(|y| Bin {
                label: PartialDate::year(y).to_string(),
                from: PartialDate::year(y),
                to: PartialDate::year(y),
                count: 0,
            })
            .collect();
        for &(_, _, d) in days {
            bins[(d.year - y0) as usize].count += 1;
        }
        Histogram {
            unit: HistogramUnit::Year,
            bins,
        }
    }
}
