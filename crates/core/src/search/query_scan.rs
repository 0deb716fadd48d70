//! The first pass of [`super::query::parse_query`]: search text cut into terms
//! and operators, fields read, the word being typed marked.

use super::query::{push_once, Clause, QueryProblem};
use crate::text::tokenize;

/// One piece of search text.
#[derive(Debug)]
pub(super) enum Item {
    /// A term, possibly excluded by a leading `-`.
    Term {
        clause: Clause,
        negated: bool,
    },
    /// `OR`, `AND`, `NOT`; `typing` when nothing follows it (not even a space).
    Or {
        typing: bool,
    },
    And {
        typing: bool,
    },
    Not {
        typing: bool,
    },
    /// A one-character word still being typed: left out (see `parse_query`).
    Skip,
}

/// Fields a term can name (`title:`, `source:`).
const FIELDS: [&str; 2] = ["title", "source"];

fn is_break(c: char) -> bool {
    c.is_whitespace() || c == '"' || c == '(' || c == ')'
}

/// The text of a quoted phrase at the start of `rest` (after its `"`), and
/// what follows the closing quote (an unclosed quote runs to the end).
fn quoted(rest: &str) -> (&str, &str) {
    let end = rest.find('"').unwrap_or(rest.len());
    (&rest[..end], rest.get(end + 1..).unwrap_or(""))
}

fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.term).collect()
}

/// The clause of an unquoted chunk (`gas`, `gaz*`, `S-400`), `typing` when it
/// is the last thing in the text; `None` when it has no word, `Some(None)`
/// for a one-character word being typed.
fn bare(chunk: &str, typing: bool) -> Option<Option<Clause>> {
    let prefix = chunk.ends_with('*');
    let mut w = words(chunk);
    Some(Some(match (w.len(), prefix) {
        (0, _) => return None,
        (1, true) => Clause::Prefix(w.remove(0)),
        (1, false) if typing && w[0].chars().count() == 1 => return Some(None),
        (1, false) if typing => Clause::Typed(w.remove(0)),
        (1, false) => Clause::Word(w.remove(0)),
        _ => Clause::Phrase(w),
    }))
}

/// Cuts `q` into items, with the problems met on the way.
pub(super) fn scan(q: &str) -> (Vec<Item>, Vec<QueryProblem>) {
    let mut items = Vec::new();
    let mut problems = Vec::new();
    let mut rest = q;
    loop {
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == ')');
        if rest[..rest.len() - trimmed.len()].contains(['(', ')']) {
            push_once(&mut problems, QueryProblem::Parentheses);
        }
        rest = trimmed;
        if rest.is_empty() {
            break;
        }
        let mut negated = false;
        if let Some(r) = rest.strip_prefix('-') {
            if r.starts_with(|c: char| !is_break(c) || c == '"') {
                negated = true;
                rest = r;
            }
        }
        if let Some(r) = rest.strip_prefix('"') {
            let closed = r.contains('"');
            let (text, after) = quoted(r);
            rest = after;
            let mut w = words(text);
            // A quote still open with no space after its last word is a phrase
            // being typed: its last word is the word being typed (`"foreign
            // minis` finds what `"foreign minister"` will), so typing a phrase
            // never passes through an empty list either.
            let typing = !closed && !negated && !text.ends_with(char::is_whitespace);
            let last = if typing { w.pop() } else { None };
            if !w.is_empty() {
                items.push(Item::Term {
                    clause: Clause::Phrase(w),
                    negated,
                });
            }
            match last {
                Some(l) if l.chars().count() == 1 => items.push(Item::Skip),
                Some(l) => items.push(Item::Term {
                    clause: Clause::Typed(l),
                    negated: false,
                }),
                None => {}
            }
            continue;
        }
        let end = rest.find(is_break).unwrap_or(rest.len());
        let (chunk, after) = rest.split_at(end);
        rest = after;
        let typing = after.is_empty();
        if !negated {
            let op = match chunk {
                "OR" => Some(Item::Or { typing }),
                "AND" => Some(Item::And { typing }),
                "NOT" => Some(Item::Not { typing }),
                _ => None,
            };
            if let Some(op) = op {
                items.push(op);
                continue;
            }
        }
        if let Some((name, value)) = chunk.split_once(':') {
            let field = name.to_ascii_lowercase();
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic()) {
                if FIELDS.contains(&field.as_str()) {
                    let (value, quoted_value) = match (value.is_empty(), rest.strip_prefix('"')) {
                        (true, Some(r)) => {
                            let (text, after) = quoted(r);
                            rest = after;
                            (text, true)
                        }
                        _ => (value, false),
                    };
                    let clause = if field == "source" {
                        Some(Clause::Source(words(value))).filter(|c| c != &Clause::Source(Vec::new()))
                    } else if quoted_value {
                        Some(Clause::Phrase(words(value))).filter(|c| c != &Clause::Phrase(Vec::new()))
                    } else {
                        match bare(value, typing && !negated) {
                            Some(Some(c)) => Some(c),
                            Some(None) => {
                                items.push(Item::Skip);
                                continue;
                            }
                            None => None,
                        }
                    };
                    match clause {
                        Some(c) if field == "source" => items.push(Item::Term { clause: c, negated }),
                        Some(c) => items.push(Item::Term {
                            clause: Clause::Title(Box::new(c)),
                            negated,
                        }),
                        None => push_once(&mut problems, QueryProblem::EmptyField { field }),
                    }
                    continue;
                }
                if !value.is_empty() && !value.starts_with("//") {
                    push_once(&mut problems, QueryProblem::UnknownField { field });
                }
            }
        }
        match bare(chunk, typing && !negated) {
            Some(Some(clause)) => items.push(Item::Term { clause, negated }),
            Some(None) => items.push(Item::Skip),
            None => {}
        }
    }
    (items, problems)
}
