//! Snippets: the passage of a body with the most matches, cut at words.

use super::highlighter::Highlighter;
use super::results::Snippet;

/// Target length of a snippet's text, in bytes (before the ellipses).
pub const SNIPPET_BYTES: usize = 240;

impl Highlighter {
    /// The passage of `body` of about [`SNIPPET_BYTES`] with the most matches.
    pub(super) fn snippet(&self, body: &str, lang: &str) -> Snippet {
        let ranges = self.ranges(body, lang);
        // Window start: the one covering the most matches (ties: earliest).
        let mut start = 0;
        let mut best = 0;
        for (i, &(s, _)) in ranges.iter().enumerate() {
            let c = ranges[i..]
                .iter()
                .take_while(|&&(_, e)| e <= s + SNIPPET_BYTES)
                .count();
            if c > best {
                best = c;
                start = s;
            }
        }
        // Some context before the first match, snapped to a word start.
        let mut s = floor_boundary(body, start.saturating_sub(SNIPPET_BYTES / 4));
        if s > 0 {
            if let Some(sp) = body[..start].rfind(char::is_whitespace).filter(|&sp| sp >= s) {
                s = sp + body[sp..].chars().next().map_or(1, char::len_utf8);
            }
        }
        let mut e = floor_boundary(body, (s + SNIPPET_BYTES).min(body.len()));
        if e < body.len() {
            if let Some(sp) = body[s..e].rfind(char::is_whitespace).filter(|&sp| sp > 0) {
                e = s + sp;
            }
        }
        let lead = if s > 0 { "… " } else { "" };
        let mut text = String::with_capacity(e - s + 8);
        text.push_str(lead);
        text.extend(
            body[s..e]
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
        if e < body.len() {
            text.push_str(" …");
        }
        let shift = lead.len();
        let highlights = ranges
            .into_iter()
            .filter(|&(a, b)| a >= s && b <= e)
            .map(|(a, b)| (a - s + shift, b - s + shift))
            .collect();
        Snippet { text, highlights }
    }
}

pub(super) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
