//! Search as you type on a four-language news corpus: every prefix of a word
//! typed letter by letter finds articles, every article with a word starting
//! with the prefix among them (checked by a scan of the texts), entity aliases
//! in every script, phrases typed inside an open quote, and exact matches
//! ranked above prefix-only ones.

use super::query_corpus::news;
use super::{Engine, Index, SearchResults};
use crate::model::Corpus;
use crate::text::{is_stop_word, tokenize};
use crate::view::ViewState;
use std::collections::BTreeSet;

pub(super) fn search(engine: &Engine<'_>, q: &str) -> SearchResults {
    let state = ViewState::parse(&format!("q={}", crate::view::encode(q))).0;
    engine.run_page(&state, 0, usize::MAX)
}

pub(super) fn ids(r: &SearchResults) -> BTreeSet<String> {
    r.hits.iter().map(|h| h.id.clone()).collect()
}

/// Articles with an indexed word (not a stop word of their language) that
/// starts with the folded `prefix`, by a scan of every title and body.
fn scan(corpus: &Corpus, prefix: &str) -> BTreeSet<String> {
    let prefix = crate::text::fold(prefix);
    corpus
        .articles
        .iter()
        .filter(|a| {
            [&a.title, &a.body].iter().any(|t| {
                tokenize(t)
                    .iter()
                    .any(|w| !is_stop_word(&w.term, &a.lang) && w.term.starts_with(prefix.as_str()))
            })
        })
        .map(|a| a.id.clone())
        .collect()
}

fn prefixes(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (1..=chars.len()).map(|k| chars[..k].iter().collect()).collect()
}

#[test]
fn every_prefix_typed_letter_by_letter_finds_articles() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let words = [
        "partnerships",
        "Gasoline",
        "énergétique",
        "réserves",
        "الجزائر",
        "اتفاقيات",
        "переговоры",
        "Известия",
        "Tebboune",
        "Lavrov",
        "Wagner",
    ];
    for word in words {
        assert!(search(&engine, &format!("{word} ")).total > 0, "{word}");
        for p in prefixes(word) {
            let r = search(&engine, &p);
            assert!(r.total > 0, "{p:?} (typing {word}) gave 0");
            if p.chars().count() >= 2 {
                let want = scan(&corpus, &p);
                let got = ids(&r);
                assert!(got.is_superset(&want), "{p:?}: {got:?} lacks some of {want:?}");
            }
        }
    }
    // With a word before it: the typed word narrows, never to nothing.
    for (before, word) in [
        ("Mali", "Wagner"),
        ("Алжир", "газа"),
        ("Alger", "Lavrov"),
        ("الجزائر", "الطاقة"),
    ] {
        for p in prefixes(word) {
            let q = format!("{before} {p}");
            assert!(search(&engine, &q).total > 0, "{q:?}");
        }
    }
}

#[test]
fn a_phrase_typed_letter_by_letter_keeps_its_final_articles() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    for phrase in ["Foreign Minister", "Министр иностранных", "وزير الخارجية"] {
        let done = ids(&search(&engine, &format!("\"{phrase}\"")));
        assert!(!done.is_empty(), "{phrase}");
        // While the quote is open, every prefix finds at least the articles
        // the finished phrase will: the list never passes through empty.
        for p in prefixes(phrase) {
            let typing = ids(&search(&engine, &format!("\"{p}")));
            assert!(
                typing.is_superset(&done),
                "\"{p}: {typing:?} lacks some of {done:?}"
            );
        }
    }
}

#[test]
fn a_one_letter_word_is_left_out_until_a_space_follows() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    // Alone: no query, every article.
    assert_eq!(search(&engine, "g").total, corpus.articles.len());
    // After a word: that word's results.
    assert_eq!(
        ids(&search(&engine, "Wagner g")),
        ids(&search(&engine, "Wagner "))
    );
    // Followed by a space it is a word as typed, found nowhere here.
    assert_eq!(search(&engine, "g ").total, 0);
}

#[test]
fn entity_aliases_match_as_typed_in_every_script() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    // The entity's articles in every script, whatever script is typed.
    for q in ["Tebbou", "Tebb", "Теббу", "تبو"] {
        assert_eq!(
            ids(&search(&engine, q)),
            set(&["en1", "fr1", "ar1", "ru1"]),
            "{q}"
        );
    }
    for q in ["Lavr", "Лавр", "لافرو"] {
        assert_eq!(
            ids(&search(&engine, q)),
            set(&["en1", "fr1", "ar1", "ru1"]),
            "{q}"
        );
    }
    for q in ["Wag", "Ваг", "فاغ"] {
        assert_eq!(
            ids(&search(&engine, q)),
            set(&["en2", "fr2", "ar2", "ru2"]),
            "{q}"
        );
    }
    // Finished and followed by a space: the same articles.
    assert_eq!(
        ids(&search(&engine, "Tebboune ")),
        set(&["en1", "fr1", "ar1", "ru1"])
    );
}

#[test]
fn exact_matches_rank_above_prefix_only_ones() {
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    // `gas` is a word of en1 and en3; en4 only has `gasoline`. `газ` (gas,
    // stemmed) is in ru1 and ru3; ru2 only has `газета` (newspaper).
    // `الغاز` is in ar1's title; no other Arabic word starts with it.
    for (typed, exact, prefix_only) in [
        ("gas", &["en1", "en3"][..], &["en4"][..]),
        ("газ", &["ru1", "ru3"][..], &["ru2"][..]),
        ("réserve", &["fr3"][..], &[][..]),
    ] {
        let r = search(&engine, typed);
        let order: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
        let pos = |id: &str| {
            order
                .iter()
                .position(|x| *x == id)
                .unwrap_or_else(|| panic!("{typed}: {id} missing in {order:?}"))
        };
        let last_exact = exact.iter().map(|id| pos(id)).max().unwrap();
        for id in prefix_only {
            assert!(pos(id) > last_exact, "{typed}: {order:?}");
            let score = r.hits[pos(id)].score;
            assert!(exact.iter().all(|e| r.hits[pos(e)].score > score), "{typed}");
        }
    }
    // Once the word is finished, prefix-only matches are gone.
    assert!(!ids(&search(&engine, "gas ")).contains("en4"));
    assert!(!ids(&search(&engine, "газ ")).contains("ru2"));
}

