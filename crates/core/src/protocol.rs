//! Messages between the page and its library worker: the Web Worker that ingests
//! the reader's own files, keeps them in IndexedDB and rebuilds the index, so the
//! page never blocks and its own wasm stays small.
//!
//! Both sides encode messages with postcard ([`encode`], [`decode`]) and post them
//! as bytes; [`Request::Add`] also carries the browser's `File` objects beside
//! its bytes (a structured clone hands the worker a reference, not the contents,
//! so the page never reads a file).

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// What the page asks the worker. The worker answers each request in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Load the bundled corpus from `data_href` (relative to the page) and the
    /// articles the reader added earlier; answered with [`Reply::Library`].
    Open { data_href: String },
    /// Ingest the files (`.md`, `.txt`, `.zip` of them) posted with this
    /// message, at these paths in the same order: the worker checks each name
    /// and size ([`crate::library::intake::screen`]) before reading it.
    /// Answered with [`Reply::Progress`] while working, then [`Reply::Added`]
    /// and [`Reply::Library`]. The page cancels by ending the worker: nothing
    /// of the drop is stored, since its write transaction never commits.
    Add { paths: Vec<String> },
    /// Forget these added articles (all of them when `None`); answered with [`Reply::Library`].
    Remove { ids: Option<Vec<String>> },
    /// A zip of `.md` files for these articles (every article when `None`) that
    /// `cargo xtask build --corpus` turns into a site; answered with [`Reply::Export`].
    Export { ids: Option<Vec<String>> },
    /// Another tab changed the stored library: read it again; answered with [`Reply::Library`].
    Reload,
    /// The stored library does not open ([`Reply::Unopenable`]): a zip of every
    /// record that can be read, as `.md`, and the others as they are; answered with [`Reply::Export`].
    ExportStored,
    /// Delete the stored library (it does not open); answered with [`Reply::Library`].
    ClearStored,
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker is listening: requests posted before this would be lost.
    Started,
    /// `done` of `total` steps: files read (`file` names the one being read),
    /// then entries of the archive `file`, then files ingested (`file` empty).
    Progress { done: u32, total: u32, file: String },
    /// What became of the files of one [`Request::Add`].
    Added(AddSummary),
    /// The corpus changed (or was opened): the bundled articles plus the reader's,
    /// as a [`crate::bundle::Bundle`] in bytes. `None` when the reader has added
    /// nothing, so the page keeps the bundle it already has. `changed`: this
    /// request changed what is stored, so the page tells its other tabs.
    Library {
        bundle: Option<Vec<u8>>,
        added: u32,
        changed: bool,
    },
    /// The stored library cannot be opened, and why: the page offers to export
    /// what can be read ([`Request::ExportStored`]) or clear it ([`Request::ClearStored`]).
    Unopenable { reason: String },
    /// Opening waits for other tabs of this site, still on an older version, to close.
    Blocked,
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
    /// Articles that replaced one added earlier from another file or with another text.
    pub replaced: Vec<Replacement>,
    /// Files read but not kept because the browser refused to store them, as
    /// `path: reason` (e.g. `QuotaExceededError`); they are not in `added`.
    pub unsaved: Vec<String>,
    /// `(needed, available)` bytes when the browser's estimate said the drop
    /// would not fit: the reader is warned, and the write is tried anyway.
    pub short_of_space: Option<(u64, u64)>,
}

/// An added article replaced by a new file under the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replacement {
    /// The id both share.
    pub id: String,
    /// The file of the new version.
    pub path: String,
    /// The file the replaced version came from (empty when stored before paths were kept).
    pub earlier_path: String,
    /// Whether the text differs (not only the path).
    pub text_changed: bool,
}

/// Stored bytes per byte of file: a record holds the original text, the cleaned
/// body and the metadata as JSON, with the browser's own overhead on top.
pub const STORED_PER_FILE_BYTE: u64 = 3;

