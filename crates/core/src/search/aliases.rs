//! Entity aliases in a text: every alias of `entities.toml`, in any script,
//! as a sequence of folded tokens, found at each token where it could start
//! (for Arabic, also after a proclitic).

use crate::model::Corpus;
use crate::text::{tokenize, Token};
use std::collections::HashMap;

/// Arabic proclitics tried when matching an entity alias (`و`, `ب`, `ال`, ...).
const AR_PREFIXES: &[&str] = &["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

/// Forms of `term` an alias's first word may take: itself, and for Arabic
/// script the term without a leading proclitic.
pub(crate) fn clitic_variants(term: &str) -> impl Iterator<Item = &str> {
    let arabic = term
        .chars()
        .next()
        .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    std::iter::once(term).chain(
        AR_PREFIXES
            .iter()
            .filter(move |_| arabic)
            .filter_map(move |p| term.strip_prefix(p))
            .filter(|rest| rest.chars().count() >= 3),
    )
}

/// Entity aliases as folded token sequences, keyed by their first token.
#[derive(Debug, Clone, Default)]
pub(crate) struct AliasTable {
    pub by_first: HashMap<String, Vec<(Vec<String>, u32)>>,
}

impl AliasTable {
    pub fn new(corpus: &Corpus) -> AliasTable {
        let mut by_first: HashMap<String, Vec<(Vec<String>, u32)>> = HashMap::new();
        for (i, e) in corpus.entities.iter().enumerate() {
            for alias in std::iter::once(&e.name).chain(&e.aliases) {
                let seq: Vec<String> = tokenize(alias).into_iter().map(|t| t.term).collect();
                if let Some(first) = seq.first() {
                    let list = by_first.entry(first.clone()).or_default();
                    if !list.iter().any(|(s, j)| *s == seq && *j == i as u32) {
                        list.push((seq, i as u32));
                    }
                }
            }
        }
        for list in by_first.values_mut() {
            super::sort::sort_by(list, |a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
        AliasTable { by_first }
    }

    /// Every alias occurrence in `tokens`: `(first token, token count, entity)`.
    pub fn find(&self, tokens: &[Token]) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        for i in 0..tokens.len() {
            for first in clitic_variants(&tokens[i].term) {
                if let Some(list) = self.by_first.get(first) {
                    for (seq, e) in list {
                        let n = seq.len();
                        if i + n <= tokens.len() && (1..n).all(|k| tokens[i + k].term == seq[k]) {
                            out.push((i, n, *e));
                        }
                    }
                }
            }
        }
        out
    }
}
