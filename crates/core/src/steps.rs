//! Counting work, for tests that prove an algorithm linear: a test runs it on an
//! input and on one twice as large and compares the steps each took (never the
//! time, which the machine's load decides). Outside tests [`count`] is empty.

/// Records `n` steps of work (bytes inflated, pairs compared, ids probed...).
#[inline(always)]
pub(crate) fn count(n: u64) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + n));
    #[cfg(not(test))]
    let _ = n;
}

#[cfg(test)]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Runs `f` and returns what it returned with the steps it counted (on this thread).
#[cfg(test)]
pub(crate) fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = STEPS.with(|s| s.get());
    let out = f();
    (out, STEPS.with(|s| s.get()) - before)
}

/// Asserts that `steps(n)` grows at most linearly: an input four times as large
/// may cost at most 6 times the steps (linear work costs 4 times, quadratic 16).
/// `steps` runs the work for an input of size n and returns the steps it counted.
#[cfg(test)]
pub(crate) fn assert_linear(what: &str, n: usize, mut steps: impl FnMut(usize) -> u64) {
    let (one, four) = (steps(n).max(1), steps(4 * n));
    assert!(
        four <= one * 6,
        "{what}: {one} steps for {n}, {four} for {} (more than linear)",
        4 * n
    );
}
