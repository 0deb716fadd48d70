//! Topics: the corpus's taxonomy file (`topics.toml`) and scoring articles
//! against its cues, compared on keys that survive inflection (`words.rs`).
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
use crate::text::StemCache;
use serde::Deserialize;
use std::collections::BTreeMap;
use words::{cue_words, text_words, CueStarts, CueWord, WordIndex};

mod words;

/// Default minimum score for a topic to be assigned.
pub const DEFAULT_THRESHOLD: f32 = 1.0;
/// A cue found in the title counts this many times: a headline names what the
/// article is about, while the body also mentions context (a visit's article
/// names the Sahel once).
pub const TITLE_WEIGHT: f32 = 3.0;
/// At least this many different cues must occur, so that one word used in
/// passing or in another sense ("exercise" restraint) is not a topic.
pub const MIN_DISTINCT_CUES: usize = 2;
/// Words added to an article's length before dividing: the score is a density,
/// and without this two hits in a 40-word brief would outscore ten in a report.
const SHORT_TEXT_DAMPING: usize = 100;

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

/// One topic with its cues analysed per language (each cue a sequence of words).
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub info: TopicInfo,
    cues: BTreeMap<String, Vec<Vec<CueWord>>>,
}

/// A corpus taxonomy.
#[derive(Debug, Clone, PartialEq)]
pub struct Taxonomy {
    pub threshold: f32,
    pub topics: Vec<Topic>,
    /// Where the cues of every topic and language may start.
    cue_starts: CueStarts,
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
                    .map(|t| cue_words(t, &lang))
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
    let mut cue_starts = CueStarts::default();
    for cue in topics.iter().flat_map(|t| t.cues.values().flatten()) {
        cue_starts.add(cue);
    }
    Ok(Taxonomy {
        threshold: file.threshold.unwrap_or(DEFAULT_THRESHOLD),
        topics,
        cue_starts,
    })
}

/// One cue found in a title or body.
struct Hit {
    topic: usize,
    cue: usize,
    in_title: bool,
    start: usize,
    len: usize,
}

/// Drops hits inside a longer cue's hit (of any topic) in the same text: in
/// "special military operation" (ukraine-war) the word "military" is not also
/// a defence cue, nor "security" of "Security Council" anything else. Hits of
/// the same length all count ("summit" may cue two topics). Linear in the
/// words the hits cover: each text word remembers the longest cue kept on it.
fn drop_nested(mut hits: Vec<Hit>, title_words: usize, body_words: usize) -> Vec<Hit> {
    hits.sort_by_key(|h| std::cmp::Reverse(h.len));
    let mut longest = [vec![0; title_words], vec![0; body_words]];
    hits.retain(|h| {
        let claimed = &mut longest[usize::from(!h.in_title)][h.start..h.start + h.len];
        let inside_longer = claimed.iter().any(|&l| l > h.len);
        if !inside_longer {
            claimed.iter_mut().for_each(|l| *l = (*l).max(h.len));
        }
        !inside_longer
    });
    hits
}

impl Taxonomy {
    /// Topics of an article in `lang`, by descending score; topics under the threshold are left out.
    ///
    /// Score: cue hits (a title hit counts [`TITLE_WEIGHT`] times) per 100 words,
    /// words counted with `SHORT_TEXT_DAMPING` (100) added; a topic needs
    /// [`MIN_DISTINCT_CUES`] different cues and a score of at least the threshold.
    /// A topic without cues in `lang` uses the cues of every language.
    pub fn assign(&self, title: &str, body: &str, lang: &str) -> Vec<TopicScore> {
        self.assign_with(&mut StemCache::new(), title, body, lang)
    }

    /// [`Self::assign`], stemming through `stems` (a build's, kept across its articles).
    pub fn assign_with(&self, stems: &mut StemCache, title: &str, body: &str, lang: &str) -> Vec<TopicScore> {
        let title_words = text_words(title, lang, stems);
        let body_words = text_words(body, lang, stems);
        let texts = [
            (true, WordIndex::new(&title_words, Some(&self.cue_starts))),
            (false, WordIndex::new(&body_words, Some(&self.cue_starts))),
        ];
        let mut hits = Vec::new();
        for (t, topic) in self.topics.iter().enumerate() {
            let cues: Vec<&Vec<CueWord>> = match topic.cues.get(lang) {
                Some(c) => c.iter().collect(),
                None => topic.cues.values().flatten().collect(),
            };
            for (c, cue) in cues.into_iter().enumerate() {
                for (in_title, words) in &texts {
                    hits.extend(words.matches(cue).into_iter().map(|start| Hit {
                        topic: t,
                        cue: c,
                        in_title: *in_title,
                        start,
                        len: cue.len(),
                    }));
                }
            }
        }
        let hits = drop_nested(hits, title_words.len(), body_words.len());
        let words = (title_words.len() + body_words.len() + SHORT_TEXT_DAMPING) as f32;
        let mut out = Vec::new();
        for (t, topic) in self.topics.iter().enumerate() {
            let mine = || hits.iter().filter(|h| h.topic == t);
            let weight: f32 = mine().map(|h| if h.in_title { TITLE_WEIGHT } else { 1.0 }).sum();
            let mut distinct: Vec<usize> = mine().map(|h| h.cue).collect();
            distinct.sort_unstable();
            distinct.dedup();
            let score = weight * 100.0 / words;
            if distinct.len() >= MIN_DISTINCT_CUES && score >= self.threshold {
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

#[cfg(test)]
#[path = "topic_eval_tests.rs"]
mod eval_tests;
