//! The trends against the engine's own filter: every point equals the result
//! count of the view clicking it opens (series as a filter, from=to=the period),
//! and every share's base the count of the view without the series' kind, on
//! generated dossiers in English, French, Arabic and Russian; and a split
//! site's `q:` series waits for its term blocks, then answers as the whole one.

use super::tests::art;
use super::{Engine, HistogramUnit, Index};
use crate::model::{Corpus, EntityInfo, EntityMention, PartialDate, TopicInfo};
use crate::view::{Series, ViewState};
use proptest::prelude::*;

const SOURCES: [&str; 3] = ["El Watan", "ТАСС", "الشروق"];
const ENTITIES: [&str; 3] = ["Wagner Group", "Sergey Lavrov", "Sonatrach"];
const TOPICS: [&str; 3] = ["energy", "defense", "diplomacy"];

/// Sentences as scraped pages carry them, in four languages; the generator
/// picks a few per article.
const TEXT: [(&str, &str); 12] = [
    (
        "en",
        "Algeria and Russia discussed gas deliveries and a pipeline study in Algiers.",
    ),
    (
        "en",
        "Share this article: Facebook Twitter WhatsApp. The army chief met officials.",
    ),
    (
        "en",
        "Wagner fighters were seen near the border, a security source said on Tuesday.",
    ),
    (
        "fr",
        "Le ministre a évoqué les livraisons de gaz et la coopération militaire.",
    ),
    (
        "fr",
        "Lire aussi : la visite du président à Moscou. Les exercices conjoints reprennent.",
    ),
    (
        "fr",
        "Publié le 12 mars — Sonatrach signe un accord gazier avec ses partenaires.",
    ),
    ("ar", "ناقش الوزير صادرات الغاز والتعاون العسكري مع روسيا."),
    ("ar", "اقرأ أيضا: زيارة الرئيس إلى موسكو وتوقيع اتفاقيات جديدة."),
    ("ar", "قالت مصادر أمنية إن عناصر فاغنر تنشط في منطقة الساحل."),
    (
        "ru",
        "Министр обсудил поставки газа и военное сотрудничество с Алжиром.",
    ),
    (
        "ru",
        "Читайте также: визит президента в Москву и новые соглашения.",
    ),
    ("ru", "Поделиться: ВКонтакте Telegram. Учения прошли в пустыне."),
];

const QUERIES: [&str; 6] = ["gas", "gaz", "газа", "الغاز", "visite OR визит", "Moscow -army"];

/// One generated article: language, date (year, month, dated to the year
/// only), sentences, outlet, topics and entities, as indices into the lists above.
type Spec = (
    usize,
    Option<(i32, u8, bool)>,
    Vec<usize>,
    Option<usize>,
    Vec<usize>,
    Vec<usize>,
);

fn dossier(arts: Vec<Spec>) -> Corpus {
    let articles = arts
        .into_iter()
        .enumerate()
        .map(|(i, (lang, date, sentences, source, topics, entities))| {
            let lang_code = ["en", "fr", "ar", "ru"][lang];
            let body: Vec<&str> = sentences.iter().map(|&s| TEXT[lang * 3 + s % 3].1).collect();
            let date = date.map(|(y, m, year_only)| {
                if year_only {
                    y.to_string()
                } else {
                    format!("{y}-{m:02}")
                }
            });
            let topics: Vec<&str> = topics.iter().map(|&t| TOPICS[t]).collect();
            let mut a = art(
                &format!("a{i:03}"),
                lang_code,
                date.as_deref(),
                &topics,
                "",
                &body.join(" "),
            );
            a.source = source.map(|s| SOURCES[s].to_string());
            a.entities = entities
                .iter()
                .map(|&e| EntityMention {
                    name: ENTITIES[e].into(),
                    count: 1,
                })
                .collect();
            a
        })
        .collect();
    Corpus {
        articles,
        topics: TOPICS
            .iter()
            .map(|t| TopicInfo {
                slug: t.to_string(),
                labels: vec![],
            })
            .collect(),
        entities: ENTITIES
            .iter()
            .map(|e| EntityInfo {
                name: e.to_string(),
                kind: "org".into(),
                aliases: vec![],
            })
            .collect(),
        stories: Default::default(),
    }
}

