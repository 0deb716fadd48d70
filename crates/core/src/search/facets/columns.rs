//! What the filters and facets read of every article, gathered once per
//! engine: day ranges, the date column, outlets, and the whole dossier's count
//! of each facet value (the options' order), which no view changes, so a run
//! no longer recounts them (at 100k, a loop over every article's topics and
//! entities per facet click).

use super::date_column::DateColumn;
use super::names::{Sources, NO_SOURCE};
use super::Index;
use crate::model::{Corpus, Origin};

/// Per-article columns of an engine's first `n` articles, and the totals.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    /// Each article's possible days (first, last), when dated.
    pub(crate) days: Vec<Option<(i64, i64)>>,
    /// Each article's possible months: what histograms count.
    pub(crate) dates: DateColumn,
    /// The dossier's outlets and each article's.
    pub(crate) sources: Sources,
    /// The whole dossier's articles per value of each facet.
    pub(crate) totals: Totals,
    /// Each article's topics and entities, side by side in one buffer each:
    /// a facet click at 100k reads them for every matching article, and
    /// following 200k small vectors spread over the heap cost most of its
    /// time in cache misses (4 bytes per entity mention, about 3 MB at 100k).
    pub(crate) topics: Flat<u16>,
    pub(crate) entities: Flat<u32>,
}

/// Many short lists in one buffer: list `d` is `values[starts[d]..starts[d + 1]]`.
#[derive(Debug)]
pub(crate) struct Flat<T> {
    starts: Vec<u32>,
    values: Vec<T>,
}

impl<T> Default for Flat<T> {
    fn default() -> Self {
        Flat {
            starts: vec![0],
            values: Vec::new(),
        }
    }
}

impl<T: Copy> Flat<T> {
    /// The lists, in order.
    pub(crate) fn new<'a>(lists: impl Iterator<Item = &'a [T]>) -> Flat<T>
    where
        T: 'a,
    {
        let mut flat = Flat::default();
        for list in lists {
            flat.values.extend_from_slice(list);
            flat.starts.push(flat.values.len() as u32);
        }
        flat
    }

    /// List `d` (empty past the last).
    pub(crate) fn of(&self, d: usize) -> &[T] {
        match (self.starts.get(d), self.starts.get(d + 1)) {
            (Some(&a), Some(&b)) => &self.values[a as usize..b as usize],
            _ => &[],
        }
    }
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
    /// The columns of the first `n` articles of `corpus` and `index`.
    pub(crate) fn new(corpus: &Corpus, index: &Index, n: usize) -> Columns {
        let docs = &index.docs[..n.min(index.docs.len())];
        let sources = Sources::new(corpus, docs.len());
        let mut totals = Totals {
            lang: vec![0; index.langs.len()],
            topic: vec![0; index.topics.len()],
            origin: vec![0; Origin::ALL.len()],
            source: vec![0; sources.names.len()],
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
            for &t in &meta.topics {
                add(&mut totals.topic, t as usize);
            }
            add(&mut totals.origin, meta.origin as usize);
            let source = sources.of_doc.get(d).copied().unwrap_or(NO_SOURCE);
            add(&mut totals.source, source as usize);
            for &e in &meta.entities {
                add(&mut totals.entity, e as usize);
            }
        }
        Columns {
            days: docs
                .iter()
                .map(|m| m.date.map(|d| (d.first_day(), d.last_day())))
                .collect(),
            dates: DateColumn::new(docs.iter().map(|m| m.date)),
            sources,
            totals,
            topics: Flat::new(docs.iter().map(|m| &m.topics[..])),
            entities: Flat::new(docs.iter().map(|m| &m.entities[..])),
        }
    }

    /// Whether some article has origin `Origin::ALL[o]`.
    pub(crate) fn has_origin(&self, o: usize) -> bool {
        self.totals.origin.get(o).is_some_and(|&c| c > 0)
    }

    /// Outlet of article `d` (an index into the outlet names, or [`NO_SOURCE`]).
    pub(crate) fn source_of(&self, d: usize) -> u32 {
        self.sources.of_doc.get(d).copied().unwrap_or(NO_SOURCE)
    }
}

#[cfg(test)]
mod tests {
    use super::Flat;

    #[test]
    fn flat_lists_read_back_as_given_and_empty_past_the_end() {
        let lists: Vec<Vec<u32>> = vec![vec![3, 1], vec![], vec![7], vec![], vec![2, 2, 9]];
        let flat = Flat::new(lists.iter().map(|l| &l[..]));
        for (d, list) in lists.iter().enumerate() {
            assert_eq!(flat.of(d), &list[..], "list {d}");
        }
        assert!(flat.of(lists.len()).is_empty());
        assert!(Flat::<u16>::default().of(0).is_empty());
    }
}
