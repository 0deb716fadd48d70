//! Reading one article file: byte checks, decoding, and YAML (`---`) or TOML
//! (`+++`) front matter with typed fields.

use crate::model::PartialDate;
use shape::{key_lines, too_deep};

#[path = "frontmatter_shape.rs"]
mod shape;

/// Files larger than this are refused.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// Front matter larger than this is refused before it is parsed: the fields
/// take a few hundred bytes, and the YAML parser took 41 s on 100 KB of nesting.
pub const MAX_FRONT_MATTER_BYTES: usize = 8 * 1024;

/// Deepest nesting (indentation, list dashes, or `[`/`{`) front matter may have;
/// the fields need two levels (`topics:` and its list).
pub const MAX_FRONT_MATTER_DEPTH: usize = 8;

/// Why a file could not be read, with the 1-based line of the file where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub line: Option<usize>,
    pub reason: String,
}

impl ReadError {
    fn new(line: Option<usize>, reason: impl Into<String>) -> Self {
        ReadError {
            line,
            reason: reason.into(),
        }
    }
}

/// The fields a front matter block may set; each overrides what ingest infers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub lang: Option<String>,
    pub topics: Option<Vec<String>>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
    /// Keys the format does not know; reported as warnings.
    pub unknown_keys: Vec<String>,
    /// Values read but not used (a saved page's unparseable date, say), each
    /// naming its field; reported as the article's warnings.
    pub warnings: Vec<String>,
}

/// A decoded article file: its front matter (if any) and the text after it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleFile {
    pub front: Option<FrontMatter>,
    /// The text after the front matter, with LF line ends and no BOM.
    pub text: String,
    /// Whether `text` is what an extractor kept of a saved page: its menus and
    /// sidebars are gone already, so a run of short lines is a list in the
    /// article (tour dates, results), not a menu.
    pub extracted: bool,
}

/// Checks size, encoding and content, then decodes to text with LF line ends and no BOM.
pub fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::new(None, too_big(bytes.len() as u64)));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::new(
            Some(line_of(bytes, pos)),
            "binary file (contains NUL bytes)",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ReadError::new(
            Some(line_of(bytes, e.valid_up_to())),
            format!("not valid UTF-8 (bad byte at offset {})", e.valid_up_to()),
        )
    })?;
    if text.trim().is_empty() {
        return Err(ReadError::new(None, "empty file (no text)"));
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The reason given for a file over [`MAX_FILE_BYTES`].
pub fn too_big(len: u64) -> String {
    format!(
        "file is {len} bytes, over the {} MB limit; refused",
        MAX_FILE_BYTES >> 20
    )
}

fn line_of(bytes: &[u8], pos: usize) -> usize {
    bytes[..pos.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Decodes `bytes` and splits off and parses the front matter.
pub fn read_article(bytes: &[u8]) -> Result<ArticleFile, ReadError> {
    let text = decode(bytes)?;
    let lines: Vec<&str> = text.split('\n').collect();
    let fence = lines[0].trim_end();
    if fence != "---" && fence != "+++" {
        return Ok(ArticleFile {
            front: None,
            text,
            extracted: false,
        });
    }
    let close = lines[1..]
        .iter()
        .position(|l| {
            let l = l.trim_end();
            l == fence || (fence == "---" && l == "...")
        })
        .map(|i| i + 1)
        .ok_or_else(|| {
            ReadError::new(
                Some(1),
                format!("front matter opened with `{fence}` is never closed"),
            )
        })?;
    let block = lines[1..close].join("\n");
    if block.len() > MAX_FRONT_MATTER_BYTES {
        return Err(ReadError::new(
            Some(1),
            format!(
                "front matter is {} bytes, over the {} KB limit; refused",
                block.len(),
                MAX_FRONT_MATTER_BYTES >> 10
            ),
        ));
    }
    if let Some((line, depth)) = too_deep(&lines[1..close], fence == "---") {
        return Err(ReadError::new(
            Some(line),
            format!("front matter nests {depth} levels deep, more than {MAX_FRONT_MATTER_DEPTH}; refused"),
        ));
    }
    let rest = lines[close + 1..].join("\n");
    let fields = if fence == "---" {
        parse_yaml(&block)?
    } else {
        parse_toml(&block)?
    };
    let front = build(fields, &lines[1..close])?;
    if rest.trim().is_empty() {
        return Err(ReadError::new(
            Some(close + 2),
            "no article text after the front matter",
        ));
    }
    Ok(ArticleFile {
        front: Some(front),
        text: rest,
        extracted: false,
    })
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

#[cfg(test)]
#[path = "frontmatter_tests.rs"]
mod tests;