/// Articles over `years` years from 2021: up to 36 months make a month axis,
/// more a year axis.
fn corpus_strategy(years: i32) -> impl Strategy<Value = Corpus> {
    let date = proptest::option::weighted(
        0.85,
        (2021..2021 + years, 1u8..=12, proptest::bool::weighted(0.2)),
    );
    let article = (
        0usize..4,
        date,
        proptest::collection::vec(0usize..3, 1..4),
        proptest::option::of(0usize..SOURCES.len()),
        proptest::sample::subsequence((0..TOPICS.len()).collect::<Vec<_>>(), 0..=2),
        proptest::sample::subsequence((0..ENTITIES.len()).collect::<Vec<_>>(), 0..=2),
    );
    proptest::collection::vec(article, 1..40).prop_map(dossier)
}

fn series_strategy() -> impl Strategy<Value = Series> {
    prop_oneof![
        (0..QUERIES.len()).prop_map(|i| Series::Query(QUERIES[i].into())),
        (0..TOPICS.len()).prop_map(|i| Series::Topic(TOPICS[i].into())),
        (0..ENTITIES.len()).prop_map(|i| Series::Entity(ENTITIES[i].into())),
        (0..SOURCES.len()).prop_map(|i| Series::Source(SOURCES[i].into())),
    ]
}

fn view_strategy() -> impl Strategy<Value = ViewState> {
    (
        proptest::option::of(0..QUERIES.len()),
        proptest::option::of(0usize..4),
        proptest::option::of(0..TOPICS.len()),
        proptest::option::of(0..ENTITIES.len()),
        proptest::option::of(0..SOURCES.len()),
        proptest::option::of(2021..2024),
        proptest::bool::ANY,
        proptest::collection::vec(series_strategy(), 1..=4),
    )
        .prop_map(|(q, lang, topic, entity, source, from, undated, series)| {
            let mut v = ViewState {
                q: q.map_or(String::new(), |i| QUERIES[i].to_string()),
                from: from.map(PartialDate::year),
                undated,
                ..Default::default()
            };
            if let Some(l) = lang {
                v.toggle_lang(["en", "fr", "ar", "ru"][l]);
            }
            if let Some(t) = topic {
                v.toggle_topic(TOPICS[t]);
            }
            if let Some(e) = entity {
                v.toggle_entity(ENTITIES[e]);
            }
            if let Some(s) = source {
                v.toggle_source(SOURCES[s]);
            }
            for s in series {
                v.add_series(s);
            }
            v
        })
}

