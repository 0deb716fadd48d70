//! Engine tests of related articles, the index's bytes and blocks, odd input
//! (random queries: `cargo xtask fuzz`).

use super::tests::{art, corpus, sample};
use super::*;
use crate::model::Corpus;
use crate::synth::bench_corpus;
use crate::view::ViewState;

#[test]
fn related_articles_share_terms_or_entities() {
    let c = sample();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let rel = engine.related("en2", 3);
    let rel_ids: Vec<&str> = rel.iter().map(|r| c.articles[r.doc].id.as_str()).collect();
    // The other Chanegriha articles, in other languages, through the entity.
    for id in ["fr2", "ru1", "ar1"] {
        assert!(rel_ids.contains(&id), "{rel_ids:?}");
    }
    assert!(rel
        .iter()
        .all(|r| r.score > 0.0 && r.score <= 1.0 && c.articles[r.doc].id != "en2"));
    assert!(engine.related("nope", 3).is_empty());
    let r = engine.related("fr1", 1);
    assert_eq!(r.len(), 1);
}

#[test]
fn related_articles_from_the_postings_are_those_of_each_text_analysed_again() {
    // The build reads every article's terms off the postings; an article
    // indexed in the browser has its text analysed again. Both must agree,
    // on scraped pages in four languages and on a synthetic corpus.
    let mut scraped = sample().articles;
    scraped.extend([
        art(
            "en9",
            "en",
            Some("2024-03-02"),
            &[],
            "Gas deal: Algeria's Sonatrach and Gazprom sign MoU (update)",
            "Home | Energy | Share on X\nBy Staff, Algiers — 2 March 2024\nSonatrach and Gazprom signed a \
             memorandum on gas exploration; Gen. Chanegriha attended. Photo: AFP/Getty. Read more: LNG, \
             pipelines, the Trans-Mediterranean line. 1,200 km; 30 bcm/yr. Subscribe to our newsletter.",
        ),
        art(
            "ar9",
            "ar",
            Some("2024-03-03"),
            &[],
            "سوناطراك وغازبروم توقعان مذكرة تفاهم",
            "الرئيسية | اقتصاد | شارك\nالجزائر - وقعت سوناطراك وغازبروم مذكرة تفاهم للتنقيب عن الغاز، \
             بحضور الفريق أول شنقريحة. والغاز الجزائري يصدر عبر الأنابيب. الصورة: أ ف ب.",
        ),
        art(
            "ru9",
            "ru",
            Some("2024-03-04"),
            &[],
            "«Газпром» и Sonatrach подписали меморандум",
            "Главная / Экономика / Поделиться\nАлжир. «Газпром» и Sonatrach подписали меморандум о \
             разведке газа; присутствовал генерал Шанегриха. Газопровод, СПГ, экспорт газа. Фото: ТАСС.",
        ),
    ]);
    for c in [corpus(scraped), bench_corpus(300, 11)] {
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        let by_doc = engine.terms_by_doc();
        let entities = engine.entities_by_doc();
        // One scratch space for every article, taken in an order of its own.
        let mut acc = Vec::new();
        for d in (0..c.articles.len()).rev() {
            let analysed = engine.analysed_terms(d).unwrap();
            let from_postings = by_doc[d].as_ref();
            // Arabic words are also filed under their stems without a proclitic.
            assert_eq!(
                from_postings.is_none(),
                c.articles[d].lang == "ar",
                "{}",
                c.articles[d].id
            );
            assert_eq!(entities[d], engine.entity_counts(d), "{}", c.articles[d].id);
            assert_eq!(
                from_postings.unwrap_or(&analysed),
                &analysed,
                "{}",
                c.articles[d].id
            );
            assert_eq!(
                engine.related_from_terms(d, 5, &analysed, &entities[d], RELATED_WALK_BUDGET, &mut acc),
                engine.compute_related(d, 5),
                "{}",
                c.articles[d].id
            );
            assert!(
                acc.iter().all(|&x| x == 0.0),
                "the scratch space is left as it was found"
            );
        }
    }
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
fn mentions_count_up_to_the_cap_and_typed_names_by_their_full_count() {
    use crate::model::{EntityInfo, EntityMention};
    // Three Russian reports naming Lavrov 1, 3 and 30 times (ingest's
    // counts), of equal length, and two English ones with the name written
    // once and five times.
    let filler = "Министр провёл переговоры в Алжире о поставках зерна и газа.";
    let mut articles: Vec<_> = [1, 3, 30]
        .iter()
        .map(|&count| {
            let mut a = art(
                &format!("ru-{count}"),
                "ru",
                Some("2024-03-01"),
                &[],
                "Визит",
                filler,
            );
            a.entities = vec![EntityMention {
                name: "Sergei Lavrov".into(),
                count,
            }];
            a
        })
        .collect();
    articles.push(art(
        "en-once",
        "en",
        Some("2024-03-01"),
        &[],
        "Talks",
        "Lavrov met the minister about grain and gas deliveries today.",
    ));
    articles.push(art(
        "en-five",
        "en",
        Some("2024-03-01"),
        &[],
        "Talks",
        "Lavrov, Lavrov, Lavrov: Lavrov met Lavrov's counterpart on gas.",
    ));
    let c = Corpus {
        articles,
        entities: vec![EntityInfo {
            name: "Sergei Lavrov".into(),
            kind: "person".into(),
            aliases: vec!["Lavrov".into(), "Лавров".into()],
        }],
        ..Corpus::default()
    };
    let index = Index::build(&c);
    let counts: Vec<u32> = index.entity_postings[0].iter().map(|(_, _, n)| n).collect();
    assert_eq!(&counts[..3], [1, MENTION_CAP, MENTION_CAP]);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::parse("q=Lavrov%20").0);
    let score = |id: &str| r.hits.iter().find(|h| h.id == id).map(|h| h.score).unwrap();
    assert!(score("ru-1") < score("ru-3"), "{:?}", r.hits);
    assert_eq!(score("ru-3"), score("ru-30"));
    assert!(score("en-once") < score("en-five"), "{:?}", r.hits);
}
