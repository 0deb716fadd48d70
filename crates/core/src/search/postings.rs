//! A term's (or an entity's) posting list: the articles containing it as
//! deltas, its frequency per field, and its token positions for phrases.

use serde::{Deserialize, Serialize};

/// The articles containing one term, in increasing article order. Each
/// column is a run of LEB128 varints, held as bytes: a posting took 12 bytes
/// of `u32`s and now takes about 3.5, and postings are most of what a page
/// holds once it has fetched term blocks. A file holds the same varints
/// postcard wrote for the `u32`s before.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "PostingColumns", into = "PostingColumns")]
pub struct Postings {
    /// How many articles: the varints of `doc_deltas`, counted once when read.
    df: u32,
    columns: PostingColumns,
}

/// The columns of a posting list, as written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct PostingColumns {
    /// First doc index, then differences to the previous one.
    doc_deltas: Vec<u8>,
    /// Occurrences in the title.
    tf_title: Vec<u8>,
    /// Occurrences in the body (or, for entities, mentions anywhere).
    tf_body: Vec<u8>,
    /// Term postings only (empty for entities): for each doc in turn, the
    /// `tf_title + tf_body` token positions of the term, first one then
    /// differences. A position counts every token, stop words included; body
    /// positions start [`FIELD_GAP`](super::index::FIELD_GAP) past the title's end, so no phrase spans both.
    positions: Vec<u8>,
}

impl From<PostingColumns> for Postings {
    fn from(columns: PostingColumns) -> Postings {
        Postings {
            df: varints_in(&columns.doc_deltas) as u32,
            columns,
        }
    }
}

impl From<Postings> for PostingColumns {
    fn from(p: Postings) -> PostingColumns {
        p.columns
    }
}

impl Postings {
    /// `(doc, tf_title, tf_body)` in increasing doc order; stops where a
    /// column runs short (a damaged part: see [`Postings::columns_agree`]).
    pub fn iter(&self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let c = &self.columns;
        let (mut docs, mut titles, mut bodies) = (&c.doc_deltas[..], &c.tf_title[..], &c.tf_body[..]);
        // The first delta is the first doc itself: a sum from 0.
        let mut doc = 0u32;
        std::iter::from_fn(move || {
            doc = doc.wrapping_add(read_varint(&mut docs)?);
            Some((doc, read_varint(&mut titles)?, read_varint(&mut bodies)?))
        })
    }

    /// `(doc, positions)` in increasing doc order, positions decoded into a
    /// buffer reused from one doc to the next.
    /// Stops at a doc whose positions run past the end (a damaged part).
    pub fn for_each_positions(&self, mut f: impl FnMut(u32, &[u32])) {
        let mut bytes = self.columns.positions.as_slice();
        let mut buf = Vec::new();
        for (doc, tt, tb) in self.iter() {
            buf.clear();
            let mut pos = 0u32;
            for i in 0..tt.saturating_add(tb) {
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
        self.df as usize
    }

    /// Whether every column holds one whole varint per article (a damaged
    /// part may not: [`Postings::iter`] then stops at the shortest).
    pub fn columns_agree(&self) -> bool {
        let c = &self.columns;
        let whole = |v: &[u8]| v.last().is_none_or(|&b| b < 0x80);
        // `df` is the count of `doc_deltas` by definition.
        whole(&c.doc_deltas)
            && [&c.tf_title, &c.tf_body]
                .iter()
                .all(|v| whole(v) && varints_in(v) == self.df())
    }

    pub(super) fn from_sorted(entries: &[Entry]) -> Postings {
        let mut c = PostingColumns::default();
        let mut prev = 0;
        for (i, (d, t, b, positions)) in entries.iter().enumerate() {
            push_varint(&mut c.doc_deltas, if i == 0 { *d } else { d - prev });
            prev = *d;
            push_varint(&mut c.tf_title, *t);
            push_varint(&mut c.tf_body, *b);
            let mut last = 0;
            for (k, &pos) in positions.iter().enumerate() {
                push_varint(&mut c.positions, if k == 0 { pos } else { pos - last });
                last = pos;
            }
        }
        Postings::from(c)
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

/// How many varints `bytes` holds: the bytes that end one.
fn varints_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b < 0x80).count()
}

/// Reads one varint of [`push_varint`] off the front of `bytes`; `None` at
/// the end, or for a varint that is cut off or too long for a `u32`.
#[inline]
fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    // Most counts and gaps fit in one byte: the loop is for the rest.
    let (&first, rest) = bytes.split_first()?;
    if first < 0x80 {
        *bytes = rest;
        return Some(u32::from(first));
    }
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

    /// Postings as built, through a file and back: every article, count
    /// and position list as given, over numbers at each varint length's
    /// edges; a cut-off column stops the list instead of panicking.
    #[test]
    fn postings_come_back_as_built() {
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
        let mut doc = 0u32;
        for (i, w) in edges.windows(2).enumerate() {
            // Sorted positions whose first value and gap are the edges.
            let mut positions = vec![w[0], w[0].saturating_add(w[1])];
            positions.dedup();
            // Doc gaps of every varint length too.
            doc += [1, 127, 128, 16_384][i % 4];
            let title = (i % 2) as u32;
            entries.push((doc, title, positions.len() as u32 - title, positions));
        }
        let built = Postings::from_sorted(&entries);
        let read: Postings = postcard::from_bytes(&postcard::to_allocvec(&built).unwrap()).unwrap();
        assert_eq!(read, built);
        for p in [&built, &read] {
            assert_eq!(p.df(), entries.len());
            assert!(p.columns_agree());
            let docs: Vec<(u32, u32, u32)> = p.iter().collect();
            let want: Vec<(u32, u32, u32)> = entries.iter().map(|e| (e.0, e.1, e.2)).collect();
            assert_eq!(docs, want);
            let mut got = Vec::new();
            p.for_each_positions(|d, pos| got.push((d, pos.to_vec())));
            let want: Vec<(u32, Vec<u32>)> = entries.iter().map(|e| (e.0, e.3.clone())).collect();
            assert_eq!(got, want);
        }

        let mut cut = built.clone();
        cut.columns.positions.pop();
        let mut seen = 0;
        cut.for_each_positions(|_, _| seen += 1);
        assert_eq!(seen, entries.len() - 1, "the last doc's positions are cut off");
        let mut short = built.clone();
        short.columns.tf_body.pop();
        assert!(!short.columns_agree());
        assert_eq!(short.iter().count(), entries.len() - 1);
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
