//! The article described by a page's JSON-LD (`<script type="application/ld+json">`):
//! the first `NewsArticle`, `Article`, `BlogPosting` or other `…Article` object,
//! found at the top level, in an array or in an `@graph`, with the fields
//! Dossier keeps. `publisher` and `author` may be `{"@id"}` references to other
//! nodes of the graph.

use dom_query::Document;
use serde_json::{Map, Value};

/// What a JSON-LD article says, each field as found (checked by the caller).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LdArticle {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub in_language: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub dateline: Option<String>,
    /// `articleBody`: the article's plain text, as the publisher gives it.
    pub body: Option<String>,
}

/// The first article object of the page's JSON-LD blocks; a block that is not
/// JSON adds a warning to `warnings`.
pub fn find_article(doc: &Document, warnings: &mut Vec<String>) -> Option<LdArticle> {
    let mut nodes = Vec::new();
    for (i, script) in doc
        .select("script[type='application/ld+json' i]")
        .nodes()
        .iter()
        .enumerate()
    {
        let text = script.text();
        match serde_json::from_str::<Value>(text.trim()) {
            Ok(value) => flatten(value, &mut nodes),
            Err(e) => warnings.push(format!(
                "JSON-LD block {} is not valid JSON ({e}); ignored",
                i + 1
            )),
        }
    }
    let article = nodes.iter().find(|n| is_article(n))?;
    let resolve = |v: &Value| -> Value {
        match v.get("@id").and_then(Value::as_str) {
            Some(id) if v.as_object().is_some_and(|o| o.len() == 1) => nodes
                .iter()
                .find(|n| n.get("@id").and_then(Value::as_str) == Some(id))
                .map(|n| Value::Object(n.clone()))
                .unwrap_or_else(|| v.clone()),
            _ => v.clone(),
        }
    };
    let names = |key: &str| -> Option<String> {
        let value = article.get(key)?;
        let items: Vec<Value> = match value {
            Value::Array(items) => items.iter().map(resolve).collect(),
            one => vec![resolve(one)],
        };
        let names: Vec<String> = items.iter().filter_map(name_of).collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    Some(LdArticle {
        headline: text_of(article, "headline").or_else(|| text_of(article, "name")),
        date_published: text_of(article, "datePublished"),
        in_language: match article.get("inLanguage") {
            Some(Value::Object(o)) => text_of(o, "alternateName").or_else(|| text_of(o, "name")),
            _ => text_of(article, "inLanguage"),
        },
        url: text_of(article, "url").or_else(|| match article.get("mainEntityOfPage") {
            Some(Value::Object(o)) => text_of(o, "@id").or_else(|| text_of(o, "url")),
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        }),
        publisher: names("publisher").or_else(|| names("sourceOrganization")),
        author: names("author").or_else(|| names("creator")),
        dateline: text_of(article, "dateline"),
        body: article
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

/// Every object of a JSON-LD value: arrays and `@graph`s opened.
fn flatten(value: Value, out: &mut Vec<Map<String, Value>>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out)),
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten(graph, out);
            }
            if !object.is_empty() {
                out.push(object);
            }
        }
        _ => {}
    }
}

fn is_article(node: &Map<String, Value>) -> bool {
    let is_type = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting"
    };
    match node.get("@type") {
        Some(Value::String(t)) => is_type(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is_type),
        _ => false,
    }
}

/// A string field, or the first string of an array field; blank is absent.
fn text_of(node: &Map<String, Value>, key: &str) -> Option<String> {
    let s = match node.get(key)? {
        Value::String(s) => s.as_str(),
        Value::Array(items) => items.iter().find_map(Value::as_str)?,
        _ => return None,
    };
    let s = super::meta::collapse(s);
    (!s.is_empty()).then_some(s)
}

/// A person's or organisation's name: a plain string or an object's `name`.
fn name_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() && !s.starts_with("http") => Some(super::meta::collapse(s)),
        Value::Object(o) => text_of(o, "name"),
        _ => None,
    }
}
