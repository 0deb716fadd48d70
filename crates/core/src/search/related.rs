//! More like this: the articles most similar to one article.

use super::engine::Engine;
use super::index::{idf, Postings, TITLE_WEIGHT};
use super::parts::Need;
use super::results::Related;
use super::sort::sort_by;
use crate::text::{analyze, has_stem_alternatives};
use std::collections::BTreeMap;

impl Engine<'_> {
    /// The `n` articles most similar to `doc_id` (see [`Engine::related_at`]);
    /// none while the part that lists them is not loaded.
    pub fn related(&self, doc_id: &str, n: usize) -> Vec<Related> {
        let Ok(Some(d)) = self.find(doc_id) else {
            return Vec::new();
        };
        self.related_at(d, n).unwrap_or_default()
    }

    /// The `n` articles most similar to the article at `doc` (TF-IDF cosine
    /// over stems and entities, so articles in other languages relate through
    /// shared entities), best first, excluding the article itself and its
    /// near-duplicates. A site's index has them computed at build time in the
    /// article's body chunk, so it is the chunk to fetch when not loaded.
    pub fn related_at(&self, doc: usize, n: usize) -> Result<Vec<Related>, Need> {
        if doc >= self.n() {
            return Ok(Vec::new());
        }
        let Some(bodies) = &self.index.bodies else {
            return Ok(self.compute_related(doc, n));
        };
        let (chunk, i) = bodies.locate(doc)?;
        Ok(chunk.related[i]
            .iter()
            .filter(|&&(e, _)| (e as usize) < self.n())
            .take(n)
            .map(|&(e, score)| Related {
                doc: e as usize,
                score: f32::from(score) / 1000.0,
            })
            .collect())
    }

    /// [`Engine::related_at`] computed from the postings (every term block
    /// loaded: at build time, or for a corpus indexed in the browser).
    pub fn compute_related(&self, d: usize, n: usize) -> Vec<Related> {
        let Some(terms) = self.analysed_terms(d) else {
            return Vec::new();
        };
        self.related_from_terms(d, n, &terms, &mut Vec::new())
    }

    /// Article `d`'s indexed terms with their weighted counts (a title
    /// occurrence counts [`TITLE_WEIGHT`]), by term id: its text analysed
    /// again. `None` while its text or card is not loaded.
    pub fn analysed_terms(&self, d: usize) -> Option<Vec<(u32, u32)>> {
        let body = self.body(d).ok()?;
        let a = self.article(d).ok()?;
        let mut tf: BTreeMap<String, u32> = BTreeMap::new();
        for t in analyze(&a.title, &a.lang) {
            *tf.entry(t.term).or_default() += TITLE_WEIGHT;
        }
        for t in analyze(body, &a.lang) {
            *tf.entry(t.term).or_default() += 1;
        }
        // Term ids follow the terms' order, so these stay sorted by id.
        Some(
            tf.into_iter()
                .filter_map(|(t, c)| Some((self.index.term_id(&t).ok()??, c)))
                .collect(),
        )
    }

    /// Every article's indexed terms with their weighted counts, as
    /// [`Engine::analysed_terms`] gives them, read off the postings in one
    /// pass instead of analysing each text again (at build time, every term
    /// block loaded: the same related articles; cutting a 10k corpus into
    /// parts took 14–18 s, now 7). About 8 bytes per distinct word of each article.
    /// `None` for an article whose words are also filed under other stems
    /// ([`has_stem_alternatives`]: Arabic), which related articles leave out:
    /// its text is analysed again.
    pub fn terms_by_doc(&self) -> Vec<Option<Vec<(u32, u32)>>> {
        let mut out: Vec<Option<Vec<(u32, u32)>>> = (0..self.n())
            .map(|d| {
                let lang = self.index.langs.get(usize::from(self.index.docs[d].lang));
                (!lang.is_some_and(|l| has_stem_alternatives(l))).then(Vec::new)
            })
            .collect();
        for id in 0..self.index.term_count() as u32 {
            let Ok(p) = self.index.postings(id) else { continue };
            for (e, tt, tb) in p.iter() {
                if let Some(Some(terms)) = out.get_mut(e as usize) {
                    terms.push((id, TITLE_WEIGHT * tt + tb));
                }
            }
        }
        out
    }

    /// The `n` articles most similar to `d`, whose indexed terms and weighted
    /// counts are `terms` (by term id); `acc` is scratch space, all zeros,
    /// kept between calls so that each does not allocate and zero one slot per
    /// article (at 100k, 40 GB written over a build).
    pub fn related_from_terms(
        &self,
        d: usize,
        n: usize,
        terms: &[(u32, u32)],
        acc: &mut Vec<f32>,
    ) -> Vec<Related> {
        if d >= self.n() {
            return Vec::new();
        }
        let Ok(a) = self.article(d) else {
            return Vec::new();
        };
        let total = self.n();
        // In term order: dimensions of equal weight keep it through the sort
        // below, so the 40 kept (and the scores' sums) are the same every run.
        let mut dims: Vec<(f32, &Postings, bool)> = terms
            .iter()
            .filter_map(|&(id, c)| {
                let p = self.index.postings(id).ok()?;
                Some(((1.0 + (c as f32).ln()) * idf(total, p.df()), p, false))
            })
            .collect();
        for &e in self.index.doc_entities.of(d) {
            if let Some(p) = self.index.entity_postings.get(e as usize) {
                let c = p
                    .iter()
                    .find(|&(x, _, _)| x as usize == d)
                    .map_or(1, |(_, _, c)| c);
                dims.push(((1.0 + (c as f32).ln()) * idf(total, p.df()), p, true));
            }
        }
        sort_by(&mut dims, |a, b| b.0.total_cmp(&a.0));
        dims.truncate(40);
        // Dense accumulators: every site's related articles are computed at
        // build time, where a hash map per article made 100k articles take hours.
        acc.resize(self.n(), 0.0);
        let mut touched: Vec<u32> = Vec::new();
        for (w, p, entity) in dims {
            let w_idf = idf(total, p.df());
            for (e, tt, tb) in p.iter() {
                let Some(slot) = acc.get_mut(e as usize) else {
                    continue;
                };
                if *slot == 0.0 {
                    touched.push(e);
                }
                let tf = if entity { tb } else { TITLE_WEIGHT * tt + tb };
                *slot += w * (1.0 + (tf as f32).ln()) * w_idf;
            }
        }
        let norm_d = self.index.docs[d].norm.max(f32::MIN_POSITIVE);
        let mut scored: Vec<(u32, f32)> = touched
            .iter()
            .copied()
            .filter(|&e| {
                let Ok(other) = self.article(e as usize) else {
                    return false;
                };
                e as usize != d
                    && other.duplicate_of.as_deref() != Some(a.id.as_str())
                    && a.duplicate_of.as_deref() != Some(other.id.as_str())
            })
            .map(|e| {
                let norm_e = self.index.docs[e as usize].norm.max(f32::MIN_POSITIVE);
                (e, (acc[e as usize] / (norm_d * norm_e)).min(1.0))
            })
            .collect();
        for e in touched {
            acc[e as usize] = 0.0;
        }
        // Best first, ties by id: a total order, so picking the top `n` before
        // sorting them gives the same as sorting everything.
        let order = |x: &(u32, f32), y: &(u32, f32)| {
            y.1.total_cmp(&x.1)
                .then(self.id_rank[x.0 as usize].cmp(&self.id_rank[y.0 as usize]))
        };
        if scored.len() > n && n > 0 {
            scored.select_nth_unstable_by(n - 1, order);
        }
        scored.truncate(n);
        sort_by(&mut scored, order);
        scored
            .into_iter()
            .map(|(e, score)| Related {
                doc: e as usize,
                score,
            })
            .collect()
    }
}
