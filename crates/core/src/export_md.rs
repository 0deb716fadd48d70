//! The corpus (or any subset of it) as a zip of Markdown files that
//! `cargo xtask build --corpus DIR` turns back into the same articles.
//!
//! Each article becomes `<id>.md`: YAML front matter with the fields ingest
//! reads ([`crate::ingest::frontmatter`]), a `# title` line, the body's
//! paragraphs and its photo captions, each separated by a blank line. Ingest
//! cleans the text again, so the text is laid out for the cleaner to give the
//! body back unchanged: the title line repeats the front matter's title, which
//! is what makes the cleaner take it out of the body (a first line that does not
//! repeat it stays in the body), and captions stand alone so that it moves them
//! out of the body again. Ingest reads a `.md` file as Markdown
//! ([`markdown::to_plain`]), so the title, paragraphs and captions are written
//! escaped ([`markdown::escape`]): a body holding `*word*`, `[a](b)`, a
//! backslash or a line opening with `> ` or `- ` comes back as it was, and
//! prose such as `5 * 3` or `file_name` is written as it is. Each file is
//! checked against the converter and the cleaner when written;
//! when the plain title line would not read back, a simplified one, the id, or
//! no header line at all is used instead.
//!
//! Ingesting the export again gives the same id, title, language, date, topic
//! slugs (in order), source, author, place, url, body, captions, word count and,
//! with the same `entities.toml`, the same entities and counts. What differs:
//! - `date_basis` is `metadata` for every dated article (the date is now in the
//!   front matter), and `lang_confidence` is 1 for every known language;
//! - topic scores are 1 (front matter topics are given, not scored), and
//!   `topics: []` keeps an article with no topics from being classified again;
//! - `original` is the exported text and `warnings` are those of the new ingest;
//! - `duplicate_of` is recomputed over the exported articles only;
//! - a caption the cleaner would not recognise on its own line is left out, and
//!   an id that is not a safe file name is replaced (see [`corpus_zip`]).
//!
//! Two things depend on the whole exported set and are not checked per file: a
//! short line repeated in three or more files is dropped as boilerplate, and an
//! undated article whose first lines state a date would be dated by it.

use crate::ingest::boilerplate::LineStats;
use crate::ingest::{byline, clean, date, markdown, ENTITIES_FILE, TOPICS_FILE};
use crate::model::Article;
use crate::zip::write_zip;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// One article as a Markdown file with YAML front matter (see the module docs for the layout).
///
/// Runs the cleaner once per candidate header line, normally once; when no
/// candidate gives the body back, the plain title line is used.
pub fn article_markdown(a: &Article) -> String {
    let captions: Vec<&str> = a
        .captions
        .iter()
        .map(String::as_str)
        .filter(|c| !c.contains('\n') && byline::is_caption(c))
        .collect();
    let candidates = [
        Some(format!("# {}", markdown::escape(&a.title))),
        Some(format!("# {}", markdown::escape(&simplified(&a.title)))),
        Some(format!("# {}", markdown::escape(&a.id))),
        None,
    ];
    let text_with = |header: &Option<String>| text(header.as_deref(), a, &captions);
    let body = candidates
        .iter()
        .map(text_with)
        .find(|t| reads_back(t, a, &captions))
        .unwrap_or_else(|| text_with(&candidates[0]));
    front_matter(a) + &body
}

/// The text after the front matter: a header line (escaped already), the
/// paragraphs and the captions, escaped.
fn text(header: Option<&str>, a: &Article, captions: &[&str]) -> String {
    let blocks: Vec<String> = header
        .map(str::to_string)
        .into_iter()
        .chain(
            a.paragraphs()
                .chain(captions.iter().copied())
                .map(markdown::escape),
        )
        .collect();
    format!("\n{}\n", blocks.join("\n\n"))
}

/// Whether ingest, reading `text` as Markdown and cleaning it under the front
/// matter's title, gives back the article's body and these captions.
fn reads_back(text: &str, a: &Article, captions: &[&str]) -> bool {
    let text = markdown::to_plain(text);
    let cleaned = clean::clean(&text, Some(&a.title), &LineStats::default());
    !text.trim().is_empty()
        && cleaned.body == a.body
        && cleaned.captions == captions
        && (a.date.is_some() || date::stated_date(&text, &a.lang).date.is_none())
}

/// The title without what stops the cleaner taking it as one: sentence
/// punctuation at word ends ("Mr. Putin"), more than 30 words or 200 characters.
fn simplified(title: &str) -> String {
    let words: Vec<&str> = title
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', '?', '!', '؟', '…']))
        .filter(|w| !w.is_empty())
        .take(30)
        .collect();
    words.join(" ").chars().take(200).collect()
}

