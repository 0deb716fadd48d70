//! A saved page's metadata as front matter: JSON-LD `NewsArticle`/`Article`
//! first, then OpenGraph and `article:*` meta tags, `<html lang>` and
//! `<link rel=canonical>`. A value that cannot be used becomes a warning naming
//! the field it came from; it never stops the page from being read.

use super::jsonld;
use crate::ingest::frontmatter::FrontMatter;
use crate::ingest::lang::LANGUAGES;
use crate::model::PartialDate;
use dom_query::Document;

/// The page's metadata as front matter; `front.warnings` names any bad value.
pub fn page_metadata(doc: &Document) -> FrontMatter {
    let mut front = FrontMatter::default();
    let ld = jsonld::find_article(doc, &mut front.warnings).unwrap_or_default();
    let meta = |key: &str| meta_content(doc, key);

    front.title = first([ld.headline.clone(), meta("og:title")]);
    front.source = first([ld.publisher.clone(), meta("og:site_name")]);
    front.author = first([
        ld.author.clone(),
        meta("author"),
        meta("article:author").filter(|a| !looks_like_url(a)),
    ]);
    front.url = first([
        ld.url.clone(),
        meta("og:url"),
        attr_of(doc, "link[rel~='canonical']", "href"),
    ])
    .filter(|u| looks_like_url(u));
    front.place = ld.dateline.as_deref().and_then(place_of_dateline);

    let dates = [
        ("JSON-LD datePublished", ld.date_published.clone()),
        ("meta article:published_time", meta("article:published_time")),
        ("meta datePublished", meta("datePublished")),
        ("meta date", meta("date")),
    ];
    for (field, value) in dates {
        let Some(value) = value else { continue };
        match date_of(&value) {
            Some(date) => {
                front.date = Some(date);
                break;
            }
            None => front
                .warnings
                .push(format!("{field} `{value}` is not a date (YYYY-MM-DD…); ignored")),
        }
    }

    let langs = [
        ("JSON-LD inLanguage", ld.in_language.clone()),
        ("<html lang>", attr_of(doc, "html", "lang")),
        ("meta og:locale", meta("og:locale")),
    ];
    for (field, value) in langs {
        let Some(value) = value else { continue };
        match lang_of(&value) {
            Some(code) => {
                front.lang = Some(code.to_string());
                break;
            }
            None => front.warnings.push(format!(
                "{field} `{value}` is not a language Dossier knows ({}); detected from the text instead",
                LANGUAGES.iter().map(|(_, c)| *c).collect::<Vec<_>>().join(", ")
            )),
        }
    }
    front
}

/// The first value that is present and not blank, trimmed.
fn first<const N: usize>(values: [Option<String>; N]) -> Option<String> {
    values
        .into_iter()
        .flatten()
        .map(|v| collapse(&v))
        .find(|v| !v.is_empty())
}

/// Whitespace runs (newlines in attributes, non-breaking spaces) as one space.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `<meta property=key>` or `<meta name=key>` or `<meta itemprop=key>` content.
fn meta_content(doc: &Document, key: &str) -> Option<String> {
    ["property", "name", "itemprop"].iter().find_map(|attr| {
        let sel = format!("meta[{attr}='{key}' i]");
        attr_of(doc, &sel, "content")
    })
}

/// The attribute of the first element matching `selector` whose value is not blank.
fn attr_of(doc: &Document, selector: &str, attr: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .filter_map(|n| n.attr(attr))
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

/// The date a metadata value states: its leading `YYYY-MM-DD` (the publisher's
/// local day, so a time and zone after it are ignored), or `YYYY-MM`/`YYYY`.
pub fn date_of(value: &str) -> Option<PartialDate> {
    let v = value.trim();
    let day = v.get(..10).and_then(|d| PartialDate::parse(d).ok());
    let rest_ok = v.len() == 10 || v[10.min(v.len())..].starts_with(['T', 't', ' ']);
    match day {
        Some(d) if rest_ok => Some(d),
        _ => PartialDate::parse(v).ok(),
    }
}

/// A language tag (`fr`, `en-GB`, `ar_EG`) as one of Dossier's language codes.
pub fn lang_of(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_lowercase();
    LANGUAGES
        .iter()
        .map(|(_, code)| *code)
        .find(|code| *code == primary)
}

/// The place of a dateline such as `PARIS, March 3 (Reuters)`: the words before
/// the first comma or dash, when short enough to be a place.
fn place_of_dateline(dateline: &str) -> Option<String> {
    let head = dateline
        .split([',', '—', '–', '('])
        .next()?
        .trim()
        .trim_end_matches(['-', ' ']);
    let words = head.split_whitespace().count();
    (1..=4).contains(&words).then(|| collapse(head))
}
