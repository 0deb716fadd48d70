//! Checks that the hold-out set agrees with itself: every junk line is in its file and in no
//! real paragraph, every sentence to keep is in one, topics and entities exist, dates parse.

use super::fixture::{
    bounded_matches, cases, contains_bounded, corpus_file, dir, fixture_names, is_page, norm, Case,
};
use crate::model::PartialDate;
use std::collections::BTreeSet;

/// Tags that do not break a line in a browser; every other tag does.
const INLINE: &[&str] = &[
    "a", "span", "time", "strong", "em", "b", "i", "img", "abbr", "small",
];

/// The text a browser shows of a saved page, one line per block. Enough to check these
/// fixtures (no comments, no CDATA); not an extractor.
fn visible_lines(html: &str) -> Vec<String> {
    let mut rest = html.find("</head>").map_or(html, |i| &html[i + 7..]);
    let mut text = String::new();
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        let tag = &rest[lt + 1..(gt - 1).max(lt + 1)];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next();
        let name = name.unwrap_or_default().to_lowercase();
        rest = &rest[gt..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}>");
            rest = rest.find(&close).map_or("", |i| &rest[i + close.len()..]);
        }
        if !INLINE.contains(&name.as_str()) {
            text.push('\n');
        }
    }
    text.push_str(rest);
    let entities = [
        ("&gt;", ">"),
        ("&lt;", "<"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&nbsp;", " "),
        ("&amp;", "&"),
    ];
    let text = entities.iter().fold(text, |t, (entity, c)| t.replace(entity, c));
    text.lines().map(norm).filter(|l| !l.is_empty()).collect()
}

/// The lines a reader sees in a fixture: the page's visible text, or the text file's lines.
fn lines_of(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir().join(path)).expect("fixture");
    if is_page(path) {
        return visible_lines(&text);
    }
    text.lines().map(norm).filter(|l| !l.is_empty()).collect()
}

/// Whether a line is nothing but furniture: junk lines (longest first), separators, punctuation.
fn is_furniture(line: &str, junk: &[String]) -> bool {
    let mut longest_first: Vec<&String> = junk.iter().collect();
    longest_first.sort_by_key(|j| std::cmp::Reverse(j.len()));
    let mut rest = line.to_string();
    for j in longest_first.into_iter().filter(|j| !j.is_empty()) {
        loop {
            let Some(i) = bounded_matches(&rest, j).next() else {
                break;
            };
            rest.replace_range(i..i + j.len(), " ");
        }
    }
    !rest.chars().any(char::is_alphanumeric)
}

/// Whether some alias of the gazetteer entry occurs in `text` (lower case); for Cyrillic
/// aliases each word without its last letter is enough, for Russian case endings.
fn alias_occurs(entity: &toml::Value, text: &str) -> bool {
    let aliases = entity
        .get("aliases")
        .and_then(|a| a.as_array())
        .into_iter()
        .flatten();
    let stem = |w: &str| {
        w.chars()
            .take(w.chars().count().saturating_sub(1).max(3))
            .collect::<String>()
    };
    entity
        .get("name")
        .into_iter()
        .chain(aliases)
        .filter_map(|a| a.as_str())
        .any(|a| {
            let a = a.to_lowercase();
            let cyrillic = a.chars().any(|ch| ('а'..='я').contains(&ch));
            text.contains(&a) || (cyrillic && a.split(' ').all(|w| text.contains(&stem(w))))
        })
}

/// Checks one case against its file, the taxonomy's slugs and the gazetteer.
fn check_case(c: &Case, slugs: &BTreeSet<&str>, gazetteer: &[toml::Value]) {
    let at = &c.path;
    assert!(
        at.starts_with(&format!("{}_", c.lang)),
        "{at}: file name starts with its language"
    );
    let lines = lines_of(at);
    let content: Vec<&String> = lines.iter().filter(|l| !is_furniture(l, &c.junk)).collect();
    let words: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
    assert!((200..=600).contains(&words), "{at}: {words} words");
    assert!(
        content.contains(&&norm(&c.title)),
        "{at}: the title is a line of its own"
    );
    for j in &c.junk {
        assert!(
            lines.iter().any(|l| contains_bounded(l, j)),
            "{at}: junk {j:?} is not in the file"
        );
        let in_content = content.iter().any(|l| contains_bounded(l, j));
        assert!(
            !in_content,
            "{at}: junk {j:?} also occurs in content, so the body check could not tell"
        );
    }
    assert!((3..=5).contains(&c.keep.len()), "{at}: 3 to 5 sentences to keep");
    assert!(
        content.contains(&&norm(&c.keep[0])),
        "{at}: the first sentence to keep is a paragraph"
    );
    for k in &c.keep {
        assert!(
            content.iter().any(|l| l.contains(&norm(k))),
            "{at}: {k:?} is not in a content line"
        );
    }
    assert_eq!(
        c.date.is_some(),
        c.date_basis.is_some(),
        "{at}: date and date_basis go together"
    );
    if let Some(d) = &c.date {
        assert_eq!(
            PartialDate::parse(d).expect("date").to_string(),
            *d,
            "{at}: date is YYYY-MM-DD"
        );
    }
    let basis_known = c
        .date_basis
        .as_deref()
        .is_none_or(|b| b == "stated" || b == "metadata");
    assert!(basis_known, "{at}: date_basis is stated or metadata");
    assert!(!c.topics.is_empty(), "{at}: an editor assigns at least one topic");
    for t in c.topics.iter().chain(&c.topics_also) {
        assert!(
            slugs.contains(t.as_str()),
            "{at}: topic {t} is not in topics.toml"
        );
    }
    assert!(
        !c.topics.iter().any(|t| c.topics_also.contains(t)),
        "{at}: topics and topics_also overlap"
    );
    let text = content
        .iter()
        .map(|l| l.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for name in &c.entities {
        let entity = gazetteer.iter().find(|e| e["name"].as_str() == Some(name));
        let entity = entity.unwrap_or_else(|| panic!("{at}: {name} is not in entities.toml"));
        assert!(
            alias_occurs(entity, &text),
            "{at}: no alias of {name} in the article's own lines"
        );
    }
}

#[test]
fn scraped_set_fixtures_are_consistent() {
    let cases = cases();
    let paths: BTreeSet<String> = cases.iter().map(|c| c.path.clone()).collect();
    assert_eq!(paths.len(), cases.len(), "one case per file");
    assert_eq!(
        paths.into_iter().collect::<Vec<_>>(),
        fixture_names(),
        "a case for every fixture file"
    );
    for lang in ["en", "fr", "ar", "ru"] {
        let of_lang: Vec<&Case> = cases.iter().filter(|c| c.lang == lang).collect();
        let pages = of_lang.iter().filter(|c| is_page(&c.path)).count();
        assert_eq!((of_lang.len(), pages), (4, 1), "{lang}: three texts and one page");
    }
    let topics: toml::Table = toml::from_str(&corpus_file("topics.toml")).expect("topics.toml");
    let topics = topics["topic"].as_array().expect("[[topic]]");
    let slugs: BTreeSet<&str> = topics.iter().filter_map(|t| t["slug"].as_str()).collect();
    let entities: toml::Table = toml::from_str(&corpus_file("entities.toml")).expect("entities.toml");
    let gazetteer = entities["entity"].as_array().expect("[[entity]]");
    for c in &cases {
        check_case(c, &slugs, gazetteer);
    }
}
