//! The shape of a front matter block, read in one pass before and beside the
//! parser: how deep it nests (refused past a small depth: a parser took 41 s on
//! 100 KB of nesting) and the line of each key (for problems naming the line).

use super::MAX_FRONT_MATTER_DEPTH;

/// The first file line (1-based) where front matter `lines` (file lines 2..)
/// nest deeper than [`MAX_FRONT_MATTER_DEPTH`], and how deep: brackets outside
/// quotes and comments, and for YAML (`indented`) also indentation levels and
/// list dashes. One pass, before any parser sees the block.
pub(super) fn too_deep(lines: &[&str], indented: bool) -> Option<(usize, usize)> {
    let mut indents: Vec<usize> = Vec::new();
    let mut brackets = 0usize;
    for (i, line) in lines.iter().enumerate() {
        let body = line.trim_start_matches(' ');
        if body.trim().is_empty() || body.starts_with('#') {
            continue;
        }
        let mut depth = 0;
        if indented {
            let width = line.len() - body.len();
            while indents.last().is_some_and(|&w| w >= width) {
                indents.pop();
            }
            indents.push(width);
            let dashes = body
                .split_inclusive(' ')
                .take_while(|p| p.trim_end() == "-")
                .count();
            depth = indents.len() + dashes;
        }
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        // The last character before this one that is not a space ('\n' at the
        // line's start): a bracket opens a collection only where a value starts
        // (`l'Algérie {x}` is plain text), or inside one already open.
        let mut token = '\n';
        for c in body.chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                // A quote opens a quoted scalar only where a token starts
                // (`l'Algérie` is plain text).
                (None, '"' | '\'') if matches!(previous, ' ' | '[' | '{' | ',' | ':') => quote = Some(c),
                (None, '#') if previous == ' ' => break,
                (None, '[' | '{') if brackets > 0 || matches!(token, ':' | '-' | '=' | '\n') => {
                    brackets += 1;
                    depth = depth.max(brackets + indents.len());
                }
                (None, ']' | '}') => brackets = brackets.saturating_sub(1),
                _ => {}
            }
            previous = c;
            if c != ' ' {
                token = c;
            }
        }
        if depth > MAX_FRONT_MATTER_DEPTH {
            return Some((i + 2, depth));
        }
    }
    None
}

/// The file line (from 2) of each key's first `key:` or `key =` line, found in
/// one pass (a search per key took 165 s on 32k keys).
pub(super) fn key_lines<'a>(lines: &[&'a str]) -> std::collections::HashMap<&'a str, usize> {
    let mut out = std::collections::HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        crate::steps::count(1);
        let line = line.trim_start();
        if let Some(end) = line.find([':', '=']) {
            out.entry(line[..end].trim_end()).or_insert(i + 2);
        }
    }
    out
}
