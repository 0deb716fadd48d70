//! Entities: the corpus's gazetteer (`entities.toml`) and counting mentions of
//! every alias on folded text, respecting word boundaries, Arabic clitic
//! prefixes (و، ب، ل، ال...) and Russian case endings (Лаврова, Путина, Алжира).
//!
//! ```toml
//! [[entity]]
//! name = "Vladimir Putin"
//! kind = "person"
//! aliases = ["Putin", "Poutine", "Путин", "بوتين"]
//! ```

use super::frontmatter::ReadError;
use super::topics::toml_error;
use crate::model::{EntityInfo, EntityMention};
use crate::text::{tokenize, Token};
use serde::Deserialize;

mod forms;
use forms::term_matches_in;
pub(super) use forms::{key_starts, term_key, term_matches, KeySet, KeyStarts};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    entity: Vec<EntityDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityDef {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// One spelling to look for.
#[derive(Debug, Clone, PartialEq)]
struct Pattern {
    entity: usize,
    /// Folded words.
    terms: Vec<String>,
    /// Acronyms (`UN`, `U.N.`) match only as written, so that French `un` is not
    /// the UN nor English `us` the U.S.; kept without a final dot (`U.N`), which
    /// ends no word of the text.
    exact: Option<String>,
}

/// A corpus gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Gazetteer {
    pub entities: Vec<EntityInfo>,
    /// Longest first, so "Wagner Group" wins over "Wagner".
    patterns: Vec<Pattern>,
    /// The key of each pattern's first word (acronyms aside): where in a text
    /// a pattern may start.
    keys: KeySet,
}

fn is_acronym(alias: &str) -> bool {
    let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters)
        && alias.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        && !alias.contains(' ')
}

/// Parses `entities.toml`; errors name the line where known.
pub fn parse_gazetteer(bytes: &[u8]) -> Result<Gazetteer, ReadError> {
    let text = super::frontmatter::decode(bytes)?;
    let file: File = toml::from_str(&text).map_err(|e| toml_error(&text, &e, "entities.toml"))?;
    let mut patterns = Vec::new();
    for (i, e) in file.entity.iter().enumerate() {
        if e.name.trim().is_empty() {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("name"))
                .map(|n| n + 1);
            return Err(ReadError {
                line,
                reason: "an entity has an empty name".into(),
            });
        }
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            let terms: Vec<String> = tokenize(alias).into_iter().map(|t| t.term).collect();
            if terms.is_empty()
                || patterns
                    .iter()
                    .any(|p: &Pattern| p.entity == i && p.terms == terms)
            {
                continue;
            }
            let exact = is_acronym(alias.trim()).then(|| alias.trim().trim_end_matches('.').to_string());
            patterns.push(Pattern {
                entity: i,
                terms,
                exact,
            });
        }
    }
    patterns.sort_by(|a, b| b.terms.len().cmp(&a.terms.len()).then(a.entity.cmp(&b.entity)));
    let entities = file
        .entity
        .into_iter()
        .map(|e| EntityInfo {
            name: e.name,
            kind: e.kind,
            aliases: e.aliases,
        })
        .collect();
    let mut keys = KeySet::default();
    for p in patterns.iter().filter(|p| p.exact.is_none()) {
        keys.insert(term_key(&p.terms[0]));
    }
    Ok(Gazetteer {
        entities,
        patterns,
        keys,
    })
}

/// Whether `word` is written in capitals (two letters or more).
fn is_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether the acronym at tokens `from..to` stands in a line written in
/// capitals ("WHAT IT MEANS FOR US"), where it may be an ordinary word: its
/// neighbours on both sides (or its one neighbour) are in capitals too.
fn shouted(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    let word = |t: &Token| &text[t.start..t.end];
    let before = from.checked_sub(1).map(|i| word(&tokens[i]));
    let after = tokens.get(to).map(word);
    match (before, after) {
        (None, None) => false,
        (b, a) => b.is_none_or(is_capitals) && a.is_none_or(is_capitals),
    }
}

impl Gazetteer {
    /// Mentions of each entity in `text`, by descending count then name.
    pub fn count(&self, text: &str) -> Vec<EntityMention> {
        let tokens: Vec<Token> = tokenize(text);
        let mut used = vec![false; tokens.len()];
        let mut counts = vec![0u32; self.entities.len()];
        // A name is tried only where its first word's key starts a word, not
        // at every word (names × words made entities most of ingest).
        let starts = key_starts(tokens.iter().map(|t| t.term.as_str()), Some(&self.keys));
        let every: Vec<usize> = (0..tokens.len()).collect();
        for p in &self.patterns {
            let n = p.terms.len();
            // Acronyms compare the text as written: tried at every word.
            let at = match &p.exact {
                Some(_) => &every,
                None => match starts.get(&term_key(&p.terms[0])) {
                    Some(at) => at,
                    None => continue,
                },
            };
            // Left to right, a match's words taken: as one word after another.
            let mut free_from = 0;
            for &i in at {
                if i < free_from {
                    continue;
                }
                if i + n > tokens.len() {
                    break;
                }
                let hit = !used[i..i + n].iter().any(|&u| u)
                    && match &p.exact {
                        Some(exact) => {
                            &text[tokens[i].start..tokens[i + n - 1].end] == exact
                                && !shouted(text, &tokens, i, i + n)
                        }
                        None => p
                            .terms
                            .iter()
                            .zip(&tokens[i..i + n])
                            .all(|(t, w)| term_matches_in(t, &w.term, n > 1)),
                    };
                if hit {
                    used[i..i + n].iter_mut().for_each(|u| *u = true);
                    counts[p.entity] += 1;
                    free_from = i + n;
                }
            }
        }
        let mut out: Vec<EntityMention> = counts
            .into_iter()
            .enumerate()
            .filter(|(_, c)| *c > 0)
            .map(|(i, count)| EntityMention {
                name: self.entities[i].name.clone(),
                count,
            })
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        out
    }
}

#[cfg(test)]
#[path = "entity_forms_tests.rs"]
mod forms_tests;

#[cfg(test)]
#[path = "entity_count_tests.rs"]
mod count_tests;
