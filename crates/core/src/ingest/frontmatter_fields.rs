//! Front matter fields: the YAML or TOML block parsed into plain values, then
//! checked field by field into a [`FrontMatter`], each error naming its field
//! and line.

use super::clipped::{day_of_datetime, joined_names, primary_language, unlinked, url_host};
use super::shape::key_lines;
use super::{line_of, FrontMatter, ReadError};
use crate::ingest::date::date_line;
use crate::model::PartialDate;

/// The front matter of `block` (YAML when `yaml`, else TOML), whose lines are
/// `lines` (file lines 2..), checked field by field.
pub(super) fn parse(block: &str, yaml: bool, lines: &[&str]) -> Result<FrontMatter, ReadError> {
    let fields = if yaml {
        parse_yaml(block)?
    } else {
        parse_toml(block)?
    };
    build(fields, lines)
}

/// A front matter value reduced to what the fields need.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    Null,
    Str(String),
    Int(i64),
    List(Vec<Val>),
    Other(&'static str),
}

fn parse_yaml(block: &str) -> Result<Vec<(String, Val)>, ReadError> {
    if block.trim().is_empty() {
        return Ok(Vec::new());
    }
    let value: serde_norway::Value = serde_norway::from_str(block).map_err(|e| {
        let line = e.location().map(|l| l.line() + 1);
        ReadError::new(line, format!("front matter is not valid YAML: {e}"))
    })?;
    let map = match value {
        serde_norway::Value::Mapping(m) => m,
        serde_norway::Value::Null => return Ok(Vec::new()),
        _ => {
            return Err(ReadError::new(
                Some(2),
                "front matter is not a mapping of `key: value` lines",
            ))
        }
    };
    fn conv(v: serde_norway::Value) -> Val {
        use serde_norway::Value as Y;
        match v {
            Y::Null => Val::Null,
            Y::String(s) => Val::Str(s),
            Y::Number(n) => n.as_i64().map(Val::Int).unwrap_or(Val::Other("a number")),
            Y::Bool(_) => Val::Other("a boolean"),
            Y::Sequence(s) => Val::List(s.into_iter().map(conv).collect()),
            Y::Mapping(_) => Val::Other("a mapping"),
            Y::Tagged(t) => conv(t.value),
        }
    }
    let mut out = Vec::new();
    for (k, v) in map {
        let key = match k {
            serde_norway::Value::String(s) => s,
            other => serde_norway::to_string(&other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        };
        out.push((key, conv(v)));
    }
    Ok(out)
}

fn parse_toml(block: &str) -> Result<Vec<(String, Val)>, ReadError> {
    let table: toml::Table = block.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map(|s| line_of(block.as_bytes(), s.start) + 1);
        ReadError::new(line, format!("front matter is not valid TOML: {}", e.message()))
    })?;
    fn conv(v: toml::Value) -> Val {
        match v {
            toml::Value::String(s) => Val::Str(s),
            toml::Value::Integer(i) => Val::Int(i),
            toml::Value::Datetime(d) => Val::Str(d.to_string()),
            toml::Value::Array(a) => Val::List(a.into_iter().map(conv).collect()),
            toml::Value::Float(_) => Val::Other("a number"),
            toml::Value::Boolean(_) => Val::Other("a boolean"),
            toml::Value::Table(_) => Val::Other("a table"),
        }
    }
    Ok(table.into_iter().map(|(k, v)| (k, conv(v))).collect())
}

fn describe(v: &Val) -> &'static str {
    match v {
        Val::Null => "empty",
        Val::Str(_) => "a string",
        Val::Int(_) => "a number",
        Val::List(_) => "a list",
        Val::Other(d) => d,
    }
}

/// Every text in `v`, lists flattened (YAML reads an unquoted `[[Name]]` as a
/// list in a list), or what the first item that is not text is.
fn texts(v: Val, out: &mut Vec<String>) -> Result<(), &'static str> {
    match v {
        Val::Null => {}
        Val::Str(s) => out.push(s),
        Val::Int(i) => out.push(i.to_string()),
        Val::List(items) => return items.into_iter().try_for_each(|i| texts(i, out)),
        Val::Other(what) => return Err(what),
    }
    Ok(())
}

