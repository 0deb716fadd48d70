//! The corpus model: what ingest produces and what the app and search consume.

mod date;
mod stories;

pub use date::{day_ordinal, days_in_month, DateBasis, DateError, DatePrecision, PartialDate};
pub use stories::Stories;

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Where an article comes from: the corpus the site was built with, or a file
/// the reader added in the browser.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Origin {
    /// Part of the corpus the site was built with.
    #[default]
    Bundled,
    /// Added by the reader in the browser.
    Added,
}

impl Origin {
    /// Every origin, in canonical order.
    pub const ALL: [Origin; 2] = [Origin::Bundled, Origin::Added];

    /// The name used in URLs, JSON and the UI: `bundled` or `added`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Bundled => "bundled",
            Origin::Added => "added",
        }
    }

    /// Parses [`Origin::as_str`] output.
    pub fn parse(s: &str) -> Option<Origin> {
        Origin::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// A topic assigned to an article, with the strength of the evidence for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicScore {
    pub slug: String,
    pub score: f32,
}

/// An entity from the gazetteer found in an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Canonical name from the gazetteer.
    pub name: String,
    /// How many times any alias of it occurs.
    pub count: u32,
}

/// One article as ingest made it: cleaned text plus everything known about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file stem; stable, used in URLs (`?doc=ID`).
    pub id: String,
    pub title: String,
    /// ISO 639-1 code.
    pub lang: String,
    /// Confidence of language detection in 0..=1 (1 when given by metadata).
    pub lang_confidence: f32,
    pub date: Option<PartialDate>,
    pub date_basis: Option<DateBasis>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub place: Option<String>,
    pub url: Option<String>,
    /// Photo captions found in the text, kept out of the body.
    pub captions: Vec<String>,
    /// Topics by descending score.
    pub topics: Vec<TopicScore>,
    /// Entities by descending mention count.
    pub entities: Vec<EntityMention>,
    /// Id of the article this one is a near-duplicate of.
    pub duplicate_of: Option<String>,
    /// The cleaned body: paragraphs separated by a blank line.
    pub body: String,
    /// The file's text as read (front matter removed), for the reader's "original" view.
    pub original: String,
    /// Word count of the cleaned body.
    pub words: u32,
    /// What ingest noticed and worked around (e.g. "collapsed a body pasted twice").
    pub warnings: Vec<String>,
    /// Bundled with the site or added by the reader (absent in older JSON: bundled).
    #[serde(default)]
    pub origin: Origin,
}

/// Paragraphs of a cleaned body (separated by a blank line).
pub fn paragraphs(body: &str) -> impl Iterator<Item = &str> {
    body.split("\n\n").filter(|p| !p.trim().is_empty())
}

impl Article {
    /// Paragraphs of the cleaned body.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        paragraphs(&self.body)
    }
}

/// A topic of the corpus taxonomy with its display labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicInfo {
    pub slug: String,
    /// Labels by UI language code (`en`, `fr`, ...).
    pub labels: Vec<(String, String)>,
}

impl TopicInfo {
    /// The label in `lang`, falling back to English, then to the slug.
    pub fn label(&self, lang: &str) -> &str {
        let find = |l: &str| self.labels.iter().find(|(k, _)| k == l).map(|(_, v)| v.as_str());
        find(lang).or_else(|| find("en")).unwrap_or(&self.slug)
    }
}

/// An entity of the gazetteer, with every spelling it goes by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityInfo {
    pub name: String,
    /// `person`, `place`, `org`, ...
    pub kind: String,
    pub aliases: Vec<String>,
}

/// Everything the app needs about a corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub topics: Vec<TopicInfo>,
    pub entities: Vec<EntityInfo>,
    /// Articles that tell one story (see [`crate::stories`]), by position.
    #[serde(default)]
    pub stories: Stories,
}

impl Corpus {
    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// This corpus followed by `added`, the reader's own articles (see
    /// [`crate::ingest::add::add_files`]), each marked [`Origin::Added`]; same
    /// taxonomy and gazetteer. The articles of `self` keep their positions. An
    /// added article whose id is already taken (by `self` or an earlier one of
    /// `added`) is left out, so ids stay unique; `add_files` never makes one.
    /// The stories stay those of `self` (still right, positions unchanged):
    /// whoever needs the added articles grouped too recomputes them
    /// ([`crate::library::Library::bundle`] does).
    pub fn with_added(&self, added: &[Article]) -> Corpus {
        let mut ids: HashSet<&str> = self.articles.iter().map(|a| a.id.as_str()).collect();
        let mut articles = self.articles.clone();
        for a in added {
            if ids.insert(a.id.as_str()) {
                articles.push(Article {
                    origin: Origin::Added,
                    ..a.clone()
                });
            }
        }
        Corpus {
            articles,
            topics: self.topics.clone(),
            entities: self.entities.clone(),
            stories: self.stories.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, origin: Origin) -> Article {
        let json = format!(
            r#"{{"id":"{id}","title":"t","lang":"en","lang_confidence":1.0,"date":null,"date_basis":null,"source":null,"author":null,"place":null,"url":null,"captions":[],"topics":[],"entities":[],"duplicate_of":null,"body":"b","original":"b","words":1,"warnings":[]}}"#
        );
        let a: Article = serde_json::from_str(&json).expect("an article without origin");
        Article { origin, ..a }
    }

    #[test]
    fn origin_names_round_trip_and_default_to_bundled() {
        for o in Origin::ALL {
            assert_eq!(Origin::parse(o.as_str()), Some(o));
        }
        assert_eq!(Origin::parse("Added"), None);
        assert_eq!(Origin::default(), Origin::Bundled);
        assert!(Origin::Bundled < Origin::Added, "canonical order");
        // Articles saved before origins existed read as bundled.
        assert_eq!(article("a", Origin::default()).origin, Origin::Bundled);
    }

    #[test]
    fn with_added_appends_marks_and_keeps_ids_unique() {
        let bundled = Corpus {
            articles: vec![article("b", Origin::Bundled), article("a", Origin::Bundled)],
            ..Corpus::default()
        };
        let added = [
            article("c", Origin::Bundled),
            article("a", Origin::Added),
            article("d", Origin::Added),
            article("c", Origin::Added),
        ];
        let all = bundled.with_added(&added);
        let got: Vec<(&str, Origin)> = all.articles.iter().map(|a| (a.id.as_str(), a.origin)).collect();
        assert_eq!(
            got,
            [
                ("b", Origin::Bundled),
                ("a", Origin::Bundled),
                ("c", Origin::Added),
                ("d", Origin::Added)
            ]
        );
    }
}
