//! Messages between the page and its library worker: the Web Worker that ingests
//! the reader's own files, keeps them in IndexedDB and rebuilds the index, so the
//! page never blocks and its own wasm stays small.
//!
//! Both sides encode messages with postcard ([`encode`], [`decode`]) and post them
//! as bytes.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// What the page asks the worker. The worker answers each request in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Load the bundled corpus from `data_href` (relative to the page) and the
    /// articles the reader added earlier; answered with [`Reply::Library`].
    Open { data_href: String },
    /// Ingest files (`.md`, `.txt`, `.zip` of them) as `(path, bytes)`; answered
    /// with [`Reply::Progress`] while working, then [`Reply::Added`] and [`Reply::Library`].
    Add { files: Vec<(String, Vec<u8>)> },
    /// Forget these added articles (all of them when `None`); answered with [`Reply::Library`].
    Remove { ids: Option<Vec<String>> },
    /// A zip of `.md` files for these articles (every article when `None`) that
    /// `cargo xtask build --corpus` turns into a site; answered with [`Reply::Export`].
    Export { ids: Option<Vec<String>> },
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker is listening: requests posted before this would be lost.
    Started,
    /// `done` of `total` files read so far.
    Progress { done: u32, total: u32 },
    /// What became of the files of one [`Request::Add`].
    Added(AddSummary),
    /// The corpus changed (or was opened): the bundled articles plus the reader's,
    /// as a [`crate::bundle::Bundle`] in bytes. `None` when the reader has added
    /// nothing, so the page keeps the bundle it already has.
    Library { bundle: Option<Vec<u8>>, added: u32 },
    /// The zip asked for by [`Request::Export`].
    Export { zip: Vec<u8> },
    /// A request failed as a whole (a single bad file is reported in [`AddSummary`] instead).
    Failed { error: String },
}

/// The per-file report of one drop, for the page to show.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AddSummary {
    /// Ids of the articles added (or replaced by a new version).
    pub added: Vec<String>,
    /// `(id, id of the article it near-duplicates)`.
    pub duplicates: Vec<(String, String)>,
    /// Files that could not be used, as `path:line: reason`.
    pub problems: Vec<String>,
}

/// Encodes a message for `postMessage`.
pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    postcard::to_allocvec(message).expect("messages always serialise")
}

/// Decodes a message, naming what went wrong.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("unreadable message from the library worker: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_and_garbage_is_an_error() {
        let request = Request::Add {
            files: vec![("مقالات/خبر.md".into(), "---\ntitle: x\n---\nنص".into())],
        };
        assert_eq!(decode::<Request>(&encode(&request)).unwrap(), request);
        let reply = Reply::Added(AddSummary {
            added: vec!["a".into()],
            duplicates: vec![("a".into(), "b".into())],
            problems: vec!["c.txt: not UTF-8".into()],
        });
        assert_eq!(decode::<Reply>(&encode(&reply)).unwrap(), reply);
        let err = decode::<Reply>(&[250, 1, 2]).unwrap_err();
        assert!(err.contains("library worker"), "{err}");
    }
}
