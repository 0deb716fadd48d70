//! Tests of [`super`]: texts written for them in French, German, Spanish,
//! Russian, Ukrainian, Bulgarian, Arabic and Persian (with the Arabic yeh
//! windows-1256 has), saved in their Windows
//! code page, are read back whole, and the page guessed is theirs.

use super::*;

/// `text` as its code page writes it (the inverse of [`CodePage::decode`]).
fn encode(page: CodePage, text: &str) -> Vec<u8> {
    let table = match page {
        CodePage::Windows1252 => &tables::CP1252,
        CodePage::Windows1251 => &tables::CP1251,
        CodePage::Windows1256 => &tables::CP1256,
    };
    text.chars()
        .map(|c| match u8::try_from(c as u32) {
            Ok(b) if b < 0x80 => b,
            _ => {
                0x80 + table
                    .iter()
                    .position(|&t| t == c)
                    .unwrap_or_else(|| panic!("{c} not in {page:?}")) as u8
            }
        })
        .collect()
}

const TEXTS: [(CodePage, &str); 8] = [
    (CodePage::Windows1252, "Le président algérien a reçu mardi à Alger le ministre russe des Affaires étrangères. « Nos relations sont stratégiques », a-t-il déclaré — l’accord de 2001 reste la référence."),
    (CodePage::Windows1252, "Der russische Außenminister traf am Dienstag in Algier ein. Die Gespräche über Gaslieferungen nach Südeuropa würden fortgesetzt, hieß es."),
    (CodePage::Windows1252, "El ministro ruso llegó a Argel el martes para hablar de energía y cooperación militar con el presidente argelino."),
    (CodePage::Windows1251, "Министр иностранных дел России Сергей Лавров прибыл в Алжир. Стороны обсудили поставки газа, сообщает «Интерфакс»."),
    (CodePage::Windows1251, "Міністр закордонних справ Росії прибув до Алжиру, де обговорив постачання газу та співпрацю в енергетиці."),
    (CodePage::Windows1251, "Руският външен министър пристигна в Алжир. Страните обсъдиха доставките на газ и енергийното сътрудничество."),
    (CodePage::Windows1256, "استقبل الرئيس عبد المجيد تبون، يوم الثلاثاء بالجزائر العاصمة، وزير الخارجية الروسي سيرغي لافروف، وبحث معه التعاون في مجال الطاقة."),
    (CodePage::Windows1256, "وزير امور خارجه روسيه روز سه‌شنبه وارد الجزاير شد و درباره همکاري در زمينه گاز گفتگو کرد."),
];

#[test]
fn each_text_is_read_in_its_own_page() {
    for (page, text) in TEXTS {
        let bytes = encode(page, text);
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "{text}: must not be UTF-8 to be a test"
        );
        let (guessed, read, _) = best_page(&bytes);
        assert_eq!(guessed, page, "{text} read as {read}");
        assert_eq!(read, text);
        assert_eq!(garbled_words(text).garbled, 0, "{text}");
    }
}

#[test]
fn a_wrong_page_garbles_words_the_right_one_does_not() {
    let ru = encode(CodePage::Windows1251, TEXTS[3].1);
    assert!(garbled_words(&CodePage::Windows1252.decode(&ru)).garbled > 5);
    let ar = encode(CodePage::Windows1256, TEXTS[6].1);
    assert!(garbled_words(&CodePage::Windows1251.decode(&ar)).garbled > 5);
    let fr = encode(CodePage::Windows1252, TEXTS[0].1);
    assert!(garbled_words(&CodePage::Windows1251.decode(&fr)).garbled >= 3);
}

