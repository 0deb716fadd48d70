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
/// 9: per-article metadata in columns; part files named by one hash per kind.
/// 10: dates as one number; article stubs without their language; entity
/// mentions capped at [`crate::search::MENTION_CAP`].
/// 11: postings as varint bytes, column by column (held so in memory too).
/// 12: outlets as a column of the index; a site's first view holds no
/// article stubs (their cards and the index say all they said).
/// 13: each card carries the start of its body (a list matching no words
/// needs no body chunks).
/// 14: those starts in lead chunks of their own (a list that searches words
/// waited for cards twice their size).
/// 15: token positions in files of their own, apart from their term blocks
/// (only phrases read them).
pub const BUNDLE_VERSION: u32 = 15;

/// Where a site's parts are: per kind, how many files and one hash of all of
/// them, the files being `data/<kind>-<hash>-<n>.bin` (see [`PartSet::href`]).
/// One hash per kind, not per file: a name per file cost 1.6 bytes per
/// article of the first view gzipped (random hex does not compress), and
/// chunks are cut newest first, so adding an article renames nearly every
/// file of a kind anyway. Any change to a kind's files still renames them
/// all, so they stay immutable for caches.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PartFiles {
    pub terms: PartSet,
    pub words: PartSet,
    pub bodies: PartSet,
    pub typos: PartSet,
    pub cards: PartSet,
    pub leads: PartSet,
    pub ids: PartSet,
    pub positions: PartSet,
}

/// The files of one kind of part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartSet {
    /// FNV-1a of every file of the kind, in order, each after its length.
    pub hash: u64,
    pub count: u32,
}

impl PartSet {
    /// The set of `parts` (their bytes, in order).
    pub fn of(parts: &[Vec<u8>]) -> PartSet {
        let hash = parts.iter().fold(crate::hash::FNV_START, |h, p| {
            let h = crate::hash::fnv1a_from(h, &(p.len() as u64).to_le_bytes());
            crate::hash::fnv1a_from(h, p)
        });
        PartSet {
            hash,
            count: parts.len() as u32,
        }
    }

    /// The relative URL of file `i` of kind `stem` (`terms`, `bodies`, ...).
    pub fn href(&self, stem: &str, i: usize) -> Option<String> {
        (i < self.count as usize).then(|| format!("data/{stem}-{:016x}-{i}.bin", self.hash))
    }
}

impl PartFiles {
    /// The file holding a part.
    pub fn href(&self, need: Need) -> Option<String> {
        match need {
            Need::Terms(i) => self.terms.href("terms", i),
            Need::Words(i) => self.words.href("words", i),
            Need::Bodies(i) => self.bodies.href("bodies", i),
            Need::Typos(i) => self.typos.href("typos", i),
            Need::Cards(i) => self.cards.href("cards", i),
            Need::Leads(i) => self.leads.href("leads", i),
            Need::Ids(i) => self.ids.href("ids", i),
            Need::Positions(i) => self.positions.href("positions", i),
        }
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
    fn part_names_change_with_any_file_of_their_kind() {
        let parts = vec![b"ab".to_vec(), b"c".to_vec()];
        let set = PartSet::of(&parts);
        assert_eq!(set.count, 2);
        let href = set.href("bodies", 1).unwrap();
        assert_eq!(href, format!("data/bodies-{:016x}-1.bin", set.hash));
        assert_eq!(set.href("bodies", 2), None);
        // The same bytes cut elsewhere, or one byte changed: other names.
        assert_ne!(PartSet::of(&[b"a".to_vec(), b"bc".to_vec()]).hash, set.hash);
        assert_ne!(PartSet::of(&[b"ab".to_vec(), b"d".to_vec()]).hash, set.hash);
        assert_eq!(PartSet::of(&parts), set);
        let files = PartFiles {
            cards: set,
            ..Default::default()
        };
        assert_eq!(files.href(Need::Cards(0)), set.href("cards", 0));
        assert_eq!(files.href(Need::Terms(0)), None);
    }

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
