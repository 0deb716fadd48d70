//! Tests of [`super`]: near-duplicates within a set and against existing texts.

use super::*;
use proptest::prelude::*;

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

#[test]
fn same_story_in_any_script_is_flagged_and_points_to_the_first() {
    let base = "الجزائر وروسيا تعززان التعاون العسكري في اجتماع عقد في العاصمة يوم الثلاثاء بحضور وزيري الخارجية والدفاع";
    let edited = format!("{base} وأكد الطرفان");
    let other =
        "Россия и Алжир обсудили поставки газа в Европу и новые контракты на строительство трубопровода";
    let texts = vec![words(base), words(other), words(&edited), words(base)];
    assert_eq!(duplicates(&texts), vec![None, None, Some(0), Some(0)]);
}

#[test]
fn matches_in_finds_every_existing_copy() {
    let base = "الجزائر وروسيا تعززان التعاون العسكري في اجتماع عقد في العاصمة يوم الثلاثاء بحضور وزيري الخارجية والدفاع";
    let edited = format!("{base} وأكد الطرفان");
    let other =
        "Россия и Алжир обсудили поставки газа в Европу и новые контракты на строительство трубопровода";
    let existing = [other, base, "", &edited].map(text_shingles);
    let new = [&edited, other, "", "something else entirely here"].map(text_shingles);
    assert_eq!(
        matches_in(existing, &new),
        vec![vec![1, 3], vec![0], vec![], vec![]]
    );
}

#[test]
fn shingle_hashes_are_those_of_the_joined_words() {
    let w = words("a bb ccc dddd eeeee");
    let joined: Shingles = w
        .windows(SHINGLE)
        .map(|x| fnv(FNV_START, x.join(" ").as_bytes()))
        .collect();
    assert_eq!(shingles(&w), joined);
    assert_eq!(shingles(&words("two words")).len(), 1);
}

/// Texts from a small vocabulary, many of them edits of one another.
fn texts() -> impl Strategy<Value = Vec<Vec<String>>> {
    let base = proptest::collection::vec(0usize..12, 0..30);
    (
        base,
        proptest::collection::vec(proptest::collection::vec((0usize..40, 0usize..12), 0..6), 1..7),
    )
        .prop_map(|(base, edits)| {
            edits
                .into_iter()
                .map(|ed| {
                    let mut t: Vec<String> = base.iter().map(|w| format!("w{w}")).collect();
                    for (at, w) in ed {
                        if at < t.len() {
                            t[at] = format!("w{w}");
                        } else {
                            t.push(format!("x{w}"));
                        }
                    }
                    t
                })
                .collect()
        })
}

/// Every pair sharing a band key and passing the Jaccard test joins a group
/// rooted at its lowest index: what [`duplicates`] must give, by brute force.
fn every_pair(texts: &[Vec<String>]) -> Vec<Option<usize>> {
    let sets: Vec<Shingles> = texts.iter().map(|w| shingles(w)).collect();
    let keys: Vec<Vec<u64>> = sets.iter().map(band_keys).collect();
    let mut group: Vec<usize> = (0..texts.len()).collect();
    for j in 0..texts.len() {
        for i in 0..j {
            let shared = keys[i].iter().zip(&keys[j]).any(|(a, b)| a == b);
            if !sets[i].is_empty()
                && !sets[j].is_empty()
                && shared
                && jaccard(&sets[i], &sets[j]) >= THRESHOLD
            {
                let (gi, gj) = (group[i], group[j]);
                let low = gi.min(gj);
                for g in group.iter_mut() {
                    if *g == gi || *g == gj {
                        *g = low;
                    }
                }
            }
        }
    }
    (0..texts.len())
        .map(|i| Some(group[i]).filter(|&g| g != i))
        .collect()
}

