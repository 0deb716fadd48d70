//! Tests of [`super::frontmatter`].

use super::*;

fn err(bytes: &[u8]) -> ReadError {
    read_article(bytes).unwrap_err()
}

#[test]
fn reads_yaml_and_toml_front_matter() {
    let a = read_article(
        b"---\ntitle: T\ndate: 2023-02\nlang: FR\ntopics: [energy, defense]\nnote: n\n---\nBody\n",
    )
    .unwrap();
    let fm = a.front.unwrap();
    assert_eq!(fm.title.as_deref(), Some("T"));
    assert_eq!(fm.date, PartialDate::month(2023, 2));
    assert_eq!(fm.lang.as_deref(), Some("fr"));
    assert_eq!(fm.topics, Some(vec!["energy".into(), "defense".into()]));
    assert_eq!(a.text, "Body\n");
    let b =
        read_article(b"+++\ntitle = \"T\"\ndate = 2023-02-14\nauthor = \"A\"\nfoo = 1\n+++\nBody").unwrap();
    let fm = b.front.unwrap();
    assert_eq!(fm.date, PartialDate::day(2023, 2, 14));
    assert_eq!(fm.author.as_deref(), Some("A"));
    assert_eq!(fm.unknown_keys, vec!["foo".to_string()]);
}

#[test]
fn strips_bom_and_crlf() {
    let a = read_article(b"\xEF\xBB\xBF---\r\nlang: en\r\n---\r\nLine one\r\nLine two\r\n").unwrap();
    assert_eq!(a.front.unwrap().lang.as_deref(), Some("en"));
    assert_eq!(a.text, "Line one\nLine two\n");
    assert_eq!(read_article(b"plain\r\ntext").unwrap().text, "plain\ntext");
}

#[test]
fn rejects_bad_bytes() {
    // Settings files must be UTF-8; an article in a Windows code page is read
    // in it, with a warning (`codepage_tests.rs` has the guesses).
    assert!(decode(b"abc \xFF\xFE def").unwrap_err().reason.contains("UTF-8"));
    let a = read_article(b"Caf\xE9 \xE0 Alger").unwrap();
    assert_eq!(
        (a.text.as_str(), a.warnings.as_slice()),
        (
            "Café à Alger",
            &["not UTF-8: read as windows-1252 (Western European)".to_string()][..]
        )
    );
    assert_eq!(err(b"line\nline\nab\x00cd").line, Some(3));
    assert!(err(b"ab\x00cd").reason.contains("binary"));
    assert!(err(b"").reason.contains("empty"));
    assert!(err(b"  \n\t\r\n ").reason.contains("empty"));
    assert!(err(b"\xEF\xBB\xBF").reason.contains("empty"));
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    assert!(err(&big).reason.contains("5 MB"));
}

#[test]
fn reports_front_matter_errors_with_lines() {
    let e = err(b"---\ntitle: ok\nlang: [unclosed\n---\nBody");
    assert!(e.reason.contains("YAML"), "{e:?}");
    assert!(matches!(e.line, Some(3..=5)), "{e:?}");
    let e = err(b"+++\ntitle = \"ok\"\ndate = = 3\n+++\nBody");
    assert!(e.reason.contains("TOML"), "{e:?}");
    assert_eq!(e.line, Some(3));
    let e = err(b"---\ntitle: x\ndate: [1, 2]\n---\nBody");
    assert_eq!(e.line, Some(3));
    assert!(e.reason.contains("`date`") && e.reason.contains("list"), "{e:?}");
    let e = err(b"---\ndate: 2023-02-30\n---\nBody");
    assert_eq!(e.line, Some(2));
    assert!(e.reason.contains("does not exist"), "{e:?}");
    let e = err(b"---\ntitle: x\ntopics: 3\n---\nBody");
    assert_eq!(e.line, Some(3));
    assert!(err(b"---\ntitle: x\nBody without end")
        .reason
        .contains("never closed"));
    assert!(err(b"---\ntitle: x\n---\n \n").reason.contains("no article text"));
    assert!(err(b"---\nlang: english\n---\nBody")
        .reason
        .contains("language code"));
}

/// An article whose front matter is `front`, with a French text after it.
fn with_front(front: &str) -> Vec<u8> {
    format!("---\n{front}\n---\nAlger et Moscou ont signé mardi un accord sur le gaz.\n").into_bytes()
}

#[test]
fn large_or_deep_front_matter_is_refused_before_the_parser() {
    let nested = format!("title: x\nnote: {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = err(&with_front(&nested));
    assert!(e.reason.contains("over the 8 KB limit"), "{}", e.reason);
    let keys: String = (0..32_000).map(|i| format!("k{i}: v\n")).collect();
    assert!(err(&with_front(&keys)).reason.contains("over the 8 KB limit"));
    // Small enough, but deeper than any field needs: flow brackets...
    let flow = format!(
        "title: الجزائر\ntopics: {}energy{}",
        "[".repeat(40),
        "]".repeat(40)
    );
    let e = err(&with_front(&flow));
    assert_eq!(e.line, Some(3));
    assert!(e.reason.contains("levels deep, more than 8"), "{}", e.reason);
    // ...indentation...
    let indented: String = (0..12).map(|d| format!("{}k{d}:\n", "  ".repeat(d))).collect();
    assert!(err(&with_front(&indented)).reason.contains("levels deep"));
    // ...or list dashes.
    assert!(err(&with_front("topics:\n- - - - - - - - - energy"))
        .reason
        .contains("levels deep"));
}

#[test]
fn brackets_in_quotes_and_words_do_not_count_as_nesting() {
    let front = "title: \"Россия [[[[[[[[[[ Алжир\"\nnote: l'Algérie {{{{{{{{{{ et 'la [[[[[[[[[[ Russie'\n\
                 source: APS # [[[[[[[[[[[[\ntopics:\n  - energy\n  - defense\nextra: [[a, b], {c: [d]}]";
    let fm = read_article(&with_front(front)).unwrap().front.unwrap();
    assert_eq!(fm.title.as_deref(), Some("Россия [[[[[[[[[[ Алжир"));
    assert_eq!(fm.source.as_deref(), Some("APS"));
    assert_eq!(fm.topics, Some(vec!["energy".into(), "defense".into()]));
}

#[test]
fn key_lines_are_found_in_one_pass() {
    let steps = |n: usize| {
        let keys: String = (0..n).map(|i| format!("k{i}: v\n")).collect();
        let (a, steps) = crate::steps::counted(|| read_article(&with_front(&keys)).unwrap());
        assert_eq!(a.front.unwrap().unknown_keys.len(), n);
        steps
    };
    crate::steps::assert_linear("front matter keys", 150, steps);
    // The line of a bad field is still its own.
    let e = err(&with_front("title: x\nk1: v\nk2: v\ndate: 2024-13-40\nk3: v"));
    assert_eq!(e.line, Some(5), "{}", e.reason);
}
