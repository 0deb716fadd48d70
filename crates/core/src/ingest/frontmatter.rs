//! Reading one article file: byte checks, decoding, and YAML (`---`) or TOML
//! (`+++`) front matter with typed fields.

use crate::model::PartialDate;
use shape::too_deep;

use super::codepage;

#[path = "frontmatter_clipped.rs"]
mod clipped;
#[path = "frontmatter_fields.rs"]
mod fields;
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
    /// The text after the front matter, with LF line ends and no BOM; for a
    /// `.md` file, [`super::article::read_file`] makes it plain text ([`super::markdown`]).
    pub text: String,
    /// Whether `text` is what an extractor kept of a saved page: its menus and
    /// sidebars are gone already, so a run of short lines is a list in the
    /// article (tour dates, results), not a menu.
    pub extracted: bool,
    /// How the bytes were read, when the reader should know (a guessed code page).
    pub warnings: Vec<String>,
}

/// Checks size, encoding and content, then decodes to text with LF line ends
/// and no BOM: UTF-8 only, as TOML requires of `topics.toml` and the others.
pub fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    decode_as(bytes, false).map(|(text, _)| text)
}

/// [`decode`] for an article's file, which may also be UTF-16 after a
/// byte-order mark or in a Windows code page ([`codepage`]): the text, and
/// the warning naming the page guessed.
pub fn decode_article(bytes: &[u8]) -> Result<(String, Option<String>), ReadError> {
    decode_as(bytes, true)
}

fn decode_as(bytes: &[u8], legacy: bool) -> Result<(String, Option<String>), ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::new(None, too_big(bytes.len() as u64)));
    }
    let mut warning = None;
    // Settings files (not `legacy`) are UTF-8 only: no byte-order mark is looked for.
    let text = match legacy.then(|| codepage::utf16_with_bom(bytes)).flatten() {
        Some(text) => text.map_err(|why| ReadError::new(None, why))?,
        None => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            if let Some(pos) = bytes.iter().position(|&b| b == 0) {
                return Err(ReadError::new(
                    Some(line_of(bytes, pos)),
                    "binary file (contains NUL bytes)",
                ));
            }
            match std::str::from_utf8(bytes) {
                Ok(text) => text.to_string(),
                Err(e) if legacy => {
                    let (text, why) = codepage::read_not_utf8(bytes)
                        .map_err(|why| ReadError::new(Some(line_of(bytes, e.valid_up_to())), why))?;
                    warning = Some(why);
                    text
                }
                Err(e) => {
                    return Err(ReadError::new(
                        Some(line_of(bytes, e.valid_up_to())),
                        format!("not valid UTF-8 (bad byte at offset {})", e.valid_up_to()),
                    ))
                }
            }
        }
    };
    if text.trim().is_empty() {
        return Err(ReadError::new(None, "empty file (no text)"));
    }
    Ok((text.replace("\r\n", "\n").replace('\r', "\n"), warning))
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
    let (text, warning) = decode_article(bytes)?;
    let warnings: Vec<String> = warning.into_iter().collect();
    let lines: Vec<&str> = text.split('\n').collect();
    let fence = lines[0].trim_end();
    if fence != "---" && fence != "+++" {
        return Ok(ArticleFile {
            front: None,
            text,
            extracted: false,
            warnings,
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
    let front = fields::parse(&block, fence == "---", &lines[1..close])?;
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
        warnings,
    })
}

#[cfg(test)]
#[path = "frontmatter_tests.rs"]
mod tests;
