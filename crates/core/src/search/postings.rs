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
    pub fn for_each_positions(&self, f: impl FnMut(u32, &[u32])) {
        self.for_each_positions_in(&self.columns.positions, f);
    }

    /// [`Postings::for_each_positions`] with the positions column held apart
    /// (a site's [`super::parts::PositionBlock`]; see [`Postings::take_positions`]).
    pub fn for_each_positions_in(&self, positions: &[u8], mut f: impl FnMut(u32, &[u32])) {
        let mut bytes = positions;
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

    /// The positions column, taken out (the postings keep the rest): a site
    /// ships positions apart from the term blocks, since only phrases read
    /// them and they were 70% of a block gzipped.
    pub fn take_positions(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.columns.positions)
    }

    /// The positions column as held (empty once taken out).
    pub fn positions_bytes(&self) -> &[u8] {
        &self.columns.positions
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

    /// A posting list of `entries`, in increasing article order (the tests'
    /// way to write one; the index build pushes into a [`PostingsBuilder`]).
    #[cfg(test)]
    pub(super) fn from_sorted(entries: &[Entry]) -> Postings {
        let mut built = PostingsBuilder::default();
        for (d, t, b, positions) in entries {
            built.push(*d, *t, *b, positions);
        }
        built.finish()
    }
}

/// One article of a posting list: `(doc, tf_title, tf_body, positions)`.
#[cfg(test)]
pub(super) type Entry = (u32, u32, u32, Vec<u32>);

/// A posting list written as its articles come, in increasing order: the
/// index build keeps one per term, at about 3.5 bytes a posting, where a list
/// of `(doc, tf_title, tf_body, positions)` held 40 bytes and a heap block of positions each (at 100k
/// articles, some 25 million blocks; indexing was the build's slowest step
/// after ingest, and slower per article the larger the dossier).
#[derive(Debug, Default)]
pub(super) struct PostingsBuilder {
    columns: PostingColumns,
    /// The last article pushed (a delta's base).
    last: Option<u32>,
    /// Positions pushed, all articles together (a block's size is judged by them).
    positions: usize,
}

impl PostingsBuilder {
    /// Appends article `doc` (greater than every article pushed before) with
    /// its counts and sorted positions.
    pub(super) fn push(&mut self, doc: u32, tf_title: u32, tf_body: u32, positions: &[u32]) {
        let c = &mut self.columns;
        push_varint(&mut c.doc_deltas, self.last.map_or(doc, |last| doc - last));
        self.last = Some(doc);
        push_varint(&mut c.tf_title, tf_title);
        push_varint(&mut c.tf_body, tf_body);
        let mut last = 0;
        for (k, &pos) in positions.iter().enumerate() {
            push_varint(&mut c.positions, if k == 0 { pos } else { pos - last });
            last = pos;
        }
        self.positions += positions.len();
    }

    /// How many positions were pushed.
    pub(super) fn positions(&self) -> usize {
        self.positions
    }

    /// The posting list.
    pub(super) fn finish(self) -> Postings {
        Postings::from(self.columns)
    }
}

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
        let mut builder = PostingsBuilder::default();
        for (d, t, b, positions) in &entries {
            builder.push(*d, *t, *b, positions);
        }
        let positions: usize = entries.iter().map(|e| e.3.len()).sum();
        assert_eq!(builder.positions(), positions, "a term block is cut by them");
        assert_eq!(builder.finish(), built);
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
