//! Typo tolerance as a reader meets it: misspelt words in four languages find
//! the articles and name the correction; exact matches come first; words with
//! enough matches, short words, stop words and quoted words stay as typed.

use super::tests::{art, corpus};
use super::typo_reports::reports;
use super::{Correction, Engine, Index, SearchResults};
use crate::model::Corpus;
use crate::view::ViewState;

fn search(corpus: &Corpus, q: &str) -> SearchResults {
    let index = Index::build(corpus);
    let engine = Engine::new(corpus, &index);
    let state = ViewState::parse(&format!("q={}", crate::view::encode(q))).0;
    engine.run_page(&state, 0, usize::MAX)
}

fn ids(r: &SearchResults) -> Vec<&str> {
    r.hits.iter().map(|h| h.id.as_str()).collect()
}

fn correction(typed: &str, corrected: &str, distance: u8) -> Vec<Correction> {
    vec![Correction {
        typed: typed.into(),
        corrected: corrected.into(),
        distance,
    }]
}

#[test]
fn misspelt_words_find_their_articles_in_every_script() {
    let c = reports();
    for (typed, corrected, want) in [
        ("Lavorv", "lavrov", &["en1", "en2"][..]),
        ("Tebbone", "tebboune", &["en1", "en3", "en4", "en5", "fr3"]),
        ("gazodcu", "gazoduc", &["fr1", "fr3"]),
        ("لافرف", "لافروف", &["ar2"]),
        ("ЛАВРОФ", "лавров", &["ru1", "ru2", "ru3"]),
        ("сотрудничесвто", "сотрудничество", &["ru1", "ru3"]),
    ] {
        let r = search(&c, typed);
        let mut got = ids(&r);
        got.sort_unstable();
        assert_eq!(got, want, "{typed}");
        let typed = crate::text::fold(typed);
        assert_eq!(r.corrections, correction(&typed, corrected, 1), "{typed}");
    }
    // `tebbone` is one edit from `tebboune` (four articles) and from the
    // misprint `tebbune` (one): both match, the more common one is named.
    // With another word, the corrected one narrows as the typed one would.
    let r = search(&c, "Lavorv Algiers");
    assert_eq!((ids(&r), r.corrections.len()), (vec!["en2"], 1));
}

#[test]
fn exact_matches_rank_above_close_spellings() {
    let r = search(&reports(), "tebbune");
    assert_eq!(r.corrections, correction("tebbune", "tebboune", 1));
    assert_eq!(r.total, 5);
    assert_eq!(r.hits[0].id, "en5", "the one article spelling it as typed");
    assert!(r.hits[1..].iter().all(|h| h.score < r.hits[0].score));
}

#[test]
fn only_words_with_few_matches_are_widened() {
    let a = |id: &str, body: &str| art(id, "en", Some("2024"), &[], "Report", body);
    let with = |putin: usize| {
        let mut v: Vec<_> = (0..putin).map(|i| a(&format!("u{i}"), "Putin spoke.")).collect();
        v.extend((0..5).map(|i| a(&format!("a{i}"), "Patin spoke.")));
        corpus(v)
    };
    // Three articles: a spelling the dossier uses, left alone.
    let r = search(&with(3), "putin");
    assert_eq!((r.total, r.corrections.len()), (3, 0));
    // Two: also its close spelling, in more articles.
    let r = search(&with(2), "putin");
    assert_eq!((r.total, r.corrections), (7, correction("putin", "patin", 1)));
    // The more common spelling is never widened to the rarer one.
    let r = search(&with(2), "patin");
    assert_eq!((r.total, r.corrections.len()), (5, 0));
}

#[test]
fn short_words_stop_words_and_quoted_words_stay_as_typed() {
    let mut v: Vec<_> = (0..4)
        .map(|i| art(&format!("e{i}"), "en", None, &[], "Gas", "Gas and Dant and Wish."))
        .collect();
    v.push(art("f", "fr", None, &[], "Gaz", "Le gaz dans le désert."));
    let c = corpus(v);
    // Three letters: `gaz` is a word of its own, never `gas`.
    assert_eq!(search(&c, "gaz").corrections, vec![]);
    assert_eq!(search(&c, "gsa").total, 0);
    // `dans` is a French stop word, never `dant`; `dano` is corrected.
    assert_eq!(search(&c, "dans").corrections, vec![]);
    assert_eq!(search(&c, "dano").corrections, correction("dano", "dant", 1));
    // `with` is an English stop word, never `wish`.
    assert_eq!(search(&c, "with").corrections, vec![]);
    // Quoted, a word is searched as typed.
    let r = search(&reports(), "\"tebbune\"");
    assert_eq!((ids(&r), r.corrections.len()), (vec!["en5"], 0));
    let r = search(&reports(), "\"lavorv\"");
    assert_eq!((r.total, r.corrections.len()), (0, 0));
}

#[test]
fn an_entity_alias_is_never_corrected() {
    // `Chengriha` is an alias of Saïd Chanegriha (see `corpus`): typed as
    // such it finds every article naming him, under any alias, with no
    // correction, though the spelling itself is in one article only.
    let visit = |id: &str, name: &str| art(id, "en", None, &[], "Visit", &format!("General {name} visited."));
    let mut v: Vec<_> = (0..4).map(|i| visit(&format!("c{i}"), "Chanegriha")).collect();
    v.push(visit("g", "Chengriha"));
    let r = search(&corpus(v), "Chengriha");
    assert_eq!((r.total, r.corrections.len()), (5, 0));
}

#[test]
fn a_word_of_one_language_is_not_corrected_to_a_close_word_of_another() {
    let en = |i: usize| {
        art(
            &format!("en{i}"),
            "en",
            None,
            &[],
            "Talks",
            "The foreign minister spoke in Algiers.",
        )
    };
    let fr = |i: usize, body: &str| art(&format!("fr{i}"), "fr", None, &[], "Entretiens", body);
    let mut v: Vec<_> = (0..5).map(en).collect();
    v.push(fr(0, "Le ministre des affaires étrangères a parlé à Alger."));
    let c = corpus(v.clone());
    // French `ministre`, in one French article: `minister` is English only.
    let r = search(&c, "ministre");
    assert_eq!((ids(&r), r.corrections.len()), (vec!["fr0"], 0));
    // A French article with the English spelling makes it a French spelling
    // too: the close spelling is searched, in every language.
    v.push(fr(1, "Le minister de l'énergie, selon une coquille."));
    let r = search(&corpus(v), "ministre");
    assert_eq!(
        (r.total, r.corrections),
        (7, correction("ministre", "minister", 1))
    );
    assert_eq!(r.hits[0].id, "fr0", "the spelling as typed first");
    // A word the dossier does not have has no language: widened to every
    // close spelling, as before.
    let r = search(&c, "ministir");
    assert_eq!(
        (r.total, r.corrections),
        (6, correction("ministir", "minister", 1))
    );
}
