//! The query language of INTERFACE.md §3: words (AND), `"exact phrase"`,
//! `prefix*`, `-excluded`, `a OR b`, `title:word`, `source:name`, and the last
//! word matched as a prefix while it is typed. Parsing never fails: what it
//! cannot use comes back as a [`QueryProblem`] beside the parts.

use super::query_scan::{scan, Item};
use std::fmt;

/// One element of a query, its words folded with [`crate::text::fold`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// A word matched by stem in each language.
    Word(String),
    /// Any indexed word starting with this folded prefix.
    Prefix(String),
    /// These folded words, consecutive, unstemmed (stop words count).
    Phrase(Vec<String>),
    /// The last bare word of a query that does not end with whitespace: the
    /// reader is still typing it, so it matches as a word and, ranked below,
    /// as a prefix (entity aliases included).
    Typed(String),
    /// `title:…`: a word, prefix, phrase or typed word matched in titles only.
    Title(Box<Clause>),
    /// `source:…`: articles whose source (outlet) holds these folded words,
    /// consecutive, the last one as a prefix (`source:"new arab"`, `source:rf`).
    Source(Vec<String>),
}

/// A query part: one clause, or alternatives joined by `OR`, and whether it
/// excludes (`-`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The alternatives: the part matches an article that any of them matches.
    pub any_of: Vec<Clause>,
    /// `-part` (or `NOT part`): articles it matches are removed.
    pub negated: bool,
}

/// Something in the search text the parser could not use as written. The app
/// shows it as a notice; [`QueryProblem::message`] is the English text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryProblem {
    /// `author:x`: not a field; the text was searched as plain words.
    UnknownField { field: String },
    /// `title:` or `source:` with nothing after it; ignored.
    EmptyField { field: String },
    /// `OR` with no term on one side (`OR gas`, `gas OR`, `gas OR OR oil`),
    /// or `AND`/`NOT` with nothing to apply to; ignored.
    DanglingOperator { operator: String },
    /// `OR` beside an excluded term (`-gas OR oil`): both kept as separate parts.
    OrWithExclusion,
    /// `(` or `)`: grouping is not supported; ignored (`OR` joins the terms
    /// right beside it, so `russia gas OR oil` is russia AND (gas OR oil)).
    Parentheses,
}

impl QueryProblem {
    /// The problem in English, naming the text concerned.
    pub fn message(&self) -> String {
        match self {
            QueryProblem::UnknownField { field } => {
                format!("\"{field}:\" is not a search field (use title: or source:); searched as plain words")
            }
            QueryProblem::EmptyField { field } => format!("\"{field}:\" needs a word after it; ignored"),
            QueryProblem::DanglingOperator { operator } => {
                format!("\"{operator}\" needs a search term on each side; ignored")
            }
            QueryProblem::OrWithExclusion => {
                "\"OR\" cannot join an excluded term (-word); the terms were searched separately".into()
            }
            QueryProblem::Parentheses => "parentheses are ignored: OR joins the terms right beside it".into(),
        }
    }
}

impl fmt::Display for QueryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// A parsed query: its parts and what could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// The parts, all of which must match (except the excluded ones).
    pub parts: Vec<Part>,
    /// What the parser ignored or read differently, in text order, each once.
    pub problems: Vec<QueryProblem>,
}

/// Parses search text. Rules:
/// - whitespace separates parts; `"..."` is a phrase (an unclosed quote runs to the end);
/// - a leading `-` (or the word `NOT` before it) excludes the part (`-wagner`,
///   `-"africa corps"`, `-gaz*`, `-source:rfi`);
/// - a trailing `*` makes a single word a prefix;
/// - a chunk that tokenizes into several words (`S-400`, `Russia-Africa`) is a phrase;
/// - `A OR B` (upper case, between two terms) makes one part of alternatives;
///   it binds tighter than the implicit AND. Lower-case `or` stays a word: it is
///   one in French ("or", gold) and an English stop word, so searching it must work.
///   `AND` is accepted and changes nothing (every part must match anyway);
/// - `title:x` / `title:"a b"` / `title:x*` match in titles only; `source:x` /
///   `source:"a b"` match the article's source; any other `name:` is reported
///   and its text searched as plain words;
/// - the last chunk, when it is a bare word and the text does not end with
///   whitespace, is [`Clause::Typed`]: the reader is still typing it. A typed
///   word of one character is left out altogether (no notice): it would match
///   as a word almost nowhere and as a prefix nearly everything, at the cost of
///   expanding thousands of index words; leaving it out shows the results of
///   the rest of the query, so typing a word letter by letter never drops to 0
///   results when the word itself has some (the engine leaves out a longer
///   typed word too while it starts too many words: `Index::starts_too_many`);
/// - chunks without any word (punctuation, a lone `-` or `*`) are ignored.
pub fn parse_query(q: &str) -> Query {
    let (items, mut problems) = scan(q);
    let mut parts: Vec<Part> = Vec::new();
    // `OR` seen after the last part: the next clause joins it.
    let mut join = false;
    let mut negate_next = false;
    let mut last_was_operand = false;
    // Whether the last `OR` seen is still being typed (nothing after it).
    let mut or_typing = false;
    let n = items.len();
    for (k, item) in items.into_iter().enumerate() {
        let trailing = k + 1 == n;
        match item {
            Item::Or { typing } => {
                or_typing = typing && trailing;
                if join || !last_was_operand {
                    if !or_typing {
                        push_once(&mut problems, dangling("OR"));
                    }
                } else {
                    join = true;
                }
                last_was_operand = false;
            }
            Item::And { typing } => {
                if (!last_was_operand || trailing) && !(typing && trailing) {
                    push_once(&mut problems, dangling("AND"));
                }
                last_was_operand = false;
            }
            Item::Not { typing } => {
                if trailing && !typing {
                    push_once(&mut problems, dangling("NOT"));
                }
                negate_next = true;
            }
            Item::Skip => {
                // A one-letter typed word: gone, and an `OR` before it with it.
                join = false;
                negate_next = false;
                last_was_operand = true;
            }
            Item::Term { clause, negated } => {
                let negated = negated || std::mem::take(&mut negate_next);
                last_was_operand = true;
                if std::mem::take(&mut join) {
                    let last = parts.last_mut().expect("OR joins only after a part");
                    if !negated && !last.negated {
                        last.any_of.push(clause);
                        continue;
                    }
                    push_once(&mut problems, QueryProblem::OrWithExclusion);
                }
                parts.push(Part {
                    any_of: vec![clause],
                    negated,
                });
            }
        }
    }
    if join && !or_typing {
        push_once(&mut problems, dangling("OR"));
    }
    Query { parts, problems }
}

/// Most problems one query reports: a pasted page full of `word:` must not
/// become a page of notices (nor a quadratic scan of them).
pub const MAX_QUERY_PROBLEMS: usize = 8;

/// Adds `p` to `problems` unless it is there already (one notice per kind)
/// or [`MAX_QUERY_PROBLEMS`] are.
pub(super) fn push_once(problems: &mut Vec<QueryProblem>, p: QueryProblem) {
    if problems.len() < MAX_QUERY_PROBLEMS && !problems.contains(&p) {
        problems.push(p);
    }
}

fn dangling(op: &str) -> QueryProblem {
    QueryProblem::DanglingOperator {
        operator: op.to_string(),
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
