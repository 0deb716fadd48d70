//! Property tests of the engine: filters and facet counts against brute force,
//! single words against their stems.

use super::tests::{art, corpus};
use super::*;
use crate::model::{Article, Corpus, Origin, PartialDate};
use crate::view::ViewState;
use proptest::prelude::*;

fn small_corpus_strategy() -> impl Strategy<Value = Corpus> {
    let vocab = [
        "gas",
        "army",
        "gaz",
        "armée",
        "газ",
        "армия",
        "غاز",
        "جيش",
        "the",
        "le",
        "Chengriha",
        "شنقريحة",
    ];
    let article = (
        any::<bool>(),
        0usize..4,
        proptest::option::of((2019i32..2024, 0u8..=12, 0u8..=28)),
        proptest::collection::vec(0usize..4, 0..3),
        proptest::collection::vec(0usize..vocab.len(), 1..8),
    );
    proptest::collection::vec(article, 0..25).prop_map(move |arts| {
        let langs = ["en", "fr", "ru", "ar"];
        let topics = ["energy", "defense", "history", "economy"];
        corpus(
            arts.into_iter()
                .enumerate()
                .map(|(i, (added, l, date, tps, words))| {
                    let date = date.map(|(y, m, d)| match (m, d) {
                        (0, _) => PartialDate::year(y),
                        (m, 0) => PartialDate::month(y, m).unwrap(),
                        (m, d) => PartialDate::day(y, m, d).unwrap(),
                    });
                    let mut a = art(
                        &format!("d{i:02}"),
                        langs[l],
                        None,
                        &tps.iter().map(|&t| topics[t]).collect::<Vec<_>>(),
                        "",
                        &words.iter().map(|&w| vocab[w]).collect::<Vec<_>>().join(" "),
                    );
                    a.date = date;
                    if added {
                        a.origin = Origin::Added;
                    }
                    a
                })
                .collect(),
        )
    })
}

fn state_strategy() -> impl Strategy<Value = ViewState> {
    let qs = [
        "",
        "gas",
        "gaz -army",
        "\"gas army\"",
        "ga*",
        "Chengriha",
        "the",
        "-غاز",
        "армия",
    ];
    (
        0usize..qs.len(),
        proptest::collection::vec(prop_oneof![Just("en"), Just("fr"), Just("ru"), Just("ar")], 0..3),
        proptest::collection::vec(
            prop_oneof![Just("energy"), Just("defense"), Just("history")],
            0..3,
        ),
        proptest::option::of((2018i32..2025, 0u8..=12)),
        proptest::option::of((2018i32..2025, 0u8..=12)),
        any::<bool>(),
        proptest::sample::subsequence(Origin::ALL.to_vec(), 0..=2),
    )
        .prop_map(move |(q, lang, topic, from, to, undated, origins)| {
            let date = |(y, m): (i32, u8)| {
                if m == 0 {
                    PartialDate::year(y)
                } else {
                    PartialDate::month(y, m).unwrap()
                }
            };
            let mut st = ViewState {
                q: qs[q].to_string(),
                undated,
                ..Default::default()
            };
            for l in lang {
                if !st.lang.iter().any(|x| x == l) {
                    st.toggle_lang(l);
                }
            }
            for t in topic {
                if !st.topic.iter().any(|x| x == t) {
                    st.toggle_topic(t);
                }
            }
            for o in origins.into_iter().rev() {
                st.toggle_origin(o);
            }
            st.from = from.map(date);
            st.to = to.map(date);
            st
        })
}

