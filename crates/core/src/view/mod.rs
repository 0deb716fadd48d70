//! The view state and its shareable query string (INTERFACE.md §3).
//!
//! [`ViewState::parse`] accepts any string without panicking: malformed values are
//! dropped with a [`Notice`] naming the parameter, the value and the reason;
//! unknown parameters are kept in [`ViewState::extra`] in their original order.
//! [`ViewState::to_query_string`] writes the canonical form: parameters in the
//! order `q, lang, topic, origin, source, entity, from, to, undated, group, sort, trend, trend_share, doc`, then the unknown
//! ones; lists sorted and deduplicated (`origin` in the order `bundled,added`);
//! so equal states give equal URLs.
//!
//! Decisions:
//! - `q` is trimmed (trailing whitespace becomes one space: it says the last
//!   word is finished, see [`crate::search::parse_query`]), control characters
//!   become spaces, and it is cut to [`MAX_QUERY_CHARS`] characters (with a
//!   notice). An empty `q` is no query.
//! - A repeated single-valued parameter (`q`, `from`, `to`, `undated`, `group`, `sort`,
//!   `doc`): the last one wins. Repeated `lang`/`topic`/`origin`/`source`/`entity`
//!   lists are merged.
//! - `lang` entries must be two lowercase ASCII letters (ISO 639-1 form); `topic`
//!   entries lowercase ASCII letters, digits, `-` or `_`; `origin` entries
//!   `bundled` (the corpus the site was built with) or `added` (the reader's own
//!   files), OR within, AND with the other filters.
//! - `source` (outlets) and `entity` (people, places, organisations) hold
//!   canonical names, which may contain spaces and commas: the list is split on
//!   the raw `,` before each name is decoded, and names are written with `,`
//!   encoded as `%2C`. A name is trimmed; an empty one is skipped; one with a
//!   control character or longer than [`MAX_NAME_CHARS`] is dropped with a notice.
//! - `from` after `to` (the first day of `from` after the last day of `to`): `to`
//!   is dropped with a notice, `from` is kept.
//! - `undated` accepts `1` (on) and `0` (off, same as absent).
//! - `group` accepts `0` (every article listed separately) and `1` (one entry
//!   per story, the default, same as absent); it is not a filter, so
//!   [`ViewState::clear_filters`] keeps it.
//! - [`ViewState::clear_filters`] clears `lang`, `topic`, `origin`, `source`,
//!   `entity`, `from`, `to` and `undated`, and keeps `q`, `group`, `sort`, `doc`, the trends and unknown parameters.
//! - `trend` lists up to four series of the trends view in the reader's order and
//!   `trend_share=1` shows them as a share of all articles (rules in [`trend`]);
//!   neither is a filter of the list.

mod known;
mod percent;
mod query_string;
mod trend;

pub use percent::{decode, encode};
pub use trend::{Series, MAX_SERIES};

use crate::model::{Origin, PartialDate};
use std::fmt;

/// Longest search text kept from a URL, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;

/// Longest outlet or entity name kept from a URL, in characters.
pub const MAX_NAME_CHARS: usize = 200;

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
    /// Origins (OR), in canonical order (bundled first), deduplicated; empty = all.
    pub origin: Vec<Origin>,
    /// Outlets (canonical source names, OR), sorted, deduplicated.
    pub source: Vec<String>,
    /// Entities (canonical gazetteer names of any kind, OR), sorted, deduplicated.
    pub entity: Vec<String>,
    /// Inclusive lower date bound.
    pub from: Option<PartialDate>,
    /// Inclusive upper date bound.
    pub to: Option<PartialDate>,
    /// Keep undated articles when a date bound is set.
    pub undated: bool,
    /// `group=0`: list every article separately instead of one entry per story.
    pub ungrouped: bool,
    /// Explicit order; `None` means the default (see [`ViewState::effective_sort`]).
    pub sort: Option<Sort>,
    /// Series of the trends view (at most [`MAX_SERIES`]), in the reader's order.
    pub trend: Vec<Series>,
    /// Show the trends as a share of all articles of each period.
    pub trend_share: bool,
    /// Id of the article open in the reader.
    pub doc: Option<String>,
    /// Unknown parameters, decoded, in their original order.
    pub extra: Vec<(String, String)>,
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
    // The crate's shared sort: one sort implementation in the wasm.
    crate::sort::sort_by(v, |a, b| a.cmp(b));
    v.dedup();
}

/// `origins` in canonical order (bundled first), each once; no sort needed for two values.
fn canonical_origins(origins: &[Origin]) -> Vec<Origin> {
    Origin::ALL.into_iter().filter(|o| origins.contains(o)).collect()
}

impl ViewState {
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

    /// Whether any filter (language, topic, origin, source, entity, date,
    /// undated) is set.
    pub fn has_filters(&self) -> bool {
        !self.lang.is_empty()
            || !self.topic.is_empty()
            || !self.origin.is_empty()
            || !self.source.is_empty()
            || !self.entity.is_empty()
            || self.has_date_bound()
            || self.undated
    }

    /// Turns a language on or off (keeps the list sorted).
    pub fn toggle_lang(&mut self, lang: &str) {
        toggle(&mut self.lang, lang);
    }

    /// Turns a topic on or off (keeps the list sorted).
    pub fn toggle_topic(&mut self, slug: &str) {
        toggle(&mut self.topic, slug);
    }

    /// Turns an outlet on or off (keeps the list sorted).
    pub fn toggle_source(&mut self, name: &str) {
        toggle(&mut self.source, name);
    }

    /// Turns an entity on or off (keeps the list sorted).
    pub fn toggle_entity(&mut self, name: &str) {
        toggle(&mut self.entity, name);
    }

    /// Turns an origin on or off (keeps the list in canonical order).
    pub fn toggle_origin(&mut self, origin: Origin) {
        if let Some(i) = self.origin.iter().position(|&o| o == origin) {
            self.origin.remove(i);
        } else {
            self.origin.push(origin);
            self.origin = canonical_origins(&self.origin);
        }
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

    /// Clears language, topic, origin, source, entity, date bounds and
    /// `undated`; keeps `q`, `sort`, `doc` and unknown parameters.
    pub fn clear_filters(&mut self) {
        self.lang.clear();
        self.topic.clear();
        self.origin.clear();
        self.source.clear();
        self.entity.clear();
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
mod names_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trend_tests;
