//! One stable sort for the whole crate (search and view).
//!
//! Every distinct `sort_by` closure instantiates the standard library's
//! driftsort again (~2–4 KB of wasm each). Here all sorts go through
//! [`sort_indices`], a single instantiation on `u32` with a `dyn` comparator;
//! [`sort_by`] sorts any vector through it by sorting positions and then
//! moving the elements. Both are stable, exactly like `slice::sort_by`.
//! Visible to the whole crate so other modules can share the instantiation
//! (`view::sort_dedup` still sorts `String`s with its own driftsort: 1.8 KB gzip).

use std::cmp::Ordering;

/// Sorts `ids` stably by `cmp`.
#[inline(never)]
pub(crate) fn sort_indices(ids: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    ids.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `v` stably by `cmp`, like `v.sort_by(cmp)`.
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut order, &|a, b| cmp(&v[a as usize], &v[b as usize]));
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_stable_sort() {
        let mut state = 7u64;
        for len in 0..200 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((state >> 60) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std = v.clone();
            std.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(ours, std);
            let mut ids: Vec<u32> = v.iter().map(|x| x.0 as u32).collect();
            sort_indices(&mut ids, &|a, b| a.cmp(&b));
            assert!(ids.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
