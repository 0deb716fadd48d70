//! A site's data files, named by their content: the first-view file, the
//! parts it names and the original texts, as `(relative URL, bytes)`. Pure:
//! `cargo xtask build` writes them, the `first_view_sizes` example weighs them.

use crate::bundle::Bundle;
use crate::bundle_format::PartSet;
use crate::par::Threads;
use crate::split::{ChunkSizes, PartFiles};

/// The site's data files as `(data/<stem>-<hash>.bin, bytes)`: the first-view
/// file (last), the index parts it names (`data/<kind>-<hash>-<n>.bin`, see
/// [`PartFiles`]) (fetched when a view needs them) and
/// the original texts; related articles computed on `threads`, chunks of `sizes`.
pub fn data_files(mut bundle: Bundle, threads: Threads, sizes: ChunkSizes) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    // The original texts only serve the reader's "original text" view: their own file.
    let originals = bundle.take_originals();
    bundle.originals = Some(add_hashed(&mut files, "originals", originals.to_bytes()));
    let split = bundle.split_on(threads, sizes);
    let mut first = split.first;
    let mut add_all = |stem: &str, parts: Vec<Vec<u8>>| -> PartSet {
        let set = PartSet::of(&parts);
        for (i, bytes) in parts.into_iter().enumerate() {
            files.push((set.href(stem, i).expect("within the set"), bytes));
        }
        set
    };
    first.parts = Some(PartFiles {
        terms: add_all("terms", split.terms),
        words: add_all("words", split.words),
        bodies: add_all("bodies", split.bodies),
        typos: add_all("typos", split.typos),
        cards: add_all("cards", split.cards),
        leads: add_all("leads", split.leads),
        ids: add_all("ids", split.ids),
        positions: add_all("positions", split.positions),
    });
    add_hashed(&mut files, "corpus", first.to_bytes());
    files
}

/// Adds `bytes` to `files` as `data/<stem>-<hash>.bin` and returns that relative URL.
fn add_hashed(files: &mut Vec<(String, Vec<u8>)>, stem: &str, bytes: Vec<u8>) -> String {
    let href = format!("data/{stem}-{:016x}.bin", crate::hash::fnv1a(&bytes));
    files.push((href.clone(), bytes));
    href
}
