//! BM25F scores of postings (title terms weigh [`TITLE_WEIGHT`] body terms).

use super::engine::Engine;
use super::index::{idf, Postings, B, K1, TITLE_WEIGHT};

/// Where a clause matches: anywhere, or in titles only (`title:`). The
/// postings keep title and body counts and positions apart, so no text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Any,
    Title,
}

/// Per-run scratch: which docs a unit matched, with scores. Hashed with
/// Fx (a multiply per key) rather than SipHash: a common word fills it with
/// tens of thousands of docs per keystroke at 100k, where SipHash was a
/// fifth of a search's time; doc numbers come from the index, not from
/// anyone who could choose them to collide.
pub(super) type DocScores = rustc_hash::FxHashMap<u32, f32>;

impl Engine<'_> {
    /// BM25F of a term of inverse document frequency `idf` (see [`idf`],
    /// computed once per term) seen `tt` times in the title and `tb` in the body of `d`.
    pub(super) fn bm25(&self, idf: f32, tt: u32, tb: u32, d: u32) -> f32 {
        let meta = &self.index.docs[d as usize];
        let len = (TITLE_WEIGHT * meta.title_len + meta.body_len) as f32;
        let tf = (TITLE_WEIGHT * tt + tb) as f32;
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.index.avg_len))
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
        let idf = idf(self.n(), p.df());
        out.reserve(p.df().min(self.n()));
        for (d, tt, tb) in p.iter() {
            let tb = if field == Field::Title { 0 } else { tb };
            if tt + tb > 0
                && (d as usize) < self.n()
                && lang.is_none_or(|l| self.index.docs[d as usize].lang == l)
            {
                let s = self.bm25(idf, tt, tb, d);
                let e = out.entry(d).or_insert(0.0);
                *e = e.max(s);
            }
        }
    }
}
