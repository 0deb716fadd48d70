//! The series of the trends view in the URL: `trend=q:gas,topic:defense,entity:Wagner%20Group`
//! (and `trend_share=1`), and the view each series counts under.
//!
//! Rules:
//! - A series is `KIND:VALUE` with `KIND` one of `q`, `topic`, `entity`, `source`;
//!   the list is split on the raw `,` before each series is decoded, so a comma
//!   inside a value (`q:gas,oil` meant as one query, an outlet "Reuters, Algiers")
//!   is written `%2C`, as `source=`/`entity=` names are. The value is what
//!   follows the first `:` (a `q` text may hold `title:gas`).
//! - A malformed series (no kind, an unknown kind, an empty value, a bad topic
//!   slug, control characters in a name, too long) is dropped with a notice
//!   naming `trend` and the value; a repeated series is kept once; the order
//!   is the reader's (it gives the series their colours); past [`MAX_SERIES`]
//!   the rest are dropped with one notice.
//! - A series stands in for the view's own selection of its kind: `q:gas`
//!   counts the view with `q=gas`, `topic:defense` the view with `topic=defense`
//!   (whatever topics the view selects), and so on; every other filter and the
//!   query of the view apply. Clicking a point gives exactly that view, bounded to
//!   the point's period: the count shown is the count the list then shows.

use super::{decode, encode, is_topic_slug, Notice, ViewState, MAX_NAME_CHARS, MAX_QUERY_CHARS};
use crate::model::PartialDate;

/// Most series one trends view draws: more lines than this are unreadable.
pub const MAX_SERIES: usize = 4;

/// What one line of the trends view counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Series {
    /// Articles matching this search text (query language of `q`).
    Query(String),
    /// Articles of this topic (slug).
    Topic(String),
    /// Articles mentioning this entity (canonical name).
    Entity(String),
    /// Articles from this outlet (canonical name).
    Source(String),
}

impl Series {
    /// The kind as written in the URL: `q`, `topic`, `entity`, `source`.
    pub fn kind(&self) -> &'static str {
        match self {
            Series::Query(_) => "q",
            Series::Topic(_) => "topic",
            Series::Entity(_) => "entity",
            Series::Source(_) => "source",
        }
    }

    /// The text, slug or name.
    pub fn value(&self) -> &str {
        match self {
            Series::Query(v) | Series::Topic(v) | Series::Entity(v) | Series::Source(v) => v,
        }
    }

    /// Reads one decoded `KIND:VALUE`, or says why it is not a series.
    pub fn parse(s: &str) -> Result<Series, String> {
        const FORM: &str = "not a series (q:TEXT, topic:SLUG, entity:NAME or source:NAME)";
        let (kind, value) = s.split_once(':').ok_or_else(|| FORM.to_string())?;
        if kind.trim() == "q" {
            let text: String = value
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let text = text.trim();
            if text.is_empty() {
                return Err("a q: series needs search text".into());
            }
            if text.chars().count() > MAX_QUERY_CHARS {
                return Err(format!("search text longer than {MAX_QUERY_CHARS} characters"));
            }
            return Ok(Series::Query(text.to_string()));
        }
        let value = value.trim();
        if value.is_empty() {
            return Err(FORM.into());
        }
        if value.chars().any(char::is_control) {
            return Err("not a name (control characters)".into());
        }
        if value.chars().count() > MAX_NAME_CHARS {
            return Err(format!("longer than {MAX_NAME_CHARS} characters"));
        }
        match kind.trim() {
            "topic" if is_topic_slug(value) => Ok(Series::Topic(value.into())),
            "topic" => Err("not a topic slug (lowercase letters, digits, '-')".into()),
            "entity" => Ok(Series::Entity(value.into())),
            "source" => Ok(Series::Source(value.into())),
            _ => Err(FORM.into()),
        }
    }

    /// `KIND:VALUE` encoded for the URL, a comma as `%2C`.
    pub fn to_param(&self) -> String {
        format!("{}:{}", self.kind(), encode(self.value()).replace(',', "%2C"))
    }
}