/// Every point and every share's base against the result count of the
/// equivalent filter view, run by the engine.
fn check(c: &Corpus, v: &ViewState) -> Result<(), TestCaseError> {
    let index = Index::build(c);
    let engine = Engine::new(c, &index);
    let t = engine.trends(v);
    prop_assert!(t.pending.is_empty());
    let timeline = engine.run_page(&ViewState::default(), 0, 0).facets.histogram;
    prop_assert_eq!(t.unit, timeline.unit);
    let labels: Vec<&str> = t.periods.iter().map(|p| p.label.as_str()).collect();
    let axis: Vec<&str> = timeline.bins.iter().map(|b| b.label.as_str()).collect();
    prop_assert_eq!(labels, axis, "the timeline's axis");
    prop_assert_eq!(t.series.len(), v.trend.len());
    for s in &t.series {
        for (i, p) in t.periods.iter().enumerate() {
            let point = v.at_point(&s.series, p.from, p.to);
            let listed = engine.run_page(&point, 0, 0).total;
            prop_assert_eq!(
                s.counts[i],
                listed,
                "{:?} in {} of {}",
                s.series,
                p.label,
                v.to_query_string()
            );
            let mut base = v.without_kind(&s.series);
            base.set_range(Some(p.from), Some(p.to));
            base.undated = false;
            prop_assert_eq!(s.all[i], engine.run_page(&base, 0, 0).total);
            prop_assert!(s.counts[i] <= s.all[i]);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    #[test]
    fn each_month_equals_the_filter_view_it_opens(c in corpus_strategy(3), v in view_strategy()) {
        check(&c, &v)?;
    }

    #[test]
    fn each_year_equals_the_filter_view_it_opens(c in corpus_strategy(6), v in view_strategy()) {
        check(&c, &v)?;
    }
}

#[test]
fn a_year_dated_article_counts_in_each_month_and_shares_round() {
    let c = dossier(vec![
        (0, Some((2023, 1, false)), vec![0], None, vec![0], vec![]),
        (1, Some((2023, 1, false)), vec![2], None, vec![0, 1], vec![]),
        (2, Some((2023, 1, true)), vec![0], None, vec![1], vec![]),
        (3, Some((2023, 3, false)), vec![0], None, vec![2], vec![]),
    ]);
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let (v, _) = ViewState::parse("trend=topic:defense,topic:energy");
    let t = engine.trends(&v);
    assert_eq!(t.unit, HistogramUnit::Month);
    // January to December 2023: the year-dated article spans the year.
    assert_eq!(t.periods.len(), 12);
    let defense = &t.series[0];
    assert_eq!(&defense.counts[..3], [2, 1, 1]);
    assert_eq!(&defense.all[..3], [3, 1, 2]);
    assert_eq!(
        (defense.permille(0), defense.permille(2), defense.permille(11)),
        (667, 500, 1000)
    );
    assert_eq!(&t.series[1].counts[..3], [2, 0, 0]);
    assert_eq!(t.series[1].permille(1), 0);
}

#[test]
fn a_view_without_series_or_dates_has_empty_trends() {
    let c = dossier(vec![(0, None, vec![0], None, vec![], vec![])]);
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let (v, _) = ViewState::parse("trend=q:gas");
    let t = engine.trends(&v);
    assert!(t.periods.is_empty());
    assert_eq!(t.series[0].counts, Vec::<usize>::new());
    assert!(engine.trends(&ViewState::default()).series.is_empty());
}

#[test]
fn a_split_sites_query_series_waits_for_its_term_blocks() {
    use crate::bundle::Bundle;
    use crate::split_tests::{fresh, part};
    let whole = Bundle::new(crate::synth::bench_corpus(1200, 7), Vec::new());
    let split = whole.clone().split();
    let first = fresh(&split);
    let (v, _) = ViewState::parse(
        "trend=q:pipeline,q:%D0%B3%D0%B0%D0%B7%D0%BE%D0%BF%D1%80%D0%BE%D0%B2%D0%BE%D0%B4,topic:energy",
    );
    let expected = Engine::new(&whole.corpus, &whole.index).trends(&v);
    assert!(
        expected.pending.is_empty() && expected.series.iter().any(|s| s.counts.iter().sum::<usize>() > 0)
    );
    let mut rounds = 0;
    loop {
        let t = Engine::new(&first.corpus, &first.index).trends(&v);
        assert_eq!(
            t.periods, expected.periods,
            "the axis is there from the first view"
        );
        if t.pending.is_empty() {
            assert_eq!(t, expected);
            break;
        }
        assert!(t.series.is_empty(), "no partial answer");
        for &need in &t.pending {
            first.fill(need, part(&split, need)).unwrap();
        }
        rounds += 1;
        assert!(rounds < 4, "{:?}", t.pending);
    }
    assert!(rounds >= 1, "a first view has no term block");
}

/// A `q:` series replaces the view's search, so trends of `q:` series only do
/// not wait for the search's term blocks; a topic series applies the search
/// and does.
#[test]
fn only_series_that_apply_the_search_wait_for_its_blocks() {
    use crate::bundle::Bundle;
    use crate::split_tests::fresh;
    let split = Bundle::new(crate::synth::bench_corpus(1200, 7), Vec::new()).split();
    let first = fresh(&split);
    let engine = Engine::new(&first.corpus, &first.index);
    let needs = |query: &str| {
        let (v, problems) = ViewState::parse(query);
        assert!(problems.is_empty(), "{problems:?}");
        engine.trends(&v).pending
    };
    let q_series = needs("q=pipeline&trend=topic:energy");
    assert!(!q_series.is_empty(), "a topic series counts the view's search");
    let (v, _) = ViewState::parse("q=pipeline&trend=q:pipeline");
    let both = engine.trends(&v).pending;
    assert!(!both.is_empty(), "a first view has no term block");
    let (v, _) = ViewState::parse("q=gas&trend=q:pipeline");
    assert_eq!(
        engine.trends(&v).pending,
        both,
        "the view's own search is not waited for"
    );
    assert!(
        needs("q=gas").is_empty(),
        "no series: nothing to count, nothing to wait for"
    );
}
