//! Engine tests on a small hand-written corpus: matching by stem, phrases,
//! prefixes, exclusions, entity aliases, snippets and ranking; the corpus
//! helpers other test files share.

use super::*;
use crate::model::{Article, Corpus, EntityInfo, Origin, PartialDate, TopicScore};
use crate::view::ViewState;

/// A terse article: `art("id", "en", Some("2023-02"), &["energy"], "Title", "Body")`.
pub(super) fn art(
    id: &str,
    lang: &str,
    date: Option<&str>,
    topics: &[&str],
    title: &str,
    body: &str,
) -> Article {
    Article {
        id: id.into(),
        title: title.into(),
        lang: lang.into(),
        lang_confidence: 1.0,
        date: date.map(|d| PartialDate::parse(d).unwrap()),
        date_basis: None,
        source: None,
        author: None,
        place: None,
        url: None,
        captions: vec![],
        topics: topics
            .iter()
            .map(|s| TopicScore {
                slug: s.to_string(),
                score: 1.0,
            })
            .collect(),
        entities: vec![],
        duplicate_of: None,
        body: body.into(),
        original: body.into(),
        words: body.split_whitespace().count() as u32,
        warnings: vec![],
        origin: Origin::Bundled,
    }
}

pub(super) fn corpus(articles: Vec<Article>) -> Corpus {
    Corpus {
        stories: Default::default(),
        articles,
        topics: vec![],
        entities: vec![EntityInfo {
            name: "Saïd Chanegriha".into(),
            kind: "person".into(),
            aliases: vec![
                "Chanegriha".into(),
                "Chengriha".into(),
                "Шанегриха".into(),
                "شنقريحة".into(),
            ],
        }],
    }
}

pub(super) fn sample() -> Corpus {
    corpus(vec![
        art(
            "en1",
            "en",
            Some("2023-02-14"),
            &["energy"],
            "Gas exports to Europe",
            "Algeria signed new gas agreements. The pipeline exports grew.",
        ),
        art(
            "en2",
            "en",
            Some("2023"),
            &["defense"],
            "Army chief visits Moscow",
            "General Chanegriha met Russian officials about weapons and the Wagner group.",
        ),
        art(
            "fr1",
            "fr",
            Some("2023-02"),
            &["energy", "economy"],
            "L'Algérie et le gaz",
            "Les exportations de gaz de l'Algérie augmentent grâce au gazoduc.",
        ),
        art(
            "fr2",
            "fr",
            None,
            &["diplomacy"],
            "Visite à Moscou",
            "Le général Chengriha s'est rendu à Moscou aujourd'hui.",
        ),
        art(
            "ru1",
            "ru",
            Some("2022-11-03"),
            &["defense"],
            "Визит в Алжир",
            "Генерал Шанегриха обсудил сотрудничество армий России и Алжира.",
        ),
        art(
            "ar1",
            "ar",
            Some("2024-01"),
            &["defense", "diplomacy"],
            "زيارة إلى موسكو",
            "التقى الفريق شنقريحة بوزير الدفاع الروسي لبحث التعاون العسكري.",
        ),
        art(
            "ar2",
            "ar",
            Some("2021"),
            &["energy"],
            "الغاز الجزائري",
            "صادرات الغاز الجزائري إلى أوروبا ارتفعت هذا العام.",
        ),
    ])
}

pub(super) fn ids(c: &Corpus, q: &str) -> Vec<String> {
    let index = Index::build(c);
    let engine = Engine::new(c, &index);
    let (st, n) = ViewState::parse(q);
    assert!(n.is_empty(), "{n:?}");
    let mut v: Vec<String> = engine
        .run_page(&st, 0, usize::MAX)
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect();
    v.sort();
    v
}

pub(super) fn q(s: &str) -> String {
    format!("q={}", crate::view::encode(s))
}

#[test]
fn words_match_by_stem_in_each_language() {
    let c = sample();
    assert_eq!(ids(&c, &q("pipelines")), vec!["en1"]);
    assert_eq!(ids(&c, &q("gazoducs")), vec!["fr1"]);
    // A query has no language: a cognate stems alike in English and French.
    assert_eq!(ids(&c, &q("export")), vec!["en1", "fr1"]);
    assert_eq!(ids(&c, &q("exportation")), vec!["en1", "fr1"]);
    assert_eq!(ids(&c, &q("Алжиру")), vec!["ru1"]); // another case of Алжир
    assert_eq!(ids(&c, &q("غاز")), vec!["ar2"]); // الغاز with the article
    assert_eq!(ids(&c, &q("gas")), vec!["en1"]);
    assert_eq!(ids(&c, &q("gaz")), vec!["fr1"]);
}

#[test]
fn words_are_anded_and_accents_fold() {
    let c = sample();
    assert_eq!(ids(&c, &q("gas pipeline")), vec!["en1"]);
    assert_eq!(ids(&c, &q("gas moscow")), Vec::<String>::new());
    assert_eq!(ids(&c, &q("ALGERIE gazoduc")), vec!["fr1"]);
}

