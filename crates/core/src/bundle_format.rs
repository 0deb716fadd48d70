//! What every data file of a site shares, apart from the types it carries: the
//! format version, the versioned framing of index parts, and the table of part
//! files. A leaf: `bundle` (the first-view file) and `split` (the parts) both
//! use it, and neither needs the other for it.

use crate::search::Need;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// Bumped whenever the layout of a data file changes, so a stale file is named as such.
/// 2: articles and index entries carry their origin; the taxonomy and gazetteer texts.
/// 4: the index in parts fetched on demand ([`crate::split`]).
/// 5: the typo index, in parts too.
/// 6: the `sources.toml` text (outlet name variants).
/// 7: the corpus's stories (articles that report one event).
/// 8: cards (title, author, topic scores, ...) and ids in parts apart from the first view.
pub const BUNDLE_VERSION: u32 = 8;

/// The relative URLs of a site's parts, by kind and number.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PartFiles {
    pub terms: Vec<String>,
    pub words: Vec<String>,
    pub bodies: Vec<String>,
    pub typos: Vec<String>,
    pub cards: Vec<String>,
    pub ids: Vec<String>,
}

impl PartFiles {
    /// The file holding a part.
    pub fn href(&self, need: Need) -> Option<&str> {
        match need {
            Need::Terms(i) => self.terms.get(i),
            Need::Words(i) => self.words.get(i),
            Need::Bodies(i) => self.bodies.get(i),
            Need::Typos(i) => self.typos.get(i),
            Need::Cards(i) => self.cards.get(i),
            Need::Ids(i) => self.ids.get(i),
        }
        .map(String::as_str)
    }
}

/// One part's file: the version, then the part (postcard).
pub fn part_bytes<T: Serialize>(part: &T) -> Vec<u8> {
    postcard::to_allocvec(&(BUNDLE_VERSION, part)).expect("parts always serialise")
}

/// Reads a file written by [`part_bytes`], refusing one of another version.
pub fn read_part<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let (version, rest) =
        postcard::take_from_bytes::<u32>(bytes).map_err(|e| format!("damaged index part ({e})"))?;
    if version != BUNDLE_VERSION {
        return Err(format!(
            "index part of version {version}, this app reads version {BUNDLE_VERSION}: rebuild the site"
        ));
    }
    postcard::from_bytes(rest).map_err(|e| format!("damaged index part ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_another_version_is_refused_by_name() {
        let bytes = part_bytes(&vec![1u32, 2, 3]);
        assert_eq!(read_part::<Vec<u32>>(&bytes), Ok(vec![1, 2, 3]));
        let old = postcard::to_allocvec(&(BUNDLE_VERSION - 1, vec![1u32])).unwrap();
        let err = read_part::<Vec<u32>>(&old).unwrap_err();
        assert!(err.contains("rebuild the site"), "{err}");
        assert!(read_part::<Vec<u32>>(&[]).unwrap_err().contains("damaged"));
    }
}
