//! Inline Markdown of one paragraph (lines joined by `\n`) to the text a reader sees, in passes over the
//! line's bytes that each mark syntax to delete: escapes and code spans, then
//! markup ([`super::html`]), then links and images, then emphasis.
//!
//! Every scan is linear: a failed search for a closing backtick run is never
//! repeated for that length, brackets and parentheses are matched with stacks,
//! link destinations are read with cursors that only move forward, and
//! emphasis is matched with a stack per mark. Deleted ranges start and end on
//! ASCII bytes, so what is kept is whole UTF-8 characters.

use super::{html, label_key, Labels};
use crate::steps::count;
use std::collections::HashMap;

/// Appends the text a reader sees of `line` (a paragraph: its `\n`s stay) to `out`.
pub(super) fn plain_line(line: &str, labels: &Labels, out: &mut String) {
    let b = line.as_bytes();
    let (mut del, mut lit) = (vec![false; b.len()], vec![false; b.len()]);
    escapes_and_code(b, &mut del, &mut lit);
    let inserts = html::markup(b, &mut del, &lit);
    links(line, labels, &mut del, &lit);
    emphasis(line, &mut del, &lit);
    let mut kept = Vec::with_capacity(b.len());
    let mut inserts = inserts.iter().peekable();
    for (i, &byte) in b.iter().enumerate() {
        while let Some((_, c)) = inserts.next_if(|(at, _)| *at == i) {
            kept.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        }
        if !del[i] {
            kept.push(byte);
        }
    }
    out.push_str(&String::from_utf8_lossy(&kept));
}

/// Backslash escapes (the mark goes, the character is literal; a trailing one is
/// a hard break) and code spans (the backticks go, the code is literal).
fn escapes_and_code(b: &[u8], del: &mut [bool], lit: &mut [bool]) {
    // Run lengths known to have no closing run further on; longer runs are never code.
    let mut no_closer = [false; 9];
    let mut i = 0;
    while i < b.len() {
        count(1);
        // A backslash before punctuation escapes it; at a line's end it is a hard break.
        if b[i] == b'\\'
            && b.get(i + 1)
                .is_none_or(|&c| c.is_ascii_punctuation() || c == b'\n')
        {
            del[i] = true;
            if let Some(next) = lit.get_mut(i + 1) {
                *next = true;
            }
            i += 2;
        } else if b[i] == b'`' {
            let len = b[i..].iter().take_while(|&&c| c == b'`').count();
            let close = (len < no_closer.len() && !no_closer[len]).then(|| closing_run(b, i + len, len));
            if let Some(Some(c)) = close {
                del[i..i + len].fill(true);
                del[c..c + len].fill(true);
                lit[i + len..c].fill(true);
                i = c + len;
            } else {
                if len < no_closer.len() {
                    no_closer[len] = true;
                }
                lit[i..i + len].fill(true);
                i += len;
            }
        } else {
            i += 1;
        }
    }
}

/// Where the next run of exactly `len` backticks at or after `from` starts.
fn closing_run(b: &[u8], mut from: usize, len: usize) -> Option<usize> {
    while from < b.len() {
        count(1);
        let n = b[from..].iter().take_while(|&&c| c == b'`').count();
        count(n as u64);
        if n == len {
            return Some(from);
        }
        from += n.max(1);
    }
    None
}

/// The first position at or after a query's start whose byte is a hit (or the
/// line's end), for queries whose starts never decrease: it never looks back.
#[derive(Default)]
struct Cursor(Option<usize>);