impl AddSummary {
    /// `(needed, free)` bytes when files of `file_bytes` bytes in all would
    /// likely not fit in the `free` bytes the browser's estimate gives (none
    /// when it gives none).
    pub fn space_shortfall(file_bytes: u64, free: Option<u64>) -> Option<(u64, u64)> {
        let needed = file_bytes.saturating_mul(STORED_PER_FILE_BYTE);
        free.filter(|&free| free < needed).map(|free| (needed, free))
    }

    /// Marks every article of this drop as not saved: the write transaction
    /// failed for `reason`, so nothing of it is kept. `path_of` names each id's file.
    pub fn not_saved(&mut self, reason: &str, path_of: impl Fn(&str) -> String) {
        for id in std::mem::take(&mut self.added) {
            self.unsaved.push(format!("{}: {reason}", path_of(&id)));
        }
        self.duplicates.clear();
        self.replaced.clear();
    }
}

/// What the page says when its worker dies without a reply (a panic, memory
/// exhausted): `started` when it had said [`Reply::Started`], `reading` the
/// file of its last [`Reply::Progress`] (empty while ingesting, `None` when no
/// drop was under way).
pub fn crash_message(started: bool, reading: Option<&str>) -> String {
    match (started, reading) {
        (false, _) => "the library worker failed to start".into(),
        (true, Some("")) => "the library worker crashed while indexing the added files".into(),
        (true, Some(file)) => format!("the library worker crashed while reading {file}"),
        (true, None) => "the library worker crashed; reload the page to add or export articles".into(),
    }
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
            paths: vec!["مقالات/خبر.md".into(), "новости.zip".into()],
        };
        assert_eq!(decode::<Request>(&encode(&request)).unwrap(), request);
        let reply = Reply::Added(AddSummary {
            added: vec!["a".into()],
            duplicates: vec![("a".into(), "b".into())],
            problems: vec!["c.txt: not UTF-8".into()],
            replaced: vec![Replacement {
                id: "a".into(),
                path: "новости/a.md".into(),
                earlier_path: "a.md".into(),
                text_changed: true,
            }],
            unsaved: vec![],
            short_of_space: Some((3 << 20, 1 << 20)),
        });
        assert_eq!(decode::<Reply>(&encode(&reply)).unwrap(), reply);
        let err = decode::<Reply>(&[250, 1, 2]).unwrap_err();
        assert!(err.contains("library worker"), "{err}");
    }

    #[test]
    fn a_crash_names_the_file_being_read() {
        assert_eq!(
            crash_message(true, Some("أرشيف.zip")),
            "the library worker crashed while reading أرشيف.zip"
        );
        assert!(crash_message(true, Some("")).contains("while indexing"));
        assert!(crash_message(false, Some("a.md")).contains("failed to start"));
        assert!(crash_message(true, None).contains("reload the page"));
    }

    #[test]
    fn a_drop_larger_than_the_free_space_is_warned_of() {
        assert_eq!(AddSummary::space_shortfall(1_000_000, Some(10_000_000)), None);
        assert_eq!(
            AddSummary::space_shortfall(1_000_000, Some(2_000_000)),
            Some((3_000_000, 2_000_000))
        );
        assert_eq!(
            AddSummary::space_shortfall(1_000_000, None),
            None,
            "no estimate, no warning"
        );
        assert_eq!(
            AddSummary::space_shortfall(u64::MAX, Some(0)),
            Some((u64::MAX, 0))
        );
    }

    #[test]
    fn a_refused_write_moves_every_article_of_the_drop_to_unsaved() {
        let mut summary = AddSummary {
            added: vec!["khabar".into(), "novosti".into()],
            duplicates: vec![("novosti".into(), "khabar".into())],
            problems: vec!["x.pdf: not an article".into()],
            ..AddSummary::default()
        };
        summary.not_saved("QuotaExceededError: quota exceeded", |id| format!("dir/{id}.txt"));
        assert!(summary.added.is_empty() && summary.duplicates.is_empty());
        assert_eq!(
            summary.unsaved,
            [
                "dir/khabar.txt: QuotaExceededError: quota exceeded",
                "dir/novosti.txt: QuotaExceededError: quota exceeded"
            ]
        );
        assert_eq!(summary.problems.len(), 1, "problems of the read stay");
    }
}
