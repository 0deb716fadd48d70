use super::*;
use crate::model::Origin;
use proptest::prelude::*;

fn d(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

#[test]
fn parses_every_parameter_of_the_interface() {
    let (st, notices) = ViewState::parse(
        "?q=gas%20-wagner&lang=fr,en&topic=energy,defense&origin=added,bundled&from=2023&to=2024-06&undated=1&sort=oldest&doc=002_aad1842393c3ab9b",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(st.q, "gas -wagner");
    assert_eq!(st.lang, vec!["en", "fr"]);
    assert_eq!(st.topic, vec!["defense", "energy"]);
    assert_eq!(st.origin, vec![Origin::Bundled, Origin::Added]);
    assert_eq!(st.from, Some(d("2023")));
    assert_eq!(st.to, Some(d("2024-06")));
    assert!(st.undated);
    assert_eq!(st.sort, Some(Sort::Oldest));
    assert_eq!(st.doc.as_deref(), Some("002_aad1842393c3ab9b"));
    assert_eq!(
        st.to_query_string(),
        "q=gas%20-wagner&lang=en,fr&topic=defense,energy&origin=bundled,added&from=2023&to=2024-06&undated=1&sort=oldest&doc=002_aad1842393c3ab9b"
    );
}

#[test]
fn canonical_order_dedup_and_unknown_params_kept_in_order() {
    let (st, n) = ViewState::parse("utm=x&doc=a&lang=ru,en,ru&zeta=1&q=hi&lang=ar&alpha=2");
    assert!(n.is_empty());
    assert_eq!(
        st.to_query_string(),
        "q=hi&lang=ar,en,ru&doc=a&utm=x&zeta=1&alpha=2"
    );
    assert_eq!(
        st.extra,
        vec![
            ("utm".into(), "x".into()),
            ("zeta".into(), "1".into()),
            ("alpha".into(), "2".into())
        ]
    );
    // Origins: after topic, bundled before added whatever the input order, merged.
    let (st, n) = ViewState::parse("origin=added&doc=a&topic=energy&origin=bundled,added&from=2020");
    assert!(n.is_empty());
    assert_eq!(
        st.to_query_string(),
        "topic=energy&origin=bundled,added&from=2020&doc=a"
    );
    assert_eq!(
        ViewState::parse("origin=added").0.to_query_string(),
        "origin=added"
    );
}

#[test]
fn malformed_values_are_dropped_with_a_notice_naming_param_and_value() {
    // One notice per parameter and reason, listing its values (see `known::coalesce`).
    let (st, n) = ViewState::parse(
        "from=2023-13&to=soon&lang=EN,fr,english&sort=best&undated=yes&topic=Bad Slug,energy&origin=mine,added,Bundled",
    );
    assert_eq!(st.from, None);
    assert_eq!(st.to, None);
    assert_eq!(st.lang, vec!["fr"]);
    assert_eq!(st.sort, None);
    assert!(!st.undated);
    assert_eq!(st.topic, vec!["energy"]);
    assert_eq!(st.origin, vec![Origin::Added]);
    let params: Vec<(&str, &str)> = n.iter().map(|x| (x.param.as_str(), x.value.as_str())).collect();
    assert_eq!(
        params,
        vec![
            ("from", "2023-13"),
            ("to", "soon"),
            ("lang", "EN,english"),
            ("sort", "best"),
            ("undated", "yes"),
            ("topic", "Bad Slug"),
            ("origin", "mine,Bundled")
        ]
    );
    for x in &n {
        let msg = x.to_string();
        assert!(
            msg.contains(&x.param) && msg.contains(&x.value) && !x.reason.is_empty(),
            "{msg}"
        );
    }
}

#[test]
fn from_after_to_drops_to() {
    let (st, n) = ViewState::parse("from=2024-03&to=2024-02-28");
    assert_eq!(st.from, Some(d("2024-03")));
    assert_eq!(st.to, None);
    assert_eq!(n.len(), 1);
    assert_eq!(n[0].param, "to");
    // Overlapping precisions are fine: from=2024-02-10 to=2024-02.
    let (st, n) = ViewState::parse("from=2024-02-10&to=2024-02");
    assert!(n.is_empty());
    assert_eq!(st.to, Some(d("2024-02")));
}

#[test]
fn hostile_strings_do_not_panic() {
    for s in [
        "",
        "?",
        "&&&",
        "=",
        "==&=x",
        "q",
        "q=%",
        "q=%E2%82",
        "q=%FF&lang=%00",
        "doc=%0A",
        "q=\u{0}\u{1b}[31m",
        "from=%F0%9F%92%A9",
        "q=a#frag&lang=en",
    ] {
        let (st, _) = ViewState::parse(s);
        let again = ViewState::parse(&st.to_query_string()).0;
        assert_eq!(again, st, "{s:?}");
    }
    let huge = "q=".to_string() + &"a%20".repeat(100_000);
    let (st, n) = ViewState::parse(&huge);
    assert!(st.q.chars().count() <= MAX_QUERY_CHARS);
    assert_eq!(n[0].param, "q");
}

#[test]
fn effective_sort_defaults() {
    let mut st = ViewState::default();
    assert_eq!(st.effective_sort(), Sort::Newest);
    st.sort = Some(Sort::Relevance);
    assert_eq!(st.effective_sort(), Sort::Newest);
    st.q = "gas".into();
    assert_eq!(st.effective_sort(), Sort::Relevance);
    st.sort = None;
    assert_eq!(st.effective_sort(), Sort::Relevance);
    st.sort = Some(Sort::Oldest);
    assert_eq!(st.effective_sort(), Sort::Oldest);
}

#[test]
fn toggles_and_clear_filters() {
    let mut st = ViewState::parse("q=gas&sort=oldest&doc=x&lang=fr&from=2020&undated=1&k=v").0;
    st.toggle_lang("en");
    assert_eq!(st.lang, vec!["en", "fr"]);
    st.toggle_lang("fr");
    assert_eq!(st.lang, vec!["en"]);
    st.toggle_topic("energy");
    st.toggle_topic("defense");
    assert_eq!(st.topic, vec!["defense", "energy"]);
    st.toggle_origin(Origin::Added);
    st.toggle_origin(Origin::Bundled);
    assert_eq!(st.origin, vec![Origin::Bundled, Origin::Added]);
    st.toggle_origin(Origin::Bundled);
    assert_eq!(st.origin, vec![Origin::Added]);
    st.set_range(Some(d("2021")), Some(d("2022")));
    assert!(st.has_filters());
    st.clear_filters();
    assert_eq!(st.to_query_string(), "q=gas&sort=oldest&doc=x&k=v");
}

fn state_strategy() -> impl Strategy<Value = ViewState> {
    let date = (1900i32..2100, 0u8..=12, 0u8..=31).prop_map(|(y, m, dd)| {
        if m == 0 {
            PartialDate::year(y)
        } else if dd == 0 {
            PartialDate::month(y, m).unwrap()
        } else {
            PartialDate::day(y, m, dd.min(crate::model::days_in_month(y, m))).unwrap()
        }
    });
    let text =
        proptest::collection::vec(any::<char>(), 0..20).prop_map(|v| v.into_iter().collect::<String>());
    let q = text.clone().prop_map(|s| {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect::<String>()
            .trim()
            .to_string()
    });
    let code =
        proptest::collection::vec(proptest::char::range('a', 'z'), 2).prop_map(|v| v.into_iter().collect());
    let slug = proptest::collection::vec(
        prop_oneof![
            proptest::char::range('a', 'z'),
            proptest::char::range('0', '9'),
            Just('-')
        ],
        1..12,
    )
    .prop_map(|v| v.into_iter().collect::<String>());
    let sort = prop_oneof![
        Just(None),
        Just(Some(Sort::Relevance)),
        Just(Some(Sort::Newest)),
        Just(Some(Sort::Oldest))
    ];
    let doc = proptest::option::of(text.clone().prop_filter_map("doc", |s| {
        let t = s.trim().to_string();
        (!t.is_empty() && !t.chars().any(char::is_control)).then_some(t)
    }));
    let extra_key = text.clone().prop_filter("unknown key", |k| {
        !k.is_empty()
            && ![
                "q", "lang", "topic", "origin", "source", "entity", "from", "to", "undated", "group", "sort",
                "doc",
            ]
            .contains(&k.as_str())
    });
    (
        q,
        proptest::collection::vec(code, 0..4),
        proptest::collection::vec(slug, 0..4),
        proptest::sample::subsequence(Origin::ALL.to_vec(), 0..=2),
        proptest::option::of(date.clone()),
        proptest::option::of(date),
        any::<bool>(),
        any::<bool>(),
        sort,
        doc,
        proptest::collection::vec((extra_key, text), 0..3),
    )
        .prop_map(
            |(q, mut lang, mut topic, origin, from, to, undated, ungrouped, sort, doc, extra)| {
                lang.sort();
                lang.dedup();
                topic.sort();
                topic.dedup();
                let to = match (from, to) {
                    (Some(f), Some(t)) if f.first_day() > t.last_day() => None,
                    _ => to,
                };
                ViewState {
                    q,
                    lang,
                    topic,
                    origin,
                    // Names have their own round trip (`names_tests.rs`).
                    source: vec![],
                    entity: vec![],
                    from,
                    to,
                    undated,
                    ungrouped,
                    sort,
                    doc,
                    extra,
                    // Trends have their own round trip (`trend_tests.rs`).
                    ..Default::default()
                }
            },
        )
}

proptest! {
    #[test]
    fn parse_of_serialise_is_identity(st in state_strategy()) {
        let s = st.to_query_string();
        let (back, notices) = ViewState::parse(&s);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(&back, &st);
        prop_assert_eq!(back.to_query_string(), s);
    }

    #[test]
    fn any_string_parses_and_reserialises_stably(chars in proptest::collection::vec(any::<char>(), 0..200)) {
        let s: String = chars.into_iter().collect();
        let (st, _) = ViewState::parse(&s);
        let canon = st.to_query_string();
        let (st2, n2) = ViewState::parse(&canon);
        prop_assert!(n2.is_empty());
        prop_assert_eq!(st2.to_query_string(), canon);
    }

    #[test]
    fn percent_soup_parses(bytes in proptest::collection::vec(prop_oneof![Just(b'%'), Just(b'&'), Just(b'='), Just(b'q'), Just(b'F'), any::<u8>()], 0..100)) {
        let s: String = bytes.iter().map(|&b| if b.is_ascii() { b as char } else { 'é' }).collect();
        let _ = ViewState::parse(&s);
        let _ = decode(&s);
    }
}

#[test]
fn undetermined_language_is_a_valid_filter() {
    // Ingest files articles it cannot identify under `und`; its facet must work.
    let (st, notices) = ViewState::parse("lang=und,fr");
    assert_eq!(st.lang, vec!["fr", "und"]);
    assert!(notices.is_empty());
    assert_eq!(ViewState::parse("lang=unk").0.lang, Vec::<String>::new());
}

#[test]
fn group_zero_lists_articles_separately_and_other_values_are_named() {
    let (st, notices) = ViewState::parse("q=gas&group=0");
    assert!(st.ungrouped && notices.is_empty());
    assert_eq!(st.to_query_string(), "q=gas&group=0");
    let (st, notices) = ViewState::parse("group=1&sort=oldest");
    assert!(!st.ungrouped && notices.is_empty());
    assert_eq!(
        st.to_query_string(),
        "sort=oldest",
        "grouping is the default: not written"
    );
    let (st, notices) = ViewState::parse("group=no&lang=fr");
    assert!(!st.ungrouped);
    assert_eq!(st.lang, ["fr"], "the rest of the link still works");
    assert_eq!(notices.len(), 1);
    assert_eq!(
        (notices[0].param.as_str(), notices[0].value.as_str()),
        ("group", "no")
    );
    // not a filter: clearing filters keeps it
    let mut st = ViewState::parse("group=0&lang=fr").0;
    st.clear_filters();
    assert!(st.ungrouped);
}
