//! Snippets: the passage of a body with the most matches, cut at words.

use super::highlighter::Highlighter;
use super::results::Snippet;

/// Target length of a snippet's text, in bytes (before the ellipses).
pub const SNIPPET_BYTES: usize = 240;

impl Highlighter {
    /// The passage of `body` of about [`SNIPPET_BYTES`] with the most matches.
    pub(super) fn snippet(&self, body: &str, lang: &str) -> Snippet {
        window(body, self.ranges(body, lang))
    }
}

/// The passage of `body` of about [`SNIPPET_BYTES`] around the most of the
/// match `ranges`, which are kept as its highlights; with none, its start.
fn window(body: &str, ranges: Vec<(usize, usize)>) -> Snippet {
    // Window start: the one covering the most matches (ties: earliest).
    let mut start = 0;
    let mut best = 0;
    for (i, &(s, _)) in ranges.iter().enumerate() {
        let c = ranges[i..]
            .iter()
            .take_while(|&&(_, e)| e <= s + SNIPPET_BYTES)
            .count();
        if c > best {
            best = c;
            start = s;
        }
    }
    // Some context before the first match, snapped to a word start.
    let mut s = floor_boundary(body, start.saturating_sub(SNIPPET_BYTES / 4));
    if s > 0 {
        if let Some(sp) = body[..start].rfind(char::is_whitespace).filter(|&sp| sp >= s) {
            s = sp + body[sp..].chars().next().map_or(1, char::len_utf8);
        }
    }
    let mut e = floor_boundary(body, (s + SNIPPET_BYTES).min(body.len()));
    // Cut at the last word that fits whole (one ending right at the limit does).
    if e < body.len() && !body[e..].starts_with(char::is_whitespace) {
        if let Some(sp) = body[s..e].rfind(char::is_whitespace).filter(|&sp| sp > 0) {
            e = s + sp;
        }
    }
    let ellipsis = if s > 0 { "… " } else { "" };
    let mut text = String::with_capacity(e - s + 8);
    text.push_str(ellipsis);
    text.extend(
        body[s..e]
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
    );
    if e < body.len() {
        text.push_str(" …");
    }
    let shift = ellipsis.len();
    let highlights = ranges
        .into_iter()
        .filter(|&(a, b)| a >= s && b <= e)
        .map(|(a, b)| (a - s + shift, b - s + shift))
        .collect();
    Snippet { text, highlights }
}

/// What a snippet of `body` shows when the view matches no words (a
/// filtered or unfiltered list): its first [`SNIPPET_BYTES`], cut at a word.
/// A site's cards carry it, so such a view needs no article text.
pub fn lead(body: &str) -> String {
    window(body, Vec::new()).text
}

pub(super) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{lead, SNIPPET_BYTES};

    /// The longest run of whole words from the start that fits
    /// [`SNIPPET_BYTES`] (a first word longer than that is cut at a
    /// character), line breaks as spaces, " …" when the text goes on.
    fn reference(body: &str) -> String {
        if body.len() <= SNIPPET_BYTES {
            return body.replace(['\n', '\r'], " ");
        }
        let fits = |i: usize| i <= SNIPPET_BYTES && body.is_char_boundary(i);
        let word_end = (1..body.len()).rfind(|&i| fits(i) && body[i..].starts_with(char::is_whitespace));
        let end = word_end.unwrap_or_else(|| (0..=SNIPPET_BYTES).rfind(|&i| fits(i)).unwrap());
        format!("{} …", body[..end].replace(['\n', '\r'], " "))
    }

    #[test]
    fn a_lead_is_the_whole_words_that_fit() {
        let bodies = [
            "",
            "Short dispatch.",
            "ALGIERS —\nAlgeria and Russia signed a memorandum on gas cooperation on Tuesday, \
             officials said, in a ceremony attended by the energy ministers of both countries. \
             The deal, which covers exploration in the Illizi basin, follows months of talks.\n\n\
             Share this article",
            "Le président Abdelmadjid Tebboune a reçu mardi à Alger le ministre russe des \
             Affaires étrangères, Sergueï Lavrov, pour évoquer la coopération énergétique et \
             la situation au Sahel. « Nos relations sont stratégiques », a-t-il déclaré.",
            "استقبل الرئيس عبد المجيد تبون، يوم الثلاثاء بالجزائر العاصمة، وزير الخارجية \
             الروسي سيرغي لافروف، وبحث معه التعاون في مجال الطاقة والوضع في منطقة الساحل.\n\
             اقرأ أيضا",
            "Министр иностранных дел России Сергей Лавров прибыл в Алжир с официальным \
             визитом. Стороны обсудили сотрудничество в газовой сфере и ситуацию в Сахеле.",
            // One word longer than a snippet: cut inside it, at a character.
            &"газопровод".repeat(30),
        ];
        let mut cut = 0;
        for body in bodies {
            let got = lead(body);
            assert_eq!(got, reference(body), "{body}");
            assert!(got.len() <= SNIPPET_BYTES + " …".len());
            cut += usize::from(got.ends_with(" …"));
        }
        assert_eq!(cut, 5, "every text but the two short ones is cut");
        // A word ending exactly at the limit is kept whole.
        let exact = format!("{} tail", "a".repeat(SNIPPET_BYTES));
        assert_eq!(lead(&exact), format!("{} …", "a".repeat(SNIPPET_BYTES)));
    }
}