#[test]
fn stop_words_of_an_article_language_do_not_exclude_it() {
    let c = sample();
    // "the" is an English stop word: English gas articles still match.
    assert_eq!(ids(&c, &q("the gas")), vec!["en1"]);
    // "le" is a French stop word.
    assert_eq!(ids(&c, &q("le gaz")), vec!["fr1"]);
}

#[test]
fn phrases_are_exact_and_consecutive() {
    let c = sample();
    assert_eq!(ids(&c, &q("\"gas agreements\"")), vec!["en1"]);
    assert!(ids(&c, &q("\"agreements gas\"")).is_empty());
    assert_eq!(ids(&c, &q("\"de l'Algérie\"")), vec!["fr1"]);
    assert_eq!(ids(&c, &q("\"армий России\"")), vec!["ru1"]);
    // The text has بوزير: the same word with a preposition, as Arabic writes it.
    assert_eq!(ids(&c, &q("\"وزير الدفاع\"")), vec!["ar1"]);
    assert!(ids(&c, &q("\"الدفاع وزير\"")).is_empty());
    assert_eq!(ids(&c, &q("\"الدفاع الروسي\"")), vec!["ar1"]);
    // A hyphenated chunk is a phrase.
    assert!(ids(&c, &q("gas-pipeline")).is_empty());
}

#[test]
fn prefixes_match_any_word_start() {
    let c = sample();
    assert_eq!(ids(&c, &q("gazo*")), vec!["fr1"]);
    assert_eq!(ids(&c, &q("pipe*")), vec!["en1"]);
    assert_eq!(ids(&c, &q("сотруд*")), vec!["ru1"]);
    assert_eq!(ids(&c, &q("صادر*")), vec!["ar2"]);
}

#[test]
fn exclusions_remove_articles() {
    let c = sample();
    assert_eq!(ids(&c, &q("gas -pipeline")), Vec::<String>::new());
    assert_eq!(ids(&c, &q("-gaz -gas -غاز")).len(), 4);
    assert_eq!(ids(&c, &q("moscou -\"s'est rendu\"")), Vec::<String>::new());
    assert_eq!(ids(&c, &q("-gazo*")).len(), 6);
}

#[test]
fn entity_aliases_find_every_spelling_and_script() {
    let c = sample();
    let all = vec!["ar1", "en2", "fr2", "ru1"];
    assert_eq!(ids(&c, &q("Chengriha")), all);
    assert_eq!(ids(&c, &q("chanegriha")), all);
    assert_eq!(ids(&c, &q("شنقريحة")), all);
    assert_eq!(ids(&c, &q("Шанегриха")), all);
    assert_eq!(ids(&c, &q("\"Saïd Chanegriha\"")), all);
    assert_eq!(ids(&c, &q("Chengriha moscou")), vec!["fr2"]);
    assert_eq!(ids(&c, &q("-Chengriha")), vec!["ar2", "en1", "fr1"]);
}

#[test]
fn snippets_highlight_matches_in_every_script() {
    let c = sample();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    for (query, expect) in [
        (
            "Chengriha",
            vec!["Chanegriha", "Chengriha", "Шанегриха", "شنقريحة"],
        ),
        ("exportation", vec!["exportations", "exports"]),
        ("\"gas agreements\"", vec!["gas agreements"]),
    ] {
        let st = ViewState::parse(&q(query)).0;
        let r = engine.run(&st);
        let mut seen: Vec<&str> = Vec::new();
        for h in &r.hits {
            for &(s, e) in &h.snippet.highlights {
                seen.push(&h.snippet.text[s..e]);
            }
        }
        seen.sort();
        let mut expect = expect;
        expect.sort();
        assert_eq!(seen, expect, "{query}");
    }
    let st = ViewState::parse(&q("gas")).0;
    let r = engine.run(&st);
    let h = &r.hits[0];
    let a = &c.articles[h.doc];
    assert_eq!(
        h.title_highlights
            .iter()
            .map(|&(s, e)| &a.title[s..e])
            .collect::<Vec<_>>(),
        vec!["Gas"]
    );
}

#[test]
fn long_bodies_get_a_cut_window_around_the_match() {
    let filler = "lorem ipsum dolor sit amet ".repeat(40);
    let body = format!("{filler}the needle is here {filler}");
    let c = corpus(vec![art("a", "en", None, &[], "t", &body)]);
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::parse("q=needle").0);
    let s = &r.hits[0].snippet;
    assert!(s.text.starts_with("… ") && s.text.ends_with(" …"), "{}", s.text);
    assert!(s.text.len() <= SNIPPET_BYTES + 10);
    assert_eq!(s.highlights.len(), 1);
    assert_eq!(&s.text[s.highlights[0].0..s.highlights[0].1], "needle");
}

#[test]
fn title_matches_rank_above_body_matches() {
    let c = corpus(vec![
        art(
            "a",
            "en",
            None,
            &[],
            "Weather report",
            "A long text that mentions gas once among many other words here.",
        ),
        art(
            "b",
            "en",
            None,
            &[],
            "Gas deal",
            "A long text about a deal among many other words here and there.",
        ),
    ]);
    assert_eq!(
        Engine::new(&c, &Index::build(&c))
            .run(&ViewState::parse("q=gas").0)
            .hits[0]
            .id,
        "b"
    );
}
