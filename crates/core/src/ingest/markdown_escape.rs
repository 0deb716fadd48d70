//! Markdown escaping for the `.md` export: text written so that [`super::to_plain`]
//! reads it back unchanged, line by line.

use super::{definition, fence, html, inline, is_delimiter_row, list_item, without_heading_marks};

/// `text` with a backslash before each character [`super::to_plain`] would read as
/// Markdown, so that `to_plain(&escape(text)) == text`: the first mark of a
/// block a line opens, backslashes before punctuation, backticks, emphasis
/// marks that could open or close, `]` before `(` or `[`, tags, autolinks,
/// comments and character references. `5 * 3`, `file_name`, `[sic]` and
/// `x < y` stay as they are.
///
/// Lines of one block whose escaped lengths read as hard-wrapped at a width
/// would be joined back with spaces (`ingest::wrap`); the export writes each
/// paragraph as one block and checks that it reads back.
pub fn escape(text: &str) -> String {
    text.split('\n').map(escape_line).collect::<Vec<_>>().join("\n")
}

fn escape_line(line: &str) -> String {
    let b = line.as_bytes();
    let mut marked = vec![false; b.len()];
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    if let Some((_, len)) = fence(rest) {
        marked[indent..indent + len].fill(true);
    } else if definition(rest).is_some() || rest.starts_with('>') || without_heading_marks(rest) != rest {
        marked[indent] = true;
    } else if list_item(rest).is_some() {
        // The bullet.
        marked[indent] = true;
    } else if is_delimiter_row(line) {
        marked[line.find('|').unwrap_or(0)] = true;
    }
    let mut i = 0;
    while i < b.len() {
        let mark = match b[i] {
            b'\\' => b.get(i + 1).is_none_or(u8::is_ascii_punctuation),
            b'`' => true,
            b']' => matches!(b.get(i + 1), Some(b'(' | b'[')),
            b'<' => {
                b[i..].starts_with(b"<!--") || html::autolink(b, i).is_some() || html::tag(b, i).is_some()
            }
            b'&' => html::entity(b, i).is_some(),
            c @ (b'*' | b'_' | b'~') => {
                let len = b[i..].iter().take_while(|&&x| x == c).count();
                let (open, close, _) =
                    inline::delimiter(c, line[..i].chars().next_back(), line[i + len..].chars().next());
                let live = (open || close) && (c != b'~' || len <= 2);
                marked[i..i + len].iter_mut().for_each(|m| *m |= live);
                i += len;
                continue;
            }
            _ => false,
        };
        marked[i] |= mark;
        i += 1;
    }
    let mut out = Vec::with_capacity(b.len() + 8);
    for (&c, &m) in b.iter().zip(&marked) {
        if m {
            out.push(b'\\');
        }
        out.push(c);
    }
    String::from_utf8_lossy(&out).into_owned()
}
