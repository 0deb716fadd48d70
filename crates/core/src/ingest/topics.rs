//! Topics: the corpus's taxonomy file (`topics.toml`) and scoring articles
//! against its cue terms, stemmed and folded with [`crate::text`].
//!
//! ```toml
//! threshold = 1.0          # optional: minimum score for a topic
//! [[topic]]
//! slug = "energy"
//! labels = { en = "Energy", fr = "Énergie" }
//! cues = { en = ["gas", "oil", "pipeline"], fr = ["gaz"], ar = ["غاز"], ru = ["газ"] }
//! ```

use super::frontmatter::ReadError;
use crate::model::{TopicInfo, TopicScore};
use crate::text::analyze;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Default minimum score for a topic to be assigned.
pub const DEFAULT_THRESHOLD: f32 = 1.0;
/// A cue found in the title counts this many times.
pub const TITLE_WEIGHT: f32 = 3.0;
/// At least this many different cues must occur.
pub const MIN_DISTINCT_CUES: usize = 2;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    threshold: Option<f32>,
    #[serde(default)]
    topic: Vec<TopicDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicDef {
    slug: String,
    #[serde(default)]
    labels: BTreeMap<String, String>,
    #[serde(default)]
    cues: BTreeMap<String, Vec<String>>,
}

/// One topic with its cues analysed per language (each cue a sequence of stems).
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub info: TopicInfo,
    cues: BTreeMap<String, Vec<Vec<String>>>,
}

/// A corpus taxonomy.
#[derive(Debug, Clone, PartialEq)]
pub struct Taxonomy {
    pub threshold: f32,
    pub topics: Vec<Topic>,
}

pub(crate) fn toml_error(text: &str, e: &toml::de::Error, what: &str) -> ReadError {
    let line = e.span().map(|s| {
        text.as_bytes()[..s.start.min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    });
    ReadError {
        line,
        reason: format!("{what} is not valid: {}", e.message().trim()),
    }
}

/// Parses `topics.toml`; errors name the line where known.
pub fn parse_taxonomy(bytes: &[u8]) -> Result<Taxonomy, ReadError> {
    let text = super::frontmatter::decode(bytes)?;
    let file: File = toml::from_str(&text).map_err(|e| toml_error(&text, &e, "topics.toml"))?;
    let mut topics: Vec<Topic> = Vec::new();
    for def in file.topic {
        let slug = def.slug.trim().to_string();
        let line = text
            .lines()
            .position(|l| l.contains(&format!("\"{slug}\"")))
            .map(|i| i + 1);
        if slug.is_empty() || topics.iter().any(|t| t.info.slug == slug) {
            return Err(ReadError {
                line,
                reason: format!("topic slug `{slug}` is empty or used twice"),
            });
        }
        let cues = def
            .cues
            .into_iter()
            .map(|(lang, terms)| {
                let seqs = terms
                    .iter()
                    .map(|t| {
                        analyze(t, &lang)
                            .into_iter()
                            .map(|tok| tok.term)
                            .collect::<Vec<_>>()
                    })
                    .filter(|s| !s.is_empty())
                    .collect();
                (lang, seqs)
            })
            .collect();
        topics.push(Topic {
            info: TopicInfo {
                slug,
                labels: def.labels.into_iter().collect(),
            },
            cues,
        });
    }
    Ok(Taxonomy {
        threshold: file.threshold.unwrap_or(DEFAULT_THRESHOLD),
        topics,
    })
}

/// How often each cue sequence occurs in `terms`.
fn occurrences(terms: &[String], cue: &[String]) -> usize {
    if cue.is_empty() || terms.len() < cue.len() {
        return 0;
    }
    terms.windows(cue.len()).filter(|w| *w == cue).count()
}

impl Taxonomy {
    /// Topics of an article in `lang`, by descending score; topics under the threshold are left out.
    ///
    /// Score: cue hits (title hits weighted) per 100 analysed words, damped for short texts.
    pub fn assign(&self, title: &str, body: &str, lang: &str) -> Vec<TopicScore> {
        let title_terms: Vec<String> = analyze(title, lang).into_iter().map(|t| t.term).collect();
        let body_terms: Vec<String> = analyze(body, lang).into_iter().map(|t| t.term).collect();
        let mut out = Vec::new();
        for topic in &self.topics {
            let cues: Vec<&Vec<String>> = match topic.cues.get(lang) {
                Some(c) => c.iter().collect(),
                None => topic.cues.values().flatten().collect(),
            };
            let mut hits = 0.0;
            let mut distinct = 0;
            for cue in cues {
                let h = TITLE_WEIGHT * occurrences(&title_terms, cue) as f32
                    + occurrences(&body_terms, cue) as f32;
                hits += h;
                distinct += usize::from(h > 0.0);
            }
            let score = hits * 100.0 / (body_terms.len() + title_terms.len() + 100) as f32;
            if distinct >= MIN_DISTINCT_CUES && score >= self.threshold {
                out.push(TopicScore {
                    slug: topic.info.slug.clone(),
                    score: (score * 100.0).round() / 100.0,
                });
            }
        }
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.slug.cmp(&b.slug)));
        out
    }

    /// The public description of each topic.
    pub fn infos(&self) -> Vec<TopicInfo> {
        self.topics.iter().map(|t| t.info.clone()).collect()
    }
}
