//! Facets that hold still: option order and the timeline's bins are the whole
//! dossier's, whatever the view; counts follow the view. Checked against brute
//! force on realistic articles in English, French, Arabic and Russian.

use super::super::tests::{art, corpus};
use super::super::{Engine, FacetCount, HistogramUnit, Index};
use crate::model::{Article, Corpus, Origin, PartialDate};
use crate::view::ViewState;
use proptest::prelude::*;

fn dossier() -> Corpus {
    let mut c = corpus(vec![
        art("en-gas", "en", Some("2022-11-11"), &["energy", "economy"], "Sonatrach and Gazprom talk gas",
            "Algeria's Sonatrach and Russia's Gazprom discussed gas supplies to Europe and a pipeline study."),
        art("en-army", "en", Some("2023-06-15"), &["defense"], "Army chief in Moscow",
            "General Chanegriha met Russian officials to discuss weapons purchases and joint exercises."),
        art("en-un", "en", Some("2024"), &["multilateral", "diplomacy"], "Votes at the Security Council",
            "Algeria, a non-permanent member, abstained on a resolution about the war in Ukraine."),
        art("fr-visite", "fr", Some("2023-06"), &["diplomacy"], "Tebboune à Moscou",
            "Le président Tebboune a signé une déclaration de partenariat stratégique approfondi avec la Russie."),
        art("fr-gaz", "fr", Some("2024-05-20"), &["energy"], "Le gaz algérien vers l'Italie",
            "Sonatrach augmente ses livraisons de gaz par le gazoduc Transmed malgré la guerre en Ukraine."),
        art("ar-zyara", "ar", Some("2023-06-15"), &["diplomacy", "defense"], "زيارة الرئيس تبون إلى موسكو",
            "وقع الرئيس عبد المجيد تبون مع الرئيس الروسي إعلان الشراكة الاستراتيجية المعمقة."),
        art("ar-sahel", "ar", None, &["regional-security"], "الساحل ومالي",
            "ناقش البلدان الوضع الأمني في منطقة الساحل وشمال مالي."),
        art("ru-vizit", "ru", Some("2025-01-03"), &["diplomacy"], "Визит Теббуна",
            "Президент Алжира Теббун провёл переговоры в Кремле о газе и военном сотрудничестве."),
        art("ru-armiya", "ru", Some("2023-02"), &["defense"], "Армия Алжира",
            "Шанегриха обсудил с министром обороны России совместные учения и поставки оружия."),
    ]);
    c.articles[8].origin = Origin::Added;
    c
}

/// Brute-force whole-dossier count of a facet value.
fn total(c: &Corpus, facet: &str, value: &str) -> usize {
    c.articles
        .iter()
        .filter(|a| match facet {
            "lang" => a.lang == value,
            "topic" => a.topics.iter().any(|t| t.slug == value),
            _ => a.origin.as_str() == value,
        })
        .count()
}

/// The order the spec asks for: whole-dossier count descending, then value.
fn expected_order(c: &Corpus, facet: &str, values: &[String]) -> Vec<String> {
    let mut v = values.to_vec();
    v.sort_by(|a, b| total(c, facet, b).cmp(&total(c, facet, a)).then(a.cmp(b)));
    v
}

fn values(f: &[FacetCount]) -> Vec<String> {
    f.iter().map(|o| o.value.clone()).collect()
}

/// Facet order, bins and totals are the same for every view; checked per view.
fn check_still(c: &Corpus, engine: &Engine, st: &ViewState) -> Result<(), TestCaseError> {
    let base = engine.run_page(&ViewState::default(), 0, 0);
    let r = engine.run_page(st, 0, 0);
    for (facet, got, all) in [
        ("lang", &r.facets.lang, &base.facets.lang),
        ("topic", &r.facets.topic, &base.facets.topic),
        ("origin", &r.facets.origin, &base.facets.origin),
    ] {
        // Selected values the dossier lacks come last; the rest keep the dossier's order.
        let known: Vec<String> = values(got)
            .into_iter()
            .filter(|v| all.iter().any(|o| &o.value == v))
            .collect();
        prop_assert_eq!(
            &known,
            &values(all),
            "{} order under {:?}",
            facet,
            st.to_query_string()
        );
        prop_assert_eq!(
            &known,
            &expected_order(c, facet, &known),
            "{} sorted by dossier count",
            facet
        );
        prop_assert_eq!(
            &values(got)[..known.len()],
            &known[..],
            "{} unknown values last",
            facet
        );
        for o in got {
            prop_assert_eq!(o.total, total(c, facet, &o.value), "{} {} total", facet, &o.value);
        }
    }
    let bins = |b: &[super::Bin]| {
        b.iter()
            .map(|b| (b.label.clone(), b.from, b.to, b.total))
            .collect::<Vec<_>>()
    };
    prop_assert_eq!(bins(&r.facets.histogram.bins), bins(&base.facets.histogram.bins));
    prop_assert_eq!(r.facets.histogram.unit, base.facets.histogram.unit);
    for b in &r.facets.histogram.bins {
        let overlaps = |a: &Article| {
            a.date
                .is_some_and(|d| d.first_day() <= b.to.last_day() && d.last_day() >= b.from.first_day())
        };
        prop_assert_eq!(
            b.total,
            c.articles.iter().filter(|a| overlaps(a)).count(),
            "bin {} total",
            &b.label
        );
        prop_assert!(b.count <= b.total);
    }
    Ok(())
}

