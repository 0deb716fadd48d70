//! The queue of index parts the page wants: fetched most urgent first (the
//! reader's article, then the view, then its snippets' texts, then what
//! typing will need, then the idle warm-up), each filled into its corpus's
//! index as it arrives and never fetched twice, a fetch a newer view no
//! longer wants called off; the view is told through [`PartSignals`] when
//! the parts it waited for are in.

pub mod fetcher;
mod idle;
pub mod kept;
mod stale;
pub mod warm_up;

use crate::data::fetch_part_until;
use crate::loaded::Loaded;
use dossier_core::search::Need;
use leptos::prelude::{RwSignal, Set, Update};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// The signals the queue writes (those of `AppState` of the same names).
#[derive(Clone, Copy)]
pub struct PartSignals {
    /// Bumped when postings or words arrive, so views that lacked them run again.
    pub parts: RwSignal<u32>,
    /// Bumped when article texts arrive (snippets, the reader).
    pub bodies: RwSignal<u32>,
    /// Bumped when a word block fetched ahead of typing arrives: the term
    /// blocks of the word's completions can now be named.
    pub ahead: RwSignal<u32>,
    /// Why an index part could not be loaded.
    pub error: RwSignal<Option<String>>,
}

/// Who wants a part, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// The open article (its text, its marks).
    Reader,
    /// The current view: replaces what an earlier view still wanted.
    View,
    /// The texts of the current view's snippets: fetched beside its cards
    /// (a round trip less), but the list does not wait for them.
    Texts,
    /// What the word being typed will need once finished.
    Ahead,
    /// The cards of the listed hits past the reader's reach (the list shows
    /// them as placeholders until then): fetched, like the warm-up, once the
    /// reader pauses, so that a key's list waits for the cards on screen only.
    Offscreen,
    /// The warm-up after the first view, while the page is idle.
    Idle,
}

/// Most index parts fetched at once: a view's whole wave (a few term blocks,
/// then up to 20 card chunks and 20 texts). Over HTTP/2, as GitHub Pages
/// serves, they share one connection and arrive together; at 6, the HTTP/1.1
/// limit, a list at 10k waited for four waves of 40 ms each on broadband.
/// Over HTTP/1.1 the browser queues what is past its six connections.
const PARALLEL_PARTS: usize = 48;
/// Most warm-up fetches at once over HTTP/1.1: the other slots stay free, so
/// a view's parts never queue behind the warm-up (a fetch under way cannot
/// be taken back; the browser opens six connections), and what is in flight
/// takes little of the bandwidth a key needs. At 2 the warm-up of a 10k
/// dossier, about 500 parts, took 10 s at 40 ms a round trip.
const PARALLEL_IDLE: usize = 4;
/// The same over HTTP/2 or 3 (GitHub Pages, CDNs), where every fetch shares
/// one connection and none queues behind another: the warm-up of a 10k
/// dossier, 685 parts and 4.5 MB gzipped, took 8.4 s four at a time at 40 ms
/// a round trip, using a quarter of a 20 Mbit/s line. Eight term blocks in
/// flight are about 120 KB over the wire, what four weighed with positions.
const PARALLEL_IDLE_MULTIPLEXED: usize = 8;

impl Urgency {
    /// Whether what arrives for it is told to the views (see [`got`]): not
    /// what typing fetches ahead or the warm-up brings, which no view is waiting for.
    fn tells_views(self) -> bool {
        self <= Urgency::Texts || self == Urgency::Offscreen
    }

    /// Whether its fetches wait for the reader to pause and the page to be idle.
    fn waits_for_idle(self) -> bool {
        self >= Urgency::Offscreen
    }
}

/// A part to fetch: which, from where, for which corpus, and for whom.
type Wanted = (Need, String, Arc<Loaded>, Urgency);

/// A fetch under way: for whom, and how to call it off.
struct Flight {
    urgency: Urgency,
    abort: web_sys::AbortController,
}

thread_local! {
    /// Parts wanted, most urgent first.
    static QUEUE: RefCell<VecDeque<Wanted>> = Default::default();
    /// Parts being fetched, by file, with who wants them most.
    static IN_FLIGHT: RefCell<HashMap<String, Flight>> = Default::default();
    /// Whether the view or reader got postings, words, cards or ids since
    /// they were last told (the view runs again once none it wants is left)...
    static GOT_PARTS: Cell<bool> = const { Cell::new(false) };
    /// ... and whether they got texts (snippets are filled in, the reader's
    /// article shown, once no text they want is left).
    static GOT_TEXTS: Cell<bool> = const { Cell::new(false) };
    /// Parts that failed: not asked for again until the view changes.
    static FAILED: RefCell<HashSet<String>> = Default::default();
    /// Whether the warm-up's idle callback is running.
    static IDLE_NOW: Cell<bool> = const { Cell::new(false) };
}

