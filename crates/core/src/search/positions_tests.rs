//! Phrases matched on token positions in the index, in four languages, on
//! text written for these tests: stems at consecutive positions, a stop word
//! standing for any word, never across the title and the body.

use super::tests::{art, corpus};
use super::{Engine, Index};
use crate::model::Corpus;
use crate::view::ViewState;

fn ids(c: &Corpus, q: &str) -> Vec<String> {
    let index = Index::build(c);
    let state = ViewState {
        q: q.into(),
        ..ViewState::default()
    };
    let mut out: Vec<String> = Engine::new(c, &index)
        .run_page(&state, 0, 100)
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    out.sort();
    out
}

fn texts() -> Corpus {
    corpus(vec![
        art(
            "en1",
            "en",
            None,
            &[],
            "Energy talks",
            "The foreign ministers met in Algiers on Monday.",
        ),
        art(
            "en2",
            "en",
            None,
            &[],
            "Ministers abroad",
            "Foreign trade grew while the minister stayed home.",
        ),
        art(
            "en3",
            "en",
            None,
            &[],
            "Talks on gas",
            "Agreements were signed for the pipeline.",
        ),
        art(
            "fr1",
            "fr",
            None,
            &[],
            "Défense",
            "Le ministre de la Défense est arrivé à Moscou.",
        ),
        art(
            "fr2",
            "fr",
            None,
            &[],
            "Visite",
            "Le ministre russe de la Défense nationale a parlé.",
        ),
        art(
            "ru1",
            "ru",
            None,
            &[],
            "Визит",
            "Министра иностранных дел встретили в Алжире.",
        ),
        art(
            "ru2",
            "ru",
            None,
            &[],
            "Торговля",
            "Иностранных инвесторов принял министр.",
        ),
        art(
            "ar1",
            "ar",
            None,
            &[],
            "زيارة",
            "استقبل وزير الخارجية نظيره الروسي في الجزائر.",
        ),
        art("ar2", "ar", None, &[], "تجارة", "قال الوزير إن الخارجية لم ترد."),
    ])
}

#[test]
fn words_of_a_phrase_match_by_stem_at_consecutive_positions() {
    let c = texts();
    assert_eq!(ids(&c, "\"foreign minister\""), vec!["en1"]);
    assert_eq!(ids(&c, "\"minister foreign\""), Vec::<String>::new());
    assert_eq!(ids(&c, "\"министр иностранных дел\""), vec!["ru1"]);
    assert_eq!(ids(&c, "\"وزير الخارجية\""), vec!["ar1"]);
    // The words alone are in more articles.
    assert_eq!(ids(&c, "foreign minister"), vec!["en1", "en2"]);
}

#[test]
fn a_stop_word_of_the_phrase_holds_its_place() {
    let c = texts();
    assert_eq!(ids(&c, "\"ministre de la défense\""), vec!["fr1"]);
    // Two words apart is not consecutive, even with stop words left out.
    assert_eq!(ids(&c, "\"ministre défense\""), Vec::<String>::new());
}

#[test]
fn a_phrase_never_spans_the_title_and_the_body() {
    let c = texts();
    // en3: the title ends with "gas", the body starts with "Agreements".
    assert_eq!(ids(&c, "\"gas agreements\""), Vec::<String>::new());
    assert_eq!(ids(&c, "\"talks on gas\""), vec!["en3"]);
    // Not even through a stop word that would stand between them, nor one
    // before the body's first word or after the title's last.
    assert_eq!(ids(&c, "\"gas for agreements\""), Vec::<String>::new());
    assert_eq!(ids(&c, "\"the agreements\""), vec!["en3"]);
    assert_eq!(ids(&c, "\"gas the\""), vec!["en3"]);
}

#[test]
fn stop_words_alone_mark_nothing() {
    let c = texts();
    let index = Index::build(&c);
    let state = ViewState {
        q: "\"of the\"".into(),
        ..ViewState::default()
    };
    let r = Engine::new(&c, &index).run_page(&state, 0, 100);
    assert!(r.total >= 3, "{}", r.total);
    assert!(r
        .hits
        .iter()
        .all(|h| h.snippet.highlights.is_empty() && h.title_highlights.is_empty()));
}

#[test]
fn phrase_matches_are_highlighted_where_they_matched() {
    let c = texts();
    let index = Index::build(&c);
    let state = ViewState {
        q: "\"foreign minister\"".into(),
        ..ViewState::default()
    };
    let r = Engine::new(&c, &index).run(&state);
    let s = &r.hits[0].snippet;
    let marked: Vec<&str> = s.highlights.iter().map(|&(a, b)| &s.text[a..b]).collect();
    assert_eq!(marked, vec!["foreign ministers"]);
}

#[test]
fn a_prefix_finds_a_word_on_both_sides_of_a_word_block_boundary() {
    // 2047 words sort first; "presidents" then ends word block 0 with its
    // English stem and starts block 1 with its French one.
    let filler: String = (0..super::WORD_BLOCK_WORDS - 1)
        .map(|i| format!("a{i:05} "))
        .collect();
    let c = corpus(vec![
        art("en", "en", None, &[], "", &format!("{filler} presidents")),
        art("fr", "fr", None, &[], "", "présidents"),
    ]);
    let index = Index::build(&c);
    assert_eq!(index.word_starts.get(1).map(String::as_str), Some("presidents"));
    assert_eq!(index.prefix_terms("presidents", 10).unwrap().len(), 2);
    assert_eq!(ids(&c, "presidents*"), vec!["en", "fr"]);
}