impl Cursor {
    fn next(&mut self, b: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> usize {
        match self.0 {
            Some(at) if at >= from => at,
            _ => {
                let mut at = from;
                while at < b.len() && !hit(b[at]) {
                    count(1);
                    at += 1;
                }
                *self.0.insert(at)
            }
        }
    }
}

/// Inline links (`[text](url "title")`: the text stays), reference links to
/// labels the file defines (`[text][1]`, `[text]`), and images and footnote
/// references, which go whole. An image's alt text goes too: a clipper writes
/// the photo's caption as a line of its own (the cleaner takes captions from
/// there), and what is left in alt texts is badges, logos and file names.
fn links(line: &str, labels: &Labels, del: &mut [bool], lit: &[bool]) {
    let b = line.as_bytes();
    // Where each `(` right after a `]` closes.
    let mut closes = HashMap::new();
    let mut open = Vec::new();
    for (i, &c) in b.iter().enumerate() {
        match c {
            _ if lit[i] || del[i] => {}
            b'(' => open.push(i),
            b')' => {
                if let Some(o) = open.pop().filter(|&o| o > 0 && b[o - 1] == b']') {
                    closes.insert(o, i);
                }
            }
            _ => {}
        }
    }
    let mut cursors = (Cursor::default(), Cursor::default());
    let mut brackets = Vec::new();
    // The last `[` or `]` seen: a `]` whose `[` it is encloses no bracket.
    let mut last_bracket = None;
    let mut i = 0;
    while i < b.len() {
        count(1);
        if !lit[i] && !del[i] && b[i] == b'[' {
            brackets.push(i);
            last_bracket = Some(i);
        } else if !lit[i] && !del[i] && b[i] == b']' {
            let before = last_bracket.replace(i);
            let found = brackets.pop().and_then(|o| {
                let end = closes
                    .get(&(i + 1))
                    .filter(|&&k| destination(b, i + 2, k, &mut cursors))
                    .map(|&k| (k, false));
                end.or_else(|| reference(line, o, i, before == Some(o), labels))
                    .map(|e| (o, e))
            });
            if let Some((o, (end, whole))) = found {
                let bang = o > 0 && b[o - 1] == b'!' && !lit[o - 1] && !del[o - 1];
                if bang || whole {
                    del[o - usize::from(bang)..=end].fill(true);
                } else {
                    del[o] = true;
                    del[i..=end].fill(true);
                }
                i = end;
            }
        }
        i += 1;
    }
}

/// Whether `b[s..k]` is a link's destination and optional title (`url`,
/// `<url with spaces>`, `url "title"`). The cursors find the next space and
/// the next `>`/`<`; `s` grows from one call to the next.
fn destination(b: &[u8], start: usize, k: usize, (space, angle): &mut (Cursor, Cursor)) -> bool {
    // A line break may stand around the destination, never in it.
    let blank = |c: u8| c == b' ' || c == b'\t' || c == b'\n';
    let s = (start..k).find(|&i| !blank(b[i])).unwrap_or(k);
    count(s as u64 - start as u64);
    if s == k {
        return true;
    }
    let end = if b[s] == b'<' {
        let e = angle.next(b, s + 1, |c| c == b'>' || c == b'<');
        if e >= k || b[e] != b'>' {
            return false;
        }
        e + 1
    } else {
        space.next(b, s, blank).min(k)
    };
    let title = b[end..k].trim_ascii();
    title.is_empty()
        || (blank(b[end])
            && title.len() >= 2
            && matches!(
                (title[0], title[title.len() - 1]),
                (b'"', b'"') | (b'\'', b'\'') | (b'(', b')')
            ))
}

/// The end of a reference link whose `[`…`]` text spans `o..=j`, if its label
/// is defined, and whether it goes whole (a footnote reference `[^1]`).
/// `plain`: no bracket stands between `o` and `j`; a text with one cannot be
/// a label (a definition's label has none), and is not looked up: nested
/// brackets would otherwise cost a look-up of up to 999 bytes per `]`.
fn reference(line: &str, o: usize, j: usize, plain: bool, labels: &Labels) -> Option<(usize, bool)> {
    // CommonMark caps labels at 999 characters; the cap keeps each look-up short.
    let defined = |label: &str| {
        count(label.len().min(1000) as u64);
        label.len() <= 999 && labels.contains(&label_key(label))
    };
    if labels.is_empty() {
        return None;
    }
    let (b, text) = (line.as_bytes(), &line[o + 1..j]);
    if b.get(j + 1) == Some(&b'[') {
        let len = b[j + 2..].iter().take(1000).position(|&c| c == b']' || c == b'[');
        count(len.unwrap_or(1000) as u64);
        if let Some(len) = len.filter(|&n| b[j + 2 + n] == b']') {
            let label = if len == 0 { text } else { &line[j + 2..j + 2 + len] };
            if (len > 0 || plain) && defined(label) {
                return Some((j + 2 + len, false));
            }
        }
    }
    (plain && defined(text)).then_some((j, text.starts_with('^')))
}

/// Whether a run of `mark` between `prev` and `next` can open and close
/// emphasis, and whether it stands inside a word or number (both flanking).
/// CommonMark's flanking rules, with `_` inside a word never emphasis.
pub(super) fn delimiter(mark: u8, prev: Option<char>, next: Option<char>) -> (bool, bool, bool) {
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punct = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let left = !space(next) && (!punct(next) || space(prev) || punct(prev));
    let right = !space(prev) && (!punct(prev) || space(next) || punct(next));
    if mark == b'_' {
        (
            left && (!right || punct(prev)),
            right && (!left || punct(next)),
            left && right,
        )
    } else {
        (left, right, left && right)
    }
}

/// A run of emphasis marks waiting for its closer: where its unmatched marks
/// start, how many there are, and whether it stands inside a word.
struct Opener {
    at: usize,
    left: usize,
    inside: bool,
}

/// Emphasis (`*em*`, `**strong**`, `_em_`, `~~struck~~`): matched marks go, the
/// text stays. Unlike CommonMark, two runs that both stand inside words never
/// pair up, so `5*3*2` and `f**k and s**t` stay as written.
fn emphasis(line: &str, del: &mut [bool], lit: &[bool]) {
    let b = line.as_bytes();
    let mut stacks: [Vec<Opener>; 3] = Default::default();
    let mut i = 0;
    while i < b.len() {
        count(1);
        let which = b"*_~".iter().position(|&m| m == b[i]);
        let Some(which) = which.filter(|_| !lit[i] && !del[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        while i < b.len() && b[i] == b[start] && !lit[i] && !del[i] {
            count(1);
            i += 1;
        }
        let len = i - start;
        // GFM strikes through with `~~` or `~` (clippers write `~old~`), a
        // run closing only one of its own length; `~5 km` finds no closer.
        let tilde = b[start] == b'~';
        if tilde && len > 2 {
            continue;
        }
        let (open, close, inside) = delimiter(
            b[start],
            line[..start].chars().next_back(),
            line[i..].chars().next(),
        );
        let stack = &mut stacks[which];
        let mut left = len;
        while close && left > 0 {
            let Some(top) = stack
                .last_mut()
                .filter(|top| !(top.inside && inside) && (!tilde || top.left == left))
            else {
                break;
            };
            let n = top.left.min(left);
            top.left -= n;
            del[top.at + top.left..top.at + top.left + n].fill(true);
            del[i - left..i - left + n].fill(true);
            left -= n;
            if top.left == 0 {
                stack.pop();
            }
        }
        if open && left > 0 {
            stack.push(Opener {
                at: i - left,
                left,
                inside,
            });
        }
    }
}
