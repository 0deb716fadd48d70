use super::*;
use crate::model::{Article, Corpus, EntityInfo, Origin, PartialDate, TopicScore};
use crate::view::{Sort, ViewState};

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

fn sample() -> Corpus {
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

fn ids(c: &Corpus, q: &str) -> Vec<String> {
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

fn q(s: &str) -> String {
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
    assert_eq!(ids(&c, &q("\"وزير الدفاع\"")), Vec::<String>::new()); // text has بوزير
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

#[test]
fn related_articles_share_terms_or_entities() {
    let c = sample();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let rel = engine.related("en2", 3);
    let rel_ids: Vec<&str> = rel.iter().map(|r| r.id.as_str()).collect();
    // The other Chanegriha articles, in other languages, through the entity.
    for id in ["fr2", "ru1", "ar1"] {
        assert!(rel_ids.contains(&id), "{rel_ids:?}");
    }
    assert!(rel
        .iter()
        .all(|r| r.score > 0.0 && r.score <= 1.0 && r.id != "en2"));
    assert!(engine.related("nope", 3).is_empty());
    let r = engine.related("fr1", 1);
    assert_eq!(r.len(), 1);
}

#[test]
fn index_round_trips_and_reports_its_size() {
    let c = bench_corpus(1000, 7);
    let index = Index::build(&c);
    let bytes = index.to_bytes();
    let back = Index::from_bytes(&bytes).unwrap();
    assert_eq!(back, index);
    let body_bytes: usize = c.articles.iter().map(|a| a.body.len() + a.title.len()).sum();
    eprintln!(
        "index: {} bytes per 1000 synthetic articles ({} terms, {} blocks; text {} bytes)",
        bytes.len(),
        index.term_count(),
        index.blocks.len(),
        body_bytes
    );
    // Compact: well under the text it indexes.
    assert!(bytes.len() < body_bytes / 2, "{} vs {}", bytes.len(), body_bytes);
    // Same results from the deserialised index.
    let st = ViewState::parse("q=gas%20Putin").0;
    assert_eq!(Engine::new(&c, &index).run(&st), Engine::new(&c, &back).run(&st));
    assert!(Index::from_bytes(&bytes[..bytes.len() / 2]).is_err());
}

#[test]
fn term_lookup_spans_blocks() {
    let body: String = (0..3000).map(|i| format!("w{i} ")).collect();
    let c = corpus(vec![art("a", "xx", None, &[], "", &body)]);
    let index = Index::build(&c);
    assert!(index.blocks.len() >= 3);
    for i in [0, 1023, 1024, 2999] {
        let id = index.term_id(&format!("w{i}")).unwrap().unwrap();
        assert_eq!(index.term(id).unwrap(), format!("w{i}"));
    }
    assert_eq!(index.term_id("zzz"), Ok(None));
    assert_eq!(index.term_id(""), Ok(None));
}

#[test]
fn empty_corpus_and_odd_queries_do_not_panic() {
    let c = Corpus::default();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    for s in ["", "q=gas", "q=-x", "q=%22", "q=*", "from=2020&undated=1"] {
        let r = engine.run(&ViewState::parse(s).0);
        assert_eq!(r.total, 0);
    }
}

#[test]
fn fuzz_smoke_20k() {
    let stats = fuzz_smoke(20_000, 42);
    assert_eq!(stats.iterations, 20_000);
    assert!(stats.nonempty > 1000, "{stats:?}");
    assert!(stats.notices > 100, "{stats:?}");
    assert!(stats.query_problems > 20, "{stats:?}");
}
