//! The queue of index parts the views want: fetched most urgent first, a few at
//! a time, each filled into its corpus's index as it arrives; the view is told
//! through [`PartSignals`] when a wave is in.

use crate::data::fetch_bytes;
use crate::loaded::Loaded;
use dossier_core::search::Need;
use leptos::prelude::{RwSignal, Set, Update};
use std::sync::Arc;

/// The signals the queue writes (those of `AppState` of the same names).
#[derive(Clone, Copy)]
pub struct PartSignals {
    /// Bumped when postings or words arrive, so views that lacked them run again.
    pub parts: RwSignal<u32>,
    /// Bumped when article texts arrive (snippets, the reader).
    pub bodies: RwSignal<u32>,
    /// Why an index part could not be loaded.
    pub error: RwSignal<Option<String>>,
}

/// Most index parts fetched at once.
const PARALLEL_PARTS: usize = 6;

/// A part to fetch: which, from where, for which corpus, and whether it is
/// for the view (replaced when the view changes) or for the reader.
type Wanted = (Need, String, Arc<Loaded>, bool);

thread_local! {
    /// Parts the current view still wants, most urgent first.
    static QUEUE: std::cell::RefCell<std::collections::VecDeque<Wanted>> = Default::default();
    /// Parts being fetched, by file.
    static IN_FLIGHT: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
    /// Whether the parts loaded since the queue was last idle include postings
    /// or words (the view must run again) or only bodies (snippets to fill in).
    static WAVE_HAD_TERMS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Parts that failed: not asked for again until the view changes.
    static FAILED: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
}

/// Fetches the index parts `needs` of `loaded` (most urgent first),
/// [`PARALLEL_PARTS`] at a time. With `for_view`, they replace what an earlier
/// view still wanted; otherwise (the reader) they go first. Each part
/// is loaded into the index as it arrives; once all are in, `signals.parts` is
/// bumped so the view runs once more (and asks for any part it could only know
/// it needs now, e.g. the term blocks of a prefix's words), or `signals.bodies`
/// when only texts came (snippets are filled in without a new search). A part
/// that fails is reported in `signals.error` and the view stays as it was.
pub fn request_parts(signals: PartSignals, loaded: &Arc<Loaded>, needs: &[Need], for_view: bool) {
    let Some(files) = &loaded.parts else { return };
    let wanted: Vec<Wanted> = needs
        .iter()
        .filter_map(|&n| {
            files
                .href(n)
                .map(|h| (n, h.to_string(), loaded.clone(), for_view))
        })
        .filter(|(_, href, _, _)| {
            !IN_FLIGHT.with_borrow(|f| f.contains(href)) && !FAILED.with_borrow(|f| f.contains(href))
        })
        .collect();
    QUEUE.with_borrow_mut(|q| {
        if for_view {
            // A later request may try a failed part once more (a network blip
            // passes); a failure itself causes no request, so this cannot loop.
            FAILED.with_borrow_mut(|f| f.clear());
            q.retain(|w| !w.3);
            q.extend(wanted);
        } else {
            for w in wanted.into_iter().rev() {
                q.push_front(w);
            }
        }
    });
    pump(signals);
}

/// Starts fetches from the queue while there is room.
fn pump(signals: PartSignals) {
    while IN_FLIGHT.with_borrow(|f| f.len()) < PARALLEL_PARTS {
        let Some((need, href, loaded, _)) = QUEUE.with_borrow_mut(|q| q.pop_front()) else {
            break;
        };
        if !IN_FLIGHT.with_borrow_mut(|f| f.insert(href.clone())) {
            continue;
        }
        leptos::task::spawn_local(async move {
            let result = fetch_bytes(&href)
                .await
                .and_then(|bytes| dossier_core::split::fill(loaded.engine().index(), need, &bytes))
                .map_err(|e| format!("{href}: {e}"));
            IN_FLIGHT.with_borrow_mut(|f| f.remove(&href));
            match result {
                Ok(()) if !matches!(need, Need::Bodies(_)) => WAVE_HAD_TERMS.set(true),
                Ok(()) => {}
                Err(e) => {
                    FAILED.with_borrow_mut(|f| f.insert(href));
                    signals.error.set(Some(e));
                }
            }
            pump(signals);
            let idle = IN_FLIGHT.with_borrow(|f| f.is_empty()) && QUEUE.with_borrow(|q| q.is_empty());
            if idle {
                let signal = if WAVE_HAD_TERMS.replace(false) {
                    signals.parts
                } else {
                    signals.bodies
                };
                signal.update(|n| *n += 1);
            }
        });
    }
}
