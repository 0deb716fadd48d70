//! Text not in UTF-8: UTF-16 after a byte-order mark, or a Windows code page, guessed from the text when undeclared.
//!
//! Word's "Plain Text" export and older Windows editors save in the system's
//! code page: windows-1252 in Western Europe, windows-1251 where Cyrillic is
//! written, windows-1256 where Arabic is; Notepad's "Unicode" is UTF-16. Each
//! page is a table of 128 characters (256 bytes of wasm each); a full decoder
//! (`encoding_rs`) would cost the library worker about 100 KB gzip.
//!
//! The guess ([`guess`]) reads the bytes in each page and keeps the one whose
//! words look written: a wrong page gives words that mix scripts (`prщsident`),
//! runs of accented Latin letters (`Ìèíèñòð`) or case that changes mid-word
//! (`ЗбМТЗЖС`, Arabic read as Cyrillic). Ties go to windows-1252.

/// A Windows code page Dossier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodePage {
    /// Western European (and what the web means by `iso-8859-1`).
    Windows1252,
    /// Cyrillic.
    Windows1251,
    /// Arabic.
    Windows1256,
}

/// The pages in the order a tie is settled.
const PAGES: [CodePage; 3] = [
    CodePage::Windows1252,
    CodePage::Windows1251,
    CodePage::Windows1256,
];

impl CodePage {
    /// The page's name, as a warning gives it.
    pub fn label(self) -> &'static str {
        match self {
            CodePage::Windows1252 => "windows-1252 (Western European)",
            CodePage::Windows1251 => "windows-1251 (Cyrillic)",
            CodePage::Windows1256 => "windows-1256 (Arabic)",
        }
    }

    /// The page a `charset` label names (the WHATWG Encoding standard's labels).
    pub fn from_label(label: &str) -> Option<CodePage> {
        match label {
            "windows-1252" | "cp1252" | "x-cp1252" | "iso-8859-1" | "iso8859-1" | "iso_8859-1"
            | "iso88591" | "latin1" | "l1" | "us-ascii" | "ascii" | "ansi_x3.4-1968" | "cp819" | "ibm819"
            | "iso-ir-100" => Some(CodePage::Windows1252),
            "windows-1251" | "cp1251" | "x-cp1251" => Some(CodePage::Windows1251),
            "windows-1256" | "cp1256" | "x-cp1256" => Some(CodePage::Windows1256),
            _ => None,
        }
    }

    /// `bytes` read in this page.
    pub fn decode(self, bytes: &[u8]) -> String {
        let high = match self {
            CodePage::Windows1252 => &tables::CP1252,
            CodePage::Windows1251 => &tables::CP1251,
            CodePage::Windows1256 => &tables::CP1256,
        };
        bytes
            .iter()
            .map(|&b| {
                if b < 0x80 {
                    char::from(b)
                } else {
                    high[usize::from(b - 0x80)]
                }
            })
            .collect()
    }
}

/// The page `bytes` (not UTF-8) were most likely written in, and their text in it.
pub fn guess(bytes: &[u8]) -> (CodePage, String) {
    let mut best: Option<(usize, CodePage, String)> = None;
    for page in PAGES {
        let text = page.decode(bytes);
        let bad = garbled_words(&text);
        if best.as_ref().is_none_or(|(b, _, _)| bad < *b) {
            best = Some((bad, page, text));
        }
    }
    let (_, page, text) = best.expect("PAGES is not empty");
    (page, text)
}

/// UTF-16 code units (after the byte-order mark) as text, or why they are not.
pub fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, &'static str> {
    if !bytes.len().is_multiple_of(2) {
        return Err("not valid UTF-16 (odd number of bytes)");
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| "not valid UTF-16 (unpaired surrogate)")
}

/// Which script a letter is in, as far as the guess needs.
#[derive(Clone, Copy, PartialEq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

fn script(c: char) -> Script {
    match c {
        '\u{0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{400}'..='\u{52F}' => Script::Cyrillic,
        '\u{600}'..='\u{6FF}' => Script::Arabic,
        _ => Script::Other,
    }
}

/// How many words with a letter beyond ASCII look garbled: scripts mixed, three
/// accented Latin letters in a row, or a capital after a small letter.
fn garbled_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_ascii())
        .filter(|w| {
            let first = w.chars().next().map_or(Script::Other, script);
            let mixed = w.chars().any(|c| script(c) != first);
            let mut accented = 0;
            let mut run = false;
            let mut lower = false;
            let mut case_flip = false;
            for c in w.chars() {
                accented = if !c.is_ascii() && script(c) == Script::Latin {
                    accented + 1
                } else {
                    0
                };
                run |= accented >= 3;
                case_flip |= lower && c.is_uppercase();
                lower |= c.is_lowercase();
            }
            mixed || run || case_flip
        })
        .count()
}

#[path = "codepage_tables.rs"]
mod tables;

#[cfg(test)]
#[path = "codepage_tests.rs"]
mod tests;
