//! Reading and writing the query string: [`ViewState::parse`] and
//! [`ViewState::to_query_string`] (the rules are in the [module documentation](super)).

use super::{
    canonical_origins, decode, encode, is_lang_code, is_topic_slug, sort_dedup, Notice, Sort, ViewState,
    MAX_NAME_CHARS, MAX_QUERY_CHARS,
};
use crate::model::{Origin, PartialDate};

fn short(s: &str) -> String {
    if s.chars().count() > 80 {
        let mut t: String = s.chars().take(80).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

impl ViewState {
    /// Parses a query string (with or without the leading `?`). Never panics.
    pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
        let mut st = ViewState::default();
        let mut notices = Vec::new();
        let mut note = |param: &str, value: &str, reason: String| {
            notices.push(Notice {
                param: param.to_string(),
                value: short(value),
                reason,
            })
        };
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = query.split('#').next().unwrap_or("");
        for piece in query.split('&') {
            if piece.is_empty() {
                continue;
            }
            let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
            let key = decode(k);
            if key == "trend" {
                // Split before decoding, as for names.
                super::trend::parse_list(v, &mut st.trend, &mut note);
                continue;
            }
            if key == "source" || key == "entity" {
                // Split before decoding: a name may hold an encoded comma.
                for raw in v.split(',') {
                    let name = decode(raw);
                    let name = name.trim();
                    if name.is_empty() {
                        continue;
                    }
                    if name.chars().any(char::is_control) {
                        note(&key, name, "not a name (control characters)".into());
                    } else if name.chars().count() > MAX_NAME_CHARS {
                        note(&key, name, format!("longer than {MAX_NAME_CHARS} characters"));
                    } else if key == "source" {
                        st.source.push(name.to_string());
                    } else {
                        st.entity.push(name.to_string());
                    }
                }
                continue;
            }
            let val = decode(v);
            match key.as_str() {
                "q" => {
                    let cleaned: String = val
                        .chars()
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect();
                    // A trailing space says the last word is finished (it is
                    // not matched as a prefix): kept, as one space.
                    let mut q = cleaned.trim().to_string();
                    if cleaned.ends_with(char::is_whitespace) && !q.is_empty() {
                        q.push(' ');
                    }
                    if q.chars().count() > MAX_QUERY_CHARS {
                        note(
                            "q",
                            &val,
                            format!("longer than {MAX_QUERY_CHARS} characters; the rest was cut"),
                        );
                        q = q
                            .chars()
                            .take(MAX_QUERY_CHARS)
                            .collect::<String>()
                            .trim()
                            .to_string();
                    }
                    st.q = q;
                }
                "lang" => {
                    for l in val.split(',').map(str::trim).filter(|l| !l.is_empty()) {
                        if is_lang_code(l) {
                            st.lang.push(l.to_string());
                        } else {
                            note(
                                "lang",
                                l,
                                "not a language code (two lowercase letters, ISO 639-1)".into(),
                            );
                        }
                    }
                }
                "topic" => {
                    for t in val.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                        if is_topic_slug(t) {
                            st.topic.push(t.to_string());
                        } else {
                            note(
                                "topic",
                                t,
                                "not a topic slug (lowercase letters, digits, '-')".into(),
                            );
                        }
                    }
                }
                "origin" => {
                    for o in val.split(',').map(str::trim).filter(|o| !o.is_empty()) {
                        match Origin::parse(o) {
                            Some(o) => st.origin.push(o),
                            None => note("origin", o, "must be bundled or added".into()),
                        }
                    }
                }
                "from" | "to" => {
                    let slot = if key == "from" { &mut st.from } else { &mut st.to };
                    if val.trim().is_empty() {
                        *slot = None;
                    } else {
                        match PartialDate::parse(&val) {
                            Ok(d) => *slot = Some(d),
                            Err(e) => note(&key, &val, e.0),
                        }
                    }
                }
                "undated" => match val.as_str() {
                    "1" => st.undated = true,
                    "0" | "" => st.undated = false,
                    _ => note("undated", &val, "must be 1 (keep undated articles) or 0".into()),
                },
                "trend_share" => match val.as_str() {
                    "1" => st.trend_share = true,
                    "0" | "" => st.trend_share = false,
                    _ => note(
                        "trend_share",
                        &val,
                        "must be 1 (share of all articles) or 0".into(),
                    ),
                },
                "group" => match val.as_str() {
                    "0" => st.ungrouped = true,
                    "1" => st.ungrouped = false,
                    _ => note(
                        "group",
                        &val,
                        "must be 0 (list every article separately) or 1".into(),
                    ),
                },
                "sort" => match Sort::parse(&val) {
                    Some(s) => st.sort = Some(s),
                    None => note("sort", &val, "must be relevance, newest or oldest".into()),
                },
                "doc" => {
                    let id = val.trim();
                    if id.is_empty() || id.chars().any(char::is_control) {
                        note("doc", &val, "not an article id".into());
                    } else {
                        st.doc = Some(id.to_string());
                    }
                }
                "" => {}
                _ => st.extra.push((key, val)),
            }
        }
        super::trend::cap(&mut st.trend, &mut note);
        if let (Some(f), Some(t)) = (st.from, st.to) {
            if f.first_day() > t.last_day() {
                note(
                    "to",
                    &t.to_string(),
                    format!("is before from={f}; the range would be empty"),
                );
                st.to = None;
            }
        }
        sort_dedup(&mut st.lang);
        sort_dedup(&mut st.topic);
        sort_dedup(&mut st.source);
        sort_dedup(&mut st.entity);
        st.origin = canonical_origins(&st.origin);
        (st, super::known::coalesce(notices))
    }

    /// The canonical query string, without the leading `?` (empty for the default view).
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        let list = |v: &[String]| {
            let mut v = v.to_vec();
            sort_dedup(&mut v);
            v.iter().map(|s| encode(s)).collect::<Vec<_>>().join(",")
        };
        if !self.lang.is_empty() {
            parts.push(format!("lang={}", list(&self.lang)));
        }
        if !self.topic.is_empty() {
            parts.push(format!("topic={}", list(&self.topic)));
        }
        if !self.origin.is_empty() {
            let names: Vec<&str> = canonical_origins(&self.origin)
                .iter()
                .map(|o| o.as_str())
                .collect();
            parts.push(format!("origin={}", names.join(",")));
        }
        let names = |v: &[String]| {
            let mut v = v.to_vec();
            sort_dedup(&mut v);
            let v: Vec<String> = v.iter().map(|s| encode(s).replace(',', "%2C")).collect();
            v.join(",")
        };
        if !self.source.is_empty() {
            parts.push(format!("source={}", names(&self.source)));
        }
        if !self.entity.is_empty() {
            parts.push(format!("entity={}", names(&self.entity)));
        }
        if let Some(f) = self.from {
            parts.push(format!("from={f}"));
        }
        if let Some(t) = self.to {
            parts.push(format!("to={t}"));
        }
        if self.undated {
            parts.push("undated=1".into());
        }
        if self.ungrouped {
            parts.push("group=0".into());
        }
        if let Some(s) = self.sort {
            parts.push(format!("sort={}", s.as_str()));
        }
        if !self.trend.is_empty() {
            parts.push(format!("trend={}", self.trend_param()));
        }
        if self.trend_share {
            parts.push("trend_share=1".into());
        }
        if let Some(d) = &self.doc {
            parts.push(format!("doc={}", encode(d)));
        }
        for (k, v) in &self.extra {
            parts.push(format!("{}={}", encode(k), encode(v)));
        }
        parts.join("&")
    }
}
