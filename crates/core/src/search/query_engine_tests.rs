//! The query language against the engine on a four-language news corpus: `OR`
//! equals the union of its sides (and binds tighter than AND), `title:` and
//! `source:` equal a scan of titles and sources, problems reach the results,
//! the unfiltered count, and the reader's marks.

use super::query_corpus::news;
use super::typing_tests::{ids, search};
use super::{Engine, Index, QueryProblem};
use crate::text::{fold, is_stop_word, stem, tokenize};
use crate::view::ViewState;
use std::collections::BTreeSet;

fn set(v: &[&str]) -> BTreeSet<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn or_is_the_union_of_its_sides_and_binds_tighter_than_and() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let got = |q: &str| ids(&search(&engine, q));
    for (a, b) in [
        ("gas", "oil"),
        ("\"gas partnership\"", "pipeline"),
        ("pétrole", "réserves"),
        ("الغاز", "فاغنر"),
        ("нефть", "Вагнера"),
        ("Wagner", "Lavrov"),
        ("gasol*", "Известия"),
    ] {
        let union: BTreeSet<String> = got(&format!("{a} "))
            .union(&got(&format!("{b} ")))
            .cloned()
            .collect();
        assert!(!union.is_empty(), "{a} {b}");
        assert_eq!(got(&format!("{a} OR {b} ")), union, "{a} OR {b}");
        // With a word before: that word AND (a OR b).
        for before in ["Algeria", "Алжир", "الجزائر", "Mali"] {
            let want: BTreeSet<String> = got(&format!("{before} ")).intersection(&union).cloned().collect();
            assert_eq!(got(&format!("{before} {a} OR {b} ")), want, "{before} {a} OR {b}");
        }
    }
    assert_eq!(got("gas OR oil "), set(&["en1", "en3"]));
    // Three alternatives, across scripts.
    assert_eq!(
        got("gaz OR газа OR الغاز "),
        set(&["fr1", "fr3", "ru1", "ru3", "ar1"])
    );
    // Lower-case `or` is a word: French (gold), found in fr3 and no other
    // French article; an English stop word, which every English article has.
    assert_eq!(got("or "), set(&["en1", "en2", "en3", "en4", "fr3"]));
    // An article in both sides scores above one in a single side.
    let r = search(&engine, "gas OR oil ");
    let score = |id: &str| r.hits.iter().find(|h| h.id == id).unwrap().score;
    assert!(score("en1") > 0.0 && score("en3") > 0.0);
    // Excluding an alternative set removes all of it.
    assert_eq!(
        got("Algeria -gas "),
        got("Algeria ").difference(&got("gas ")).cloned().collect()
    );
}

/// Articles whose title has a word with the stem of `w` in their language.
fn title_scan(corpus: &crate::model::Corpus, w: &str) -> BTreeSet<String> {
    let w = fold(w);
    corpus
        .articles
        .iter()
        .filter(|a| {
            !is_stop_word(&w, &a.lang)
                && tokenize(&a.title)
                    .iter()
                    .any(|t| !is_stop_word(&t.term, &a.lang) && stem(&t.term, &a.lang) == stem(&w, &a.lang))
        })
        .map(|a| a.id.clone())
        .collect()
}

#[test]
fn title_matches_titles_only() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    for w in [
        "gas",
        "oil",
        "Wagner",
        "Mali",
        "partenariat",
        "réserves",
        "الغاز",
        "مالي",
        "Лавров",
        "газ",
        "Алжир",
    ] {
        let want = title_scan(&corpus, w);
        assert!(!want.is_empty(), "{w}");
        assert_eq!(ids(&search(&engine, &format!("title:{w} "))), want, "title:{w}");
    }
    // `gas` is in en3's body but not its title.
    assert!(ids(&search(&engine, "gas ")).contains("en3"));
    assert!(!ids(&search(&engine, "title:gas ")).contains("en3"));
    // A phrase in the title, not one in the body only.
    assert_eq!(ids(&search(&engine, "title:\"gas partnership\" ")), set(&["en1"]));
    assert!(ids(&search(&engine, "title:\"oil exploration\" ")).is_empty());
    assert_eq!(ids(&search(&engine, "\"oil exploration\" ")), set(&["en1"]));
    // Prefixes and the word being typed, in titles.
    assert_eq!(ids(&search(&engine, "title:gasol* ")), set(&["en4"]));
    assert_eq!(ids(&search(&engine, "title:Лавр")), set(&["ru1"]));
    // Title matches are highlighted in the title, not in the snippet.
    let r = search(&engine, "title:gas ");
    let hit = &r.hits[0];
    assert_eq!(hit.id, "en1");
    assert_eq!(hit.title_highlights.len(), 1);
    assert!(hit.snippet.highlights.is_empty());
}

