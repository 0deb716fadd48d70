//! Files out of a drop, folders included: a dropped folder arrives as one
//! `FileSystemDirectoryEntry` to walk, not as its files.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, File, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// What a drop holds before it is read: entries to walk, or plain files.
pub struct Dropped {
    entries: Vec<FileSystemEntry>,
    files: Vec<File>,
}

impl Dropped {
    /// Takes the drop's items. Must run inside the `drop` handler: the browser
    /// empties the `DataTransfer` once it returns (the entries stay usable).
    pub fn take(dt: &DataTransfer) -> Dropped {
        let items = dt.items();
        let mut dropped = Dropped {
            entries: Vec::new(),
            files: Vec::new(),
        };
        for i in 0..items.length() {
            let Some(item) = items.get(i).filter(|item| item.kind() == "file") else {
                continue;
            };
            match item.webkit_get_as_entry().ok().flatten() {
                Some(entry) => dropped.entries.push(entry),
                None => dropped.files.extend(item.get_as_file().ok().flatten()),
            }
        }
        dropped
    }

    /// Every file, with its path inside the drop (`folder/sub/a.md`).
    pub async fn files(self) -> Vec<(String, File)> {
        let mut out: Vec<(String, File)> = self.files.into_iter().map(|f| (f.name(), f)).collect();
        let mut stack = self.entries;
        while let Some(entry) = stack.pop() {
            let path = entry.full_path().trim_start_matches('/').to_string();
            if entry.is_directory() {
                let reader = entry.unchecked_into::<FileSystemDirectoryEntry>().create_reader();
                // Entries come in batches (100 in Chromium) until an empty one.
                loop {
                    let batch = callback_promise(|ok, err| {
                        if let Err(e) = reader.read_entries_with_callback_and_callback(ok, err) {
                            let _ = err.call1(&JsValue::NULL, &e);
                        }
                    })
                    .await;
                    let batch = batch.map(|b| Array::from(&b)).unwrap_or_default();
                    if batch.length() == 0 {
                        break;
                    }
                    stack.extend(batch.iter().map(JsCast::unchecked_into));
                }
            } else if entry.is_file() {
                let file_entry = entry.unchecked_into::<FileSystemFileEntry>();
                let file =
                    callback_promise(|ok, err| file_entry.file_with_callback_and_callback(ok, err)).await;
                if let Ok(file) = file {
                    out.push((path, file.unchecked_into()));
                }
            }
        }
        out
    }
}

/// Turns a success/error callback API into a future.
async fn callback_promise(call: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut call = Some(call);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(call) = call.take() {
            call(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}
