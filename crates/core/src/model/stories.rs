//! Which articles tell one story, in the compact form the corpus (and so the
//! first-view file) carries; `crate::stories` computes it.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The stories of a corpus as the first-view file carries them: only stories
/// of two or more articles, each its members' positions in increasing order
/// (about 2 bytes per grouped article and 1 per story at 10,000 articles;
/// nothing for an article that stands alone).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stories {
    pub groups: Vec<Vec<u32>>,
}

impl Stories {
    /// Stories from each article's story root.
    pub fn from_roots(roots: &[u32]) -> Stories {
        let mut by_root: HashMap<u32, Vec<u32>> = HashMap::new();
        for (i, &r) in roots.iter().enumerate() {
            by_root.entry(r).or_default().push(i as u32);
        }
        let mut groups: Vec<Vec<u32>> = by_root.into_values().filter(|g| g.len() > 1).collect();
        groups.sort_unstable();
        Stories { groups }
    }

    /// The members of the story article `pos` belongs to (itself included),
    /// or `None` when it stands alone. A scan of the stories: for one article
    /// (the reader's "other tellings"), not for a list.
    pub fn members_of(&self, pos: u32) -> Option<&[u32]> {
        self.groups.iter().find(|g| g.contains(&pos)).map(Vec::as_slice)
    }

    /// Each of `n` articles' story root (its story's first member), the form
    /// the results use; positions out of range are ignored.
    pub fn roots(&self, n: usize) -> Vec<u32> {
        let mut roots: Vec<u32> = (0..n as u32).collect();
        for g in &self.groups {
            let Some(&first) = g.iter().min() else { continue };
            for &m in g {
                if let Some(r) = roots.get_mut(m as usize) {
                    *r = first;
                }
            }
        }
        roots
    }
}
