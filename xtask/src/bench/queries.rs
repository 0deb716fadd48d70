//! The fixed measurement plan: the same queries, facet clicks and date bounds
//! for Dossier, Pagefind and MiniSearch, in all four languages.

use serde_json::{json, Value};

/// (query, language facet, topic facet): single words, phrases, prefixes,
/// entity names, two-word queries, with and without facets.
const QUERIES: &[(&str, Option<&str>, Option<&str>)] = &[
    ("minister", None, None),
    ("pipeline", None, None),
    ("\"foreign minister\"", None, None),
    ("invest*", None, None),
    ("Tebboune", None, None),
    ("gas exports", None, None),
    ("ministre", None, None),
    ("gazoduc", None, None),
    ("\"chef d'état-major\"", None, None),
    ("économ*", None, None),
    ("Lavrov", None, None),
    ("وزير", None, None),
    ("الغاز", None, None),
    ("\"وزير الخارجية\"", None, None),
    ("اقتصاد*", None, None),
    ("تبون", None, None),
    ("министр", None, None),
    ("газопровод", None, None),
    ("\"министр иностранных дел\"", None, None),
    ("экономи*", None, None),
    ("Лавров", None, None),
    ("security", Some("en"), None),
    ("sécurité", Some("fr"), None),
    ("الأمن", Some("ar"), None),
    ("безопасность", Some("ru"), None),
    ("gas", None, Some("energy")),
    ("sanctions", None, Some("ukraine-war")),
    ("ministre", Some("fr"), Some("diplomacy")),
    ("Putin", Some("en"), Some("diplomacy")),
];

/// Facet values clicked on and off again.
const FACETS: &[(&str, &str)] = &[
    ("lang", "en"),
    ("lang", "fr"),
    ("lang", "ar"),
    ("lang", "ru"),
    ("topic", "energy"),
    ("topic", "defense"),
    ("topic", "diplomacy"),
    ("topic", "ukraine-war"),
];

/// Date bounds set and cleared again.
const YEARS: &[(&str, &str)] = &[("from", "2010"), ("from", "2020"), ("to", "2015"), ("to", "2005")];

/// The plan as the page scripts take it.
pub fn plan() -> Value {
    json!({
        "queries": QUERIES.iter().map(|(q, lang, topic)| json!({"q": q, "lang": lang, "topic": topic})).collect::<Vec<_>>(),
        "facets": FACETS,
        "years": YEARS,
    })
}

/// The plan as view states for the native engine: every query (with its facets),
/// every facet alone, every date bound alone.
pub fn states() -> Vec<dossier_core::view::ViewState> {
    use dossier_core::view::ViewState;
    let mut out = Vec::new();
    for (q, lang, topic) in QUERIES {
        let mut s = ViewState {
            q: q.to_string(),
            ..ViewState::default()
        };
        s.lang.extend(lang.map(str::to_string));
        s.topic.extend(topic.map(str::to_string));
        out.push(s);
    }
    for (param, value) in FACETS {
        let mut s = ViewState::default();
        match *param {
            "lang" => s.toggle_lang(value),
            _ => s.toggle_topic(value),
        }
        out.push(s);
    }
    for (param, year) in YEARS {
        let query = format!("{param}={year}");
        out.push(ViewState::parse(&query).0);
    }
    out
}
