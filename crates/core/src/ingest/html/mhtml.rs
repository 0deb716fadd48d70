//! A page saved as one file (`.mhtml`, `.mht`: Chrome's and Edge's "Webpage, Single File"): its HTML part.
//!
//! MHTML is a MIME `multipart/related` message: headers, then parts between
//! `--boundary` lines, the page first, its images and styles after. Only the
//! first `text/html` part is kept, its transfer encoding undone
//! (quoted-printable, which Chrome writes, or base64); the bytes then go
//! through the same decoding and extraction as a `.html` file. The page's
//! address (`Snapshot-Content-Location`, or the part's `Content-Location`)
//! is returned too: a page without `og:url` still gets its `url`.

/// The HTML of a saved MHTML page and the address it was saved from, or why there is none.
pub fn html_part(bytes: &[u8]) -> Result<(Vec<u8>, Option<String>), &'static str> {
    let (head, body) = split_headers(bytes).ok_or("not an MHTML file (no MIME headers)")?;
    let boundary = param(
        header(head, "content-type").unwrap_or_default().as_str(),
        "boundary",
    )
    .ok_or("not an MHTML file (no multipart boundary)")?;
    let delimiter = format!("--{boundary}");
    let page_address = header(head, "snapshot-content-location");
    for part in parts(body, delimiter.as_bytes()) {
        let Some((part_head, content)) = split_headers(part) else {
            continue;
        };
        let kind = header(part_head, "content-type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !kind.starts_with("text/html") {
            continue;
        }
        let encoding = header(part_head, "content-transfer-encoding").unwrap_or_default();
        let html = match encoding.trim().to_ascii_lowercase().as_str() {
            "quoted-printable" => quoted_printable(content),
            "base64" => base64(content).ok_or("the page's HTML is not valid base64")?,
            _ => content.to_vec(),
        };
        return Ok((
            html,
            page_address.or_else(|| header(part_head, "content-location")),
        ));
    }
    Err("no HTML page in the MHTML file")
}

/// Headers and what follows the blank line after them; `None` when the bytes
/// do not open with a `Name: value` line.
fn split_headers(bytes: &[u8]) -> Option<(&str, &[u8])> {
    let bytes = bytes
        .strip_prefix(b"\r\n")
        .or_else(|| bytes.strip_prefix(b"\n"))
        .unwrap_or(bytes);
    let end = find(bytes, b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| find(bytes, b"\n\n").map(|i| (i, 2)))?;
    let head = std::str::from_utf8(&bytes[..end.0]).ok()?;
    let first = head.lines().next()?;
    first.split_once(':').filter(|(name, _)| is_token(name))?;
    Some((head, &bytes[end.0 + end.1..]))
}

fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The value of header `name` (any case), folded lines joined.
fn header(head: &str, name: &str) -> Option<String> {
    let mut value: Option<String> = None;
    let mut found = false;
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let (true, Some(v)) = (found, value.as_mut()) {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if found {
            break;
        }
        if let Some((n, v)) = line.split_once(':') {
            if n.trim().eq_ignore_ascii_case(name) {
                found = true;
                value = Some(v.trim().to_string());
            }
        }
    }
    value
}

/// A `key=value` parameter of a header value (`boundary="----x"`), unquoted.
fn param(value: &str, key: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(key)
            .then(|| v.trim().trim_matches('"').to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The parts between delimiter lines (the preamble before the first and
/// anything after the closing `--boundary--` left out).
fn parts<'a>(body: &'a [u8], delimiter: &'a [u8]) -> impl Iterator<Item = &'a [u8]> + 'a {
    let mut rest = find(body, delimiter).map(|i| &body[i + delimiter.len()..]);
    std::iter::from_fn(move || {
        let after = rest.take()?;
        if after.starts_with(b"--") {
            return None;
        }
        let end = find(after, delimiter);
        rest = end.map(|i| &after[i + delimiter.len()..]);
        Some(&after[..end.unwrap_or(after.len())])
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// Quoted-printable (RFC 2045) undone: `=XX` is a byte, `=` at a line's end
/// joins it to the next; anything malformed is kept as written.
fn quoted_printable(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'=' {
            let rest = &text[i + 1..];
            if rest.starts_with(b"\r\n") {
                i += 3;
                continue;
            }
            if rest.starts_with(b"\n") {
                i += 2;
                continue;
            }
            if let (Some(h), Some(l)) = (rest.first().and_then(hex), rest.get(1).and_then(hex)) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).map(|d| d as u8)
}

/// Base64 with line breaks and padding, or `None` on a byte outside its alphabet.
fn base64(text: &[u8]) -> Option<Vec<u8>> {
    let value = |b: u8| match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for &b in text.iter().filter(|b| !b.is_ascii_whitespace()) {
        if b == b'=' {
            break;
        }
        // Only the bits not yet written are kept (at most 14).
        acc = (acc << 6 | u32::from(value(b)?)) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
#[path = "mhtml_tests.rs"]
mod tests;
