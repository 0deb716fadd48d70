//! More like this: the articles most similar to one article.

use super::engine::Engine;
use super::index::{idf, Postings, TITLE_WEIGHT};
use super::parts::Need;
use super::results::Related;
use super::sort::sort_by;

/// At most this many postings are read to find one article's related
/// articles, so that a build's related articles take time linear in the
/// dossier. Without it they took over 5 minutes of a 100k dossier's build: each
/// article read the postings of its 40 heaviest words and names, and those
/// grow with the dossier (about 60,000 postings per article at 30k synthetic
/// articles, where this budget keeps 87% of the top 5). A word or name in more
/// articles than this is never read, and weighs little: its idf is below
/// ln(1 + N / 50,000).
pub const RELATED_WALK_BUDGET: usize = 50_000;

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
        let entities = self.entity_counts(d);
        self.related_from_terms(d, n, &terms, &entities, RELATED_WALK_BUDGET, &mut Vec::new())
    }

    /// The `n` articles most similar to `d`, whose indexed terms and weighted
    /// counts are `terms` (by term id) and entities `entities` (by entity id,
    /// with their mention counts), reading at most `budget` postings
    /// ([`RELATED_WALK_BUDGET`]); `acc` is scratch space, all zeros,
    /// kept between calls so that each does not allocate and zero one slot per
    /// article (at 100k, 40 GB written over a build).
    pub fn related_from_terms(
        &self,
        d: usize,
        n: usize,
        terms: &[(u32, u32)],
        entities: &[(u32, u32)],
        budget: usize,
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
        for &(e, c) in entities {
            if let Some(p) = self.index.entity_postings.get(e as usize) {
                dims.push(((1.0 + (c as f32).ln()) * idf(total, p.df()), p, true));
            }
        }
        sort_by(&mut dims, |a, b| b.0.total_cmp(&a.0));
        // The heaviest dimensions whose postings fit the budget: a word or a
        // name in most of a big dossier's articles is skipped, and light.
        let mut walked = 0usize;
        dims.retain(|(_, p, _)| {
            let fits = walked + p.df() <= budget;
            walked += if fits { p.df() } else { 0 };
            fits
        });
        dims.truncate(40);
        // Dense accumulators: every site's related articles are computed at
        // build time, where a hash map per article made 100k articles take hours.
        acc.resize(self.n(), 0.0);
        let mut touched: Vec<u32> = Vec::new();
        // `1 + ln tf` for the counts most postings hold: a logarithm per
        // posting was an eighth of the time.
        let mut damped = [0.0f32; 64];
        for (tf, x) in damped.iter_mut().enumerate() {
            *x = 1.0 + (tf as f32).ln();
        }
        for (w, p, entity) in dims {
            let w_idf = w * idf(total, p.df());
            for (e, tt, tb) in p.iter() {
                let Some(slot) = acc.get_mut(e as usize) else {
                    continue;
                };
                if *slot == 0.0 {
                    touched.push(e);
                }
                let tf = if entity { tb } else { TITLE_WEIGHT * tt + tb };
                let damped_tf = damped
                    .get(tf as usize)
                    .copied()
                    .unwrap_or_else(|| 1.0 + (tf as f32).ln());
                *slot += w_idf * damped_tf;
            }
        }
        let norm_d = self.index.docs[d].norm.max(f32::MIN_POSITIVE);
        let mut scored: Vec<(u32, f32)> = touched
            .iter()
            .filter(|&&e| e as usize != d)
            .map(|&e| {
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
        // Near-duplicates of `d` are left out, checked among the `n` best only
        // (reading the card of every article a term touched was a third of the
        // time at 30k articles): each round drops one at least, and an article
        // has few near-duplicates.
        let kept = |e: u32| {
            self.article(e as usize).is_ok_and(|other| {
                other.duplicate_of.as_deref() != Some(a.id.as_str())
                    && a.duplicate_of.as_deref() != Some(other.id.as_str())
            })
        };
        loop {
            if scored.len() > n && n > 0 {
                scored.select_nth_unstable_by(n - 1, order);
            }
            let before = scored.len();
            let mut i = 0;
            while i < n.min(scored.len()) {
                if kept(scored[i].0) {
                    i += 1;
                } else {
                    scored.swap_remove(i);
                }
            }
            if scored.len() == before {
                break;
            }
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
