//! One entry per story in the results list: the articles a view matches, in
//! display order, collapsed so that each story appears once, at the rank of
//! its best-placed member, with the other matching members behind it. Counts
//! and facets are untouched: they count articles.

use super::results::StoryInfo;
use std::collections::HashMap;

/// One entry of the list: the article it shows and every matching member of
/// its story (itself first, then in display order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    pub doc: u32,
    pub members: &'a [u32],
}

/// The entries of a list, in display order, their members stored end to
/// end: two vectors for the whole list, where a vector per entry cost
/// 100,000 allocations (and as many frees) on every view of a 100k dossier
/// that lists them all, half the time of such a view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entries {
    /// Entry `e`'s members are `members[starts[e]..starts[e + 1]]`.
    starts: Vec<u32>,
    members: Vec<u32>,
}

impl Entries {
    /// How many entries the list has.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Entry `e`, if the list has it.
    pub fn get(&self, e: usize) -> Option<Entry<'_>> {
        let (&start, &end) = (self.starts.get(e)?, self.starts.get(e + 1)?);
        let members = &self.members[start as usize..end as usize];
        Some(Entry {
            doc: members[0],
            members,
        })
    }

    /// The entries in display order.
    pub fn iter(&self) -> impl Iterator<Item = Entry<'_>> + '_ {
        (0..self.len()).filter_map(|e| self.get(e))
    }
}

/// `matches` (in display order) grouped by story: `roots[d]` is the story of
/// article `d` (see [`crate::model::Stories::roots`]: a position below
/// `roots.len()`); an article past the end of `roots`, or whose root is not
/// such a position, stands alone. Two passes, linear in the matches: which
/// entry each match joins, then the members laid out entry by entry.
pub fn group(matches: &[u32], roots: &[u32]) -> Entries {
    let mut entry_of: Vec<u32> = Vec::with_capacity(matches.len());
    let mut sizes: Vec<u32> = Vec::new();
    let mut seen = Seen::new(matches.len(), roots.len());
    for &d in matches {
        let root = roots
            .get(d as usize)
            .copied()
            .filter(|&r| (r as usize) < roots.len());
        let entry = match root.and_then(|r| seen.get(r)) {
            Some(e) => e,
            None => {
                let e = sizes.len() as u32;
                if let Some(r) = root {
                    seen.set(r, e);
                }
                sizes.push(0);
                e
            }
        };
        sizes[entry as usize] += 1;
        entry_of.push(entry);
    }
    // `sizes` becomes where each entry's next member goes.
    let mut starts: Vec<u32> = Vec::with_capacity(sizes.len() + 1);
    let mut at = 0u32;
    for size in &mut sizes {
        starts.push(at);
        at += std::mem::replace(size, at);
    }
    starts.push(at);
    let mut members = vec![0u32; matches.len()];
    for (&d, &e) in matches.iter().zip(&entry_of) {
        let next = &mut sizes[e as usize];
        members[*next as usize] = d;
        *next += 1;
    }
    Entries { starts, members }
}

/// The entry of each story root seen so far: a vector by root when many
/// articles match (at 100k matches, no hashing), a map when few do (no
/// vector of the dossier's size for a phrase matching three articles).
enum Seen {
    Dense(Vec<u32>),
    Sparse(HashMap<u32, u32>),
}

impl Seen {
    fn new(matches: usize, roots: usize) -> Seen {
        if matches > roots / 16 {
            Seen::Dense(vec![u32::MAX; roots])
        } else {
            Seen::Sparse(HashMap::with_capacity(matches))
        }
    }

    fn get(&self, root: u32) -> Option<u32> {
        match self {
            Seen::Dense(v) => v.get(root as usize).copied().filter(|&e| e != u32::MAX),
            Seen::Sparse(m) => m.get(&root).copied(),
        }
    }

    fn set(&mut self, root: u32, entry: u32) {
        match self {
            Seen::Dense(v) => v[root as usize] = entry,
            Seen::Sparse(m) => {
                m.insert(root, entry);
            }
        }
    }
}

/// Each article alone: the list of `group=0`.
pub fn ungrouped(matches: &[u32]) -> Entries {
    Entries {
        starts: (0..=matches.len() as u32).collect(),
        members: matches.to_vec(),
    }
}

/// What a result card says about an entry of several reports: their ids, how
/// many outlets and which languages (in order of first appearance). `None`
/// for an entry of one article.
pub fn story_info(
    entry: Entry<'_>,
    ids: impl Fn(u32) -> String,
    source: impl Fn(u32) -> Option<u32>,
    lang: impl Fn(u32) -> String,
) -> Option<StoryInfo> {
    if entry.members.len() < 2 {
        return None;
    }
    let mut outlets: Vec<u32> = entry.members.iter().filter_map(|&d| source(d)).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let mut langs: Vec<String> = Vec::new();
    for &d in entry.members {
        let l = lang(d);
        if !langs.contains(&l) {
            langs.push(l);
        }
    }
    Some(StoryInfo {
        members: entry.members.iter().map(|&d| ids(d)).collect(),
        docs: entry.members.iter().map(|&d| d as usize).collect(),
        outlets: outlets.len(),
        langs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stories_group_at_the_best_members_rank_and_keep_every_article() {
        // articles 0..6; stories {1, 4, 5} and {2, 3}
        let roots = [0, 1, 2, 2, 1, 1];
        let matches = [4, 0, 3, 1, 2];
        let entries = group(&matches, &roots);
        let got: Vec<(u32, Vec<u32>)> = entries.iter().map(|e| (e.doc, e.members.to_vec())).collect();
        assert_eq!(got, vec![(4, vec![4, 1]), (0, vec![0]), (3, vec![3, 2])]);
        // brute force: every match is in exactly one entry
        let mut all: Vec<u32> = entries.iter().flat_map(|e| e.members.to_vec()).collect();
        all.sort_unstable();
        assert_eq!(all, vec![0, 1, 2, 3, 4]);
        let alone = ungrouped(&matches);
        assert_eq!(alone.len(), matches.len());
        assert!(alone
            .iter()
            .zip(matches)
            .all(|(e, d)| e.doc == d && e.members == [d]));
        assert_eq!(alone.get(matches.len()), None);
        // stored stories that name positions past the corpus never panic
        let past = group(&[7], &roots);
        assert_eq!(
            past.iter().collect::<Vec<_>>(),
            [Entry {
                doc: 7,
                members: &[7]
            }]
        );
        assert!(group(&[], &roots).is_empty());
    }

    #[test]
    fn stories_info_counts_outlets_and_languages() {
        let entry = Entry {
            doc: 2,
            members: &[2, 0, 1],
        };
        let sources = [Some(5), Some(5), None];
        let langs = ["fr", "en", "fr"];
        let info = story_info(
            entry,
            |d| format!("a{d}"),
            |d| sources[d as usize],
            |d| langs[d as usize].into(),
        )
        .expect("three reports");
        assert_eq!(info.members, ["a2", "a0", "a1"]);
        assert_eq!(info.outlets, 1);
        assert_eq!(info.langs, ["fr", "en"]);
        let single = Entry {
            doc: 0,
            members: &[0],
        };
        assert!(story_info(single, |d| d.to_string(), |_| None, |_| "en".into()).is_none());
    }
}