#[test]
fn options_and_bins_hold_still_in_every_language() {
    let c = dossier();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    for q in [
        "",
        "lang=fr",
        "lang=ar,ru",
        "topic=energy",
        "topic=defense&lang=en",
        "origin=added",
        "q=gaz",
        "q=تبون",
        "q=Теббун",
        "q=weapons&topic=defense",
        "q=nothingmatchesthis",
        "from=2023-06&to=2023-06",
        "from=2024&undated=1",
        "lang=de&topic=unknown",
    ] {
        check_still(&c, &engine, &ViewState::parse(q).0).unwrap();
    }
}

#[test]
fn an_option_with_no_match_stays_in_place_with_count_zero() {
    let c = dossier();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let base = engine.run(&ViewState::default());
    // Russian articles have no energy topic: energy drops to 0 but stays where it was.
    let r = engine.run(&ViewState::parse("lang=ru").0);
    let pos = |f: &[FacetCount], v: &str| f.iter().position(|o| o.value == v);
    assert_eq!(pos(&r.facets.topic, "energy"), pos(&base.facets.topic, "energy"));
    let energy = &r.facets.topic[pos(&r.facets.topic, "energy").unwrap()];
    assert_eq!((energy.count, energy.total, energy.active), (0, 2, false));
    // Diplomacy (4 articles in the dossier) heads the list whatever the view.
    assert_eq!(r.facets.topic[0].value, "diplomacy");
    assert_eq!(r.facets.topic[0].count, 1);
}

#[test]
fn the_axis_spans_the_dossier_even_when_nothing_matches() {
    let c = dossier();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    // 2022-11 .. 2025-01 is 27 months: one bar a month.
    let r = engine.run(&ViewState::parse("q=nothingmatchesthis").0);
    assert_eq!(r.total, 0);
    let h = &r.facets.histogram;
    assert_eq!(h.unit, HistogramUnit::Month);
    assert_eq!(h.bins.len(), 27);
    assert_eq!(
        (h.bins[0].label.as_str(), h.bins[26].label.as_str()),
        ("2022-11", "2025-01")
    );
    assert!(h.bins.iter().all(|b| b.count == 0));
    // The year-dated 2024 article counts in each month of 2024.
    let may = h.bins.iter().find(|b| b.label == "2024-05").unwrap();
    assert_eq!(may.total, 2);
    let june23 = h.bins.iter().find(|b| b.label == "2023-06").unwrap();
    assert_eq!(june23.total, 3);
    // Filtering to French counts French articles on the same bars.
    let fr = engine.run(&ViewState::parse("lang=fr").0);
    let june23 = fr
        .facets
        .histogram
        .bins
        .iter()
        .find(|b| b.label == "2023-06")
        .unwrap();
    assert_eq!((june23.count, june23.total), (1, 3));
}

#[test]
fn a_dossier_over_three_years_has_yearly_bars_for_every_view() {
    let mut c = dossier();
    c.articles[0].date = Some(PartialDate::year(2019));
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    // Only 2023 articles are French-and-diplomacy, but the axis stays 2019..2025.
    let r = engine.run(&ViewState::parse("lang=fr&topic=diplomacy").0);
    let h = &r.facets.histogram;
    assert_eq!(h.unit, HistogramUnit::Year);
    let got: Vec<(&str, usize, usize)> = h
        .bins
        .iter()
        .map(|b| (b.label.as_str(), b.count, b.total))
        .collect();
    assert_eq!(
        got,
        [
            ("2019", 0, 1),
            ("2020", 0, 0),
            ("2021", 0, 0),
            ("2022", 0, 0),
            ("2023", 1, 4),
            ("2024", 0, 2),
            ("2025", 0, 1)
        ]
    );
}

#[test]
fn a_dossier_without_dates_has_no_bars() {
    let mut c = dossier();
    for a in &mut c.articles {
        a.date = None;
    }
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::default());
    assert!(r.facets.histogram.bins.is_empty());
    assert_eq!(r.facets.undated, 9);
}

fn random_dossier() -> impl Strategy<Value = Corpus> {
    let article = (
        0usize..4,
        proptest::collection::vec(0usize..5, 0..3),
        proptest::option::of((2015i32..2026, 0u8..=12)),
        any::<bool>(),
    );
    proptest::collection::vec(article, 0..30).prop_map(|arts| {
        let langs = ["en", "fr", "ar", "ru"];
        let topics = ["energy", "defense", "history", "economy", "diplomacy"];
        corpus(
            arts.into_iter()
                .enumerate()
                .map(|(i, (l, tps, date, added))| {
                    let tps: Vec<&str> = tps.iter().map(|&t| topics[t]).collect();
                    let mut a = art(&format!("a{i:02}"), langs[l], None, &tps, "", "gas газ غاز gaz");
                    a.date = date.map(|(y, m)| PartialDate::month(y, m).unwrap_or(PartialDate::year(y)));
                    if added {
                        a.origin = Origin::Added;
                    }
                    a
                })
                .collect(),
        )
    })
}

fn random_view() -> impl Strategy<Value = ViewState> {
    let params = [
        "lang=en",
        "lang=fr,ru",
        "lang=ar",
        "topic=energy",
        "topic=history,diplomacy",
        "origin=added",
        "origin=bundled",
        "from=2018&to=2020",
        "from=2023-03",
        "to=2016-12&undated=1",
        "q=gas",
        "q=-غاز",
        "lang=xx",
        "topic=missing",
    ];
    proptest::sample::subsequence(params.to_vec(), 0..4).prop_map(|p| ViewState::parse(&p.join("&")).0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn random_dossiers_hold_still(c in random_dossier(), st in random_view()) {
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        check_still(&c, &engine, &st)?;
    }
}
