//! Outlet and entity facets against brute force: results, OR-within counts
//! with the facet's own selection removed, totals that hold still, and which
//! options are listed; plus a hand-written dossier in four languages where
//! entities are found by their aliases in the text.

use super::super::tests::art;
use super::super::{Engine, EntityKind, FacetCount, Index};
use crate::model::{Article, Corpus, EntityInfo, EntityMention};
use crate::view::ViewState;
use proptest::prelude::*;

const SOURCES: [&str; 4] = ["RFI", "El Watan", "ТАСС", "الشروق"];
const ENTITIES: [(&str, &str, &str); 5] = [
    ("Sergey Lavrov", "person", "Lavrov"),
    ("Ahmed Attaf", "person", "Attaf"),
    ("Moscow", "place", "Moscou"),
    ("Sahel", "place", "Sahel"),
    ("Wagner Group", "org", "Wagner"),
];

fn gazetteer() -> Vec<EntityInfo> {
    ENTITIES
        .iter()
        .map(|&(name, kind, alias)| EntityInfo {
            name: name.into(),
            kind: kind.into(),
            aliases: vec![alias.into()],
        })
        .collect()
}

fn corpus_strategy() -> impl Strategy<Value = Corpus> {
    // Words that are no entity alias: mentions come from `a.entities` only.
    let vocab = ["gas", "army", "gaz", "armée", "газ", "армия", "غاز", "جيش"];
    let article = (
        0usize..4,
        proptest::option::of(0usize..SOURCES.len()),
        proptest::sample::subsequence((0..ENTITIES.len()).collect::<Vec<_>>(), 0..=3),
        proptest::collection::vec(0usize..vocab.len(), 1..6),
    );
    proptest::collection::vec(article, 0..25).prop_map(move |arts| {
        let langs = ["en", "fr", "ru", "ar"];
        let articles = arts
            .into_iter()
            .enumerate()
            .map(|(i, (l, source, ents, words))| {
                let body: Vec<&str> = words.iter().map(|&w| vocab[w]).collect();
                let mut a = art(&format!("d{i:02}"), langs[l], None, &[], "", &body.join(" "));
                a.source = source.map(|s| SOURCES[s].to_string());
                a.entities = ents
                    .iter()
                    .map(|&e| EntityMention {
                        name: ENTITIES[e].0.into(),
                        count: 1,
                    })
                    .collect();
                a
            })
            .collect();
        Corpus {
            stories: Default::default(),
            articles,
            topics: vec![],
            entities: gazetteer(),
        }
    })
}

fn state_strategy() -> impl Strategy<Value = ViewState> {
    let qs = ["", "gas", "gaz -army", "армия", "-غاز"];
    let names = |all: Vec<&'static str>| proptest::sample::subsequence(all, 0..=2);
    let entity_names: Vec<&str> = ENTITIES.iter().map(|e| e.0).chain(["Nobody"]).collect();
    let source_names: Vec<&str> = SOURCES.iter().copied().chain(["Le Monde"]).collect();
    (
        0usize..qs.len(),
        names(source_names),
        names(entity_names),
        proptest::option::of(0usize..4),
    )
        .prop_map(move |(q, sources, entities, lang)| {
            let mut st = ViewState {
                q: qs[q].into(),
                ..Default::default()
            };
            for s in sources {
                st.toggle_source(s);
            }
            for e in entities {
                st.toggle_entity(e);
            }
            if let Some(l) = lang {
                st.toggle_lang(["en", "fr", "ru", "ar"][l]);
            }
            st
        })
}

fn in_source(a: &Article, st: &ViewState) -> bool {
    st.source.is_empty() || a.source.as_ref().is_some_and(|s| st.source.contains(s))
}
fn in_entity(a: &Article, st: &ViewState) -> bool {
    st.entity.is_empty() || a.entities.iter().any(|m| st.entity.contains(&m.name))
}
fn in_lang(a: &Article, st: &ViewState) -> bool {
    st.lang.is_empty() || st.lang.contains(&a.lang)
}
fn has_source(a: &Article, s: &str) -> bool {
    a.source.as_deref() == Some(s)
}
fn mentions(a: &Article, e: &str) -> bool {
    a.entities.iter().any(|m| m.name == e)
}

