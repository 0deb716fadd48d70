//! Percent-encoding and decoding of query-string components, done by hand so it
//! behaves the same natively and in the browser.

/// Decodes one `application/x-www-form-urlencoded` component: `+` is a space,
/// `%XY` a byte; a `%` not followed by two hex digits is kept literally. Bytes that
/// do not form valid UTF-8 become U+FFFD. Never panics.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < b.len() && hex(b[i + 1]).is_some() && hex(b[i + 2]).is_some() => {
                out.push(hex(b[i + 1]).unwrap_or(0) * 16 + hex(b[i + 2]).unwrap_or(0));
                i += 3;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Encodes one component: unreserved characters and `,:@!*'()/` stay as they are,
/// everything else (including space, `+`, `&`, `=`, `#`, `%` and all non-ASCII) is
/// `%XY` of its UTF-8 bytes.
pub fn encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || b"-._~,:@!*'()/".contains(&c) {
            out.push(c as char);
        } else {
            out.push('%');
            out.push(HEX[(c >> 4) as usize] as char);
            out.push(HEX[(c & 15) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_plus_percent_and_bad_escapes() {
        assert_eq!(decode("gas%20-wagner"), "gas -wagner");
        assert_eq!(decode("a+b"), "a b");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%C3%A9"), "é");
        assert_eq!(decode("%FF%FE"), "\u{FFFD}\u{FFFD}");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%41"), "A");
    }

    #[test]
    fn encode_round_trips() {
        for s in [
            "gas -wagner",
            "a+b&c=d#e%f",
            "الجزائر",
            "l’Algérie",
            "\u{0}\u{7f}",
        ] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(encode("gas -wagner"), "gas%20-wagner");
    }
}
