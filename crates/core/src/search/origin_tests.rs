//! The origin filter and facet: the reader's added articles beside the bundled ones.

use super::tests::{art, corpus};
use super::*;
use crate::model::{Corpus, Origin};
use crate::view::ViewState;

/// Two bundled and three added articles in two languages.
fn mixed() -> Corpus {
    let mut c = corpus(vec![
        art(
            "b-en",
            "en",
            Some("2023"),
            &["energy"],
            "Gas",
            "Gas exports grew.",
        ),
        art("b-fr", "fr", None, &["energy"], "Gaz", "Les exportations de gaz."),
        art("a-en", "en", Some("2024"), &["energy"], "Gas deal", "A gas deal."),
        art("a-en2", "en", Some("2024"), &["defense"], "Army", "Army talks."),
        art("a-fr", "fr", Some("2022"), &[], "Armée", "L'armée."),
    ]);
    for a in c.articles.iter_mut().filter(|a| a.id.starts_with("a-")) {
        a.origin = Origin::Added;
    }
    c
}

fn count(f: &[FacetCount], v: &str) -> Option<(usize, bool)> {
    f.iter().find(|x| x.value == v).map(|x| (x.count, x.active))
}

#[test]
fn origin_filters_or_within_and_with_other_filters() {
    let c = mixed();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let ids = |q: &str| {
        let mut v: Vec<String> = engine
            .run_page(&ViewState::parse(q).0, 0, 99)
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids("origin=added"), ["a-en", "a-en2", "a-fr"]);
    assert_eq!(ids("origin=bundled"), ["b-en", "b-fr"]);
    assert_eq!(ids("origin=bundled,added").len(), 5);
    assert_eq!(ids("origin=added&lang=en"), ["a-en", "a-en2"]);
    assert_eq!(ids("origin=added&q=gas"), ["a-en"]);
    assert_eq!(ids("origin=bundled&from=2023"), ["b-en"]);
}

#[test]
fn origin_counts_are_disjunctive() {
    let c = mixed();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::parse("origin=added&topic=energy").0);
    assert_eq!(r.total, 1);
    // Origins counted with topic=energy only, not their own selection.
    assert_eq!(count(&r.facets.origin, "bundled"), Some((2, false)));
    assert_eq!(count(&r.facets.origin, "added"), Some((1, true)));
    // Other facets see the origin filter.
    assert_eq!(count(&r.facets.lang, "fr"), Some((0, false)));
    assert_eq!(count(&r.facets.topic, "defense"), Some((1, false)));
    // Only a-en (2024) is counted in the histogram: b-en (2023) is bundled.
    assert!(r
        .facets
        .histogram
        .bins
        .iter()
        .all(|b| b.count == 0 || b.label.starts_with("2024")));
}

#[test]
fn a_bundled_only_corpus_lists_only_bundled_unless_added_is_selected() {
    let mut c = mixed();
    c.articles.retain(|a| a.origin == Origin::Bundled);
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::default());
    let values: Vec<&str> = r.facets.origin.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["bundled"]);
    let r = engine.run(&ViewState::parse("origin=added").0);
    assert_eq!(r.total, 0);
    assert_eq!(count(&r.facets.origin, "added"), Some((0, true)));
    assert_eq!(count(&r.facets.origin, "bundled"), Some((2, false)));
}

#[test]
fn the_index_keeps_each_articles_origin() {
    let c = mixed();
    let index = Index::build(&c);
    let origins: Vec<Origin> = index.docs.iter().map(|d| d.origin).collect();
    let want: Vec<Origin> = c.articles.iter().map(|a| a.origin).collect();
    assert_eq!(origins, want);
    assert_eq!(Index::from_bytes(&index.to_bytes()).unwrap(), index);
}
