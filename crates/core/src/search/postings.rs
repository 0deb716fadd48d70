//! A term's (or an entity's) posting list: the articles containing it as
//! deltas, its frequency per field, and its token positions for phrases.

use serde::{Deserialize, Serialize};

/// The articles containing one term, in increasing article order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Postings {
    /// First doc index, then differences to the previous one.
    pub doc_deltas: Vec<u32>,
    /// Occurrences in the title.
    pub tf_title: Vec<u32>,
    /// Occurrences in the body (or, for entities, mentions anywhere).
    pub tf_body: Vec<u32>,
    /// Term postings only (empty for entities): for each doc in turn, the
    /// `tf_title + tf_body` token positions of the term, first one then
    /// differences. A position counts every token, stop words included; body
    /// positions start [`FIELD_GAP`](super::index::FIELD_GAP) past the title's end, so no phrase spans both.
    pub positions: Vec<u32>,
}

impl Postings {
    /// `(doc, tf_title, tf_body)` in increasing doc order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let mut doc = 0u32;
        self.doc_deltas.iter().enumerate().map(move |(i, &d)| {
            doc = if i == 0 { d } else { doc + d };
            (doc, self.tf_title[i], self.tf_body[i])
        })
    }

    /// `(doc, positions)` in increasing doc order, positions decoded into a
    /// buffer reused from one doc to the next.
    pub fn for_each_positions(&self, mut f: impl FnMut(u32, &[u32])) {
        let mut at = 0;
        let mut buf = Vec::new();
        for (doc, tt, tb) in self.iter() {
            let n = (tt + tb) as usize;
            let Some(deltas) = self.positions.get(at..at + n) else {
                return;
            };
            at += n;
            buf.clear();
            let mut pos = 0;
            for (i, &d) in deltas.iter().enumerate() {
                pos = if i == 0 { d } else { pos + d };
                buf.push(pos);
            }
            f(doc, &buf);
        }
    }

    /// Number of articles.
    pub fn df(&self) -> usize {
        self.doc_deltas.len()
    }

    pub(super) fn from_sorted(entries: &[Entry]) -> Postings {
        let mut p = Postings::default();
        let mut prev = 0;
        for (i, (d, t, b, positions)) in entries.iter().enumerate() {
            p.doc_deltas.push(if i == 0 { *d } else { d - prev });
            prev = *d;
            p.tf_title.push(*t);
            p.tf_body.push(*b);
            let mut last = 0;
            for (k, &pos) in positions.iter().enumerate() {
                p.positions.push(if k == 0 { pos } else { pos - last });
                last = pos;
            }
        }
        p
    }
}

/// One article of a posting list while building: `(doc, tf_title, tf_body, positions)`.
pub(super) type Entry = (u32, u32, u32, Vec<u32>);