/// Listed values in the order the spec asks: whole-dossier count descending, then value.
fn check_order(list: &[FacetCount]) -> Result<(), TestCaseError> {
    for w in list.windows(2) {
        let known = |o: &FacetCount| o.total > 0 || !o.active;
        if known(&w[0]) && known(&w[1]) {
            prop_assert!((w[1].total, &w[0].value) <= (w[0].total, &w[1].value), "{:?}", w);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn outlet_and_entity_facets_match_brute_force(c in corpus_strategy(), st in state_strategy()) {
        let index = Index::build(&c);
        let engine = Engine::new(&c, &index);
        let only_q = ViewState { q: st.q.clone(), ..Default::default() };
        let cand: Vec<usize> = engine.run_page(&only_q, 0, usize::MAX).hits.iter().map(|h| h.doc).collect();
        let r = engine.run_page(&st, 0, usize::MAX);
        let arts = |f: &dyn Fn(&Article) -> bool| cand.iter().filter(|&&d| f(&c.articles[d])).count();
        let mut got: Vec<usize> = r.hits.iter().map(|h| h.doc).collect();
        got.sort();
        let mut want: Vec<usize> = cand.iter().copied()
            .filter(|&d| { let a = &c.articles[d]; in_lang(a, &st) && in_source(a, &st) && in_entity(a, &st) })
            .collect();
        want.sort();
        prop_assert_eq!(&got, &want, "{}", st.to_query_string());
        for s in SOURCES.iter().chain(&["Le Monde"]) {
            let total = c.articles.iter().filter(|a| has_source(a, s)).count();
            let listed = r.facets.source.iter().find(|o| o.value == *s);
            prop_assert_eq!(listed.is_some(), total > 0 || st.source.iter().any(|x| x == s), "source {}", s);
            if let Some(o) = listed {
                prop_assert_eq!(o.total, total, "source {} total", s);
                prop_assert_eq!(o.count, arts(&|a| has_source(a, s) && in_lang(a, &st) && in_entity(a, &st)), "source {}", s);
                prop_assert_eq!(o.active, st.source.iter().any(|x| x == s));
            }
        }
        for e in ENTITIES.iter().map(|e| e.0).chain(["Nobody"]) {
            let total = c.articles.iter().filter(|a| mentions(a, e)).count();
            let listed = r.facets.entity.iter().find(|o| o.value == e);
            prop_assert_eq!(listed.is_some(), total > 0 || st.entity.iter().any(|x| x == e), "entity {}", e);
            if let Some(o) = listed {
                prop_assert_eq!(o.total, total, "entity {} total", e);
                prop_assert_eq!(o.count, arts(&|a| mentions(a, e) && in_lang(a, &st) && in_source(a, &st)), "entity {}", e);
            }
        }
        for f in &r.facets.lang {
            prop_assert_eq!(f.count, arts(&|a| a.lang == f.value && in_source(a, &st) && in_entity(a, &st)), "lang {}", &f.value);
        }
        prop_assert_eq!(r.facets.undated, arts(&|a| in_lang(a, &st) && in_source(a, &st) && in_entity(a, &st)));
        check_order(&r.facets.source)?;
        check_order(&r.facets.entity)?;
    }
}

/// Realistic articles whose entities ingest would find by alias, in four scripts.
fn dossier() -> Corpus {
    let mut articles = vec![
        art(
            "en-1",
            "en",
            Some("2023-06-15"),
            &[],
            "Attaf meets Lavrov in Moscow",
            "Algeria's foreign minister Ahmed Attaf met Sergey Lavrov. Share on Facebook",
        ),
        art(
            "fr-1",
            "fr",
            Some("2023-07-02"),
            &[],
            "Lavrov reçu à Alger",
            "Sergueï Lavrov a été reçu par Ahmed Attaf. Le groupe Wagner au Sahel était au menu.",
        ),
        art(
            "ru-1",
            "ru",
            Some("2024-01-10"),
            &[],
            "Лавров и Аттаф",
            "Сергей Лавров провёл переговоры с Ахмедом Аттафом о ситуации в Сахеле.",
        ),
        art(
            "ar-1",
            "ar",
            Some("2024-02-01"),
            &[],
            "عطاف في موسكو",
            "التقى وزير الخارجية أحمد عطاف نظيره الروسي في موسكو.",
        ),
        art(
            "en-2",
            "en",
            None,
            &[],
            "Gas prices",
            "Gas exports rose this winter, officials said.",
        ),
    ];
    for (a, s) in articles
        .iter_mut()
        .zip(["RFI", "RFI", "ТАСС", "الشروق", "El Watan"])
    {
        a.source = Some(s.into());
    }
    let entity = |name: &str, kind: &str, aliases: &[&str]| EntityInfo {
        name: name.into(),
        kind: kind.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    };
    Corpus {
        stories: Default::default(),
        articles,
        topics: vec![],
        entities: vec![
            entity(
                "Sergey Lavrov",
                "person",
                &[
                    "Lavrov",
                    "Sergey Lavrov",
                    "Sergueï Lavrov",
                    "Лавров",
                    "Сергей Лавров",
                    "لافروف",
                ],
            ),
            entity(
                "Ahmed Attaf",
                "person",
                &["Attaf", "Ahmed Attaf", "Аттаф", "عطاف", "أحمد عطاف"],
            ),
            entity("Moscow", "place", &["Moscow", "Moscou", "Москва", "موسكو"]),
            entity(
                "Wagner Group",
                "org",
                &["Wagner", "groupe Wagner", "Вагнер", "فاغنر"],
            ),
            entity("Kremlin", "place", &["Kremlin", "Кремль"]),
        ],
    }
}

#[test]
fn selecting_an_entity_filters_and_keeps_the_others_counts_still() {
    let c = dossier();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let all = engine.run_page(&ViewState::default(), 0, 100);
    let count = |f: &[FacetCount], v: &str| f.iter().find(|o| o.value == v).map(|o| (o.count, o.total));
    assert_eq!(count(&all.facets.entity, "Ahmed Attaf"), Some((4, 4)));
    assert_eq!(count(&all.facets.entity, "Wagner Group"), Some((1, 1)));
    // In the gazetteer, mentioned nowhere: not listed.
    assert_eq!(count(&all.facets.entity, "Kremlin"), None);
    assert_eq!(
        all.facets
            .source
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>(),
        ["RFI", "El Watan", "ТАСС", "الشروق"]
    );
    assert_eq!(engine.sources(), ["El Watan", "RFI", "ТАСС", "الشروق"]);

    let (st, _) = ViewState::parse("entity=Sergey%20Lavrov");
    let r = engine.run_page(&st, 0, 100);
    let ids: Vec<&str> = r.hits.iter().map(|h| c.articles[h.doc].id.as_str()).collect();
    assert_eq!(ids, ["ru-1", "fr-1", "en-1"]);
    // Own facet: counts as if alone (OR), so Attaf's 4 still shows; totals hold still.
    assert_eq!(count(&r.facets.entity, "Ahmed Attaf"), Some((4, 4)));
    assert_eq!(count(&r.facets.source, "RFI"), Some((2, 2)));
    assert_eq!(count(&r.facets.source, "El Watan"), Some((0, 1)));

    let (st, _) = ViewState::parse(
        "entity=Sergey%20Lavrov,Wagner%20Group&source=RFI,%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D9%82",
    );
    let r = engine.run_page(&st, 0, 100);
    let ids: Vec<&str> = r.hits.iter().map(|h| c.articles[h.doc].id.as_str()).collect();
    assert_eq!(ids, ["fr-1", "en-1"]);
    assert_eq!(count(&r.facets.source, "ТАСС"), Some((1, 1)));
    let kinds: Vec<Option<EntityKind>> = c.entities.iter().map(|e| EntityKind::of(&e.kind)).collect();
    assert_eq!(kinds[3], Some(EntityKind::Organisation));
}
