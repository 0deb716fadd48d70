//! The date column: each article's possible months as a small span id, built
//! once per engine, so that a histogram (the timeline's, each trends series')
//! adds one to a counter per article instead of looking its months up in a map,
//! and the whole dossier's spans, the axis, are counted once instead of per run.

use super::histogram::{histogram, month_span, Histogram, MonthSpans};
use crate::model::PartialDate;
use std::collections::HashMap;

/// Each article's month span as an id into a table of the dossier's distinct
/// spans (a few hundred in any dossier: 4 bytes per article).
#[derive(Debug, Default)]
pub(crate) struct DateColumn {
    /// The distinct spans (`first..=last` month ordinals), by id.
    spans: Vec<(i64, i64)>,
    /// Per article: its span id, or [`UNDATED`].
    of_doc: Vec<u32>,
    /// The whole dossier's articles by span: the axis and the bars' full heights.
    dossier: MonthSpans,
}

/// The span id of an article without a date.
pub(crate) const UNDATED: u32 = u32::MAX;

impl DateColumn {
    /// The column of articles dated `dates`, in index order.
    pub(crate) fn new(dates: impl Iterator<Item = Option<PartialDate>>) -> DateColumn {
        let mut ids: HashMap<(i64, i64), u32> = HashMap::new();
        let mut spans = Vec::new();
        let of_doc: Vec<u32> = dates
            .map(|date| match date {
                Some(date) => *ids.entry(month_span(date)).or_insert_with(|| {
                    spans.push(month_span(date));
                    spans.len() as u32 - 1
                }),
                None => UNDATED,
            })
            .collect();
        let mut counts = vec![0usize; spans.len()];
        for &s in &of_doc {
            if s != UNDATED {
                counts[s as usize] += 1;
            }
        }
        let mut dossier = MonthSpans::default();
        for (&span, &c) in spans.iter().zip(&counts) {
            dossier.add_n(span, c);
        }
        DateColumn {
            spans,
            of_doc,
            dossier,
        }
    }

    /// Article `d`'s span id ([`UNDATED`] without a date or out of range).
    pub(crate) fn span_of(&self, d: usize) -> u32 {
        self.of_doc.get(d).copied().unwrap_or(UNDATED)
    }

    /// A zeroed counter per span, for [`DateColumn::histogram`].
    pub(crate) fn tally(&self) -> Vec<usize> {
        vec![0; self.spans.len()]
    }

    /// The histogram of a view whose dated articles are counted by span in
    /// `tally` (see [`DateColumn::tally`]), on the dossier's axis.
    pub(crate) fn histogram(&self, tally: &[usize]) -> Histogram {
        let mut view = MonthSpans::default();
        for (&span, &c) in self.spans.iter().zip(tally) {
            view.add_n(span, c);
        }
        histogram(&view, &self.dossier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The column's histogram against spans counted one article at a time.
    #[test]
    fn counts_by_span_equal_counts_by_article() {
        let dates = [
            Some(PartialDate::day(2023, 2, 14).unwrap()),
            Some(PartialDate::month(2023, 2).unwrap()),
            Some(PartialDate::year(2022)),
            None,
            Some(PartialDate::day(2024, 11, 30).unwrap()),
            Some(PartialDate::year(2022)),
        ];
        let column = DateColumn::new(dates.into_iter());
        assert_eq!(column.span_of(3), UNDATED);
        assert_eq!(column.span_of(0), column.span_of(1));
        assert_eq!(column.span_of(2), column.span_of(5));
        // A view of articles 0, 2 and 3.
        let mut tally = column.tally();
        for d in [0, 2, 3] {
            if column.span_of(d) != UNDATED {
                tally[column.span_of(d) as usize] += 1;
            }
        }
        let (mut view, mut all) = (MonthSpans::default(), MonthSpans::default());
        for (d, date) in dates.iter().enumerate() {
            if let Some(date) = *date {
                all.add_n(month_span(date), 1);
                if [0, 2].contains(&d) {
                    view.add_n(month_span(date), 1);
                }
            }
        }
        assert_eq!(column.histogram(&tally), histogram(&view, &all));
        assert_eq!(column.histogram(&tally).bins.len(), 35, "2022-01 to 2024-11");
    }
}
