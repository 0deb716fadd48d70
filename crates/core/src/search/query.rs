//! The query language of INTERFACE.md §3: words (AND), `"exact phrase"`,
//! `prefix*`, `-excluded` (a word, a phrase or a prefix).

use crate::text::tokenize;

/// One element of a query, its words folded with [`crate::text::fold`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// A word matched by stem in each language.
    Word(String),
    /// Any indexed word starting with this folded prefix.
    Prefix(String),
    /// These folded words, consecutive, unstemmed (stop words count).
    Phrase(Vec<String>),
}

/// A clause and whether it excludes (`-`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub clause: Clause,
    pub negated: bool,
}

/// Parses search text. Rules:
/// - whitespace separates parts; `"..."` is a phrase (an unclosed quote runs to the end);
/// - a leading `-` excludes the part (`-wagner`, `-"africa corps"`, `-gaz*`);
/// - a trailing `*` makes a single word a prefix;
/// - a chunk that tokenizes into several words (`S-400`, `Russia-Africa`) is a phrase;
/// - chunks without any word (punctuation, a lone `-` or `*`) are ignored.
pub fn parse_query(q: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut rest = q;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let mut negated = false;
        if let Some(r) = rest.strip_prefix('-') {
            if r.starts_with(|c: char| !c.is_whitespace()) {
                negated = true;
                rest = r;
            }
        }
        let (text, quoted) = if let Some(r) = rest.strip_prefix('"') {
            let end = r.find('"').unwrap_or(r.len());
            let text = &r[..end];
            rest = r.get(end + 1..).unwrap_or("");
            (text, true)
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            let text = &rest[..end];
            rest = &rest[end..];
            (text, false)
        };
        let prefix = !quoted && text.ends_with('*');
        let words: Vec<String> = tokenize(text).into_iter().map(|t| t.term).collect();
        let clause = match (words.len(), quoted, prefix) {
            (0, _, _) => continue,
            (1, false, true) => Clause::Prefix(words[0].clone()),
            (1, false, false) => Clause::Word(words[0].clone()),
            _ => Clause::Phrase(words),
        };
        parts.push(Part { clause, negated });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(c: Clause, negated: bool) -> Part {
        Part { clause: c, negated }
    }

    #[test]
    fn each_form() {
        assert_eq!(
            parse_query(r#"Gas -Wagner "Africa Corps" pipe* -gaz* -"s-400" S-400 - * ..."#),
            vec![
                p(Clause::Word("gas".into()), false),
                p(Clause::Word("wagner".into()), true),
                p(Clause::Phrase(vec!["africa".into(), "corps".into()]), false),
                p(Clause::Prefix("pipe".into()), false),
                p(Clause::Prefix("gaz".into()), true),
                p(Clause::Phrase(vec!["s".into(), "400".into()]), true),
                p(Clause::Phrase(vec!["s".into(), "400".into()]), false),
            ]
        );
    }

    #[test]
    fn scripts_elisions_and_unclosed_quotes() {
        assert_eq!(
            parse_query("l'Algérie"),
            vec![p(Clause::Word("algerie".into()), false)]
        );
        assert_eq!(
            parse_query("الجزائرِ"),
            vec![p(Clause::Word("الجزاير".into()), false)]
        );
        assert_eq!(
            parse_query("\"Россия и"),
            vec![p(Clause::Phrase(vec!["россия".into(), "и".into()]), false)]
        );
        assert_eq!(
            parse_query("\"gaz\""),
            vec![p(Clause::Phrase(vec!["gaz".into()]), false)]
        );
        assert!(parse_query("\"\" -\"\" \"").is_empty());
    }
}
