//! The corpus's optional `dossier.toml`: how the dossier introduces itself (title,
//! description, language, author, publisher, links) in the page title, the meta
//! description, the static shell, the header and the web manifest.
//!
//! ```toml
//! title = "Algeria and Russia, 2022–2025"
//! description = "News reports on the relations between Algeria and Russia."
//! language = "en"
//! author = "A. Editor"
//! publisher = "Example Newsroom"
//! [[link]]
//! label = "Sources"
//! url = "https://example.com/sources"
//! ```
//!
//! Like the other parsers of ingest it returns what it could use plus the
//! problems it found: a bad field is reported (file, line, field) and left out,
//! the other fields still count.

use super::FileProblem;

/// The file a corpus folder may hold.
pub const DOSSIER_FILE: &str = "dossier.toml";
/// Longest title kept: it heads the page and names the installed app.
pub const MAX_TITLE_CHARS: usize = 120;
/// Longest description kept: search engines show about 160 characters, the shell a paragraph.
pub const MAX_DESCRIPTION_CHARS: usize = 600;
/// Most links kept.
pub const MAX_LINKS: usize = 12;

/// The fields the file may set, in the order the problems list them.
const FIELDS: [&str; 6] = ["title", "description", "language", "author", "publisher", "link"];

/// How a dossier presents itself; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DossierInfo {
    /// What the dossier is about, e.g. "Algeria–Russia relations, 2022–2025".
    pub title: Option<String>,
    /// One or two sentences for readers and search engines.
    pub description: Option<String>,
    /// The language of the title and description (ISO 639-1), for `<html lang>`.
    pub language: Option<String>,
    /// Who compiled the dossier.
    pub author: Option<String>,
    /// Who publishes it.
    pub publisher: Option<String>,
    /// Further reading: only `http`/`https` URLs, as they become links on the page.
    pub links: Vec<Link>,
}

/// A labelled link of the dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The text shown.
    pub label: String,
    /// An absolute `http` or `https` URL.
    pub url: String,
}

/// Parses a `dossier.toml` read from `path`: the fields it could use and one
/// problem per thing it could not (bad TOML, unknown field, wrong type, empty or
/// overlong text, a link that is not http(s)).
pub fn parse_dossier(path: &str, bytes: &[u8]) -> (DossierInfo, Vec<FileProblem>) {
    let mut info = DossierInfo::default();
    let mut problems = Vec::new();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        // An empty file says nothing, which is allowed.
        return (info, problems);
    }
    let text = match super::frontmatter::decode(bytes) {
        Ok(text) => text,
        Err(e) => return (info, vec![problem(path, e.line, e.reason)]),
    };
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(e) => {
            let e = super::topics::toml_error(&text, &e, DOSSIER_FILE);
            return (info, vec![problem(path, e.line, e.reason)]);
        }
    };
    let mut report = |key: &str, reason: String| problems.push(problem(path, key_line(&text, key), reason));
    for (key, value) in table {
        let slot = match key.as_str() {
            "title" => &mut info.title,
            "description" => &mut info.description,
            "language" => &mut info.language,
            "author" => &mut info.author,
            "publisher" => &mut info.publisher,
            "link" | "links" => {
                info.links = links(&key, value, &mut report);
                continue;
            }
            _ => {
                report(
                    &key,
                    format!("unknown field `{key}` (known: {})", FIELDS.join(", ")),
                );
                continue;
            }
        };
        let max = match key.as_str() {
            "title" => MAX_TITLE_CHARS,
            "description" => MAX_DESCRIPTION_CHARS,
            _ => MAX_TITLE_CHARS,
        };
        *slot = text_field(&key, value, max, &mut report);
    }
    if let Some(lang) = info.language.take() {
        if is_language_code(&lang) {
            info.language = Some(lang);
        } else {
            report(
                "language",
                format!("field `language`: `{lang}` is not an ISO 639-1 code such as `en` or `fr`"),
            );
        }
    }
    // The table's keys come sorted by name: list the problems in file order.
    problems.sort_by_key(|p| p.line);
    (info, problems)
}

fn problem(path: &str, line: Option<usize>, reason: String) -> FileProblem {
    FileProblem {
        path: path.to_string(),
        line,
        reason,
    }
}

/// A non-empty, single-spaced string of at most `max` characters, or a problem.
fn text_field(
    key: &str,
    value: toml::Value,
    max: usize,
    report: &mut impl FnMut(&str, String),
) -> Option<String> {
    let toml::Value::String(s) = value else {
        report(
            key,
            format!("field `{key}` must be a string, not {}", kind(&value)),
        );
        return None;
    };
    // Whitespace runs (a multi-line TOML string) become one space: the text goes
    // into one-line places (a title, a meta tag).
    let clean = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.is_empty() {
        report(key, format!("field `{key}` is empty"));
        return None;
    }
    if clean.chars().count() > max {
        report(key, format!("field `{key}` is longer than {max} characters"));
        return None;
    }
    Some(clean)
}

/// `[[link]]` tables (or `links = [{ label, url }]`) with an http(s) URL each.
fn links(key: &str, value: toml::Value, report: &mut impl FnMut(&str, String)) -> Vec<Link> {
    let toml::Value::Array(items) = value else {
        report(
            key,
            format!(
                "field `{key}` must be a list of {{ label, url }} tables, not {}",
                kind(&value)
            ),
        );
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let n = i + 1;
        let toml::Value::Table(mut table) = item else {
            report(
                key,
                format!(
                    "{key} {n} must be a table with `label` and `url`, not {}",
                    kind(&item)
                ),
            );
            continue;
        };
        let mut field = |name: &str| match table.remove(name) {
            Some(v) => text_field(&format!("{key} {n}: {name}"), v, MAX_TITLE_CHARS * 4, report),
            None => {
                report(key, format!("{key} {n} has no `{name}`"));
                None
            }
        };
        let (label, url) = (field("label"), field("url"));
        for extra in table.keys() {
            report(
                key,
                format!("{key} {n}: unknown field `{extra}` (known: label, url)"),
            );
        }
        let (Some(label), Some(url)) = (label, url) else {
            continue;
        };
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) || url.contains(' ') {
            report(key, format!("{key} {n}: url `{url}` is not an http(s) address"));
        } else if out.len() == MAX_LINKS {
            report(key, format!("more than {MAX_LINKS} links: the rest are left out"));
            break;
        } else {
            out.push(Link { label, url });
        }
    }
    out
}

/// Two ASCII lowercase letters.
fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// The kind of a TOML value, for messages.
fn kind(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "an integer",
        toml::Value::Float(_) => "a number",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a date",
        toml::Value::Array(_) => "a list",
        toml::Value::Table(_) => "a table",
    }
}

/// The 1-based line where `key` (or, for a `[[key]]` table, its first header)
/// is set; the first word of `key` counts (`link 2: url` looks for `link`).
fn key_line(text: &str, key: &str) -> Option<usize> {
    let key = key.split(' ').next().unwrap_or(key);
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            let bare = line.trim_start_matches('[').trim_start();
            let rest = bare
                .strip_prefix(key)
                .or_else(|| bare.strip_prefix(&format!("\"{key}\"")));
            rest.is_some_and(|r| {
                let r = r.trim_start();
                r.starts_with('=') || (line.starts_with('[') && r.starts_with(']'))
            })
        })
        .map(|i| i + 1)
}
