//! `trend=` in the URL: series in any script survive a round trip, commas
//! inside a value are encoded, bad or surplus series are dropped with a notice
//! naming `trend`, and each series stands in for its kind's selection.

use super::*;

#[test]
fn series_keep_the_readers_order_and_round_trip() {
    let (st, notices) = ViewState::parse(
        "trend=q:gas,topic:defense,entity:Wagner%20Group,source:%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D9%82&trend_share=1",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        st.trend,
        [
            Series::Query("gas".into()),
            Series::Topic("defense".into()),
            Series::Entity("Wagner Group".into()),
            Series::Source("الشروق".into()),
        ]
    );
    assert!(st.trend_share);
    // Trends are no filter: the list is the whole dossier's.
    assert!(!st.has_filters());
    let s = st.to_query_string();
    assert_eq!(
        s,
        "trend=q:gas,topic:defense,entity:Wagner%20Group,source:%D8%A7%D9%84%D8%B4%D8%B1%D9%88%D9%82&trend_share=1"
    );
    assert_eq!(ViewState::parse(&s).0, st);
}

#[test]
fn a_comma_inside_a_series_is_encoded_and_read_back() {
    let mut st = ViewState::default();
    assert!(st.add_series(Series::Query("gaz, pétrole".into())));
    assert!(st.add_series(Series::Source("Reuters, Algiers bureau".into())));
    assert!(st.add_series(Series::Query("газ OR нефть".into())));
    let s = st.to_query_string();
    assert_eq!(
        s,
        "trend=q:gaz%2C%20p%C3%A9trole,source:Reuters%2C%20Algiers%20bureau,q:%D0%B3%D0%B0%D0%B7%20OR%20%D0%BD%D0%B5%D1%84%D1%82%D1%8C"
    );
    let (back, notices) = ViewState::parse(&s);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(back, st);
    // A raw comma separates series: `q:gaz,pétrole` is a series and a bad one.
    let (raw, notices) = ViewState::parse("trend=q:gaz,p%C3%A9trole");
    assert_eq!(raw.trend, [Series::Query("gaz".into())]);
    assert_eq!(notices.len(), 1);
    assert_eq!(
        (notices[0].param.as_str(), notices[0].value.as_str()),
        ("trend", "pétrole")
    );
}

#[test]
fn a_query_series_keeps_field_syntax_after_its_first_colon() {
    let (st, _) = ViewState::parse("trend=q:title:Tebboune%20-visite");
    assert_eq!(st.trend, [Series::Query("title:Tebboune -visite".into())]);
}

#[test]
fn bad_series_are_dropped_with_a_notice_naming_the_parameter() {
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    let (st, notices) = ViewState::parse(&format!(
        "trend=gas,q:%20,colour:red,topic:%C3%89nergie,entity:Putin%07,source:{long},topic:energy&q=gaz"
    ));
    assert_eq!(st.trend, [Series::Topic("energy".into())]);
    assert_eq!(st.q, "gaz", "the rest of the link works");
    assert!(notices.iter().all(|n| n.param == "trend"), "{notices:?}");
    let shown: Vec<String> = notices.iter().map(ToString::to_string).collect();
    let all = shown.join("\n");
    for value in [
        "gas",
        "colour:red",
        "Énergie",
        "control",
        "longer than",
        "needs search text",
    ] {
        assert!(all.contains(value), "{value} in {all}");
    }
}

#[test]
fn more_than_four_series_keep_the_first_four_with_one_notice() {
    let (st, notices) = ViewState::parse(
        "trend=q:gas,q:gaz,q:%D0%B3%D0%B0%D0%B7,q:gas,topic:energy,q:%D8%BA%D8%A7%D8%B2,entity:Sahel",
    );
    assert_eq!(st.trend.len(), MAX_SERIES);
    assert_eq!(
        st.trend[3],
        Series::Topic("energy".into()),
        "a repeated series counts once"
    );
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].param, "trend");
    assert_eq!(notices[0].value, "q:غاز,entity:Sahel");
    let mut st = st;
    assert!(!st.add_series(Series::Entity("Sahel".into())));
    st.remove_series(&Series::Query("gaz".into()));
    assert!(st.add_series(Series::Entity("Sahel".into())));
    assert!(!st.add_series(Series::Entity("Sahel".into())));
}

