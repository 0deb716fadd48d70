//! Bytes of a saved web page to text: the byte-order mark or the `<meta charset>`
//! the page declares, decoded as UTF-8, UTF-16 or windows-1252 (which the web
//! uses for every `iso-8859-1`/`latin1`/`us-ascii` label).
//!
//! Other legacy encodings (windows-1251, Shift_JIS, …) are refused with a problem
//! naming the label: a full decoder (`encoding_rs`) would cost the worker about
//! 100 KB gzip for pages that are almost all UTF-8 today.

use crate::ingest::frontmatter::{too_big, ReadError, MAX_FILE_BYTES};

/// How far into the page a `charset` declaration is looked for. The HTML standard
/// prescans 1024 bytes; saved pages often put a long comment or `<base>` first.
const PRESCAN_BYTES: usize = 4096;

/// windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). The five
/// undefined bytes map to the C1 controls, as the WHATWG Encoding standard says.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

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
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)?
    } else {
        if bytes.contains(&0) {
            return Err(problem("binary file (contains NUL bytes), not a web page"));
        }
        match declared_charset(bytes) {
            Some(label) => match label.as_str() {
                "utf-8" | "utf8" | "unicode-1-1-utf-8" => utf8(bytes)?,
                l if is_cp1252_label(l) => {
                    // A page re-saved as UTF-8 that kept its old declaration: a
                    // windows-1252 text is almost never valid UTF-8 with non-ASCII bytes.
                    match std::str::from_utf8(bytes) {
                        Ok(s) if !s.is_ascii() => s.to_string(),
                        _ => cp1252(bytes),
                    }
                }
                other => {
                    return Err(problem(format!(
                        "the page declares charset `{other}`, which Dossier cannot decode \
                         (only UTF-8, UTF-16 and windows-1252/iso-8859-1); save it again as UTF-8"
                    )))
                }
            },
            None => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(_) => {
                    warnings.push("no charset declared and not UTF-8: read as windows-1252".to_string());
                    cp1252(bytes)
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

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ReadError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(problem("not valid UTF-16 (odd number of bytes)"));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| problem("not valid UTF-16 (unpaired surrogate)"))
}

/// Labels the WHATWG Encoding standard maps to windows-1252.
fn is_cp1252_label(label: &str) -> bool {
    matches!(
        label,
        "windows-1252"
            | "cp1252"
            | "x-cp1252"
            | "iso-8859-1"
            | "iso8859-1"
            | "iso_8859-1"
            | "iso88591"
            | "latin1"
            | "l1"
            | "us-ascii"
            | "ascii"
            | "ansi_x3.4-1968"
            | "cp819"
            | "ibm819"
            | "iso-ir-100"
    )
}

fn cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
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