/// Reads the raw (still encoded) value of one `trend=` into `into`, noting bad series.
pub(super) fn parse_list(raw: &str, into: &mut Vec<Series>, note: &mut dyn FnMut(&str, &str, String)) {
    for piece in raw.split(',') {
        let item = decode(piece);
        if item.trim().is_empty() {
            continue;
        }
        match Series::parse(&item) {
            Ok(s) if !into.contains(&s) => into.push(s),
            Ok(_) => {}
            Err(reason) => note("trend", &item, reason),
        }
    }
}

/// Keeps the first [`MAX_SERIES`] series, with one notice naming the rest.
pub(super) fn cap(series: &mut Vec<Series>, note: &mut dyn FnMut(&str, &str, String)) {
    if series.len() > MAX_SERIES {
        let rest: Vec<String> = series
            .drain(MAX_SERIES..)
            .map(|s| format!("{}:{}", s.kind(), s.value()))
            .collect();
        note(
            "trend",
            &rest.join(","),
            format!("at most {MAX_SERIES} series; the rest were dropped"),
        );
    }
}

impl ViewState {
    /// The `trend=` value, series in the reader's order (empty without series).
    pub(super) fn trend_param(&self) -> String {
        self.trend
            .iter()
            .map(Series::to_param)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Adds a series (if new and fewer than [`MAX_SERIES`]); returns whether it was added.
    pub fn add_series(&mut self, series: Series) -> bool {
        if self.trend.len() >= MAX_SERIES || self.trend.contains(&series) {
            return false;
        }
        self.trend.push(series);
        true
    }

    /// Removes a series.
    pub fn remove_series(&mut self, series: &Series) {
        self.trend.retain(|s| s != series);
    }

    /// The view `series` counts under: this view with the series in place of
    /// its kind's selection (see the module documentation). Date bounds are
    /// kept: the trends axis ignores them, as the timeline's does.
    pub fn with_series(&self, series: &Series) -> ViewState {
        let mut v = self.without_kind(series);
        match series {
            Series::Query(q) => v.q = q.clone(),
            Series::Topic(t) => v.topic = vec![t.clone()],
            Series::Entity(e) => v.entity = vec![e.clone()],
            Series::Source(s) => v.source = vec![s.clone()],
        }
        v
    }

    /// This view without the selection of the series' kind: what its share is
    /// a share of ("all articles" under the view's other filters).
    pub fn without_kind(&self, series: &Series) -> ViewState {
        let mut v = self.clone();
        match series {
            Series::Query(_) => v.q.clear(),
            Series::Topic(_) => v.topic.clear(),
            Series::Entity(_) => v.entity.clear(),
            Series::Source(_) => v.source.clear(),
        }
        v
    }

    /// The view a point of the chart opens: the series' view bounded to the
    /// period (undated articles left out, as the count leaves them out).
    pub fn at_point(&self, series: &Series, from: PartialDate, to: PartialDate) -> ViewState {
        let mut v = self.with_series(series);
        v.set_range(Some(from), Some(to));
        v.undated = false;
        v
    }

    /// Removes the series whose topic, outlet or entity this dossier does not
    /// have, with one notice per kind (as [`ViewState::drop_unknown`] does).
    pub fn drop_unknown_series(
        &mut self,
        topics: &[&str],
        sources: &[&str],
        entities: &[&str],
    ) -> Vec<Notice> {
        let mut dropped: [Vec<String>; 3] = Default::default();
        self.trend.retain(|s| {
            let (slot, known) = match s {
                Series::Query(_) => return true,
                Series::Topic(t) => (0, topics.contains(&t.as_str())),
                Series::Source(n) => (1, sources.contains(&n.as_str())),
                Series::Entity(n) => (2, entities.contains(&n.as_str())),
            };
            if !known {
                dropped[slot].push(format!("{}:{}", s.kind(), s.value()));
            }
            known
        });
        let reasons = [
            "no such topic in this dossier",
            "no article of this dossier comes from this outlet",
            "not a person, place or organisation of this dossier's gazetteer",
        ];
        dropped
            .into_iter()
            .zip(reasons)
            .filter(|(d, _)| !d.is_empty())
            .map(|(d, reason)| Notice {
                param: "trend".into(),
                value: d.join(","),
                reason: format!("not in this dossier ({reason})"),
            })
            .collect()
    }
}
