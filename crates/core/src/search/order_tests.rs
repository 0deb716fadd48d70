//! Engine tests of filters and order: date bounds, sorts, disjunctive facet
//! counts and the timeline's histogram.

use super::tests::{art, corpus, ids, sample};
use super::*;
use crate::view::{Sort, ViewState};

#[test]
fn date_bounds_overlap_imprecise_dates_and_undated_is_opt_in() {
    let c = sample();
    // en1 2023-02-14, en2 2023, fr1 2023-02, fr2 undated, ru1 2022-11-03, ar1 2024-01, ar2 2021.
    assert_eq!(ids(&c, "from=2023-02-10&to=2023-02-12"), vec!["en2", "fr1"]);
    assert_eq!(ids(&c, "from=2023-02-15"), vec!["ar1", "en2", "fr1"]);
    assert_eq!(ids(&c, "to=2022"), vec!["ar2", "ru1"]);
    assert_eq!(ids(&c, "to=2022&undated=1"), vec!["ar2", "fr2", "ru1"]);
    assert_eq!(ids(&c, "").len(), 7); // no bound: undated included
    assert_eq!(ids(&c, "from=2024-01-31&to=2024-02"), vec!["ar1"]);
}

#[test]
fn sorts_with_stable_id_tie_break() {
    let c = corpus(vec![
        art("b", "en", Some("2023-02"), &[], "x", "gas"),
        art("a", "en", Some("2023-02"), &[], "x", "gas"),
        art("c", "en", Some("2024"), &[], "x", "gas gas"),
        art("d", "en", None, &[], "x", "gas"),
        art("e", "en", Some("2020-05-01"), &[], "x", "gas"),
    ]);
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let order = |s: &str| {
        engine
            .run(&ViewState::parse(s).0)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(order(""), vec!["c", "a", "b", "e", "d"]); // newest without q, undated last
    assert_eq!(order("sort=oldest"), vec!["e", "a", "b", "c", "d"]);
    let rel = order("q=gas");
    assert_eq!(rel[0], "c"); // highest tf
    assert_eq!(&rel[1..], &["a", "b", "d", "e"]); // equal scores: by id
    assert_eq!(engine.run(&ViewState::parse("q=gas").0).sort, Sort::Relevance);
    assert_eq!(order("q=gas&sort=newest"), order(""));
}

#[test]
fn facet_counts_are_disjunctive() {
    let c = sample();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::parse("lang=fr&topic=energy").0);
    assert_eq!(r.total, 1);
    let count = |f: &[FacetCount], v: &str| f.iter().find(|x| x.value == v).map(|x| (x.count, x.active));
    // Languages counted with topic=energy only: en1, fr1, ar2.
    assert_eq!(count(&r.facets.lang, "en"), Some((1, false)));
    assert_eq!(count(&r.facets.lang, "fr"), Some((1, true)));
    assert_eq!(count(&r.facets.lang, "ar"), Some((1, false)));
    assert_eq!(count(&r.facets.lang, "ru"), Some((0, false)));
    // Topics counted with lang=fr only: fr1 (energy, economy), fr2 (diplomacy).
    assert_eq!(count(&r.facets.topic, "energy"), Some((1, true)));
    assert_eq!(count(&r.facets.topic, "diplomacy"), Some((1, false)));
    assert_eq!(count(&r.facets.topic, "defense"), Some((0, false)));
    // Histogram and undated ignore dates but apply lang and topic.
    assert_eq!(r.facets.undated, 0);
    // A selected value unknown to the corpus is still listed.
    let r = engine.run(&ViewState::parse("lang=de").0);
    assert_eq!(r.total, 0);
    assert_eq!(count(&r.facets.lang, "de"), Some((0, true)));
}

#[test]
fn histogram_unit_follows_the_span() {
    let c = sample();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::default());
    assert_eq!(r.facets.histogram.unit, HistogramUnit::Year);
    let labels: Vec<(&str, usize)> = r
        .facets
        .histogram
        .bins
        .iter()
        .map(|b| (b.label.as_str(), b.count))
        .collect();
    assert_eq!(labels, vec![("2021", 1), ("2022", 1), ("2023", 3), ("2024", 1)]);
    assert_eq!(r.facets.undated, 1);
    let r = engine.run(&ViewState::parse("q=gas%20algerie").0);
    assert_eq!(r.total, 0);
    // Only 2023 articles are English, but the axis stays the dossier's (see
    // facets/tests.rs for months); clicking a bar gives its count.
    let r = engine.run(&ViewState::parse("lang=en").0);
    assert_eq!(r.facets.histogram.unit, HistogramUnit::Year);
    let bins = &r.facets.histogram.bins;
    assert_eq!(
        (bins.len(), bins[2].label.as_str(), bins[2].count),
        (4, "2023", 2)
    );
    let feb = ViewState::parse("lang=en&from=2023-02&to=2023-02").0;
    assert_eq!(engine.run(&feb).total, 2);
}