/// A French wire story, reprinted with its dispatch number `i` at the end.
fn reprint(i: usize) -> Vec<String> {
    words(&format!(
        "Alger, 12 mars (APS) — Le ministre de l'Énergie a reçu mardi une délégation russe conduite par \
         le vice-ministre des Affaires étrangères, avec laquelle il a passé en revue la coopération dans \
         le gaz, l'électricité et les mines, ainsi que les projets d'investissement prévus pour l'année. \
         Dépêche n° {i}"
    ))
}

#[test]
fn identical_texts_are_grouped_before_pairs_are_compared() {
    let steps = |n: usize| {
        let texts = vec![reprint(7); n];
        let (got, steps) = crate::steps::counted(|| duplicates(&texts));
        assert!(got[0].is_none() && got[1..].iter().all(|&d| d == Some(0)));
        steps
    };
    crate::steps::assert_linear("identical texts", 200, steps);
}

#[test]
fn near_identical_texts_cost_one_comparison_each() {
    let texts: Vec<Vec<String>> = (0..60).map(reprint).collect();
    assert_eq!(duplicates(&texts), every_pair(&texts));
    let steps = |n: usize| {
        let texts: Vec<Vec<String>> = (0..n).map(reprint).collect();
        crate::steps::counted(|| duplicates(&texts)).1
    };
    crate::steps::assert_linear("near-identical texts", 200, steps);
}

#[test]
fn identical_new_texts_are_looked_up_once() {
    let existing: Vec<Shingles> = (0..50).map(|i| shingles(&reprint(i))).collect();
    let steps = |n: usize| {
        let new = vec![shingles(&reprint(1000)); n];
        let (got, steps) = crate::steps::counted(|| matches_in(existing.clone(), &new));
        assert!(got.iter().all(|m| m.len() == 50));
        steps
    };
    crate::steps::assert_linear("identical new texts", 200, steps);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn groups_are_those_of_comparing_every_pair(texts in texts()) {
        prop_assert_eq!(duplicates(&texts), every_pair(&texts));
    }

    #[test]
    fn streaming_shingles_equal_those_of_the_words(
        pieces in proptest::collection::vec(prop::sample::select(&[
            "Gas", "gaz", " ", "\n", "l'Algérie", "d’état", "-", ", ", "Алжира", "ё", "الجزائر", "وَزِير", "2023", "x", "'", ".",
        ][..]), 0..30)
    ) {
        let text = pieces.concat();
        prop_assert_eq!(text_shingles(&text), shingles(&crate::ingest::article::words(&text)));
    }


    #[test]
    fn matches_in_decides_each_pair_as_duplicates_does(texts in texts(), split in 0usize..7) {
        let split = split.min(texts.len());
        let (existing, new) = texts.split_at(split);
        let got = matches_in(existing.iter().map(|w| shingles(w)), &new.iter().map(|w| shingles(w)).collect::<Vec<_>>());
        for (i, n) in new.iter().enumerate() {
            let want: Vec<usize> = (0..existing.len())
                .filter(|&e| duplicates(&[existing[e].clone(), n.clone()]) == [None, Some(0)])
                .collect();
            prop_assert_eq!(&got[i], &want, "new {}", i);
        }
    }
}

#[test]
fn different_stories_and_empty_texts_are_not_duplicates() {
    let a =
        "the ministers met in algiers to discuss gas exports and military cooperation between both countries";
    let b = "the ministers met in moscow to discuss wheat imports and a new trade agreement for next year";
    assert_eq!(
        duplicates(&[words(a), words(b), vec![], vec![]]),
        vec![None, None, None, None]
    );
}

proptest! {
    /// The one-pass signature is the textbook one: per hash function, the
    /// least hash over the set (empty sets: every slot `u64::MAX`).
    #[test]
    fn signature_is_the_least_hash_per_function(set in prop::collection::hash_set(any::<u64>(), 0..60)) {
        let set: Shingles = set.into_iter().collect();
        let reference: Vec<u64> = (0..BANDS * ROWS)
            .map(|k| set.iter().map(|&h| mix(h ^ mix(k as u64 + 1))).min().unwrap_or(u64::MAX))
            .collect();
        prop_assert_eq!(signature(&set), reference);
    }
}