#[test]
fn a_shared_link_shows_what_the_sender_saw() {
    // Decided from the text alone: the same `q` gives the same results.
    let corpus = news();
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let a = search(&engine, "Mali Wag");
    let b = search(&engine, "Mali Wag");
    assert_eq!(a, b);
    assert_ne!(ids(&a), ids(&search(&engine, "Mali Wag ")));
}

#[test]
fn a_typed_entity_name_also_matches_as_a_prefix_ranked_below() {
    let mut corpus = news();
    corpus.articles.push(super::tests::art(
        "en5",
        "en",
        Some("2024-05-02"),
        &["culture"],
        "A Wagnerian evening at the Algiers opera",
        "The national orchestra staged a Wagnerian programme for a full house.",
    ));
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let r = search(&engine, "Wagner");
    let order: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
    // The entity's articles in every script first, then the prefix-only one.
    assert_eq!(order.len(), 5, "{order:?}");
    assert_eq!(order[4], "en5", "{order:?}");
    assert!(r.hits[3].score > r.hits[4].score);
    assert!(!ids(&search(&engine, "Wagner ")).contains("en5"));
}

#[test]
fn a_typed_word_that_starts_too_many_words_is_left_out_until_it_narrows() {
    use crate::search::MAX_TYPING_COMPLETIONS;
    // The news plus articles holding 676 words that start with `zq` (as the
    // Arabic article starts most Arabic words), 26 of them with `zqa`.
    let mut corpus = news();
    let letters: Vec<char> = ('a'..='z').collect();
    let words: Vec<String> = letters
        .iter()
        .flat_map(|a| letters.iter().map(move |b| format!("zq{a}{b}ol")))
        .collect();
    assert!(words.len() > MAX_TYPING_COMPLETIONS);
    for (k, chunk) in words.chunks(100).enumerate() {
        let mut a = corpus.articles[0].clone();
        a.id = format!("zq{k}");
        a.body = format!("Wagner convoys crossed the desert. {}", chunk.join(" "));
        corpus.articles.push(a);
    }
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    assert_eq!(index.starts_too_many("zq"), Some(true));
    assert_eq!(index.starts_too_many("zqa"), Some(false));
    // Left out, as a single letter is: the rest of the query's results.
    assert_eq!(search(&engine, "zq").total, corpus.articles.len());
    assert_eq!(
        ids(&search(&engine, "Wagner zq")),
        ids(&search(&engine, "Wagner "))
    );
    // A letter more narrows it: a prefix again, every article with such a word.
    let zqa = ids(&search(&engine, "zqa"));
    assert!(zqa.is_superset(&scan(&corpus, "zqa")) && !scan(&corpus, "zqa").is_empty());
    assert!(zqa.len() < corpus.articles.len());
    // Finished (a space follows), it is a word like any other: found nowhere.
    assert_eq!(search(&engine, "zq ").total, 0);

    // On a site, leaving it out fetches no term block for its completions.
    let split = crate::bundle::Bundle::new(corpus, Vec::new()).split();
    let first = crate::split_tests::fresh(&split);
    let state = ViewState::parse("q=zq").0;
    let (r, loaded) = crate::split_tests::run_lazily(&first, &split, &state);
    assert_eq!(r.total, first.index.docs.len());
    let terms = loaded
        .iter()
        .filter(|n| matches!(n, crate::search::Need::Terms(_)))
        .count();
    assert!(terms <= 1, "{loaded:?}");
}

#[test]
fn a_typed_word_whose_completions_are_spread_over_the_dictionary_waits_too() {
    use crate::search::MAX_TYPED_TERM_BLOCKS;
    // Arabic: 12,000 stems of three letters fill many term blocks; 60 words
    // with the article (`ال` + a stem) stem to terms all over them.
    let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهو".chars().collect();
    let mut stems = Vec::new();
    for a in &letters {
        for b in &letters {
            for c in &letters {
                stems.push(format!("{a}{b}{c}"));
            }
        }
    }
    stems.truncate(12_000);
    let mut corpus = news();
    let template = corpus.articles.iter().find(|a| a.lang == "ar").unwrap().clone();
    for (k, chunk) in stems.chunks(500).enumerate() {
        let mut a = template.clone();
        a.id = format!("ar-fill-{k}");
        a.title = "تقرير".into();
        let with_article: Vec<String> = chunk.iter().step_by(200).map(|s| format!("ال{s}")).collect();
        a.body = format!("{} {}", chunk.join(" "), with_article.join(" "));
        corpus.articles.push(a);
    }
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    assert!(
        index.blocks.len() > MAX_TYPED_TERM_BLOCKS,
        "{} blocks",
        index.blocks.len()
    );
    assert_eq!(index.starts_too_many("ال"), Some(true));
    assert_eq!(search(&engine, "ال").total, corpus.articles.len());
    // A letter more: its completions are a few neighbouring stems again.
    assert_eq!(index.starts_too_many("البت"), Some(false));
    let typed = ids(&search(&engine, "البت"));
    assert!(typed.is_superset(&scan(&corpus, "البت")) && typed.len() < corpus.articles.len());
}
