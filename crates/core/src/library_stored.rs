//! One stored record of the reader's library: an added article with the path
//! of the file it came from, as the JSON text the worker keeps in IndexedDB.
//!
//! JSON, not postcard: a record written by a later version with more fields
//! still reads (`#[serde(default)]` on the article), and one written before
//! paths were kept (a bare article) reads with an empty path.

use crate::model::Article;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The record format this version writes. A record of a later format is left
/// as it is and reported, never overwritten by a guess at its meaning.
pub const RECORD_FORMAT: u32 = 2;

/// An added article as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    /// [`RECORD_FORMAT`] when written.
    pub format: u32,
    /// The file it came from (`folder/a.md`, `x.zip/a.md`); empty for records
    /// stored before paths were kept.
    pub path: String,
    /// The article.
    pub article: Article,
}

impl Stored {
    /// A record of this version's format.
    pub fn new(path: String, article: Article) -> Stored {
        Stored {
            format: RECORD_FORMAT,
            path,
            article,
        }
    }

    /// The record's text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("records always serialise")
    }

    /// Reads a record of this format or an earlier one; a later format or a
    /// text that is not an article is an error saying which.
    pub fn from_json(text: &str) -> Result<Stored, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
        let format = match value.get("format") {
            None => 1,
            Some(f) => f
                .as_u64()
                .and_then(|f| u32::try_from(f).ok())
                .ok_or_else(|| format!("record format `{f}` is not a number"))?,
        };
        if format > RECORD_FORMAT {
            return Err(format!(
                "saved by a newer version of this site (record format {format}, this one reads up to {RECORD_FORMAT})"
            ));
        }
        if format == 1 {
            let article = serde_json::from_value(value).map_err(|e| format!("not an article ({e})"))?;
            return Ok(Stored::new(String::new(), article));
        }
        let stored: Stored = serde_json::from_value(value).map_err(|e| format!("not an article ({e})"))?;
        Ok(Stored {
            format: RECORD_FORMAT,
            ..stored
        })
    }
}

/// A zip of what a library that no longer opens still holds: each record that
/// reads as an article becomes `<id>.md` (as [`crate::export_md::corpus_zip`]
/// writes it, with the taxonomy and gazetteer), and each other record is kept
/// as it was under `unreadable/record-N.json`, so nothing is lost by clearing.
/// Also returns how many records were unreadable.
pub fn rescue_zip(records: &[String], taxonomy: Option<&str>, gazetteer: Option<&str>) -> (Vec<u8>, usize) {
    let mut articles = Vec::new();
    let mut unreadable = Vec::new();
    for (i, text) in records.iter().enumerate() {
        match Stored::from_json(text) {
            Ok(stored) => articles.push(stored.article),
            Err(_) => unreadable.push((
                format!("unreadable/record-{}.json", i + 1),
                text.clone().into_bytes(),
            )),
        }
    }
    let readable = crate::export_md::corpus_zip(&articles, taxonomy, gazetteer);
    let count = unreadable.len();
    if unreadable.is_empty() {
        return (readable, 0);
    }
    let mut entries: Vec<(String, Vec<u8>)> = crate::zip::read_zip(&readable)
        .expect("a zip just written reads")
        .into_iter()
        .filter_map(|e| e.bytes.ok().map(|b| (e.path, b)))
        .collect();
    entries.extend(unreadable);
    (crate::zip::write_zip(&entries), count)
}
