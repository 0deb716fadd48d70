//! Splitting text into plain and highlighted runs, so the app renders matches as
//! `<mark>` elements around text nodes and never as HTML.

/// `text` cut at the byte `ranges` into `(run, is_match)` pieces, in order.
///
/// Ranges out of bounds, overlapping or off char boundaries are skipped rather
/// than trusted, so a bad range can never panic the page.
pub fn segments<'a>(text: &'a str, ranges: &[(usize, usize)]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for &(start, end) in ranges {
        if start < at || start >= end || !text.is_char_boundary(start) || text.get(start..end).is_none() {
            continue;
        }
        if start > at {
            out.push((&text[at..start], false));
        }
        out.push((&text[start..end], true));
        at = end;
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_around_matches() {
        assert_eq!(
            segments("gas to Europe", &[(0, 3), (7, 13)]),
            vec![("gas", true), (" to ", false), ("Europe", true)]
        );
        assert_eq!(segments("abc", &[]), vec![("abc", false)]);
        assert_eq!(segments("", &[]), vec![("", false)]);
    }

    #[test]
    fn skips_bad_ranges_without_panicking() {
        let text = "Алжир и Россия";
        // 1 is inside the two-byte "А"; 100 is past the end; (4, 2) is reversed.
        let runs = segments(text, &[(1, 4), (4, 2), (0, 100), (0, 10)]);
        assert_eq!(runs, vec![("Алжир", true), (" и Россия", false)]);
        let joined: String = runs.iter().map(|r| r.0).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn arabic_and_markup_stay_plain_text() {
        let text = "<b>الجزائر</b>";
        let runs = segments(text, &[(3, 3 + "الجزائر".len())]);
        assert_eq!(runs, vec![("<b>", false), ("الجزائر", true), ("</b>", false)]);
    }
}
