//! Front matter fields: the YAML or TOML block parsed into plain values, then
//! checked field by field into a [`FrontMatter`], each error naming its field
//! and line.

use super::shape::key_lines;
use super::{line_of, FrontMatter, ReadError};
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

/// Validates field types and values; `lines` are the front matter lines (file lines 2..).
fn build(fields: Vec<(String, Val)>, lines: &[&str]) -> Result<FrontMatter, ReadError> {
    let mut fm = FrontMatter::default();
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
            "author" => fm.author = text(val)?,
            "url" => fm.url = text(val)?,
            "place" => fm.place = text(val)?,
            "note" => fm.note = text(val)?,
            "lang" => match val {
                Val::Null => {}
                Val::Str(s) => {
                    let code = s.trim().to_lowercase();
                    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                        return Err(err(format!("`{s}` is not a two-letter ISO 639-1 language code")));
                    }
                    fm.lang = Some(code);
                }
                other => {
                    return Err(err(format!(
                        "expected a language code, found {}",
                        describe(&other)
                    )))
                }
            },
            "date" => match val {
                Val::Null => {}
                Val::Str(s) => fm.date = Some(PartialDate::parse(&s).map_err(|e| err(e.0))?),
                Val::Int(y) if (1..=9999).contains(&y) => fm.date = Some(PartialDate::year(y as i32)),
                other => {
                    return Err(err(format!(
                        "expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found {}",
                        describe(&other)
                    )))
                }
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
    Ok(fm)
}
