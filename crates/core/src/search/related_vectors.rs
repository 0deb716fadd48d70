//! An article as a vector for related articles: its indexed terms and its
//! entities with their counts, for one article or every article at once.

use super::engine::Engine;
use super::index::TITLE_WEIGHT;
use crate::text::{analyze, has_stem_alternatives};
use std::collections::BTreeMap;

impl Engine<'_> {
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

    /// Article `d`'s gazetteer entities with their mention counts, by entity
    /// id: each entity's postings searched for `d` (one article at a time;
    /// [`Engine::entities_by_doc`] reads them all in one pass).
    pub fn entity_counts(&self, d: usize) -> Vec<(u32, u32)> {
        let postings = &self.index.entity_postings;
        let doc_entities = self.index.doc_entities.of(d).iter();
        doc_entities
            .filter_map(|&e| {
                let p = postings.get(e as usize)?;
                let c = p
                    .iter()
                    .find(|&(x, _, _)| x as usize == d)
                    .map_or(1, |(_, _, c)| c);
                Some((e, c))
            })
            .collect()
    }

    /// Every article's [`Engine::entity_counts`], read off the entity postings
    /// in one pass: searching each entity's postings for each article naming it
    /// is quadratic (a name in most articles of a 100k dossier is looked for
    /// in 100k postings as many times).
    pub fn entities_by_doc(&self) -> Vec<Vec<(u32, u32)>> {
        let postings = &self.index.entity_postings;
        let mut out: Vec<Vec<(u32, u32)>> = (0..self.n())
            .map(|d| {
                let doc_entities = self.index.doc_entities.of(d).iter();
                doc_entities
                    .filter(|&&e| (e as usize) < postings.len())
                    .map(|&e| (e, 1))
                    .collect()
            })
            .collect();
        for (e, p) in postings.iter().enumerate() {
            for (d, _, c) in p.iter() {
                let Some(named) = out.get_mut(d as usize) else {
                    continue;
                };
                if let Some(slot) = named.iter_mut().find(|(x, _)| *x as usize == e) {
                    slot.1 = c;
                }
            }
        }
        out
    }
}
