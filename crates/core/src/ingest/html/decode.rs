//! Bytes of a saved web page to text: the byte-order mark or the `<meta charset>`
//! the page declares, decoded as UTF-8, UTF-16 or a Windows code page
//! (windows-1252, which the web uses for every `iso-8859-1`/`latin1`/`us-ascii`
//! label, windows-1251 or windows-1256: [`codepage`]); with no declaration
//! and bytes that are not UTF-8, the code page the text reads best in.
//!
//! Other legacy encodings (KOI8-R, Shift_JIS, …) are refused with a problem
//! naming the label: a full decoder (`encoding_rs`) would cost the worker about
//! 100 KB gzip for pages that are almost all UTF-8 today.

use crate::ingest::codepage::{self, CodePage};
use crate::ingest::frontmatter::{too_big, ReadError, MAX_FILE_BYTES};

/// How far into the page a `charset` declaration is looked for. The HTML standard
/// prescans 1024 bytes; saved pages often put a long comment or `<base>` first.
const PRESCAN_BYTES: usize = 4096;

/// A decoded page and what the reader should know about how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// E.g. that no charset was declared and the bytes were read as windows-1252.
    pub warnings: Vec<String>,
}

/// Decodes a page's bytes, or says why it cannot be read.
pub fn decode_page(bytes: &[u8]) -> Result<Decoded, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(problem(too_big(bytes.len() as u64)));
    }
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        utf8(rest)?
    } else if let Some(text) = codepage::utf16_with_bom(bytes) {
        text.map_err(problem)?
    } else {
        if bytes.contains(&0) {
            return Err(problem("binary file (contains NUL bytes), not a web page"));
        }
        match declared_charset(bytes) {
            Some(label) => match (label.as_str(), CodePage::from_label(&label)) {
                ("utf-8" | "utf8" | "unicode-1-1-utf-8", _) => utf8(bytes)?,
                (_, Some(page)) => {
                    // A page re-saved as UTF-8 that kept its old declaration: a
                    // code page's text is almost never valid UTF-8 with non-ASCII bytes.
                    match std::str::from_utf8(bytes) {
                        Ok(s) if !s.is_ascii() => s.to_string(),
                        _ => page.decode(bytes),
                    }
                }
                (other, None) => {
                    return Err(problem(format!(
                        "the page declares charset `{other}`, which Dossier cannot decode \
                         (only UTF-8, UTF-16, windows-1252/iso-8859-1, windows-1251 and windows-1256); \
                         save it again as UTF-8"
                    )))
                }
            },
            None => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(_) => {
                    let (text, why) = codepage::read_not_utf8(bytes).map_err(problem)?;
                    warnings.push(format!("no charset declared; {why}"));
                    text
                }
            },
        }
    };
    if text.trim().is_empty() {
        return Err(problem("empty file (no text)"));
    }
    Ok(Decoded { text, warnings })
}

fn problem(reason: impl Into<String>) -> ReadError {
    ReadError {
        line: None,
        reason: reason.into(),
    }
}

fn utf8(bytes: &[u8]) -> Result<String, ReadError> {
    std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
        problem(format!(
            "the page is declared UTF-8 but is not (bad byte at offset {})",
            e.valid_up_to()
        ))
    })
}

/// The charset label in the page's first bytes (`<meta charset=…>` or the
/// `content="text/html; charset=…"` of an `http-equiv`), lowercased.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + found + b"charset".len();
        from = i;
        // Only inside a `<meta` tag: the last `<` before the match opens `<meta`.
        let tag_start = lower[..i].iter().rposition(|&b| b == b'<');
        let in_meta = tag_start.is_some_and(|t| lower[t..].starts_with(b"<meta"))
            && !lower[tag_start.unwrap_or(0)..i].contains(&b'>');
        if !in_meta {
            continue;
        }
        while lower.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|&b| b.is_ascii_whitespace() || b == b'"' || b == b'\'')
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b"-_.:".contains(&b)))
            .map_or(lower.len(), |n| i + n);
        if end > i {
            return Some(String::from_utf8_lossy(&lower[i..end]).into_owned());
        }
    }
    None
}
