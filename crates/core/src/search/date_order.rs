//! Newest and oldest first: the order of a run sorted by date. The whole
//! dossier is sorted once per engine and per direction (when first asked), so
//! a view matching many articles (a facet click, an empty query: every article
//! at 100k) keeps the sorted articles it matched in one pass instead of sorting
//! them again on every run.

use super::engine::Engine;
use super::sort::sort_indices;
use crate::view::Sort;
use std::cmp::Ordering;

impl Engine<'_> {
    /// Orders `matches` by date (`sort` is [`Sort::Newest`] or [`Sort::Oldest`]):
    /// dated before undated, then by date, ties by article id.
    pub(super) fn order_by_date(&self, matches: &mut Vec<u32>, sort: Sort) {
        // Sorting m of n articles costs m·log m comparisons; filtering the
        // sorted dossier, n steps. Past n/16 matches the filter wins.
        if matches.len() > self.n() / 16 {
            *matches = self.keep_in_date_order(matches, sort);
        } else {
            sort_indices(matches, &|a, b| self.date_cmp(sort, a, b));
        }
    }

    /// `matches` in the order of the whole dossier sorted by date.
    pub(super) fn keep_in_date_order(&self, matches: &[u32], sort: Sort) -> Vec<u32> {
        let mut keep = vec![false; self.n()];
        for &d in matches {
            keep[d as usize] = true;
        }
        let cell = if sort == Sort::Oldest {
            &self.oldest
        } else {
            &self.newest
        };
        let order = cell.get_or_init(|| {
            let mut all: Vec<u32> = (0..self.n() as u32).collect();
            sort_indices(&mut all, &|a, b| self.date_cmp(sort, a, b));
            all
        });
        order.iter().copied().filter(|&d| keep[d as usize]).collect()
    }

    /// The date order of two articles: dated first, newest (or oldest) first,
    /// then by id.
    pub(super) fn date_cmp(&self, sort: Sort, a: u32, b: u32) -> Ordering {
        let dates = &self.index.docs;
        let (da, db) = (dates[a as usize].date, dates[b as usize].date);
        let by_date = match (da, db) {
            (Some(x), Some(y)) if sort == Sort::Oldest => x.cmp(&y),
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        by_date.then(self.id_rank[a as usize].cmp(&self.id_rank[b as usize]))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{art, corpus};
    use super::super::Index;
    use super::*;

    /// Both ways of ordering (sorting the matches, filtering the sorted
    /// dossier) give the same list, for every subset of a dossier with ties,
    /// year-only and undated articles.
    #[test]
    fn filtering_the_sorted_dossier_equals_sorting_the_matches() {
        let dates = [
            Some("2023-02-14"),
            None,
            Some("2023"),
            Some("2023-02"),
            Some("2023-02-14"),
            None,
            Some("2021-12-31"),
            Some("2024-01-01"),
        ];
        let c = corpus(
            dates
                .iter()
                .enumerate()
                .map(|(i, d)| art(&format!("a{}", (7 - i)), "en", *d, &[], "Title", "Body"))
                .collect(),
        );
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        for sort in [Sort::Newest, Sort::Oldest] {
            for subset in 0u32..1 << dates.len() {
                let matches: Vec<u32> = (0..dates.len() as u32).filter(|d| subset & 1 << d != 0).collect();
                let mut sorted = matches.clone();
                sort_indices(&mut sorted, &|a, b| engine.date_cmp(sort, a, b));
                assert_eq!(
                    engine.keep_in_date_order(&matches, sort),
                    sorted,
                    "{sort:?} {subset:b}"
                );
            }
        }
        // Newest first: the 2024 article, and the undated ones last.
        let mut all: Vec<u32> = (0..dates.len() as u32).collect();
        engine.order_by_date(&mut all, Sort::Newest);
        assert_eq!(all.first(), Some(&7));
        assert!(all[6..].iter().all(|&d| dates[d as usize].is_none()));
    }
}
