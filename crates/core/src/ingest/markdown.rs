//! A `.md` article (as web clippers save news pages) to the plain text a reader of the rendered page sees.
//!
//! Runs before cleaning, on `.md` files only: a `.txt` line opening with "- "
//! or holding `*` is prose. Block marks go at line starts (blockquote `>`, list
//! bullets (numbers stay, as a rendered list shows them), heading `#`s, code fences, table pipes), reference
//! definitions and HTML comments go whole, and each paragraph's inline syntax goes
//! ([`inline`]: links keep their text, images and URLs go, emphasis marks go,
//! code keeps its text, escapes are undone, HTML tags go and their text stays).
//! What is not clearly Markdown stays as written: `5 * 3`, `file_name`,
//! `[sic]`, `x < y`. Rule lines (`***`, `---`) are left for
//! [`super::lines::is_rule`]. Inline syntax is read per paragraph, so a link
//! or emphasis may span lines. Not handled: indented code blocks (their text
//! stays, as prose), nested brackets in link text beyond
//! what a stack matches, and the content of `<script>`/`<style>` (kept as text).
//!
//! [`escape`] is the inverse the Markdown export uses: text it escapes comes back unchanged.

#[path = "markdown_escape.rs"]
mod escape;
#[path = "markdown_html.rs"]
mod html;
#[path = "markdown_inline.rs"]
mod inline;

pub use escape::escape;

use super::headline::without_heading_marks;
use super::lines::is_rule;
use super::wrap;
use std::collections::HashSet;

/// The reference labels a file defines (`[1]: https://…`), as [`label_key`] gives them.
type Labels = HashSet<String>;

/// Whether `path` names a Markdown file (`.md`, any case), whose text [`to_plain`] converts.
pub fn is_markdown(path: &str) -> bool {
    path.to_lowercase().ends_with(".md")
}

/// A reference label as it is matched: case and inner spacing do not count.
fn label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `[label]: destination "title"` at a line's start (a footnote's `[^label]:
/// text` too): its label, and a footnote's text, which stays.
fn definition(line: &str) -> Option<(&str, Option<&str>)> {
    let rest = line.trim_start().strip_prefix('[')?;
    let (label, after) = rest.split_once(']')?;
    let after = after.strip_prefix(':')?.trim();
    if label.trim().is_empty() || label.contains('[') || label.len() > 999 {
        return None;
    }
    if label.starts_with('^') {
        return Some((label, Some(after)));
    }
    let (dest, title) = after.split_once([' ', '\t']).unwrap_or((after, ""));
    let title = title.trim().as_bytes();
    let quoted = title.is_empty()
        || (title.len() >= 2
            && matches!(
                (title[0], title[title.len() - 1]),
                (b'"', b'"') | (b'\'', b'\'') | (b'(', b')')
            ));
    (!dest.is_empty() && quoted).then_some((label, None))
}

/// A code fence (three or more backticks or tildes): its mark and length.
fn fence(line: &str) -> Option<(u8, usize)> {
    let t = line.trim_start();
    let mark = *t.as_bytes().first().filter(|&&c| c == b'`' || c == b'~')?;
    let len = t.bytes().take_while(|&c| c == mark).count();
    (len >= 3 && !(mark == b'`' && t[len..].contains('`'))).then_some((mark, len))
}

/// A table's delimiter row (`| --- | :-: |`).
fn is_delimiter_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('|') && t.contains('-') && t.bytes().all(|c| b"|-: \t".contains(&c))
}

/// The text of a list item after its bullet (`- `, `* `, `+ `) and after a
/// task box (`[ ] `, `[x] `); `None` when `line` opens no bulleted item. A
/// numbered item keeps its number, as a rendered list shows it: a line that
/// opens with `80. Geburtstag` or `12. März 2024` in a wrapped paragraph is text.
fn list_item(line: &str) -> Option<&str> {
    let marker = match line.as_bytes() {
        [b'-' | b'*' | b'+', ..] => 1,
        _ => return None,
    };
    let rest = line[marker..].strip_prefix([' ', '\t'])?.trim_start();
    Some(
        ["[ ] ", "[x] ", "[X] "]
            .iter()
            .find_map(|b| rest.strip_prefix(b))
            .unwrap_or(rest),
    )
}

/// `line` without the block marks it opens with: blockquote `>`s, then a list
/// marker, then heading `#`s (`line` itself when it opens no block); whether
/// it is a heading, and whether it opens a bulleted item.
fn without_blocks(line: &str) -> (&str, bool, bool) {
    let mut rest = line.trim_start();
    let mut quoted = false;
    while let Some(r) = rest.strip_prefix('>') {
        (rest, quoted) = (r.trim_start(), true);
    }
    let item = list_item(rest);
    let body = item.unwrap_or(rest);
    let text = without_heading_marks(body);
    let heading = text.len() < body.len();
    if quoted || item.is_some() || heading {
        (text, heading, item.is_some())
    } else {
        (line, false, false)
    }
}