/// Fetches the index parts `needs` of `loaded` for the reader (see [`request`]).
pub fn request_parts(signals: PartSignals, loaded: &Arc<Loaded>, needs: &[Need]) {
    request(signals, loaded, needs, Urgency::Reader);
}

/// Notes that the view or reader got `need` (see [`tell_if_done`]).
fn got(need: Need) {
    let flag = if matches!(need, Need::Bodies(_) | Need::Leads(_)) {
        &GOT_TEXTS
    } else {
        &GOT_PARTS
    };
    flag.set(true);
}

/// Fetches the index parts `needs` of `loaded`, [`PARALLEL_PARTS`] at a
/// time, most urgent first. A request replaces what the same urgency still
/// wanted (a view what the last view wanted, typing what the last word
/// wanted; a view's or texts' fetch under way that the new request does not
/// name is called off), except the reader's, which add up. A part loaded
/// already is not fetched, and one under way is not fetched again: it is only
/// marked as wanted by the more urgent of the two. Once every part the view or reader
/// asked for is in, `signals.parts` is bumped so the view runs once more (and
/// asks for any part it could only know it needs now, e.g. the term blocks of
/// a prefix's words); once every text they asked for is in, `signals.bodies`
/// is bumped (snippets are filled in without a new search). A part the view
/// wanted that fails is reported in `signals.error` and the view stays as it
/// was; the warm-up's failures are not the reader's concern and stay silent.
pub fn request(signals: PartSignals, loaded: &Arc<Loaded>, needs: &[Need], urgency: Urgency) {
    if urgency == Urgency::Idle {
        warm_up::began();
    }
    let Some(files) = &loaded.parts else {
        end_warm_up_if_done();
        return;
    };
    // Typing, or a view or article that lacks parts: the reader is acting.
    if urgency == Urgency::Ahead || (urgency < Urgency::Ahead && !needs.is_empty()) {
        idle::reader_acted();
    }
    let index = loaded.engine().index();
    if urgency == Urgency::View {
        // A later request may try a failed part once more (a network blip
        // passes); a failure itself causes no request, so this cannot loop.
        FAILED.with_borrow_mut(|f| f.clear());
    }
    let mut wanted: Vec<Wanted> = Vec::new();
    for &need in needs {
        let Some(href) = files.href(need) else { continue };
        if !index.lacks(need) {
            // Loaded since the view ran (the warm-up brought it).
            if urgency.tells_views() {
                got(need);
            }
            continue;
        }
        let upgraded = IN_FLIGHT.with_borrow_mut(|f| match f.get_mut(&href) {
            Some(flight) => {
                flight.urgency = flight.urgency.min(urgency);
                true
            }
            None => false,
        });
        if !upgraded && !FAILED.with_borrow(|f| f.contains(&href)) {
            wanted.push((need, href, loaded.clone(), urgency));
        }
    }
    if matches!(urgency, Urgency::View | Urgency::Texts) {
        stale::call_off_unwanted(files, needs, urgency);
    }
    if urgency == Urgency::Offscreen {
        stale::warm_up_unwanted(files, needs);
    }
    QUEUE.with_borrow_mut(|q| {
        if urgency != Urgency::Reader {
            q.retain(|w| w.3 != urgency);
        }
        // A part queued twice stays once, for the more urgent of the two (the
        // warm-up queues hundreds: looked up by file, not compared pairwise).
        let queued: HashMap<&str, Urgency> = q.iter().map(|w| (w.1.as_str(), w.3)).collect();
        wanted.retain(|n| queued.get(n.1.as_str()).is_none_or(|&u| u > n.3));
        let replaced: HashSet<&str> = wanted.iter().map(|n| n.1.as_str()).collect();
        q.retain(|w| !replaced.contains(w.1.as_str()));
        q.extend(wanted);
        q.make_contiguous().sort_by_key(|w| w.3);
    });
    pump(signals);
    tell_if_done(signals);
}

