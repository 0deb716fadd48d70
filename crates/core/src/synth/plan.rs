//! The benchmark plan shared by `cargo xtask bench` and the engine examples:
//! queries, facets and date bounds, their kinds, and latency summaries.

use crate::view::ViewState;

/// The benchmark plan (shared by `cargo xtask bench` and the
/// `engine_latency` example): queries in all four languages.
/// (query, language facet, topic facet): single words, phrases, prefixes,
/// entity names, two-word queries, with and without facets.
pub const BENCH_QUERIES: &[(&str, Option<&str>, Option<&str>)] = &[
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
pub const BENCH_FACETS: &[(&str, &str)] = &[
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
pub const BENCH_YEARS: &[(&str, &str)] =
    &[("from", "2010"), ("from", "2020"), ("to", "2015"), ("to", "2005")];

/// The kinds [`state_kind`] gives, in report order, then `all`.
pub const STATE_KINDS: [&str; 6] = [
    "words",
    "words + facets",
    "phrase",
    "prefix",
    "filters only",
    "all",
];

/// Nearest-rank quantile `q` of `values` (`None` when empty).
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len().max(1));
    v.get(rank - 1).copied()
}

/// (kind, p50, p95) for each of [`STATE_KINDS`] that has samples, from
/// `(kind, milliseconds)` samples.
pub fn latency_by_kind(samples: &[(&str, f64)]) -> Vec<(&'static str, f64, f64)> {
    STATE_KINDS
        .iter()
        .filter_map(|&k| {
            let v: Vec<f64> = samples
                .iter()
                .filter(|(s, _)| k == "all" || *s == k)
                .map(|(_, ms)| *ms)
                .collect();
            Some((k, quantile(&v, 0.5)?, quantile(&v, 0.95)?))
        })
        .collect()
}

/// The kind of a [`bench_states`] state, for per-kind latency figures:
/// `phrase`, `prefix`, `filters only`, `words + facets` or `words`.
pub fn state_kind(s: &ViewState) -> &'static str {
    if s.q.contains('"') {
        "phrase"
    } else if s.q.contains('*') {
        "prefix"
    } else if s.q.is_empty() {
        "filters only"
    } else if !s.lang.is_empty() || !s.topic.is_empty() {
        "words + facets"
    } else {
        "words"
    }
}

/// The plan as view states for the native engine: every query (with its facets),
/// every facet alone, every date bound alone.
pub fn bench_states() -> Vec<ViewState> {
    let mut out = Vec::new();
    for (q, lang, topic) in BENCH_QUERIES {
        let mut s = ViewState {
            q: q.to_string(),
            ..ViewState::default()
        };
        s.lang.extend(lang.map(str::to_string));
        s.topic.extend(topic.map(str::to_string));
        out.push(s);
    }
    for (param, value) in BENCH_FACETS {
        let mut s = ViewState::default();
        match *param {
            "lang" => s.toggle_lang(value),
            _ => s.toggle_topic(value),
        }
        out.push(s);
    }
    for (param, year) in BENCH_YEARS {
        let query = format!("{param}={year}");
        out.push(ViewState::parse(&query).0);
    }
    out
}
