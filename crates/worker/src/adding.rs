//! Adding a drop: each file checked by name and size before it is read (the
//! page posts `File` objects, never their bytes), then ingested inside one write
//! transaction, with progress told to the page as it goes.

use crate::store::Write;
use crate::{open_store, post, post_library, scope, Open};
use dossier_core::library::intake;
use dossier_core::protocol::{AddSummary, Reply};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// Bytes the browser's storage estimate says are free, when it gives one.
async fn free_space() -> Option<u64> {
    let navigator = js_sys::Reflect::get(&scope(), &"navigator".into()).ok()?;
    let navigator: web_sys::WorkerNavigator = navigator.dyn_into().ok()?;
    let estimate = JsFuture::from(navigator.storage().estimate().ok()?).await.ok()?;
    let estimate: web_sys::StorageEstimate = estimate.unchecked_into();
    let (quota, usage) = (estimate.get_quota()?, estimate.get_usage().unwrap_or(0.0));
    Some((quota - usage).max(0.0) as u64)
}

/// Reads the files of a drop that pass [`intake::screen`] (by name and size,
/// before any byte is read); the others, and files the browser cannot read,
/// become problems.
async fn read_files(paths: Vec<String>, files: Vec<File>) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
    let mut budget = intake::Budget::default();
    let mut read = Vec::new();
    let mut problems = Vec::new();
    let total = paths.len() as u32;
    for (i, (path, file)) in paths.into_iter().zip(files).enumerate() {
        match intake::screen(&path, file.size() as u64, &mut budget) {
            Ok(()) => {}
            Err(skipped) => {
                problems.extend(skipped.map(|p| p.to_string()));
                continue;
            }
        }
        post(&Reply::Progress {
            done: i as u32,
            total,
            file: path.clone(),
        });
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => read.push((path, js_sys::Uint8Array::new(&buffer).to_vec())),
            Err(e) => problems.push(format!("{path}: cannot read the file ({e:?})")),
        }
    }
    (read, problems)
}

/// Ingests a drop inside one write transaction (ids are chosen against what is
/// stored now, whatever other tabs did), and reports only what was kept.
pub(crate) async fn add(open: &mut Open, paths: Vec<String>, files: Vec<File>) -> Result<(), String> {
    let (files, skipped) = read_files(paths, files).await;
    let bytes = files.iter().map(|(_, b)| b.len() as u64).sum::<u64>();
    let short_of_space = AddSummary::space_shortfall(bytes, free_space().await);
    let Open { library, store } = open;
    // An archive of 65,534 entries would post as many messages: tell the page
    // of every 64th entry, and of every file ingested.
    let mut progress = |done: usize, total: usize, file: &str| {
        if file.is_empty() || done.is_multiple_of(64) || done == total {
            post(&Reply::Progress {
                done: done as u32,
                total: total as u32,
                file: file.to_string(),
            })
        }
    };
    let (summary, saved) = match store {
        Some(store) => {
            store
                .write(|stored| {
                    library.sync(stored);
                    let summary = library.add(files, &mut progress);
                    let put = library.records(&summary.added);
                    (
                        summary,
                        Write {
                            put,
                            ..Write::default()
                        },
                    )
                })
                .await
        }
        None => (Some(library.add(files, &mut progress)), Ok(())),
    };
    let Some(mut summary) = summary else {
        return Err(saved.err().unwrap_or_default());
    };
    summary.short_of_space = short_of_space;
    if !skipped.is_empty() {
        summary.problems.extend(skipped);
        summary.problems.sort();
    }
    let changed = saved.is_ok() && !summary.added.is_empty();
    if let Err(reason) = saved {
        let unsaved = summary.added.clone();
        summary.not_saved(&reason, |id| library.path_of(id).unwrap_or(id).to_string());
        // The connection may have gone with the write (site data cleared): open
        // it again, and take what it holds; failing that, forget the drop.
        *store = open_store().await;
        let stored = match store {
            Some(store) => store.load().await.ok(),
            None => None,
        };
        match stored {
            Some((stored, _)) => library.sync(stored),
            None => {
                library.remove(Some(&unsaved));
            }
        }
    }
    post(&Reply::Added(summary));
    post_library(library, changed);
    Ok(())
}