fn front_matter(a: &Article) -> String {
    let mut fm = String::from("---\n");
    field(&mut fm, "title", Some(&a.title));
    let date = a
        .date
        .filter(|d| (0..=9999).contains(&d.year))
        .map(|d| d.to_string());
    field(&mut fm, "date", date.as_deref());
    // Ingest refuses a file whose `lang` is not two lowercase letters, so `und` is left out.
    let lang = Some(a.lang.as_str()).filter(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()));
    field(&mut fm, "lang", lang);
    let slugs: Vec<String> = a
        .topics
        .iter()
        .map(|t| t.slug.trim())
        .filter(|s| !s.is_empty())
        .map(yaml_string)
        .collect();
    let _ = writeln!(fm, "topics: [{}]", slugs.join(", "));
    field(&mut fm, "source", a.source.as_deref());
    field(&mut fm, "author", a.author.as_deref());
    field(&mut fm, "place", a.place.as_deref());
    field(&mut fm, "url", a.url.as_deref());
    fm.push_str("---\n");
    fm
}

/// A `key: "value"` line, left out when the value is missing or blank (ingest reads blank as missing).
fn field(fm: &mut String, key: &str, value: Option<&str>) {
    if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
        let _ = writeln!(fm, "{key}: {}", yaml_string(v));
    }
}

/// `s` as a YAML double-quoted scalar on one line.
///
/// Escapes `"` and `\`, and writes as `\uXXXX` every character YAML does not
/// allow raw or (in the YAML 1.1 the parser follows) reads as a line break.
fn yaml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}') =>
            {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A zip of one `<id>.md` per article (see [`article_markdown`]), plus
/// `topics.toml` and `entities.toml` when given, ready for `--corpus`.
///
/// Ids come from file stems, so they are normally safe file names. Otherwise
/// characters that are not allowed in a file name on some system (`/ \ : * ? " < > |`
/// and control characters) become `_`, an empty id becomes `article`, an id
/// ingest would skip (`.hidden`, `README`) gets a leading `_`, and an id equal
/// to an earlier one ignoring case (two files on Windows or macOS) gets `-2`,
/// `-3`...; the new name becomes the article's id when the zip is ingested.
pub fn corpus_zip<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    taxonomy_toml: Option<&str>,
    gazetteer_toml: Option<&str>,
) -> Vec<u8> {
    let mut names = Names::default();
    let mut entries: Vec<(String, Vec<u8>)> = articles
        .into_iter()
        .map(|a| {
            let stem = names.unique(safe_stem(&a.id));
            (format!("{stem}.md"), article_markdown(a).into_bytes())
        })
        .collect();
    for (name, toml) in [(TOPICS_FILE, taxonomy_toml), (ENTITIES_FILE, gazetteer_toml)] {
        if let Some(toml) = toml {
            entries.push((name.to_string(), toml.as_bytes().to_vec()));
        }
    }
    write_zip(&entries)
}

fn safe_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    if stem.is_empty() {
        stem = "article".into();
    }
    if stem.starts_with('.') || stem.eq_ignore_ascii_case("readme") {
        stem.insert(0, '_');
    }
    stem
}

/// The names given so far (lowercased) and, per stem, the last suffix given:
/// 8,000 articles of one id probe once each, not from `-2` every time.
#[derive(Default)]
struct Names {
    used: HashSet<String>,
    last: HashMap<String, usize>,
}

impl Names {
    /// `stem`, or `stem-N` with the smallest N from 2 that no earlier name has
    /// (ignoring case). Names below the last suffix given stay taken, so the
    /// search resumes there.
    fn unique(&mut self, stem: String) -> String {
        let key = stem.to_lowercase();
        let mut name = stem.clone();
        if self.used.contains(&key) {
            let n = self.last.entry(key).or_insert(1);
            loop {
                *n += 1;
                crate::steps::count(1);
                name = format!("{stem}-{n}");
                if !self.used.contains(&name.to_lowercase()) {
                    break;
                }
            }
        }
        self.used.insert(name.to_lowercase());
        name
    }
}

#[cfg(test)]
#[path = "export_md_corpus_tests.rs"]
mod corpus_tests;
#[cfg(test)]
#[path = "export_md_escape_tests.rs"]
mod escape_tests;
#[cfg(test)]
#[path = "export_md_tests.rs"]
pub(crate) mod tests;
