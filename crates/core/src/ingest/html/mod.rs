//! Saved web pages (`.html`, `.htm`, and `.mhtml`/`.mht` whose HTML part
//! [`mhtml`] takes out) as articles: the page is decoded
//! ([`decode`]), its metadata read as front matter ([`meta`], [`jsonld`]), its
//! article found by `dom_smoothie` (a port of Mozilla's Readability) and turned
//! into plain paragraphs ([`text`]). The result is an [`ArticleFile`] like a
//! `.md` file's, so cleaning, dating and indexing are the same for both.
//!
//! The extractor costs the library worker 301 KB gzip (423 → 724 KB after
//! `wasm-opt -Oz`); nothing in the page (`src/`) calls ingest, so the linker
//! leaves it out of the page's wasm.

pub mod decode;
pub mod furniture;
pub mod jsonld;
pub mod meta;
pub mod mhtml;
pub mod text;

use crate::ingest::frontmatter::{ArticleFile, ReadError};
use dom_query::Document;
use dom_smoothie::{Config, Readability};

/// Whether `path` names a saved web page: `.html`, `.htm`, `.mhtml` or `.mht` (any case).
pub fn is_html(path: &str) -> bool {
    let lower = path.to_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm") || is_mhtml(&lower)
}

/// Whether `path` names a page saved as one file (`.mhtml`, `.mht`, any case).
fn is_mhtml(path: &str) -> bool {
    let lower = path.to_lowercase();
    lower.ends_with(".mhtml") || lower.ends_with(".mht")
}

/// Reads the saved page at `path`: [`read_html`], after taking the HTML out
/// of an MHTML file (whose address becomes the `url` the page does not give).
pub fn read_saved_page(path: &str, bytes: &[u8]) -> Result<ArticleFile, ReadError> {
    if !is_mhtml(path) {
        return read_html(bytes);
    }
    let (html, address) = mhtml::html_part(bytes).map_err(|reason| ReadError {
        line: None,
        reason: reason.into(),
    })?;
    let mut file = read_html(&html)?;
    if let Some(front) = file.front.as_mut().filter(|f| f.url.is_none()) {
        front.url = address.filter(|a| a.starts_with("http://") || a.starts_with("https://"));
    }
    Ok(file)
}

/// Elements that are page furniture when no article could be singled out.
const FURNITURE: &str = "nav, header, footer, aside, form, [role=navigation], [role=banner], \
                         [role=contentinfo], [aria-hidden=true]";

/// Reads a saved page: its metadata as front matter (with warnings for bad
/// values) and its article as plain text, or why it cannot be used.
pub fn read_html(bytes: &[u8]) -> Result<ArticleFile, ReadError> {
    let decoded = decode::decode_page(bytes)?;
    let doc = Document::from(decoded.text.as_str());
    let mut front = meta::page_metadata(&doc);
    // Its warnings are already in `front`.
    let ld_body = jsonld::find_article(&doc, &mut Vec::new()).and_then(|a| a.body);
    front.warnings.extend(decoded.warnings);
    // Read before the furniture goes: a page without a metadata date often
    // prints it between the headline and the text, outside what Readability keeps.
    let header = if front.date.is_none() {
        header_lines(&doc)
    } else {
        Vec::new()
    };
    furniture::remove_furniture(&doc);
    let config = Config {
        // A saved page is at most 5 MB; no element cap is needed.
        max_elements_to_parse: 0,
        ..Config::default()
    };
    let extracted = Readability::with_document(doc, None, Some(config))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let body = match &extracted {
        Some(article) => {
            let fragment = Document::fragment(article.content.clone());
            text::plain_text(&fragment.root())
        }
        None => String::new(),
    };
    let body = if body.trim().is_empty() {
        whole_page_text(&decoded.text)
    } else {
        body
    };
    let body = match ld_body.map(|b| paragraphs_of(&b)) {
        Some(ld) if words(&ld) > words(&body) * 13 / 10 + 20 => ld,
        _ => body,
    };
    if body.trim().is_empty() {
        return Err(ReadError {
            line: None,
            reason: "no article text found in the page".into(),
        });
    }
    if let Some(article) = extracted {
        if front.title.is_none() {
            front.title = Some(meta::collapse(&article.title)).filter(|t| !t.is_empty());
        }
        if front.author.is_none() {
            front.author = article.byline.as_deref().and_then(byline_name);
        }
    }
    // The header lines go above the text as on a scraped page: the date finder
    // reads its date there, and the cleaner takes its byline and drops the rest.
    let text = if header.is_empty() {
        body
    } else {
        format!("{}\n\n{body}", header.join("\n"))
    };
    Ok(ArticleFile {
        front: Some(front),
        text,
        extracted: true,
        warnings: Vec::new(),
    })
}

/// At most this many elements after the headline are header lines.
const HEADER_ELEMENTS: usize = 6;

/// The short text elements right after the page's `<h1>` (kicker, byline, date
/// line), up to the first element holding prose (the article itself).
fn header_lines(doc: &Document) -> Vec<String> {
    let Some(h1) = doc.select("h1").nodes().first().cloned() else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    let mut next = h1.next_element_sibling();
    while let Some(element) = next {
        let line = meta::collapse(&element.text());
        if lines.len() >= HEADER_ELEMENTS || line.chars().count() > HEADER_LINE_CHARS {
            break;
        }
        if !line.is_empty() {
            lines.push(line);
        }
        next = element.next_element_sibling();
    }
    lines
}

/// A longer element is the article (or a lead paragraph), not a header line.
const HEADER_LINE_CHARS: usize = 160;

/// The text of a page whose article could not be singled out: everything in
/// `<body>` except navigation, header, footer and asides.
fn whole_page_text(html: &str) -> String {
    let doc = Document::from(html);
    doc.select(FURNITURE).remove();
    doc.body().map(|b| text::plain_text(&b)).unwrap_or_default()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A JSON-LD `articleBody` as paragraphs: its lines, whitespace collapsed. Used
/// when it is much longer than what Readability found, which then picked the
/// wrong element (on the extraction benchmark, a footer; people pop-ups inside
/// the paragraphs made them look like link lists).
/// Some publishers put HTML in it: that is parsed, never kept.
fn paragraphs_of(text: &str) -> String {
    if text.contains(['<', '&']) {
        return text::plain_text(&Document::fragment(text).root());
    }
    text.lines()
        .map(meta::collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A Readability byline (`By Jane Doe`, `Par Jean Dupont`) as an author's name.
fn byline_name(byline: &str) -> Option<String> {
    let b = meta::collapse(byline);
    let lower = b.to_lowercase();
    let b = ["by ", "par ", "от ", "автор: ", "بقلم "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| b.get(p.len()..)).flatten())
        .map(|rest| rest.trim().to_string())
        .unwrap_or(b);
    (!b.is_empty() && b.split_whitespace().count() <= 8).then_some(b)
}

#[cfg(test)]
mod decode_tests;
#[cfg(test)]
mod furniture_tests;
#[cfg(test)]
mod ingest_tests;
#[cfg(test)]
mod meta_tests;
#[cfg(test)]
mod pages_tests;
#[cfg(test)]
mod text_tests;