#[test]
fn utf8_with_stray_bytes_stays_utf8_and_other_encodings_are_refused() {
    // A Windows quote pasted into a UTF-8 text.
    let mut bytes = "Le président algérien a déclaré à la presse : "
        .as_bytes()
        .to_vec();
    bytes.extend(b"\x93Oui\x94.");
    let (text, warning) = read_not_utf8(&bytes).unwrap();
    assert_eq!(text, "Le président algérien a déclaré à la presse : “Oui”.");
    assert!(warning.contains("2 stray byte(s)"), "{warning}");
    // Russian in KOI8-R garbles in every page Dossier reads: refused, not read as Arabic.
    let koi8: Vec<u8> = "Министр иностранных дел России прибыл в Алжир для переговоров о поставках газа"
        .chars()
        .map(|c| match c {
            ' ' => b' ',
            c => KOI8R_LETTERS
                .chars()
                .position(|k| k == c)
                .map(|i| 0xC0 + i as u8)
                .unwrap_or(b'?'),
        })
        .collect();
    let why = read_not_utf8(&koi8).unwrap_err();
    assert!(why.contains("save it as UTF-8"), "{why}");
    // Each page's own text is read in it.
    for (page, text) in TEXTS {
        let (read, warning) = read_not_utf8(&encode(page, text)).unwrap();
        assert_eq!(read, text);
        assert!(warning.contains(page.label()), "{warning}");
    }
}

/// KOI8-R's letters for bytes 0xC0–0xFF.
const KOI8R_LETTERS: &str = "юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ";

#[test]
fn labels_and_utf16() {
    assert_eq!(CodePage::from_label("iso-8859-1"), Some(CodePage::Windows1252));
    assert_eq!(CodePage::from_label("cp1251"), Some(CodePage::Windows1251));
    assert_eq!(CodePage::from_label("windows-1256"), Some(CodePage::Windows1256));
    assert_eq!(CodePage::from_label("koi8-r"), None);
    let text = "Алжир — الجزائر";
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(utf16_with_bom(&le), Some(Ok(text.to_string())));
    assert_eq!(utf16_with_bom(&be), Some(Ok(text.to_string())));
    assert!(
        utf16_with_bom(&le[..le.len() - 1]).is_some_and(|r| r.is_err()),
        "odd number of bytes"
    );
    assert!(
        utf16_with_bom(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]).is_some_and(|r| r.is_err()),
        "unpaired surrogate"
    );
    assert_eq!(utf16_with_bom(text.as_bytes()), None, "no byte-order mark");
}

/// Any bytes give text, one character per byte, whatever the page.
#[test]
fn any_bytes_decode_one_char_each() {
    let bytes: Vec<u8> = (0..=255).collect();
    for page in PAGES {
        assert_eq!(page.decode(&bytes).chars().count(), 256);
    }
    let (_, text, _) = best_page(&bytes);
    assert_eq!(text.chars().count(), 256);
}

/// Through the whole ingest: a Word "Plain Text" export in each page, and
/// Notepad's "Unicode" (UTF-16 with a byte-order mark), build as articles in
/// their language, with a warning naming the page guessed.
#[test]
fn files_in_a_code_page_or_utf16_build_as_articles() {
    use crate::ingest::{ingest_files, SourceFile};
    let article = |title: &str, body: &str| format!("{title}\r\n\r\n{body}\r\n\r\n{body}\r\n");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            article("Algeria and Russia hold talks", "The foreign ministers of Algeria and Russia met in Algiers on Tuesday to discuss gas exports and military cooperation, officials said.")
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let files = vec![
        (
            "fr.txt",
            encode(CodePage::Windows1252, &article("Lavrov reçu à Alger", TEXTS[0].1)),
            "fr",
            "windows-1252",
        ),
        (
            "ru.txt",
            encode(CodePage::Windows1251, &article("Лавров в Алжире", TEXTS[3].1)),
            "ru",
            "windows-1251",
        ),
        (
            "ar.txt",
            encode(CodePage::Windows1256, &article("تبون يستقبل لافروف", TEXTS[6].1)),
            "ar",
            "windows-1256",
        ),
        ("en.txt", utf16, "en", ""),
    ];
    let report = ingest_files(
        files
            .iter()
            .map(|(path, bytes, _, _)| SourceFile {
                path: (*path).into(),
                bytes: bytes.clone(),
            })
            .collect(),
    );
    assert_eq!(report.problems, []);
    for (path, _, lang, page) in &files {
        let id = path.trim_end_matches(".txt");
        let a = report.corpus.articles.iter().find(|a| a.id == id).unwrap();
        assert_eq!(&a.lang, lang, "{id}");
        assert!(!a.body.contains('\u{FFFD}') && !a.title.is_empty(), "{a:#?}");
        let warned = a
            .warnings
            .iter()
            .any(|w| w.starts_with("not UTF-8: read as") && w.contains(page));
        assert_eq!(warned, !page.is_empty(), "{id}: {:?}", a.warnings);
    }
}
