//! The threaded map against the plain loop: same results in the same order for
//! any number of items and threads, items taken by value exactly once, and the
//! steps counted on helper threads added to the caller's count.

use super::{map, map_owned, Threads};

/// Work whose cost varies a lot from item to item, so threads finish chunks out of order.
fn uneven(x: &u64) -> (u64, String) {
    let mut h = *x;
    for _ in 0..(x % 7) * 500 {
        h = h.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    }
    (h, format!("item {x}"))
}

#[test]
fn results_come_back_in_order_for_any_thread_count() {
    for n in [0usize, 1, 2, 3, 31, 32, 33, 1000] {
        let items: Vec<u64> = (0..n as u64).map(|i| i * 2_654_435_761 % 1013).collect();
        let plain: Vec<_> = items.iter().map(uneven).collect();
        for threads in [1, 2, 3, 8, 64] {
            assert_eq!(
                map(Threads::new(threads), &items, uneven),
                plain,
                "{n} items, {threads} threads"
            );
        }
    }
}

#[test]
fn owned_items_are_each_used_once_in_order() {
    let items: Vec<String> = (0..500).map(|i| format!("{i}-{}", "x".repeat(i % 13))).collect();
    let plain: Vec<usize> = items
        .iter()
        .map(|s| s.len() * 3 + s.as_bytes()[0] as usize)
        .collect();
    for threads in [1, 2, 5] {
        let got = map_owned(Threads::new(threads), items.clone(), |s: String| {
            s.len() * 3 + s.as_bytes()[0] as usize
        });
        assert_eq!(got, plain, "{threads} threads");
    }
}

#[test]
fn steps_on_helper_threads_are_counted_by_the_caller() {
    let items: Vec<u64> = (0..300).collect();
    let count = |x: &u64| crate::steps::count(*x);
    let (_, one) = crate::steps::counted(|| map(Threads::ONE, &items, count));
    let (_, four) = crate::steps::counted(|| map(Threads::new(4), &items, count));
    assert_eq!(one, (0..300).sum::<u64>());
    assert_eq!(four, one);
}

#[test]
fn a_panicking_job_panics_the_caller() {
    let items: Vec<u32> = (0..100).collect();
    let caught = std::panic::catch_unwind(|| {
        map(Threads::new(3), &items, |&x| {
            assert!(x != 77, "job 77 fails");
            x
        })
    });
    assert!(caught.is_err());
}

#[test]
fn zero_threads_means_one() {
    assert_eq!(Threads::new(0), Threads::ONE);
    assert!(Threads::available().get() >= 1);
}
