//! BM25F scores of postings (title terms weigh [`TITLE_WEIGHT`] body terms).

use super::engine::Engine;
use super::index::{idf, Postings, B, K1, TITLE_WEIGHT};
use std::collections::HashMap;

/// Where a clause matches: anywhere, or in titles only (`title:`). The
/// postings keep title and body counts and positions apart, so no text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Any,
    Title,
}

/// Per-run scratch: which docs a unit matched, with scores.
pub(super) type DocScores = HashMap<u32, f32>;

impl Engine<'_> {
    /// BM25F of a term seen `tt` times in the title and `tb` in the body of `d`.
    pub(super) fn bm25(&self, df: usize, tt: u32, tb: u32, d: u32) -> f32 {
        let meta = &self.index.docs[d as usize];
        let len = (TITLE_WEIGHT * meta.title_len + meta.body_len) as f32;
        let tf = (TITLE_WEIGHT * tt + tb) as f32;
        idf(self.n(), df) * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.index.avg_len))
    }

    /// The BM25F score of every article of `p` (in language `lang` if given),
    /// each kept at its best in `out`.
    pub(super) fn postings_scores(&self, p: &Postings, out: &mut DocScores, lang: Option<u16>) {
        self.postings_scores_in(p, out, lang, Field::Any);
    }

    /// [`Engine::postings_scores`] counting only occurrences in `field`.
    pub(super) fn postings_scores_in(
        &self,
        p: &Postings,
        out: &mut DocScores,
        lang: Option<u16>,
        field: Field,
    ) {
        for (d, tt, tb) in p.iter() {
            let tb = if field == Field::Title { 0 } else { tb };
            if tt + tb > 0
                && (d as usize) < self.n()
                && lang.is_none_or(|l| self.index.docs[d as usize].lang == l)
            {
                let s = self.bm25(p.df(), tt, tb, d);
                let e = out.entry(d).or_insert(0.0);
                *e = e.max(s);
            }
        }
    }
}
