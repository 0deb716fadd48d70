//! `source` and `entity` in the URL: canonical names with spaces, commas and
//! any script survive a round trip; bad names are dropped with a notice.

use super::*;
use proptest::prelude::*;

#[test]
fn names_in_any_script_parse_sorted_and_deduplicated() {
    let (st, notices) = ViewState::parse(
        "entity=Wagner%20Group,Sergey+Lavrov,%D0%93%D0%B0%D0%B7%D0%BF%D1%80%D0%BE%D0%BC,Sergey%20Lavrov&source=RFI&source=El%20Watan,%20,",
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(st.entity, ["Sergey Lavrov", "Wagner Group", "Газпром"]);
    assert_eq!(st.source, ["El Watan", "RFI"]);
    assert!(st.has_filters());
    assert_eq!(
        st.to_query_string(),
        "source=El%20Watan,RFI&entity=Sergey%20Lavrov,Wagner%20Group,%D0%93%D0%B0%D0%B7%D0%BF%D1%80%D0%BE%D0%BC"
    );
}

#[test]
fn a_comma_inside_a_name_is_encoded_and_read_back() {
    let mut st = ViewState::default();
    st.toggle_source("Reuters, Algiers bureau");
    st.toggle_source("APS");
    st.toggle_entity("الجزائر");
    let s = st.to_query_string();
    assert_eq!(
        s,
        "source=APS,Reuters%2C%20Algiers%20bureau&entity=%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1"
    );
    let (back, notices) = ViewState::parse(&s);
    assert!(notices.is_empty());
    assert_eq!(back, st);
    st.toggle_source("APS");
    assert_eq!(st.source, ["Reuters, Algiers bureau"]);
}

#[test]
fn bad_names_are_dropped_with_a_notice_naming_the_parameter() {
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    let (st, notices) = ViewState::parse(&format!("source=RFI,{long}&entity=Putin%07,Vladimir%20Putin"));
    assert_eq!(st.source, ["RFI"]);
    assert_eq!(st.entity, ["Vladimir Putin"]);
    assert_eq!(notices.len(), 2);
    assert_eq!(notices[0].param, "source");
    assert!(notices[0].reason.contains("longer than"), "{}", notices[0]);
    assert_eq!(notices[1].param, "entity");
    assert!(notices[1].reason.contains("control"), "{}", notices[1]);
}

#[test]
fn clear_filters_clears_names_and_keeps_the_rest() {
    let (mut st, _) = ViewState::parse("q=gaz&source=RFI&entity=Sergey%20Lavrov&doc=a");
    st.clear_filters();
    assert!(!st.has_filters());
    assert_eq!(st.to_query_string(), "q=gaz&doc=a");
}

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(' '),
            Just(','),
            Just('%'),
            Just('+'),
            Just('&'),
            Just('='),
            proptest::char::range('a', 'z'),
            proptest::char::range('А', 'я'),
            proptest::char::range('ء', 'ي'),
            Just('é'),
        ],
        1..15,
    )
    .prop_filter_map("a name", |v| {
        let s: String = v.into_iter().collect::<String>().trim().to_string();
        (!s.is_empty()).then_some(s)
    })
}

proptest! {
    #[test]
    fn names_round_trip(sources in proptest::collection::vec(name(), 0..4),
                        entities in proptest::collection::vec(name(), 0..4)) {
        let mut st = ViewState::default();
        for s in &sources {
            if !st.source.contains(s) {
                st.toggle_source(s);
            }
        }
        for e in &entities {
            if !st.entity.contains(e) {
                st.toggle_entity(e);
            }
        }
        let s = st.to_query_string();
        let (back, notices) = ViewState::parse(&s);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(&back, &st);
        prop_assert_eq!(back.to_query_string(), s);
    }
}
