//! Text not in UTF-8: UTF-16 after a byte-order mark, or a Windows code page, guessed from the text when undeclared.
//!
//! Word's "Plain Text" export and older Windows editors save in the system's
//! code page: windows-1252 in Western Europe, windows-1251 where Cyrillic is
//! written, windows-1256 where Arabic is; Notepad's "Unicode" is UTF-16. Each
//! page is a table of 128 characters (256 bytes of wasm each); a full decoder
//! (`encoding_rs`) would cost the library worker about 100 KB gzip.
//!
//! The guess ([`read_not_utf8`]) reads the bytes in each page and keeps the one whose
//! words look written: a wrong page gives words that mix scripts (`prщsident`),
//! runs of accented Latin letters (`Ìèíèñòð`) or case that changes mid-word
//! (`ЗбМТЗЖС`, Arabic read as Cyrillic), Arabic words that open with a vowel
//! mark (Cyrillic read as Arabic). Ties go to windows-1252. A text garbled in
//! every page is refused ([`read_not_utf8`]); UTF-8 with a few stray bytes
//! stays UTF-8.

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

/// The page `bytes` (not UTF-8) read best in: its text, and how its words look.
fn best_page(bytes: &[u8]) -> (CodePage, String, Words) {
    let mut best: Option<(CodePage, String, Words)> = None;
    for page in PAGES {
        let text = page.decode(bytes);
        let words = garbled_words(&text);
        if best.as_ref().is_none_or(|(_, _, b)| words.garbled < b.garbled) {
            best = Some((page, text, words));
        }
    }
    best.expect("PAGES is not empty")
}

/// An article's bytes that are not UTF-8, as text and the warning that says how
/// they were read, or why they cannot be: UTF-8 with a few stray bytes (a
/// Windows quote pasted in) keeps its UTF-8 and reads the strays as
/// windows-1252; otherwise the best code page, unless even its words are
/// garbled (another encoding: KOI8-R, windows-1250, …).
pub fn read_not_utf8(bytes: &[u8]) -> Result<(String, String), String> {
    let (mut wide, mut stray) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        stray += chunk.invalid().len();
    }
    if wide >= 2 * stray {
        let mut text = String::with_capacity(bytes.len());
        for chunk in bytes.utf8_chunks() {
            text.push_str(chunk.valid());
            text.push_str(&CodePage::Windows1252.decode(chunk.invalid()));
        }
        let warning = format!("not valid UTF-8: {stray} stray byte(s) read as windows-1252");
        return Ok((text, warning));
    }
    let (page, text, words) = best_page(bytes);
    if words.garbled > (words.total / 5).max(1) {
        return Err(format!(
            "not UTF-8, and not readable as windows-1252, windows-1251 or windows-1256 ({} of {} words \
             garbled in the best of them); save it as UTF-8",
            words.garbled, words.total
        ));
    }
    Ok((text, format!("not UTF-8: read as {}", page.label())))
}

/// The text of UTF-16 bytes opening with a byte-order mark (`FF FE` little-,
/// `FE FF` big-endian), or why they are not UTF-16; `None` without a mark.
pub fn utf16_with_bom(bytes: &[u8]) -> Option<Result<String, &'static str>> {
    let (rest, unit): (_, fn([u8; 2]) -> u16) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => (rest, u16::from_be_bytes),
        _ => return None,
    };
    if !rest.len().is_multiple_of(2) {
        return Some(Err("not valid UTF-16 (odd number of bytes)"));
    }
    let units = rest.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| "not valid UTF-16 (unpaired surrogate)"),
    )
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

/// Words with a letter beyond ASCII: how many, and how many look garbled.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Words {
    total: usize,
    garbled: usize,
}

/// How the words with a letter beyond ASCII look: garbled when scripts mix,
/// three accented Latin letters come in a row, a capital follows a small
/// letter, or an Arabic word opens with a vowel mark or has a tā' marbūṭa (ة)
/// before its end.
fn garbled_words(text: &str) -> Words {
    let mut words = Words { total: 0, garbled: 0 };
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_ascii()) {
        let first = w.chars().next().map_or(Script::Other, script);
        let mixed = w.chars().any(|c| script(c) != first);
        let (mut accented, mut run, mut lower, mut case_flip) = (0, false, false, false);
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
        let arabic = first == Script::Arabic
            && (w.starts_with(|c| ('\u{64B}'..='\u{652}').contains(&c) || c == '\u{670}')
                || w.trim_end_matches('\u{629}').contains('\u{629}'));
        words.total += 1;
        words.garbled += usize::from(mixed || run || case_flip || arabic);
    }
    words
}

#[path = "codepage_tables.rs"]
mod tables;

#[cfg(test)]
#[path = "codepage_tests.rs"]
mod tests;
