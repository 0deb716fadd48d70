//! The view state and its shareable query string (INTERFACE.md §3).
//!
//! [`ViewState::parse`] accepts any string without panicking: malformed values are
//! dropped with a [`Notice`] naming the parameter, the value and the reason;
//! unknown parameters are kept in [`ViewState::extra`] in their original order.
//! [`ViewState::to_query_string`] writes the canonical form: parameters in the
//! order `q, lang, topic, from, to, undated, sort, doc`, then the unknown ones;
//! lists sorted and deduplicated; so equal states give equal URLs.
//!
//! Decisions:
//! - `q` is trimmed, control characters become spaces, and it is cut to
//!   [`MAX_QUERY_CHARS`] characters (with a notice). An empty `q` is no query.
//! - A repeated single-valued parameter (`q`, `from`, `to`, `undated`, `sort`,
//!   `doc`): the last one wins. Repeated `lang`/`topic` lists are merged.
//! - `lang` entries must be two lowercase ASCII letters (ISO 639-1 form); `topic`
//!   entries lowercase ASCII letters, digits, `-` or `_`.
//! - `from` after `to` (the first day of `from` after the last day of `to`): `to`
//!   is dropped with a notice, `from` is kept.
//! - `undated` accepts `1` (on) and `0` (off, same as absent).
//! - [`ViewState::clear_filters`] clears `lang`, `topic`, `from`, `to` and
//!   `undated`, and keeps `q`, `sort`, `doc` and unknown parameters.

mod percent;

pub use percent::{decode, encode};

use crate::model::PartialDate;
use std::fmt;

/// Longest search text kept from a URL, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match first (BM25); the default when there is a query.
    Relevance,
    /// Latest date first; the default without a query.
    Newest,
    /// Earliest date first.
    Oldest,
}

impl Sort {
    /// The URL value: `relevance`, `newest` or `oldest`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    /// Parses a URL value.
    pub fn parse(s: &str) -> Option<Sort> {
        match s {
            "relevance" => Some(Sort::Relevance),
            "newest" => Some(Sort::Newest),
            "oldest" => Some(Sort::Oldest),
            _ => None,
        }
    }
}

/// A malformed URL value that was dropped, for display in `[data-testid=notice]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The parameter name (`from`, `lang`, ...).
    pub param: String,
    /// The offending value (as decoded, shortened to 80 characters).
    pub value: String,
    /// Why it was dropped.
    pub reason: String,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ignored {}={:?}: {}", self.param, self.value, self.reason)
    }
}

/// Everything a URL says about the view. See the module documentation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Search text (query language of INTERFACE.md §3); empty = no query.
    pub q: String,
    /// Languages (OR), sorted, deduplicated.
    pub lang: Vec<String>,
    /// Topic slugs (OR), sorted, deduplicated.
    pub topic: Vec<String>,
    /// Inclusive lower date bound.
    pub from: Option<PartialDate>,
    /// Inclusive upper date bound.
    pub to: Option<PartialDate>,
    /// Keep undated articles when a date bound is set.
    pub undated: bool,
    /// Explicit order; `None` means the default (see [`ViewState::effective_sort`]).
    pub sort: Option<Sort>,
    /// Id of the article open in the reader.
    pub doc: Option<String>,
    /// Unknown parameters, decoded, in their original order.
    pub extra: Vec<(String, String)>,
}

fn short(s: &str) -> String {
    if s.chars().count() > 80 {
        let mut t: String = s.chars().take(80).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

/// Whether `s` has the form of an ISO 639-1 code (two lowercase ASCII letters), or
/// is `und`, the code ingest gives articles whose language it could not tell.
pub fn is_lang_code(s: &str) -> bool {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase())) || s == crate::ingest::lang::UNDETERMINED
}

/// Whether `s` is a valid topic slug (lowercase ASCII letters, digits, `-`, `_`).
pub fn is_topic_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn sort_dedup(v: &mut Vec<String>) {
    // The search module's shared sort: one sort implementation in the wasm.
    crate::search::sort::sort_by(v, |a, b| a.cmp(b));
    v.dedup();
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
            let val = decode(v);
            match key.as_str() {
                "q" => {
                    let cleaned: String = val
                        .chars()
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect();
                    let mut q = cleaned.trim().to_string();
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
        (st, notices)
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
        if let Some(f) = self.from {
            parts.push(format!("from={f}"));
        }
        if let Some(t) = self.to {
            parts.push(format!("to={t}"));
        }
        if self.undated {
            parts.push("undated=1".into());
        }
        if let Some(s) = self.sort {
            parts.push(format!("sort={}", s.as_str()));
        }
        if let Some(d) = &self.doc {
            parts.push(format!("doc={}", encode(d)));
        }
        for (k, v) in &self.extra {
            parts.push(format!("{}={}", encode(k), encode(v)));
        }
        parts.join("&")
    }

    /// The order results are shown in: the explicit `sort`, else relevance with a
    /// query and newest without. `relevance` without a query means newest.
    pub fn effective_sort(&self) -> Sort {
        let has_q = !self.q.trim().is_empty();
        match self.sort {
            Some(Sort::Relevance) | None if has_q => Sort::Relevance,
            Some(Sort::Relevance) | None => Sort::Newest,
            Some(s) => s,
        }
    }

    /// Whether a date bound is set.
    pub fn has_date_bound(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether any filter (language, topic, date, undated) is set.
    pub fn has_filters(&self) -> bool {
        !self.lang.is_empty() || !self.topic.is_empty() || self.has_date_bound() || self.undated
    }

    /// Turns a language on or off (keeps the list sorted).
    pub fn toggle_lang(&mut self, lang: &str) {
        toggle(&mut self.lang, lang);
    }

    /// Turns a topic on or off (keeps the list sorted).
    pub fn toggle_topic(&mut self, slug: &str) {
        toggle(&mut self.topic, slug);
    }

    /// Sets (or clears with `None`) the lower date bound.
    pub fn set_from(&mut self, from: Option<PartialDate>) {
        self.from = from;
    }

    /// Sets (or clears with `None`) the upper date bound.
    pub fn set_to(&mut self, to: Option<PartialDate>) {
        self.to = to;
    }

    /// Sets both bounds, e.g. from a histogram bar.
    pub fn set_range(&mut self, from: Option<PartialDate>, to: Option<PartialDate>) {
        self.from = from;
        self.to = to;
    }

    /// Clears language, topic, date bounds and `undated`; keeps `q`, `sort`, `doc`
    /// and unknown parameters.
    pub fn clear_filters(&mut self) {
        self.lang.clear();
        self.topic.clear();
        self.from = None;
        self.to = None;
        self.undated = false;
    }
}

fn toggle(list: &mut Vec<String>, value: &str) {
    if let Some(i) = list.iter().position(|v| v == value) {
        list.remove(i);
    } else {
        list.push(value.to_string());
        sort_dedup(list);
    }
}

#[cfg(test)]
mod tests;