#[test]
fn trend_share_accepts_one_or_zero() {
    assert!(!ViewState::parse("trend_share=0").0.trend_share);
    let (st, notices) = ViewState::parse("trend_share=yes");
    assert!(!st.trend_share);
    assert_eq!(notices[0].param, "trend_share");
}

#[test]
fn a_series_stands_in_for_its_kinds_selection_and_a_point_bounds_it() {
    let (st, _) = ViewState::parse(
        "q=pipeline&lang=fr&topic=energy,economy&entity=Sahel&from=2023&undated=1&trend=topic:defense,q:gaz,entity:Wagner%20Group&doc=x",
    );
    let topic = st.with_series(&st.trend[0]);
    assert_eq!(topic.topic, ["defense"]);
    assert_eq!(
        (topic.q.as_str(), topic.lang.clone(), topic.entity.clone()),
        ("pipeline", vec!["fr".to_string()], vec!["Sahel".to_string()])
    );
    assert_eq!(st.with_series(&st.trend[1]).q, "gaz");
    assert_eq!(st.with_series(&st.trend[2]).entity, ["Wagner Group"]);
    let base = st.without_kind(&st.trend[0]);
    assert!(base.topic.is_empty() && base.q == "pipeline");
    let month = PartialDate::month(2024, 3).unwrap();
    let point = st.at_point(&st.trend[1], month, month);
    assert_eq!(
        (point.from, point.to, point.undated),
        (Some(month), Some(month), false)
    );
    assert_eq!(point.q, "gaz");
    assert_eq!(point.trend, st.trend, "the chart stays");
}

#[test]
fn unknown_topics_names_and_outlets_are_dropped_with_one_notice_per_kind() {
    let (mut st, _) = ViewState::parse(
        "trend=topic:energy,topic:enrgy,entity:Lavrov,source:RFI,source:Fox,q:%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2",
    );
    let notices = st.drop_unknown_series(&["energy"], &["RFI"], &["Sergey Lavrov"]);
    // Only four series were kept from the link; the query one was the fifth.
    assert_eq!(
        st.trend,
        [Series::Topic("energy".into()), Series::Source("RFI".into())]
    );
    let values: Vec<&str> = notices.iter().map(|n| n.value.as_str()).collect();
    assert_eq!(values, ["topic:enrgy", "entity:Lavrov"]);
    assert!(notices.iter().all(|n| n.param == "trend"));
}

#[test]
fn clear_filters_keeps_the_trends() {
    let (mut st, _) = ViewState::parse("topic=energy&trend=topic:energy&trend_share=1");
    st.clear_filters();
    assert_eq!(st.to_query_string(), "trend=topic:energy&trend_share=1");
}

proptest::proptest! {
    #[test]
    fn any_series_in_any_script_round_trips(
        values in proptest::collection::vec(("[0-3]", "[^\\p{Cc}]{1,40}"), 1..6)
    ) {
        let mut st = ViewState::default();
        for (kind, value) in values {
            let value = value.trim().to_string();
            if value.is_empty() {
                continue;
            }
            let series = match kind.as_str() {
                "0" => Series::Query(value),
                "1" => Series::Entity(value),
                "2" => Series::Source(value),
                _ => Series::Topic(value.to_lowercase().chars().filter(char::is_ascii_alphanumeric).collect()),
            };
            if series.value().is_empty() {
                continue;
            }
            st.add_series(series);
        }
        let s = st.to_query_string();
        let (back, notices) = ViewState::parse(&s);
        proptest::prop_assert!(notices.is_empty(), "{:?} from {}", notices, s);
        proptest::prop_assert_eq!(back, st);
    }
}
