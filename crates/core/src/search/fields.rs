//! Fielded clauses: `title:` (from the postings' title counts and positions)
//! and `source:` (from the outlet column, no postings needed).

use super::engine::Engine;
use super::query::Clause;
use super::scoring::{DocScores, Field};
use crate::text::tokenize;

impl Engine<'_> {
    /// Articles where `inner` (a word, prefix, phrase or typed word) occurs
    /// in the title, scored on the title alone. Entity aliases in other
    /// scripts are not looked for: `title:` is about the words written.
    pub(super) fn eval_title(&self, inner: &Clause) -> DocScores {
        match inner {
            Clause::Word(w) => self.eval_word_in(w, Field::Title),
            Clause::Prefix(p) => self.eval_prefix(p, Field::Title),
            Clause::Phrase(words) => self.eval_phrase_in(words, Field::Title),
            Clause::Typed(w) => self.eval_typed(w, &[], Field::Title),
            // The parser never nests these; treat them as written anywhere.
            Clause::Title(c) => self.eval_title(c),
            Clause::Source(words) => self.eval_source(words),
        }
    }

    /// Articles whose source holds `words` as consecutive words, the last one
    /// as a prefix (`source:rfi`, `source:"new arab"`, `source:echo`); case,
    /// accents and scripts folded like any text. Scores 0: a filter, not a
    /// ranking. Each of the dossier's outlet names is tokenized once, then
    /// the outlet column is read.
    pub(super) fn eval_source(&self, words: &[String]) -> DocScores {
        let mut out = DocScores::default();
        if words.is_empty() {
            return out;
        }
        let index = self.index;
        let hits: Vec<bool> = index.sources.iter().map(|s| source_matches(s, words)).collect();
        for (d, &s) in index.source_of.iter().enumerate().take(self.n()) {
            if hits.get(s as usize).copied().unwrap_or(false) {
                out.insert(d as u32, 0.0);
            }
        }
        out
    }
}

/// Whether the folded words of `source` contain `words` consecutively, the
/// last of `words` as a prefix.
pub(super) fn source_matches(source: &str, words: &[String]) -> bool {
    let have: Vec<String> = tokenize(source).into_iter().map(|t| t.term).collect();
    let n = words.len();
    n > 0
        && have.len() >= n
        && have
            .windows(n)
            .any(|win| win[..n - 1] == words[..n - 1] && win[n - 1].starts_with(words[n - 1].as_str()))
}
