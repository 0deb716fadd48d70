//! The current result set as CSV or JSON, for the explorer's download buttons.

use crate::model::Article;

/// Column names of the CSV export, in order.
pub const CSV_COLUMNS: [&str; 11] = [
    "id",
    "title",
    "lang",
    "date",
    "date_precision",
    "source",
    "author",
    "url",
    "topics",
    "entities",
    "duplicate_of",
];

/// The articles as CSV (RFC 4180: CRLF, quoted fields), optionally with their body.
pub fn to_csv<'a>(articles: impl IntoIterator<Item = &'a Article>, with_body: bool) -> String {
    let mut out = String::new();
    let mut header: Vec<&str> = CSV_COLUMNS.to_vec();
    if with_body {
        header.push("body");
    }
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for a in articles {
        let mut row = vec![
            a.id.clone(),
            a.title.clone(),
            a.lang.clone(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.date
                .map(|d| d.precision().as_str().to_string())
                .unwrap_or_default(),
            a.source.clone().unwrap_or_default(),
            a.author.clone().unwrap_or_default(),
            a.url.clone().unwrap_or_default(),
            a.topics
                .iter()
                .map(|t| t.slug.as_str())
                .collect::<Vec<_>>()
                .join(";"),
            a.entities
                .iter()
                .map(|e| e.name.as_str())
                .collect::<Vec<_>>()
                .join(";"),
            a.duplicate_of.clone().unwrap_or_default(),
        ];
        if with_body {
            row.push(a.body.clone());
        }
        push_row(&mut out, row.into_iter());
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        // Quote always: simpler for readers, and a leading = or + cannot become a formula
        // in a spreadsheet when prefixed with a quote.
        out.push('"');
        if field.starts_with(['=', '+', '-', '@']) {
            out.push('\'');
        }
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    }
    out.push_str("\r\n");
}

/// One article's metadata as a JSON object: every field of INTERFACE.md §1's
/// `cargo xtask corpus --json` (id, title, lang, date, date_precision,
/// date_basis, topics, entities, duplicate_of, words, warnings) plus source,
/// author, place, url and origin (`bundled` or `added`, [`crate::model::Origin::as_str`]), so
/// a download tells the corpus's articles from those the reader added.
pub fn article_json(a: &Article) -> serde_json::Value {
    serde_json::json!({
        "id": a.id,
        "title": a.title,
        "lang": a.lang,
        "date": a.date.map(|d| d.to_string()),
        "date_precision": a.date.map(|d| d.precision().as_str()),
        "date_basis": a.date_basis.map(|b| b.as_str()),
        "topics": a.topics.iter().map(|t| &t.slug).collect::<Vec<_>>(),
        "entities": a.entities.iter().map(|e| &e.name).collect::<Vec<_>>(),
        "duplicate_of": a.duplicate_of,
        "words": a.words,
        "warnings": a.warnings,
        "source": a.source,
        "author": a.author,
        "place": a.place,
        "url": a.url,
        "origin": a.origin.as_str(),
    })
}

/// The articles as a JSON array of [`article_json`] objects, optionally with their body.
pub fn to_json<'a>(articles: impl IntoIterator<Item = &'a Article>, with_body: bool) -> String {
    let items: Vec<serde_json::Value> = articles
        .into_iter()
        .map(|a| {
            let mut v = article_json(a);
            if with_body {
                v["body"] = serde_json::Value::String(a.body.clone());
            }
            v
        })
        .collect();
    serde_json::to_string_pretty(&items).expect("JSON values always serialise")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Origin;
    use crate::synth::bench_corpus;

    #[test]
    fn csv_quotes_commas_quotes_newlines_and_formulas() {
        let mut a = bench_corpus(1, 1).articles.remove(0);
        a.title = "Gas, \"oil\"\nand =SUM(A1)".into();
        a.source = Some("=HYPERLINK(\"x\")".into());
        let csv = to_csv([&a], false);
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next().unwrap(),
            CSV_COLUMNS.map(|c| format!("\"{c}\"")).join(",")
        );
        assert!(csv.contains("\"Gas, \"\"oil\"\"\nand =SUM(A1)\""), "{csv}");
        assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
        assert!(!to_csv([&a], false).contains(&a.body));
        assert!(to_csv([&a], true).contains("\"body\""));
    }

    #[test]
    fn json_round_trips_through_a_parser() {
        let corpus = bench_corpus(3, 2);
        let json = to_json(&corpus.articles, true);
        let parsed: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed.len(), 3);
        assert_eq!(parsed[1]["id"], corpus.articles[1].id);
        assert_eq!(parsed[2]["body"], corpus.articles[2].body);
        assert!(to_json(&corpus.articles, false).find("\"body\"").is_none());
    }

    #[test]
    fn json_says_whether_an_article_is_bundled_or_added() {
        let mut corpus = bench_corpus(2, 1);
        corpus.articles[1].origin = Origin::Added;
        assert_eq!(article_json(&corpus.articles[0])["origin"], "bundled");
        assert_eq!(article_json(&corpus.articles[1])["origin"], "added");
        let parsed: Vec<serde_json::Value> = serde_json::from_str(&to_json(&corpus.articles, false)).unwrap();
        let origins: Vec<&str> = parsed.iter().map(|v| v["origin"].as_str().unwrap()).collect();
        assert_eq!(origins, ["bundled", "added"]);
    }
}
