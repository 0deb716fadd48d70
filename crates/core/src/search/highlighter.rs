//! Finds the query's matches in a text: the byte ranges snippets, titles and
//! the reader mark.

use super::aliases::AliasTable;
use super::engine::Engine;
use super::eval::Unit;
use super::parts::Need;
use super::phrase::phrase_spans;
use super::query::Clause;
use super::sort::sort_by;
use super::typo_match::Correction;
use crate::hash::FnvBuild;
use crate::text::{for_each_token, is_stop_word, stem, stem_alternatives, tokenize};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// A language's query stems, and whether each surface word seen matches one.
pub(super) type LangMemo = (HashSet<String>, TermMap);

/// Surface word → whether it matches a query word by its stem, hashed with
/// FNV-1a (short keys, no untrusted-input concern: the keys come from the corpus).
pub(super) type TermMap = HashMap<String, bool, FnvBuild>;

/// Finds the query's matches in a text, for snippets and title highlights.
pub(super) struct Highlighter {
    pub(super) words: Vec<String>,
    pub(super) prefixes: Vec<String>,
    pub(super) phrases: Vec<Vec<String>>,
    pub(super) entities: HashSet<u32>,
    pub(super) aliases: AliasTable,
    /// Per language: the stems of `words`, and whether a surface word matches
    /// one of them (memoised across the page's texts).
    pub(super) memo: RefCell<HashMap<String, LangMemo>>,
    /// Every indexed surface word whose term is a stem of one of `words` in some
    /// language: a token can only match a word if it is one of these.
    pub(super) surfaces: HashSet<String, FnvBuild>,
}

impl Highlighter {
    /// The highlighter of the query's `positives` in titles (`in_title`: with
    /// the `title:` clauses) or in bodies (without them).
    pub(super) fn new(engine: &Engine<'_>, positives: &[&Unit], in_title: bool) -> Highlighter {
        let mut h = Highlighter {
            words: Vec::new(),
            prefixes: Vec::new(),
            phrases: Vec::new(),
            entities: HashSet::new(),
            aliases: AliasTable::default(),
            memo: RefCell::new(HashMap::new()),
            surfaces: HashSet::default(),
        };
        for u in positives {
            h.add_unit(u, in_title);
        }
        h.surfaces = surfaces_of(engine, &h.words);
        if !h.entities.is_empty() {
            let mut t = AliasTable::default();
            for (k, list) in &engine.aliases.by_first {
                let kept: Vec<_> = list
                    .iter()
                    .filter(|(_, e)| h.entities.contains(e))
                    .cloned()
                    .collect();
                if !kept.is_empty() {
                    t.by_first.insert(k.clone(), kept);
                }
            }
            h.aliases = t;
        }
        h
    }

    /// The first index part the marks of `words` need (their term and surface
    /// words live in term blocks): without it a word would silently mark
    /// nothing. A page's run has loaded them; an article opened on its own
    /// may not have.
    pub(super) fn missing_part(&self, engine: &Engine<'_>) -> Option<Need> {
        let index = engine.index;
        for lang in &index.langs {
            for w in self.words.iter().filter(|w| !is_stop_word(w, lang)) {
                match index.term_id(&stem(w, lang)) {
                    Err(need) => return Some(need),
                    Ok(Some(id)) => {
                        if let Err(need) = index.surfaces(id) {
                            return Some(need);
                        }
                    }
                    Ok(None) => {}
                }
            }
        }
        None
    }

    /// Also marks the close spellings the run matched instead of what was
    /// typed (`Tebbune` → Tebboune), before any text is marked.
    pub(super) fn add_corrections(&mut self, engine: &Engine<'_>, corrections: &[Correction]) {
        let words: Vec<String> = corrections.iter().map(|c| c.corrected.clone()).collect();
        self.surfaces.extend(surfaces_of(engine, &words));
        self.words.extend(words);
    }