/// Independent filter predicates (the spec, written plainly).
fn in_lang(a: &Article, st: &ViewState) -> bool {
    st.lang.is_empty() || st.lang.contains(&a.lang)
}
fn in_topic(a: &Article, st: &ViewState) -> bool {
    st.topic.is_empty() || a.topics.iter().any(|t| st.topic.contains(&t.slug))
}
fn in_origin(a: &Article, st: &ViewState) -> bool {
    st.origin.is_empty() || st.origin.contains(&a.origin)
}
fn in_dates(a: &Article, st: &ViewState) -> bool {
    if st.from.is_none() && st.to.is_none() {
        return true;
    }
    match a.date {
        None => st.undated,
        Some(d) => {
            st.from.is_none_or(|f| d.last_day() >= f.first_day())
                && st.to.is_none_or(|t| d.first_day() <= t.last_day())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn facets_and_filters_match_brute_force(c in small_corpus_strategy(), st in state_strategy()) {
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        // The query alone (no filters) gives the candidate set.
        let only_q = ViewState { q: st.q.clone(), ..Default::default() };
        let cand: Vec<usize> = engine.run_page(&only_q, 0, usize::MAX).hits.iter().map(|h| h.doc).collect();
        let r = engine.run_page(&st, 0, usize::MAX);
        let arts = |f: &dyn Fn(&Article) -> bool| cand.iter().filter(|&&d| f(&c.articles[d])).count();
        // Results: exactly the candidates passing every filter.
        let mut got: Vec<usize> = r.hits.iter().map(|h| h.doc).collect();
        got.sort();
        let mut want: Vec<usize> = cand.iter().copied()
            .filter(|&d| { let a = &c.articles[d]; in_lang(a, &st) && in_topic(a, &st) && in_origin(a, &st) && in_dates(a, &st) })
            .collect();
        want.sort();
        prop_assert_eq!(&got, &want);
        prop_assert_eq!(r.total, want.len());
        for f in &r.facets.lang {
            let n = arts(&|a| a.lang == f.value && in_topic(a, &st) && in_origin(a, &st) && in_dates(a, &st));
            prop_assert_eq!(f.count, n, "lang {}", f.value);
            prop_assert_eq!(f.active, st.lang.contains(&f.value));
        }
        for f in &r.facets.topic {
            let n = arts(&|a| a.topics.iter().any(|t| t.slug == f.value) && in_lang(a, &st) && in_origin(a, &st) && in_dates(a, &st));
            prop_assert_eq!(f.count, n, "topic {}", f.value);
        }
        for o in Origin::ALL {
            // Listed when the corpus has an article of it or it is selected.
            let listed = r.facets.origin.iter().find(|f| f.value == o.as_str());
            let exists = c.articles.iter().any(|a| a.origin == o);
            prop_assert_eq!(listed.is_some(), exists || st.origin.contains(&o), "origin {:?}", o);
            if let Some(f) = listed {
                let n = arts(&|a| a.origin == o && in_lang(a, &st) && in_topic(a, &st) && in_dates(a, &st));
                prop_assert_eq!(f.count, n, "origin {:?}", o);
                prop_assert_eq!(f.active, st.origin.contains(&o));
            }
        }
        prop_assert_eq!(r.facets.undated, arts(&|a| a.date.is_none() && in_lang(a, &st) && in_topic(a, &st) && in_origin(a, &st)));
        for b in &r.facets.histogram.bins {
            let n = arts(&|a| a.date.is_some_and(|d| d.first_day() <= b.to.last_day() && d.last_day() >= b.from.first_day())
                && in_lang(a, &st) && in_topic(a, &st) && in_origin(a, &st));
            prop_assert_eq!(b.count, n, "bin {}", &b.label);
        }
    }

    #[test]
    fn single_word_queries_match_brute_force(c in small_corpus_strategy(), w in 0usize..6) {
        // A word matches an article when some token of it has the same stem in
        // the article's language (or the word is a stop word there).
        let words = ["gas", "gaz", "армия", "غاز", "army", "جيش"];
        let word = words[w];
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        let r = engine.run_page(&ViewState { q: word.into(), ..Default::default() }, 0, usize::MAX);
        let mut got: Vec<usize> = r.hits.iter().map(|h| h.doc).collect();
        got.sort();
        let fw = crate::text::fold(word);
        let want: Vec<usize> = c.articles.iter().enumerate().filter(|(_, a)| {
            crate::text::is_stop_word(&fw, &a.lang)
                || crate::text::analyze(&a.body, &a.lang).iter().any(|t| t.term == crate::text::stem(&fw, &a.lang))
        }).map(|(i, _)| i).collect();
        prop_assert_eq!(got, want);
    }
}
