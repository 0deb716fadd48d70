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
    assert!(err(b"abc \xFF\xFE def").reason.contains("UTF-8"));
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