/// Starts fetches from the queue while there is room; warm-up and offscreen
/// fetches only from an idle callback, [`PARALLEL_IDLE`] at a time (or
/// [`PARALLEL_IDLE_MULTIPLEXED`] once parts come over HTTP/2).
fn pump(signals: PartSignals) {
    while IN_FLIGHT.with_borrow(|f| f.len()) < PARALLEL_PARTS {
        let Some(front) = QUEUE.with_borrow(|q| q.front().map(|w| w.3)) else {
            break;
        };
        if front.waits_for_idle() {
            let idle = IN_FLIGHT.with_borrow(|f| f.values().filter(|f| f.urgency.waits_for_idle()).count());
            let most = if fetcher::multiplexed() {
                PARALLEL_IDLE_MULTIPLEXED
            } else {
                PARALLEL_IDLE
            };
            if idle >= most {
                break;
            }
            if !IDLE_NOW.get() {
                idle::when_idle(move || {
                    IDLE_NOW.set(true);
                    pump(signals);
                    IDLE_NOW.set(false);
                });
                break;
            }
        }
        let Ok(abort) = web_sys::AbortController::new() else {
            break;
        };
        let Some((need, href, loaded, urgency)) = QUEUE.with_borrow_mut(|q| q.pop_front()) else {
            break;
        };
        if !loaded.engine().index().lacks(need) || IN_FLIGHT.with_borrow(|f| f.contains_key(&href)) {
            continue;
        }
        let signal = abort.signal();
        IN_FLIGHT.with_borrow_mut(|f| f.insert(href.clone(), Flight { urgency, abort }));
        leptos::task::spawn_local(async move {
            // Every error names the file once (a fetch's already does).
            let result = fetch_part_until(&href, &signal).await.and_then(|part| {
                dossier_core::split::fill(loaded.engine().index(), need, &part.bytes)
                    .map(|()| part.sent)
                    .map_err(|e| format!("{href}: {e}"))
            });
            if signal.aborted() {
                // Called off by a newer view, which took it out of IN_FLIGHT
                // (the file may be under way again for someone else). Its
                // bytes may have come all the same (offline, read from the
                // caches after the fetch failed) and are filled in: the views
                // are told, or a snippet waiting for them would wait forever,
                // since a part loaded is never asked for again.
                if result.is_ok() {
                    got(need);
                }
                pump(signals);
                tell_if_done(signals);
                return;
            }
            let urgency = IN_FLIGHT
                .with_borrow_mut(|f| f.remove(&href))
                .map_or(urgency, |f| f.urgency);
            match result {
                Ok(sent) => {
                    if urgency.tells_views() {
                        got(need);
                    } else if urgency == Urgency::Ahead && matches!(need, Need::Words(_)) {
                        signals.ahead.update(|n| *n += 1);
                    }
                    if urgency == Urgency::Idle && warm_up::count(sent) {
                        QUEUE.with_borrow_mut(|q| q.retain(|w| w.3 != Urgency::Idle));
                    }
                }
                Err(e) => {
                    FAILED.with_borrow_mut(|f| f.insert(href.clone()));
                    if urgency <= Urgency::Texts {
                        signals.error.set(Some(e));
                    }
                }
            }
            pump(signals);
            tell_if_done(signals);
        });
    }
    end_warm_up_if_done();
}

/// Marks the warm-up's end ([`warm_up::ended`]) once none of its parts is
/// queued or under way: its plan fetched, or the rest dropped at the budget.
fn end_warm_up_if_done() {
    if !warm_up::running() {
        return; // no queue to scan (this runs after every fetch)
    }
    let idle = |u: Urgency| u == Urgency::Idle;
    let left = QUEUE.with_borrow(|q| q.iter().any(|w| idle(w.3)))
        || IN_FLIGHT.with_borrow(|f| f.values().any(|f| idle(f.urgency)));
    if !left {
        warm_up::ended();
    }
}

/// Tells the view and reader their parts are in once nothing they want is
/// queued or under way (what typing wants and the warm-up may still be):
/// postings and cards once none of theirs is left, texts once no text is.
fn tell_if_done(signals: PartSignals) {
    // The queue is sorted, most urgent first: its front tells.
    let waiting = |most: Urgency| {
        QUEUE.with_borrow(|q| q.front().is_some_and(|w| w.3 <= most))
            || IN_FLIGHT.with_borrow(|f| f.values().any(|f| f.urgency <= most))
    };
    if !waiting(Urgency::View) && GOT_PARTS.take() {
        signals.parts.update(|n| *n += 1);
    }
    if !waiting(Urgency::Texts) && GOT_TEXTS.take() {
        signals.bodies.update(|n| *n += 1);
    }
}