/// What a line of the file is, once code fences are known.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Fence,
    Code,
}

/// The text a reader sees of a Markdown file's text (after its front matter),
/// line for line but for the lines that vanish (reference definitions, a
/// table's delimiter row, HTML comments): see the module docs.
pub fn to_plain(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut open: Option<(u8, usize)> = None;
    let kinds: Vec<Kind> = lines
        .iter()
        .map(|line| match (open, fence(line)) {
            // A closing fence has no info string, and is as long as the opening one.
            (Some((m, n)), Some((mark, len))) if mark == m && len >= n && line.trim().len() == len => {
                open = None;
                Kind::Fence
            }
            (Some(_), _) => Kind::Code,
            (None, Some(f)) => {
                open = Some(f);
                Kind::Fence
            }
            (None, None) => Kind::Text,
        })
        .collect();
    let labels: Labels = (lines.iter().zip(&kinds))
        .filter(|(_, k)| **k == Kind::Text)
        .filter_map(|(line, _)| definition(line).map(|(label, _)| label_key(label)))
        .collect();
    // A file wrapped at a width (Pandoc's 72 columns): a break the wrapper made
    // is a space on the rendered page.
    let lengths: Vec<usize> = (lines.iter().zip(&kinds))
        .map(|(l, k)| {
            if *k == Kind::Text {
                l.trim().chars().count()
            } else {
                0
            }
        })
        .collect();
    let width = wrap::width(&lengths);
    let mut out = String::with_capacity(text.len());
    // The paragraph being gathered: its lines as written and without block
    // marks. Its inline syntax is read as a whole, so a link or emphasis
    // wrapped across lines is read as the rendered page reads it; and when it
    // was wrapped at the file's width, its lines join as the page shows them.
    let mut para: Vec<(&str, &str)> = Vec::new();
    let flush = |para: &mut Vec<(&str, &str)>, out: &mut String| {
        let raw: Vec<&str> = para.iter().map(|(raw, _)| raw.trim()).collect();
        let joint = if width.is_some_and(|w| wrap::is_wrapped(&raw, w)) {
            " "
        } else {
            "\n"
        };
        let text: Vec<&str> = para.iter().map(|(_, text)| *text).collect();
        inline::plain_line(&text.join(joint), &labels, out);
        para.clear();
    };
    let (mut table, mut comment, mut first) = (false, false, true);
    for (i, (&line, &kind)) in lines.iter().zip(&kinds).enumerate() {
        let mut line = line;
        if comment {
            match line.find("-->") {
                Some(end) => (line, comment) = (&line[end + 3..], false),
                None => continue,
            }
        }
        let delimiter_below = kinds.get(i + 1) == Some(&Kind::Text) && is_delimiter_row(lines[i + 1]);
        table = kind == Kind::Text && line.contains('|') && (table || delimiter_below);
        let footnote = definition(line)
            .filter(|_| kind == Kind::Text)
            .map(|(_, text)| text);
        if footnote == Some(None) || (table && is_delimiter_row(line)) {
            continue;
        }
        if line.trim_start().starts_with("<!--") && !line.contains("-->") && kind == Kind::Text {
            comment = true;
            continue;
        }
        let prose = kind == Kind::Text && !table && footnote.is_none() && !is_rule(line.trim());
        let (text, heading, item) = without_blocks(line);
        if prose && !heading && !text.trim().is_empty() {
            // A line of a paragraph: a new item opens a paragraph of its own.
            if para.is_empty() || item {
                flush(&mut para, &mut out);
                if !first {
                    out.push('\n');
                }
            }
            first = false;
            para.push((line, text));
            continue;
        }
        flush(&mut para, &mut out);
        if !first {
            out.push('\n');
        }
        first = false;
        match kind {
            Kind::Fence => {}
            Kind::Code => out.push_str(line),
            Kind::Text if is_rule(line.trim()) => out.push_str(line),
            Kind::Text => {
                let (line, heading) = footnote.flatten().map_or((text, heading), |t| (t, false));
                let cells = table.then(|| cells(line));
                // A heading is a block of its own: a blank line on each side
                // keeps the cleaner from joining it to the text around it.
                if heading && i > 0 {
                    out.push('\n');
                }
                inline::plain_line(cells.as_deref().unwrap_or(line), &labels, &mut out);
                if heading {
                    out.push('\n');
                }
            }
        }
    }
    flush(&mut para, &mut out);
    out
}

/// A table row's cells side by side: each `|` that is not escaped becomes a space.
fn cells(row: &str) -> String {
    let mut prev = ' ';
    row.chars()
        .map(|c| {
            let cell = c == '|' && prev != '\\';
            prev = c;
            if cell {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
