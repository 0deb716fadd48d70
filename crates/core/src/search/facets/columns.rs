//! What the filters and facets read of every article, gathered once per
//! engine: day ranges, the date column, and the whole dossier's count
//! of each facet value (the options' order), which no view changes, so a run
//! no longer recounts them (at 100k, a loop over every article's topics and
//! entities per facet click). Outlets, topics and entities are read from the
//! index's own columns (`Index::outlet_of`, `doc_topics`, `doc_entities`).

use super::date_column::DateColumn;
use super::Index;
use crate::model::Origin;

/// Per-article columns of an engine's first `n` articles, and the totals.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    /// Each article's possible days (first, last), when dated.
    pub(crate) days: Vec<Option<(i64, i64)>>,
    /// Each article's possible months: what histograms count.
    pub(crate) dates: DateColumn,
    /// The whole dossier's articles per value of each facet.
    pub(crate) totals: Totals,
}

/// Articles of the whole dossier per facet value, by value index.
#[derive(Debug, Default)]
pub(crate) struct Totals {
    pub(crate) lang: Vec<usize>,
    pub(crate) topic: Vec<usize>,
    /// By `Origin::ALL` position.
    pub(crate) origin: Vec<usize>,
    pub(crate) source: Vec<usize>,
    pub(crate) entity: Vec<usize>,
}

impl Columns {
    /// The columns of the first `n` articles of `index`.
    pub(crate) fn new(index: &Index, n: usize) -> Columns {
        let docs = &index.docs[..n.min(index.docs.len())];
        let mut totals = Totals {
            lang: vec![0; index.langs.len()],
            topic: vec![0; index.topics.len()],
            origin: vec![0; Origin::ALL.len()],
            source: vec![0; index.sources.len()],
            entity: vec![0; index.entities.len()],
        };
        // A value index the facet does not have (a corrupt index) is not counted.
        let add = |v: &mut Vec<usize>, i: usize| {
            if let Some(c) = v.get_mut(i) {
                *c += 1;
            }
        };
        for (d, meta) in docs.iter().enumerate() {
            add(&mut totals.lang, meta.lang as usize);
            for &t in index.doc_topics.of(d) {
                add(&mut totals.topic, t as usize);
            }
            add(&mut totals.origin, meta.origin as usize);
            add(&mut totals.source, index.outlet_of(d) as usize);
            for &e in index.doc_entities.of(d) {
                add(&mut totals.entity, e as usize);
            }
        }
        Columns {
            days: docs
                .iter()
                .map(|m| m.date.map(|d| (d.first_day(), d.last_day())))
                .collect(),
            dates: DateColumn::new(docs.iter().map(|m| m.date)),
            totals,
        }
    }

    /// Whether some article has origin `Origin::ALL[o]`.
    pub(crate) fn has_origin(&self, o: usize) -> bool {
        self.totals.origin.get(o).is_some_and(|&c| c > 0)
    }
}
