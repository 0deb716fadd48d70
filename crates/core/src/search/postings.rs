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
    /// differences, each a LEB128 varint. A position counts every token, stop words included; body
    /// positions start [`FIELD_GAP`](super::index::FIELD_GAP) past the title's end, so no phrase spans both.
    /// Bytes, not `u32`s: positions are most of a term block, and a page
    /// holds the varints in 1.3 bytes where a `u32` took 4 (a file is as
    /// before: postcard wrote each `u32` as the same varint).
    pub positions: Vec<u8>,
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
    /// Stops at a doc whose positions run past the end (a damaged part).
    pub fn for_each_positions(&self, mut f: impl FnMut(u32, &[u32])) {
        let mut bytes = self.positions.as_slice();
        let mut buf = Vec::new();
        for (doc, tt, tb) in self.iter() {
            buf.clear();
            let mut pos = 0u32;
            for i in 0..tt + tb {
                let Some(d) = read_varint(&mut bytes) else {
                    return;
                };
                pos = if i == 0 { d } else { pos.wrapping_add(d) };
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
                push_varint(&mut p.positions, if k == 0 { pos } else { pos - last });
                last = pos;
            }
        }
        p
    }
}

/// One article of a posting list while building: `(doc, tf_title, tf_body, positions)`.
pub(super) type Entry = (u32, u32, u32, Vec<u32>);

/// Appends `n` as a LEB128 varint: seven bits a byte, low bits first, the
/// top bit set on every byte but the last.
fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads one varint of [`push_varint`] off the front of `bytes`; `None` at
/// the end, or for a varint that is cut off or too long for a `u32`.
fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        // The fifth byte holds the top four bits: more would not fit.
        if i == 4 && b > 0x0f {
            return None;
        }
        n |= u32::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            *bytes = &bytes[i + 1..];
            return Some(n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every position list comes back as built, over numbers at each
    /// varint length's edges; a cut-off list stops instead of panicking.
    #[test]
    fn positions_come_back_as_built() {
        let edges = [
            0u32,
            1,
            127,
            128,
            16_383,
            16_384,
            2_097_151,
            2_097_152,
            u32::MAX / 2,
            u32::MAX - 1,
        ];
        let mut entries: Vec<Entry> = Vec::new();
        let mut at = 0u32;
        for (d, w) in edges.windows(2).enumerate() {
            // Sorted positions whose first value and gaps are the edges.
            let mut positions = vec![w[0]];
            positions.push(w[0].saturating_add(w[1].min(u32::MAX - w[0])));
            positions.dedup();
            at += 1 + d as u32;
            let title = positions.len().min(1) as u32;
            entries.push((at, title, positions.len() as u32 - title, positions));
        }
        let p = Postings::from_sorted(&entries);
        let mut got = Vec::new();
        p.for_each_positions(|d, pos| got.push((d, pos.to_vec())));
        let want: Vec<(u32, Vec<u32>)> = entries.iter().map(|e| (e.0, e.3.clone())).collect();
        assert_eq!(got, want);

        let mut cut = p.clone();
        cut.positions.truncate(cut.positions.len() - 1);
        let mut seen = 0;
        cut.for_each_positions(|_, _| seen += 1);
        assert_eq!(seen, want.len() - 1, "the last doc's positions are cut off");
        // A varint of six bytes is refused, not wrapped.
        assert_eq!(read_varint(&mut &[0xff, 0xff, 0xff, 0xff, 0xff, 0x01][..]), None);
        assert_eq!(read_varint(&mut &[0x80][..]), None);
        assert_eq!(
            read_varint(&mut &[0xff, 0xff, 0xff, 0xff, 0x0f][..]),
            Some(u32::MAX)
        );
        assert_eq!(read_varint(&mut &[0xff, 0xff, 0xff, 0xff, 0x1f][..]), None);
    }
}
