//! Filters and disjunctive facet counts of a run, and the date histogram.

mod columns;
mod date_column;
pub(crate) mod filter;
mod histogram;
mod names;
#[cfg(test)]
mod names_tests;
mod shown;
#[cfg(test)]
mod tests;

use super::index::Index;
use super::sort::sort_by;
use crate::model::Origin;
use crate::view::ViewState;
pub(crate) use columns::Columns;
pub(crate) use date_column::UNDATED;
pub(crate) use filter::ViewFilter;
use filter::{DATE, ENTITY, LANG, ORIGIN, SOURCE, TOPIC};
pub use histogram::{Bin, Histogram, HistogramUnit};
pub use names::EntityKind;
pub(crate) use names::{Sources, NO_SOURCE};
pub use shown::{shown_options, MAX_FILTERED, TOP_OPTIONS};

/// One option of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: String,
    /// Matching articles of this option under every other active filter (see [`Facets`]).
    pub count: usize,
    /// Articles of this option in the whole dossier, whatever the view: the
    /// options' order, so they hold still while the reader filters.
    pub total: usize,
    /// Whether the option is selected in the view.
    pub active: bool,
}

/// Disjunctive facet counts: each facet's counts apply the query and every other
/// active filter, but not the facet's own selection, so a count is what the
/// results would number if that option were added (for an inactive option in an
/// empty facet: selected alone).
///
/// - `lang`, `topic`: every language/topic of the index (and any selected one the
///   index does not have), by `total` (articles in the whole dossier)
///   descending then value: the same order for every view of one dossier, so
///   options never jump, and those with no match stay listed with count 0.
/// - `origin`: `bundled` and `added` as far as the index has articles of that
///   origin (or it is selected), in the same order as `lang`.
/// - `source`: the outlets of the dossier (and any selected one it lacks), in
///   the same order as `lang`.
/// - `entity`: the gazetteer's entities mentioned by some article (and any
///   selected one), in the same order; one OR list whatever their kind (the
///   interface splits it into people, places and organisations by
///   [`EntityKind`]).
/// - `histogram`: bins spanning the whole dossier's dates (see [`Histogram`]);
///   counts with query, language, topic, origin, source and entity applied, date bounds and
///   `undated` ignored; an article counts in every bin its possible date range
///   overlaps (so a bar's count is what clicking it gives).
/// - `undated`: articles without a date under the same filters as the histogram.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub lang: Vec<FacetCount>,
    pub topic: Vec<FacetCount>,
    pub origin: Vec<FacetCount>,
    pub source: Vec<FacetCount>,
    pub entity: Vec<FacetCount>,
    pub histogram: Histogram,
    pub undated: usize,
}

/// Applies the view's filters to the query's matches (`hit`, one per doc) and
/// counts the facets; returns the matching docs in index order.
/// `columns` are the engine's (each doc's dates, the dossier's totals).
pub(super) fn filter_and_count(
    index: &Index,
    columns: &Columns,
    hit: &[bool],
    state: &ViewState,
) -> (Vec<u32>, Facets) {
    let (langs, totals, dates) = (&index.langs, &columns.totals, &columns.dates);
    let filter = ViewFilter::new(index, state);
    let mut lang_counts = Counts::new(&totals.lang);
    let mut topic_counts = Counts::new(&totals.topic);
    let mut origin_counts = Counts::new(&totals.origin);
    let mut source_counts = Counts::new(&totals.source);
    let mut entity_counts = Counts::new(&totals.entity);
    let mut tally = dates.tally();
    let mut undated = 0;
    let mut matches: Vec<u32> = Vec::new();
    for (d, _) in hit
        .iter()
        .enumerate()
        .take(columns.days.len())
        .filter(|(_, &h)| h)
    {
        let meta = &index.docs[d];
        let source_id = index.outlet_of(d);
        let source = source_id as usize;
        let ok = filter.pass(index, columns, d);
        // Each facet counts under every filter but its own.
        if ok.all_but(LANG) {
            lang_counts.add(meta.lang as usize);
        }
        if ok.all_but(TOPIC) {
            for &t in index.doc_topics.of(d) {
                topic_counts.add(t as usize);
            }
        }
        if ok.all_but(ORIGIN) {
            origin_counts.add(meta.origin as usize);
        }
        if ok.all_but(SOURCE) {
            source_counts.add(source);
        }
        if ok.all_but(ENTITY) {
            for &e in index.doc_entities.of(d) {
                entity_counts.add(e as usize);
            }
        }
        if ok.all_but(DATE) {
            match dates.span_of(d) {
                UNDATED => undated += 1,
                span => tally[span as usize] += 1,
            }
        }
        if ok.all_but(usize::MAX) {
            matches.push(d as u32);
        }
    }
    let names = |v: &[Origin]| v.iter().map(|o| o.as_str().to_string()).collect::<Vec<_>>();
    let present: Vec<Origin> = Origin::ALL
        .into_iter()
        .filter(|&o| columns.has_origin(o as usize))
        .collect();
    let present_counts = Counts {
        count: present.iter().map(|&o| origin_counts.count[o as usize]).collect(),
        total: present.iter().map(|&o| origin_counts.total[o as usize]).collect(),
    };
    let mut entity = facet_list(&index.entities, &entity_counts, &state.entity);
    // A gazetteer may name hundreds of entities no article mentions.
    entity.retain(|o| o.total > 0 || o.active);
    let facets = Facets {
        lang: facet_list(langs, &lang_counts, &state.lang),
        topic: facet_list(&index.topics, &topic_counts, &state.topic),
        origin: facet_list(&names(&present), &present_counts, &names(&state.origin)),
        source: facet_list(&index.sources, &source_counts, &state.source),
        entity,
        histogram: dates.histogram(&tally),
        undated,
    };
    (matches, facets)
}

/// One facet's counts by value index: under the view, and in the whole dossier.
struct Counts {
    count: Vec<usize>,
    total: Vec<usize>,
}

impl Counts {
    /// No article counted yet, of a facet whose values have `totals` in the whole dossier.
    fn new(totals: &[usize]) -> Self {
        Counts {
            count: vec![0; totals.len()],
            total: totals.to_vec(),
        }
    }

    /// Ignores a value index the facet does not have (a corrupt index says
    /// less, rather than panicking).
    fn add(&mut self, i: usize) {
        if let Some(c) = self.count.get_mut(i) {
            *c += 1;
        }
    }
}

/// The options of a facet in the order they keep (see [`Facets`]); a selected
/// value the index does not have goes last, with no articles.
fn facet_list(values: &[String], counts: &Counts, active: &[String]) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = values
        .iter()
        .enumerate()
        .map(|(i, v)| FacetCount {
            value: v.clone(),
            count: counts.count[i],
            total: counts.total[i],
            active: active.contains(v),
        })
        .collect();
    for a in active {
        if !values.contains(a) {
            out.push(FacetCount {
                value: a.clone(),
                count: 0,
                total: 0,
                active: true,
            });
        }
    }
    sort_by(&mut out, |a, b| {
        b.total.cmp(&a.total).then_with(|| a.value.cmp(&b.value))
    });
    out
}
