//! Markup inside a Markdown line: autolinks and HTML comments (dropped whole),
//! HTML tags of known elements (dropped, their text kept) and character
//! references (decoded). Each scan from a `<` stops at the next `<` or line
//! break, so scans from different `<` never overlap and a paragraph is read in
//! linear time; none spans lines (the `.md` export escapes line by line).

use crate::steps::count;

/// HTML elements that style text inside a line: removed without a trace. Any
/// other known element (`<p>`, `<div>`, `<img>`, ...) leaves a space, `<br>` a
/// line break, so the words on either side stay apart.
const INLINE_TAGS: &str =
    "a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small span strike strong \
     sub sup time tt u var wbr";
/// Other elements a clipper leaves in Markdown. A name not listed (`<Reuters>`,
/// `x <y> z`) is not a tag: prose keeps it.
const BLOCK_TAGS: &str =
    "article aside audio blockquote caption center dd details div dl dt figcaption figure footer h1 \
     h2 h3 h4 h5 h6 header hr iframe img li nav noscript ol p picture pre script section source style \
     summary table tbody td tfoot th thead tr ul video";
/// The named character references clippers leave; numeric ones are all read.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
];

/// Autolinks and HTML comments (dropped whole), HTML tags (dropped, their text
/// kept) and character references (decoded). Returns the characters to insert,
/// by position.
pub(super) fn markup(b: &[u8], del: &mut [bool], lit: &[bool]) -> Vec<(usize, char)> {
    let mut inserts = Vec::new();
    let mut comments_closed = true;
    let mut i = 0;
    while i < b.len() {
        count(1);
        let found = match b[i] {
            _ if lit[i] || del[i] => None,
            b'<' if b[i..].starts_with(b"<!--") && comments_closed => {
                let end = memchr::memmem::find(&b[i + 4..], b"-->").map(|e| i + 4 + e + 3);
                count(end.unwrap_or(b.len()).saturating_sub(i) as u64);
                comments_closed = end.is_some();
                end.map(|e| (e, None))
            }
            b'<' => autolink(b, i).map(|e| (e, None)).or_else(|| tag(b, i)),
            b'&' => entity(b, i).map(|(e, c)| (e, Some(c))),
            _ => None,
        };
        match found {
            Some((end, c)) => {
                del[i..end].fill(true);
                inserts.extend(c.map(|c| (i, c)));
                i = end;
            }
            None => i += 1,
        }
    }
    inserts
}

/// The end of an autolink (`<https://x>`, `<name@host.org>`) at `i`. The scan
/// stops at the next `<` or blank, so scans from different `<` never overlap.
pub(super) fn autolink(b: &[u8], i: usize) -> Option<usize> {
    let len = b[i + 1..]
        .iter()
        .position(|c| matches!(c, b'<' | b'>' | b' ' | b'\t' | b'\n'))?;
    count(len as u64);
    let inner = &b[i + 1..i + 1 + len];
    if b[i + 1 + len] != b'>' {
        return None;
    }
    let scheme = inner.iter().position(|&c| c == b':').is_some_and(|k| {
        (2..=32).contains(&k)
            && inner[0].is_ascii_alphabetic()
            && inner[..k]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || b"+.-".contains(c))
    });
    let email = inner.iter().position(|&c| c == b'@').is_some_and(|at| {
        at > 0
            && inner[at + 1..].contains(&b'.')
            && inner
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || b"@.-_+".contains(c))
    });
    (scheme || email).then_some(i + 2 + len)
}

/// The end of an HTML tag at `i` (`<span class="x">`, `</b>`, `<br/>`) with what
/// it leaves: nothing, a space or a line break. The scan stops at the next `<`
/// or line break.
pub(super) fn tag(b: &[u8], i: usize) -> Option<(usize, Option<char>)> {
    let start = i + 1 + usize::from(b.get(i + 1) == Some(&b'/'));
    let name_len = b[start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    count(name_len as u64);
    // No listed name is longer than `figcaption`.
    if !(1..=10).contains(&name_len) {
        return None;
    }
    let name = std::str::from_utf8(&b[start..start + name_len])
        .ok()?
        .to_ascii_lowercase();
    let listed = |list: &str| list.split_ascii_whitespace().any(|t| t == name);
    let leaves = if listed(INLINE_TAGS) {
        None
    } else if name == "br" {
        Some('\n')
    } else if listed(BLOCK_TAGS) {
        Some(' ')
    } else {
        return None;
    };
    let mut j = start + name_len;
    if !matches!(b.get(j), Some(b'>' | b'/' | b' ' | b'\t')) {
        return None;
    }
    let mut quote = None;
    while b.get(j) != Some(&b'>') || quote.is_some() {
        count(1);
        match (b.get(j)?, quote) {
            (b'<' | b'\n', _) => return None,
            (&c, None) if c == b'"' || c == b'\'' => quote = Some(c),
            (&c, Some(q)) if c == q => quote = None,
            _ => {}
        }
        j += 1;
    }
    Some((j + 1, leaves))
}

/// The end of a character reference at `i` (`&amp;`, `&#233;`, `&#x431;`) and its character.
pub(super) fn entity(b: &[u8], i: usize) -> Option<(usize, char)> {
    let body_len = b[i + 1..].iter().take(12).position(|&c| c == b';')?;
    let body = std::str::from_utf8(&b[i + 1..i + 1 + body_len]).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        let valid = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
        char::from_u32(u32::from_str_radix(digits, radix).ok().filter(|_| valid)?).filter(|&c| c != '\0')?
    } else {
        ENTITIES.iter().find(|(name, _)| *name == body)?.1
    };
    Some((i + 2 + body_len, c))
}
