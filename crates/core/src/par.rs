//! One job per item on several threads, for the build's per-file and
//! per-article passes: results come back in the items' order, so a pass gives
//! the same output on one thread or many (the data files are named by their
//! content hash, so the same corpus must make the same bytes).
//!
//! Threads are spawned only with the cargo feature `parallel` (xtask enables it)
//! on a native target: the page and the library worker (wasm, one thread) get
//! the plain loop and none of this code.

/// How many threads a pass may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threads(usize);

impl Threads {
    /// One thread: the plain sequential loop.
    pub const ONE: Threads = Threads(1);

    /// `n` threads (at least one).
    pub fn new(n: usize) -> Threads {
        Threads(n.max(1))
    }

    /// The machine's cores with the feature `parallel` natively, else one.
    pub fn available() -> Threads {
        #[cfg(all(feature = "parallel", not(target_arch = "wasm32")))]
        return Threads::new(std::thread::available_parallelism().map_or(1, usize::from));
        #[cfg(not(all(feature = "parallel", not(target_arch = "wasm32"))))]
        Threads::ONE
    }

    /// The number of threads.
    pub fn get(self) -> usize {
        self.0
    }
}

/// `f` of each item, in the items' order.
pub fn map<T: Sync, R: Send>(threads: Threads, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_with(threads, items, || (), |_, item| f(item))
}

/// `f` of each item with a scratch state of its thread (made by `init`: a
/// cache, say, which must not change what `f` returns), in the items' order.
pub fn map_with<T: Sync, S, R: Send>(
    threads: Threads,
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R> {
    #[cfg(all(any(test, feature = "parallel"), not(target_arch = "wasm32")))]
    if threads.get() > 1 && items.len() > 1 {
        return spawned::map(threads.get(), items, &init, &f);
    }
    let _ = threads;
    let mut state = init();
    items.iter().map(|item| f(&mut state, item)).collect()
}

/// `f` of each item, taken by value, in the items' order.
pub fn map_owned<T: Send, R: Send>(threads: Threads, items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    map_owned_with(threads, items, || (), |_, item| f(item))
}

/// [`map_owned`] with a scratch state of each thread, as in [`map_with`].
pub fn map_owned_with<T: Send, S, R: Send>(
    threads: Threads,
    items: Vec<T>,
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, T) -> R + Sync,
) -> Vec<R> {
    #[cfg(all(any(test, feature = "parallel"), not(target_arch = "wasm32")))]
    if threads.get() > 1 && items.len() > 1 {
        // Each slot is taken once, by whichever thread claims its index.
        let slots: Vec<std::sync::Mutex<Option<T>>> = items
            .into_iter()
            .map(|t| std::sync::Mutex::new(Some(t)))
            .collect();
        return spawned::map(threads.get(), &slots, &init, &|state, slot| {
            let item = slot.lock().map(|mut s| s.take()).ok().flatten();
            f(state, item.expect("each slot is claimed once"))
        });
    }
    let _ = threads;
    let mut state = init();
    items.into_iter().map(|item| f(&mut state, item)).collect()
}

#[cfg(all(any(test, feature = "parallel"), not(target_arch = "wasm32")))]
mod spawned {
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Chunks per thread: small enough that a thread left with the long
    /// articles does not finish far behind the others, large enough that
    /// claiming a chunk costs nothing next to its work.
    const CHUNKS_PER_THREAD: usize = 16;

    /// Threads claim chunks of items in turn (an atomic counter), each keeps
    /// its results with the chunk's number, and the chunks are put back in order.
    pub fn map<T: Sync, S, R: Send>(
        threads: usize,
        items: &[T],
        init: &(impl Fn() -> S + Sync),
        f: &(impl Fn(&mut S, &T) -> R + Sync),
    ) -> Vec<R> {
        let chunk = items.len().div_ceil(threads * CHUNKS_PER_THREAD).max(1);
        let chunks: Vec<&[T]> = items.chunks(chunk).collect();
        let next = AtomicUsize::new(0);
        let work = || {
            let mut done: Vec<(usize, Vec<R>)> = Vec::new();
            let mut state = init();
            let mut run = || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(part) = chunks.get(i) else { break };
                done.push((i, part.iter().map(|item| f(&mut state, item)).collect()));
            };
            // Tests count steps per thread: a helper's steps are handed back to the caller's count.
            #[cfg(test)]
            let steps = crate::steps::counted(&mut run).1;
            #[cfg(not(test))]
            let steps = {
                run();
                0
            };
            (done, steps)
        };
        let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|s| {
            let helpers: Vec<_> = (1..threads.min(chunks.len())).map(|_| s.spawn(work)).collect();
            // The caller's own steps are on its count already.
            let (mut all, _) = work();
            for h in helpers {
                // A panic in a job is the job's, re-raised here as it would be on one thread.
                let (part, steps) = h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
                crate::steps::count(steps);
                all.extend(part);
            }
            all
        });
        done.sort_unstable_by_key(|(i, _)| *i);
        done.into_iter().flat_map(|(_, r)| r).collect()
    }
}

#[cfg(test)]
#[path = "par_tests.rs"]
mod tests;
