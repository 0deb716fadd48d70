//! Tests of [`super`]: the four saved pages of `testdata/` (English, French,
//! Arabic, Russian) wrapped as Chrome's "Webpage, Single File" writes them
//! (quoted-printable HTML, then a stylesheet and a base64 image) read as the
//! same articles as the `.html` files, but for the address the MHTML gives.

use super::*;
use crate::ingest::{ingest_files, SourceFile};
use crate::model::Article;

const PAGES: [(&str, &str); 4] = [
    ("en", include_str!("testdata/en_graph.html")),
    ("fr", include_str!("testdata/fr_og.html")),
    ("ar", include_str!("testdata/ar_rtl.html")),
    ("ru", include_str!("testdata/ru_modified_only.html")),
];

const BOUNDARY: &str = "----MultipartBoundary--Xq3vB1ZRwQGkPr8hOjY2mDjRhzN8Q6iuR7oCSaQ1lY----";

/// Quoted-printable as Chrome writes it: `=XX` for `=` and every byte outside
/// printable ASCII (line ends too, here), soft line breaks before 76 columns.
fn quoted(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut column = 0;
    for &b in bytes {
        let piece = if (b' '..=b'~').contains(&b) && b != b'=' {
            (b as char).to_string()
        } else {
            format!("={b:02X}")
        };
        if column + piece.len() > 75 {
            out.push_str("=\r\n");
            column = 0;
        }
        column += piece.len();
        out.push_str(&piece);
    }
    out
}

/// Base64 (the standard alphabet, padded), in lines of 76.
fn base64_of(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ABC[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out.as_bytes()
        .chunks(76)
        .map(|l| std::str::from_utf8(l).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// `html` saved as one file from `address`; the page part in `encoding`.
fn mhtml(html: &str, address: &str, encoding: &str) -> Vec<u8> {
    let page = match encoding {
        "base64" => base64_of(html.as_bytes()),
        _ => quoted(html.as_bytes()),
    };
    format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: {address}\r\nSubject: =?utf-8?Q?A_page?=\r\n\
         Date: Tue, 12 Mar 2024 10:00:00 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\
         \ttype=\"text/html\";\r\n\tboundary=\"{BOUNDARY}\"\r\n\r\n\r\n--{BOUNDARY}\r\n\
         Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: {encoding}\r\n\
         Content-Location: {address}\r\n\r\n{page}\r\n\r\n--{BOUNDARY}\r\nContent-Type: text/css\r\n\
         Content-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-1@mhtml.blink\r\n\r\n\
         @charset \"utf-8\";=0Abody {{ margin: 0; }}\r\n--{BOUNDARY}\r\nContent-Type: image/png\r\n\
         Content-Transfer-Encoding: base64\r\nContent-Location: https://cdn.example/photo.png\r\n\r\n{}\r\n\r\n\
         --{BOUNDARY}--\r\n",
        base64_of(&[0x89, b'P', b'N', b'G', 0, 1, 2, 3, 255])
    )
    .into_bytes()
}

fn ingest_one(path: &str, bytes: Vec<u8>) -> Article {
    let report = ingest_files(vec![SourceFile {
        path: path.into(),
        bytes,
    }]);
    assert_eq!(report.problems, [], "{path}");
    report.corpus.articles.into_iter().next().unwrap()
}

#[test]
fn a_page_saved_as_one_file_reads_as_the_same_page_saved_as_html() {
    for (lang, html) in PAGES {
        let address = format!("https://news.example/{lang}/article");
        let saved = ingest_one(&format!("{lang}.html"), html.as_bytes().to_vec());
        for (ext, encoding) in [("mhtml", "quoted-printable"), ("MHT", "base64")] {
            let one = ingest_one(&format!("{lang}.{ext}"), mhtml(html, &address, encoding));
            assert_eq!(one.lang, lang);
            // The page's own address wins; without one, the MHTML's.
            let url = saved.url.clone().unwrap_or_else(|| address.clone());
            assert_eq!(one.url.as_deref(), Some(url.as_str()), "{lang}.{ext}");
            assert_eq!(
                Article {
                    url: saved.url.clone(),
                    ..one
                },
                saved,
                "{lang}.{ext}"
            );
        }
    }
}

#[test]
fn transfer_encodings_are_undone() {
    let text = "Le président a reçu — «Алжир» الجزائر = 1\r\nnext line".as_bytes();
    assert_eq!(quoted_printable(quoted(text).as_bytes()), text);
    assert_eq!(
        quoted_printable(b"a=\r\nb=\nc =3D d =C3=A9"),
        "abc = d é".as_bytes()
    );
    // Malformed escapes are kept as written.
    assert_eq!(quoted_printable(b"50% =ZZ off ="), b"50% =ZZ off =");
    for n in 0..40 {
        let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
        assert_eq!(
            base64(base64_of(&bytes).as_bytes()).as_deref(),
            Some(&bytes[..]),
            "{n} bytes"
        );
    }
    assert_eq!(base64(b"a*b"), None);
}

#[test]
fn files_that_are_not_mhtml_say_why() {
    let why = |bytes: &[u8]| html_part(bytes).unwrap_err();
    assert!(why(b"<html><body>Hello</body></html>").contains("no MIME headers"));
    assert!(why(b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>x</p>").contains("boundary"));
    let images_only = "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
    assert!(why(images_only.as_bytes()).contains("no HTML page"));
    // Through ingest: the file is named with the reason, and nothing else breaks.
    let report = ingest_files(vec![SourceFile {
        path: "broken.mhtml".into(),
        bytes: b"Subject: x\r\n\r\nnot a multipart".to_vec(),
    }]);
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].to_string().starts_with("broken.mhtml"),
        "{}",
        report.problems[0]
    );
}
