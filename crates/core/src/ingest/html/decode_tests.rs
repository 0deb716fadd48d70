//! Tests of [`super::decode`]: declared charsets, byte-order marks, and pages
//! that cannot be decoded.

use super::decode::{declared_charset, decode_page};

#[test]
fn charset_declarations_are_found_in_either_form() {
    assert_eq!(
        declared_charset(b"<meta charset=\"UTF-8\">").as_deref(),
        Some("utf-8")
    );
    assert_eq!(
        declared_charset(b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-1'>")
            .as_deref(),
        Some("iso-8859-1")
    );
    assert_eq!(
        declared_charset(b"<p>the charset=koi8-r is in the text</p>"),
        None
    );
    assert_eq!(declared_charset(b"<html><p>no declaration</p>"), None);
}

#[test]
fn windows_1252_and_latin1_pages_are_decoded() {
    let mut page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>".to_vec();
    page.extend(b"Caf\xe9 \x93cr\xe8me\x94 \x80 5 \x96 na\xefve");
    page.extend(b"</p></body></html>");
    let decoded = decode_page(&page).unwrap();
    assert!(
        decoded.text.contains("Café “crème” € 5 – naïve"),
        "{}",
        decoded.text
    );
    assert!(decoded.warnings.is_empty());
    let latin1 = b"<meta http-equiv=content-type content=\"text/html;charset=iso-8859-1\"><p>\xc9t\xe9</p>";
    assert!(decode_page(latin1).unwrap().text.contains("Été"));
}

#[test]
fn a_latin1_label_on_utf8_bytes_is_read_as_utf8() {
    let page = "<meta charset=iso-8859-1><p>Été à Montréal</p>";
    assert!(decode_page(page.as_bytes())
        .unwrap()
        .text
        .contains("Été à Montréal"));
}

#[test]
fn undeclared_non_utf8_bytes_are_read_as_windows_1252_with_a_warning() {
    let decoded = decode_page(b"<p>Ren\xe9e</p>").unwrap();
    assert!(decoded.text.contains("Renée"));
    assert_eq!(decoded.warnings.len(), 1);
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "<p>Привет, مرحبا</p>".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    assert!(decode_page(&bytes).unwrap().text.contains("Привет, مرحبا"));
}

#[test]
fn cyrillic_and_arabic_code_pages_are_read_declared_or_not() {
    let page = |bytes: &[u8]| decode_page(bytes).unwrap();
    assert_eq!(
        page(b"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>").text,
        "<meta charset=\"windows-1251\"><p>Привет</p>"
    );
    assert_eq!(
        page(b"<meta charset=cp1256><p>\xc7\xe1\xcc\xd2\xc7\xc6\xd1</p>").text,
        "<meta charset=cp1256><p>الجزائر</p>"
    );
    // No declaration: the page the words read best in, said in a warning.
    let guessed =
        page(b"<p>\xcc\xe8\xed\xe8\xf1\xf2\xf0 \xef\xf0\xe8\xe1\xfb\xeb \xe2 \xc0\xeb\xe6\xe8\xf0</p>");
    assert_eq!(guessed.text, "<p>Министр прибыл в Алжир</p>");
    assert!(
        guessed.warnings[0].contains("windows-1251"),
        "{:?}",
        guessed.warnings
    );
}

#[test]
fn undecodable_pages_are_errors_that_say_why() {
    let reason = |bytes: &[u8]| decode_page(bytes).unwrap_err().reason;
    assert!(reason(b"<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9</p>").contains("`koi8-r`"));
    assert!(reason(b"<meta charset=utf-8><p>\xff\xfe</p>").contains("declared UTF-8"));
    assert!(reason(b"GIF89a\x00\x00").contains("binary"));
    assert!(reason(b"  \n ").contains("empty"));
}