/// The date of a `date` or `published` field: `YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`, such a day with a time (its day), or a date written out in
/// words; empty is no date.
fn date_value(val: Val) -> Result<Option<PartialDate>, String> {
    match val {
        Val::Null => Ok(None),
        Val::Str(s) if s.trim().is_empty() => Ok(None),
        Val::Str(s) => match PartialDate::parse(day_of_datetime(&s).unwrap_or(&s)) {
            Ok(date) => Ok(Some(date)),
            // A date written out (`3 mars 2024`, `March 12, 2024`, `12 марта 2024`),
            // read as the text's dates are when it reads the same in any order:
            // `03/04/2024` does not, and is refused.
            Err(e) => date_line(&s).map(Some).ok_or(e.0),
        },
        Val::Int(y) if (1..=9999).contains(&y) => Ok(Some(PartialDate::year(y as i32))),
        other => Err(format!(
            "expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found {}",
            describe(&other)
        )),
    }
}

/// Validates field types and values; `lines` are the front matter lines (file lines 2..).
fn build(fields: Vec<(String, Val)>, lines: &[&str]) -> Result<FrontMatter, ReadError> {
    let mut fm = FrontMatter::default();
    // A clipper's `published` dates the article when no `date` does.
    let mut published = None;
    let known = key_lines(lines);
    for (key, val) in fields {
        // A key holding `:` or `=` (rare, and the block is small) is sought line by line.
        let line = known.get(key.as_str()).copied().or_else(|| {
            lines
                .iter()
                .position(|l| {
                    crate::steps::count(1);
                    let l = l.trim_start();
                    l.strip_prefix(key.as_str())
                        .is_some_and(|r| r.trim_start().starts_with(':') || r.trim_start().starts_with('='))
                })
                .map(|i| i + 2)
        });
        let err = |what: String| ReadError::new(line, format!("front matter `{key}`: {what}"));
        let text = |v: Val| -> Result<Option<String>, ReadError> {
            match v {
                Val::Null => Ok(None),
                Val::Str(s) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
                Val::Int(i) => Ok(Some(i.to_string())),
                other => Err(err(format!("expected text, found {}", describe(&other)))),
            }
        };
        match key.as_str() {
            "title" => fm.title = text(val)?,
            "source" => fm.source = text(val)?,
            // One author or several (a list, as clippers write it), `[[links]]` as their names.
            "author" => {
                let mut names = Vec::new();
                texts(val, &mut names)
                    .map_err(|what| err(format!("expected names, found an item that is {what}")))?;
                fm.author = joined_names(&names);
            }
            "url" => fm.url = text(val)?,
            "place" => fm.place = text(val)?,
            "note" => fm.note = text(val)?,
            "lang" => match val {
                Val::Null => {}
                Val::Str(s) => match primary_language(&s) {
                    Some(code) => fm.lang = Some(code),
                    None => return Err(err(format!("`{s}` is not a two-letter ISO 639-1 language code"))),
                },
                other => {
                    return Err(err(format!(
                        "expected a language code, found {}",
                        describe(&other)
                    )))
                }
            },
            "date" => fm.date = date_value(val).map_err(err)?,
            // Not a field of the format: a bad one is a warning, not a refused file.
            "published" => match date_value(val) {
                Ok(date) => published = date,
                Err(why) => fm
                    .warnings
                    .push(format!("front matter `published` ignored: {why}")),
            },
            "topics" => match val {
                Val::Null => {}
                Val::Str(s) => {
                    fm.topics = Some(
                        s.split(',')
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty())
                            .collect(),
                    )
                }
                Val::List(items) => {
                    let mut slugs = Vec::new();
                    for item in items {
                        match item {
                            Val::Str(s) if !s.trim().is_empty() => slugs.push(s.trim().to_string()),
                            other => {
                                return Err(err(format!(
                                    "expected a list of topic slugs, found an item that is {}",
                                    describe(&other)
                                )))
                            }
                        }
                    }
                    fm.topics = Some(slugs);
                }
                other => {
                    return Err(err(format!(
                        "expected a list of topic slugs, found {}",
                        describe(&other)
                    )))
                }
            },
            _ => fm.unknown_keys.push(key),
        }
    }
    fm.date = fm.date.or(published);
    // A source written as the page's address (MarkDownload, Obsidian): the
    // address is the article's `url`, its host the outlet.
    if let Some(host) = fm.source.as_deref().and_then(url_host) {
        fm.warnings.push(format!(
            "front matter `source` is an address: outlet `{host}`, the address kept as `url`"
        ));
        let address = fm.source.take();
        fm.url = fm.url.take().or(address);
        fm.source = Some(host);
    }
    fm.source = fm.source.map(|s| unlinked(&s).to_string());
    Ok(fm)
}
