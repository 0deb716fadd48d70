//! Query evaluation: parsed parts resolved into units (entity aliases
//! recognised), and each unit's matching articles with their scores.

use super::engine::Engine;
use super::index::Postings;
use super::parts::Need;
use super::query::{Clause, Part};
use super::scoring::{DocScores, Field};
use crate::text::{has_stemmer, is_stop_word, stem};

/// Most index terms a `prefix*` expands to.
pub const MAX_PREFIX_TERMS: usize = 2000;

/// A query element after entity resolution.
#[derive(Debug, Clone)]
pub(super) enum Unit {
    /// A clause as parsed (never [`Clause::Typed`] at the top: see `Typed`).
    Clause(Clause),
    /// A gazetteer entity named by one of its aliases; `words` is the text typed.
    Entity { entity: u32, words: Vec<String> },
    /// The word being typed: matches as the word and, ranked below, as a
    /// prefix of index words and of the aliases of `entities`.
    Typed { word: String, entities: Vec<u32> },
    /// Alternatives (`a OR b`): articles any of them matches, scores summed.
    Any(Vec<Unit>),
}

impl Unit {
    /// Whether the unit ranks articles (a `source:` only filters them).
    pub(super) fn scores(&self) -> bool {
        match self {
            Unit::Clause(Clause::Source(_)) => false,
            Unit::Any(us) => us.iter().any(Unit::scores),
            _ => true,
        }
    }
}

/// The word of a clause that can start or continue an entity alias.
fn plain_word(c: &Clause) -> Option<&String> {
    match c {
        Clause::Word(w) | Clause::Typed(w) => Some(w),
        _ => None,
    }
}

impl<'a> Engine<'a> {
    /// Turns parsed parts into units, recognising entity aliases.
    pub(super) fn resolve(&self, parts: &[Part]) -> Vec<(Unit, bool)> {
        let single = |p: &Part| match p.any_of.as_slice() {
            [c] if !p.negated => plain_word(c).cloned(),
            _ => None,
        };
        // No alias is longer than this: the look-ahead stops there, so a
        // pasted page of words costs linear time, not quadratic.
        let longest = self
            .aliases
            .by_first
            .values()
            .flatten()
            .map(|(seq, _)| seq.len())
            .max()
            .unwrap_or(0);
        let mut out = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            let p = &parts[i];
            if let ([Clause::Typed(w)], false) = (p.any_of.as_slice(), p.negated) {
                // Left out while it starts too many words (see `Index::starts_too_many`).
                if self.index.starts_too_many(w) == Some(true) {
                    i += 1;
                    continue;
                }
            }
            // A run of plain positive words: longest alias match from here.
            if single(p).is_some() {
                let run: Vec<String> = parts[i..].iter().take(longest).map_while(single).collect();
                // A typed word alone naming an entity stays typed: it also
                // matches as a prefix (`Alger` on its way to `Algeria`).
                let typed_alone = |len| len == 1 && matches!(p.any_of[0], Clause::Typed(_));
                if let Some((len, e)) = self.alias_prefix(&run).filter(|&(len, _)| !typed_alone(len)) {
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
            let mut units: Vec<Unit> = p.any_of.iter().map(|c| self.resolve_clause(c)).collect();
            let unit = if units.len() == 1 {
                units.remove(0)
            } else {
                Unit::Any(units)
            };
            out.push((unit, p.negated));
            i += 1;
        }
        out
    }

    /// One clause as a unit: an entity when it is one of its aliases.
    fn resolve_clause(&self, c: &Clause) -> Unit {
        let seq: Option<Vec<String>> = match c {
            Clause::Word(w) | Clause::Typed(w) => Some(vec![w.clone()]),
            Clause::Phrase(ws) => Some(ws.clone()),
            _ => None,
        };
        let entity = seq
            .as_ref()
            .and_then(|s| self.alias_prefix(s).filter(|&(len, _)| len == s.len()));
        match (entity, seq, c) {
            (_, _, Clause::Typed(w)) => Unit::Typed {
                word: w.clone(),
                entities: self.entities_starting(w),
            },
            (Some((_, e)), Some(words), _) => Unit::Entity { entity: e, words },
            _ => Unit::Clause(c.clone()),
        }
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
            Unit::Typed { word, entities } => self.eval_typed(word, entities, Field::Any),
            Unit::Any(units) => {
                let mut out = DocScores::default();
                for u in units {
                    for (d, s) in self.eval_unit(u) {
                        *out.entry(d).or_insert(0.0) += s;
                    }
                }
                out
            }
            Unit::Entity { entity, words } => {
                let mut out = DocScores::default();
                if let Some(p) = self.index.entity_postings.get(*entity as usize) {
                    self.postings_scores(p, &mut out, None);
                }
                // An alias is a known spelling: never "corrected".
                let typed = if words.len() == 1 {
                    self.eval_word_exact(&words[0])
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
        let id = self.word_term(w, lang)?;
        id.map(|id| self.index.postings(id)).transpose()
    }

    /// The global term id of word `w` in language `lang` (its stem there),
    /// `Ok(None)` when no article has it, or the block to fetch first.
    pub(super) fn word_term(&self, w: &str, lang: &str) -> Result<Option<u32>, Need> {
        let s = if has_stemmer(lang) {
            stem(w, lang)
        } else {
            w.to_string()
        };
        self.index.term_id(&s)
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
        self.eval_word_in(w, Field::Any)
    }

    pub(super) fn eval_clause(&self, c: &Clause) -> DocScores {
        match c {
            Clause::Word(w) => self.eval_word(w),
            Clause::Prefix(p) => self.eval_prefix(p, Field::Any),
            Clause::Phrase(words) => self.eval_phrase(words),
            Clause::Typed(w) => self.eval_typed(w, &[], Field::Any),
            Clause::Title(inner) => self.eval_title(inner),
            Clause::Source(words) => self.eval_source(words),
        }
    }

    /// Articles with an index word starting with `p` (the first
    /// [`MAX_PREFIX_TERMS`] of them) in `field`.
    pub(super) fn eval_prefix(&self, p: &str, field: Field) -> DocScores {
        let mut out = DocScores::default();
        match self.index.prefix_terms(p, MAX_PREFIX_TERMS) {
            Ok(ids) => {
                for id in ids {
                    match self.index.postings(id) {
                        Ok(p) => self.postings_scores_in(p, &mut out, None, field),
                        Err(need) => self.need(need),
                    }
                }
            }
            Err(needs) => needs.into_iter().for_each(|n| self.need(n)),
        }
        out
    }

    /// Articles matching word `w` by its stem in each language, in `field`
    /// (no close spellings: for titles and the word being typed).
    pub(super) fn eval_word_in(&self, w: &str, field: Field) -> DocScores {
        let mut out = DocScores::default();
        for (li, lang) in self.index.langs.iter().enumerate() {
            if is_stop_word(w, lang) {
                for &d in &self.docs_by_lang[li] {
                    out.insert(d, 0.0);
                }
                continue;
            }
            match self.word_postings(w, lang) {
                Ok(Some(p)) => self.postings_scores_in(p, &mut out, Some(li as u16), field),
                Ok(None) => {}
                Err(need) => self.need(need),
            }
        }
        out
    }
}