    /// Adds what `u` marks in a title (`in_title`) or a body.
    fn add_unit(&mut self, u: &Unit, in_title: bool) {
        match u {
            Unit::Clause(c) => self.add_clause(c, in_title),
            Unit::Entity { entity, words } => {
                self.entities.insert(*entity);
                self.phrases.push(words.clone());
            }
            Unit::Typed { word, entities } => {
                self.add_clause(&Clause::Typed(word.clone()), in_title);
                self.entities.extend(entities);
            }
            Unit::Any(units) => units.iter().for_each(|u| self.add_unit(u, in_title)),
        }
    }

    fn add_clause(&mut self, c: &Clause, in_title: bool) {
        match c {
            Clause::Word(w) => self.words.push(w.clone()),
            Clause::Prefix(p) => self.prefixes.push(p.clone()),
            Clause::Phrase(p) => self.phrases.push(p.clone()),
            // As a word (its stem) and as the start of longer words.
            Clause::Typed(w) => {
                self.words.push(w.clone());
                self.prefixes.push(w.clone());
            }
            Clause::Title(inner) if in_title => self.add_clause(inner, in_title),
            Clause::Title(_) | Clause::Source(_) => {}
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.prefixes.is_empty()
            && self.phrases.is_empty()
            && self.entities.is_empty()
    }

    /// Byte ranges of matches in `text`, sorted and merged.
    pub(super) fn ranges(&self, text: &str, lang: &str) -> Vec<(usize, usize)> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut memo = self.memo.borrow_mut();
        if !memo.contains_key(lang) {
            let stems: HashSet<String> = self
                .words
                .iter()
                .filter(|w| !is_stop_word(w, lang))
                .map(|w| stem(w, lang))
                .collect();
            memo.insert(lang.to_string(), (stems, TermMap::default()));
        }
        let (stems, cache) = memo.get_mut(lang).expect("inserted above");
        let mut out = Vec::new();
        let mut word_match = |term: &str, start: usize, end: usize| {
            // The index has every (surface word, stem) of the corpus texts:
            // a token not among the surfaces matches no word, only a prefix.
            // Checked before stemming: while a word is typed, stemming every
            // other token of 20 texts took about 10 ms of a keystroke at 100k.
            let m = self.prefixes.iter().any(|p| term.starts_with(p.as_str()))
                || (self.surfaces.contains(term)
                    && match cache.get(term) {
                        Some(&m) => m,
                        None => {
                            let m = !stems.is_empty()
                                && !is_stop_word(term, lang)
                                && (stems.contains(&stem(term, lang))
                                    || stem_alternatives(term, lang).iter().any(|s| stems.contains(s)));
                            cache.insert(term.to_string(), m);
                            m
                        }
                    });
            if m {
                out.push((start, end));
            }
        };
        if self.phrases.is_empty() && self.aliases.by_first.is_empty() {
            // Words and prefixes only: no token list needed.
            for_each_token(text, |term, start, end| {
                word_match(term, start, end);
                true
            });
        } else {
            let tokens = tokenize(text);
            for t in &tokens {
                word_match(&t.term, t.start, t.end);
            }
            for p in &self.phrases {
                out.extend(phrase_spans(&tokens, p, lang));
            }
            for (i, n, _) in self.aliases.find(&tokens) {
                out.push((tokens[i].start, tokens[i + n - 1].end));
            }
        }
        // Pairs equal as a whole are interchangeable: a stable sort gives the same.
        sort_by(&mut out, |a, b| a.cmp(b));
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in out {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        merged
    }
}

/// Every indexed surface word whose term is a stem of one of `words` in some
/// language: a token can only match a word if it is one of these.
fn surfaces_of(engine: &Engine<'_>, words: &[String]) -> HashSet<String, FnvBuild> {
    if words.is_empty() {
        return HashSet::default();
    }
    let index = engine.index;
    let ids: HashSet<u32> = index
        .langs
        .iter()
        .flat_map(|lang| {
            words
                .iter()
                .filter(|w| !is_stop_word(w, lang))
                .filter_map(|w| index.term_id(&stem(w, lang)).ok().flatten())
        })
        .collect();
    ids.into_iter()
        .filter_map(|id| index.surfaces(id).ok())
        .flatten()
        .cloned()
        .collect()
}
