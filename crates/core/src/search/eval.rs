//! Query evaluation: parsed parts resolved into units (entity aliases
//! recognised), and each unit's matching articles with their scores.

use super::engine::Engine;
use super::index::Postings;
use super::parts::Need;
use super::query::{Clause, Part};
use super::scoring::DocScores;
use crate::text::{has_stemmer, is_stop_word, stem};

/// Most index terms a `prefix*` expands to.
pub const MAX_PREFIX_TERMS: usize = 2000;

/// A query element after entity resolution.
#[derive(Debug, Clone)]
pub(super) enum Unit {
    Clause(Clause),
    /// A gazetteer entity named by one of its aliases; `words` is the text typed.
    Entity {
        entity: u32,
        words: Vec<String>,
    },
}

impl<'a> Engine<'a> {
    /// Turns parsed parts into units, recognising entity aliases.
    pub(super) fn resolve(&self, parts: &[Part]) -> Vec<(Unit, bool)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            let p = &parts[i];
            // A run of plain positive words: longest alias match from here.
            if !p.negated && matches!(p.clause, Clause::Word(_)) {
                let mut run = Vec::new();
                for q in &parts[i..] {
                    match (&q.clause, q.negated) {
                        (Clause::Word(w), false) => run.push(w.clone()),
                        _ => break,
                    }
                }
                if let Some((len, e)) = self.alias_prefix(&run) {
                    out.push((
                        Unit::Entity {
                            entity: e,
                            words: run[..len].to_vec(),
                        },
                        false,
                    ));
                    i += len;
                    continue;
                }
            }
            let seq: Option<Vec<String>> = match &p.clause {
                Clause::Word(w) => Some(vec![w.clone()]),
                Clause::Phrase(ws) => Some(ws.clone()),
                Clause::Prefix(_) => None,
            };
            let entity = seq
                .as_ref()
                .and_then(|s| self.alias_prefix(s).filter(|&(len, _)| len == s.len()));
            match (entity, seq) {
                (Some((_, e)), Some(words)) => out.push((Unit::Entity { entity: e, words }, p.negated)),
                _ => out.push((Unit::Clause(p.clause.clone()), p.negated)),
            }
            i += 1;
        }
        out
    }

    /// The longest alias that `words` starts with: `(word count, entity)`.
    pub(super) fn alias_prefix(&self, words: &[String]) -> Option<(usize, u32)> {
        let list = self.aliases.by_first.get(words.first()?)?;
        list.iter()
            .find(|(seq, _)| seq.len() <= words.len() && seq.iter().zip(words).all(|(a, b)| a == b))
            .map(|(seq, e)| (seq.len(), *e))
    }

    pub(super) fn eval_unit(&self, u: &Unit) -> DocScores {
        match u {
            Unit::Clause(c) => self.eval_clause(c),
            Unit::Entity { entity, words } => {
                let mut out = DocScores::new();
                if let Some(p) = self.index.entity_postings.get(*entity as usize) {
                    self.postings_scores(p, &mut out, None);
                }
                let typed = if words.len() == 1 {
                    self.eval_word(&words[0])
                } else {
                    self.eval_clause(&Clause::Phrase(words.clone()))
                };
                for (d, s) in typed {
                    let e = out.entry(d).or_insert(0.0);
                    *e = e.max(s);
                }
                out
            }
        }
    }

    /// The postings of word `w` in articles of `lang` (by its stem there), or
    /// the block to fetch first.
    pub(super) fn word_postings(&self, w: &str, lang: &str) -> Result<Option<&'a Postings>, Need> {
        let s = if has_stemmer(lang) {
            stem(w, lang)
        } else {
            w.to_string()
        };
        let id = self.index.term_id(&s)?;
        id.map(|id| self.index.postings(id)).transpose()
    }

    /// Articles matching word `w` as typed or, when it has few, through a
    /// close spelling ([`super::typo_match`]).
    pub(super) fn eval_word(&self, w: &str) -> DocScores {
        let mut out = self.eval_word_exact(w);
        self.widen_word(w, &mut out);
        out
    }

    /// Articles matching word `w` by its stem in each language.
    pub(super) fn eval_word_exact(&self, w: &str) -> DocScores {
        let mut out = DocScores::new();
        for (li, lang) in self.index.langs.iter().enumerate() {
            if is_stop_word(w, lang) {
                for &d in &self.docs_by_lang[li] {
                    out.insert(d, 0.0);
                }
                continue;
            }
            match self.word_postings(w, lang) {
                Ok(Some(p)) => self.postings_scores(p, &mut out, Some(li as u16)),
                Ok(None) => {}
                Err(need) => self.need(need),
            }
        }
        out
    }

    pub(super) fn eval_clause(&self, c: &Clause) -> DocScores {
        match c {
            Clause::Word(w) => self.eval_word(w),
            Clause::Prefix(p) => {
                let mut out = DocScores::new();
                match self.index.prefix_terms(p, MAX_PREFIX_TERMS) {
                    Ok(ids) => {
                        for id in ids {
                            match self.index.postings(id) {
                                Ok(p) => self.postings_scores(p, &mut out, None),
                                Err(need) => self.need(need),
                            }
                        }
                    }
                    Err(needs) => needs.into_iter().for_each(|n| self.need(n)),
                }
                out
            }
            Clause::Phrase(words) => self.eval_phrase(words),
        }
    }
}