#[test]
fn source_matches_the_outlet_folded() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let got = |q: &str| ids(&search(&engine, q));
    assert_eq!(got("source:reuters "), set(&["en1", "en3"]));
    assert_eq!(got("source:\"The New Arab\" "), set(&["en2"]));
    assert_eq!(got("source:\"the new arab\" "), set(&["en2"]));
    assert_eq!(got("source:rfi "), set(&["fr2"]));
    assert_eq!(got("source:\"tsa algerie\" "), set(&["fr3"]));
    assert_eq!(got("source:ALGÉRIE "), set(&["fr3", "en4"]));
    assert_eq!(got("source:الشروق "), set(&["ar1"]));
    assert_eq!(got("source:тасс "), set(&["ru1"]));
    // The last word as a prefix: `source:rf` while typing, `source:"new ar"`.
    assert_eq!(got("source:rf"), set(&["fr2"]));
    assert_eq!(got("source:\"new ar\" "), set(&["en2"]));
    // Combined with words, OR and exclusion.
    assert_eq!(got("gas source:reuters "), set(&["en1", "en3"]));
    assert_eq!(got("Wagner source:rfi OR source:тасс "), set(&["fr2"]));
    assert_eq!(got("gas -source:reuters "), set(&[]));
    assert_eq!(got("Wagner -source:rfi "), set(&["en2", "ar2", "ru2"]));
    // A source that matches nothing gives nothing, not everything.
    assert!(got("source:bbc ").is_empty());
    // `source:` alone ranks nothing: newest first.
    let r = search(&engine, "source:reuters ");
    assert_eq!(r.sort, crate::view::Sort::Newest);
    assert_eq!(r.hits[0].id, "en3");
}

#[test]
fn problems_reach_the_results_and_nothing_is_dropped_silently() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let r = search(&engine, "author:Dupont gaz ");
    assert_eq!(
        r.query_problems,
        vec![QueryProblem::UnknownField {
            field: "author".into()
        }]
    );
    let r = search(&engine, "gas OR ");
    assert_eq!(r.total, search(&engine, "gas ").total);
    assert_eq!(
        r.query_problems,
        vec![QueryProblem::DanglingOperator {
            operator: "OR".into()
        }]
    );
    let r = search(&engine, "(gas OR oil) Algeria ");
    assert_eq!(r.query_problems, vec![QueryProblem::Parentheses]);
    assert_eq!(ids(&r), ids(&search(&engine, "Algeria gas OR oil ")));
    assert!(search(&engine, "gas OR oil ").query_problems.is_empty());
}

#[test]
fn the_unfiltered_count_says_what_filters_hide() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let run = |qs: &str| engine.run(&ViewState::parse(qs).0);
    let r = run("q=Wagner%20&lang=fr");
    assert_eq!((r.total, r.unfiltered_total), (1, 4));
    let r = run("q=gasoline%20&lang=fr,ru");
    assert_eq!((r.total, r.unfiltered_total), (0, 1));
    let r = run("q=Tebboune%20&from=2024");
    assert_eq!((r.total, r.unfiltered_total), (0, 4));
    // Without filters they agree; without a query, every article.
    let r = run("q=Lavr");
    assert_eq!(r.total, r.unfiltered_total);
    assert_eq!(run("lang=ar").unfiltered_total, corpus.articles.len());
    // The per-language counts of the zero-result view are the disjunctive
    // facet counts: each language as if it alone were selected.
    let r = run("q=gasoline%20&lang=fr,ru");
    let en = r.facets.lang.iter().find(|f| f.value == "en").unwrap();
    assert_eq!(en.count, 1);
}

#[test]
fn the_reader_marks_what_the_query_matched() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let doc = |id: &str| corpus.articles.iter().position(|a| a.id == id).unwrap();
    let marked = |q: &str, id: &str| -> (Vec<String>, Vec<String>) {
        let a = &corpus.articles[doc(id)];
        let m = engine.article_marks(q, doc(id)).unwrap();
        (
            m.title.iter().map(|&(s, e)| a.title[s..e].to_string()).collect(),
            m.body.iter().map(|&(s, e)| a.body[s..e].to_string()).collect(),
        )
    };
    // A typed entity prefix marks the alias in the article's script.
    assert_eq!(marked("Tebbou", "ru1").1, vec!["Теббун"]);
    assert_eq!(marked("Tebbou", "ar1").1, vec!["عبد المجيد تبون"]);
    assert_eq!(marked("Tebbou", "en1").1, vec!["Abdelmadjid Tebboune"]);
    // Words by stem, OR alternatives, prefixes while typing.
    assert_eq!(marked("gas OR oil ", "en3").1, vec!["oil", "gas"]);
    assert_eq!(marked("gas OR oil ", "en3").0, vec!["Oil"]);
    assert_eq!(marked("газ", "ru2").1, vec!["газета"]);
    assert_eq!(marked("\"гр Вагнера\" покинули ", "ru2").1, vec!["покинули"]);
    // `title:` marks the title only; excluded words and `source:` nothing.
    assert_eq!(marked("title:gas ", "en1"), (vec!["gas".to_string()], vec![]));
    assert_eq!(marked("-gas source:reuters ", "en1"), (vec![], vec![]));
}

#[test]
fn snippets_mark_the_close_spelling_a_misspelt_word_matched() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    for (typed, want) in [("Tebbune ", "Tebboune"), ("Sonatrak ", "Sonatrach")] {
        let r = search(&engine, typed);
        assert_eq!(r.corrections.len(), 1, "{typed}");
        let marked: Vec<&str> = r
            .hits
            .iter()
            .flat_map(|h| h.snippet.highlights.iter().map(|&(s, e)| &h.snippet.text[s..e]))
            .collect();
        assert!(marked.contains(&want), "{typed}: {marked:?}");
    }
}
