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
    /// Acronyms (`UN`) match only as written, so that French `un` is not the UN.
    exact: Option<String>,
}

/// A corpus gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Gazetteer {
    pub entities: Vec<EntityInfo>,
    /// Longest first, so "Wagner Group" wins over "Wagner".
    patterns: Vec<Pattern>,
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
            let exact = is_acronym(alias.trim()).then(|| alias.trim().to_string());
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
    Ok(Gazetteer { entities, patterns })
}

const ARABIC_PREFIXES: &[&str] = &[
    "و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "وب", "ول", "وك",
];
const RUSSIAN_ENDINGS: &[&str] = &[
    "а", "я", "у", "ю", "ом", "ем", "е", "и", "ы", "ой", "ей", "ым", "им", "ов", "ев", "ам", "ям", "ами",
    "ями", "ах", "ях", "ию", "ия", "ии", "ией",
];

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c))
}

fn is_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c))
}

/// Whether text word `word` is the gazetteer word `term`, allowing clitics and case endings.
pub(super) fn term_matches(term: &str, word: &str) -> bool {
    if term == word {
        return true;
    }
    if is_arabic(term) {
        let core = term
            .strip_prefix("ال")
            .filter(|c| c.chars().count() >= 3)
            .unwrap_or(term);
        return [term, core].iter().any(|t| {
            word.strip_suffix(t)
                .is_some_and(|prefix| ARABIC_PREFIXES.contains(&prefix))
        });
    }
    if is_cyrillic(term) {
        let base = term.trim_end_matches(['а', 'я', 'о', 'е', 'й', 'и', 'ы', 'ь']);
        if base.chars().count() >= 4 {
            return word
                .strip_prefix(base)
                .is_some_and(|end| RUSSIAN_ENDINGS.contains(&end));
        }
    }
    false
}

impl Gazetteer {
    /// Mentions of each entity in `text`, by descending count then name.
    pub fn count(&self, text: &str) -> Vec<EntityMention> {
        let tokens: Vec<Token> = tokenize(text);
        let mut used = vec![false; tokens.len()];
        let mut counts = vec![0u32; self.entities.len()];
        for p in &self.patterns {
            let n = p.terms.len();
            let mut i = 0;
            while i + n <= tokens.len() {
                let hit = !used[i..i + n].iter().any(|&u| u)
                    && match &p.exact {
                        Some(exact) => n == 1 && &text[tokens[i].start..tokens[i].end] == exact,
                        None => p
                            .terms
                            .iter()
                            .zip(&tokens[i..i + n])
                            .all(|(t, w)| term_matches(t, &w.term)),
                    };
                if hit {
                    used[i..i + n].iter_mut().for_each(|u| *u = true);
                    counts[p.entity] += 1;
                    i += n;
                } else {
                    i += 1;
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
