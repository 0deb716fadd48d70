//! Cleaning an article's text: title, byline block, captions, boilerplate,
//! paragraphs, a body pasted twice, and whitespace.

use super::boilerplate::{self, LineStats};
use super::byline::{self, BylineLine};
use super::date;

/// The cleaned text of an article and the metadata found in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// The front matter's title when given, else the title line or the opening words.
    pub title: String,
    /// Paragraphs separated by a blank line.
    pub body: String,
    pub author: Option<String>,
    pub place: Option<String>,
    pub source: Option<String>,
    pub captions: Vec<String>,
    pub warnings: Vec<String>,
}

/// A non-blank line and whether a blank line came before it.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    gap: bool,
}

/// Spaces of every kind become one space; invisible characters go.
pub fn normalise_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}') {
            continue;
        }
        let c = if c.is_whitespace() || c.is_control() {
            ' '
        } else {
            c
        };
        if c != ' ' || !out.ends_with(' ') {
            out.push(c);
        }
    }
    out.trim().to_string()
}

fn lines_of(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut gap = false;
    for raw in text.lines() {
        let text = normalise_spaces(raw);
        if text.is_empty() {
            gap = true;
        } else {
            out.push(Line { text, gap });
            gap = false;
        }
    }
    out
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':', ';', '"', '”', '»', ')', ']', '…', '؟', '。'])
}

/// More than one sentence inside `s`.
fn has_inner_sentence_break(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.windows(3)
        .any(|w| ".?!؟".contains(w[0]) && w[1] == ' ' && w[2].is_uppercase())
}

/// A line that can be a title: short, one sentence, not boilerplate.
fn is_title(s: &str) -> bool {
    s.chars().count() <= 200
        && s.split_whitespace().count() <= 30
        && !has_inner_sentence_break(s)
        && !boilerplate::is_listed(s)
}

/// The opening words of a paragraph, when no title line exists.
fn title_from(paragraph: &str) -> String {
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    let mut out = String::new();
    for w in words.iter().take(16) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        if ".?!؟".contains(w.chars().last().unwrap_or(' ')) {
            return out.trim_end_matches('.').to_string();
        }
    }
    if words.len() > 16 {
        out.push('…');
    }
    out
}

fn word_key(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `copy` is a truncated repeat of `title` (at least three words, a strict prefix or equal).
fn is_truncated_copy(title: &str, copy: &str) -> bool {
    let (t, c) = (word_key(title), word_key(copy));
    c.len() >= 3 && c.len() <= t.len() && t[..c.len()] == c[..]
}

/// Whether `line` repeats `title`: equal once folded ([`crate::text::fold`]) and
/// stripped of everything but letters and digits, so case, accents, punctuation
/// (a Markdown `#` too) and spacing do not count. A title with no letter or
/// digit is repeated by nothing.
fn repeats_title(title: &str, line: &str) -> bool {
    let key = |s: &str| -> String {
        crate::text::fold(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let title = key(title);
    !title.is_empty() && key(line) == title
}

/// Cleans `text` (front matter already removed), using corpus-wide `stats` for repeated lines.
///
/// `front_title` is the title the front matter gives, if any. Without one, a
/// short one-sentence first line is the title line and is taken out of the body
/// (else the title is the opening words and nothing is taken out). With one,
/// the first line is taken out only when it repeats that title
/// ([`repeats_title`]): a short first paragraph that says something else stays
/// in the body, and `title` is the front matter's.
pub fn clean(text: &str, front_title: Option<&str>, stats: &LineStats) -> Cleaned {
    let mut out = Cleaned::default();
    let mut lines = lines_of(text);
    if let Some(first) = lines.first_mut() {
        if let Some((_, rest)) = date::strip_leading_marker(&first.text) {
            first.text = rest.to_string();
        }
        if first.text.is_empty() {
            lines.remove(0);
        }
    }
    let front_title = front_title.map(str::trim).filter(|t| !t.is_empty());
    if let Some(title) = front_title {
        out.title = title.to_string();
    }
    // A title-like first line kept in the body: a byline block may follow it.
    let mut kept_headline = false;
    // Title, and a truncated copy of it right after.
    let title_line = match (front_title, lines.first()) {
        (Some(title), Some(first)) => {
            let repeated = repeats_title(title, &first.text);
            kept_headline = !repeated && is_title(&first.text);
            repeated
        }
        (None, Some(first)) if is_title(&first.text) => true,
        (None, Some(first)) => {
            out.title = title_from(&first.text);
            out.warnings
                .push("no title line; title taken from the opening words".into());
            false
        }
        (_, None) => false,
    };
    if title_line {
        let line = lines.remove(0).text;
        if front_title.is_none() {
            out.title = line;
        }
        if lines
            .first()
            .is_some_and(|l| is_truncated_copy(&out.title, &l.text))
        {
            lines.remove(0);
            out.warnings.push("dropped a truncated copy of the title".into());
        }
    }
    if !take_byline_block(&mut lines, 0, &mut out) && kept_headline {
        take_byline_block(&mut lines, 1, &mut out);
    }
    take_correspondent(&mut lines, &mut out);
    take_captions(&mut lines, &mut out);
    let before = lines.len();
    lines.retain(|l| !boilerplate::is_boilerplate(&l.text, stats) && date::date_line(&l.text).is_none());
    if lines.len() < before {
        out.warnings
            .push(format!("removed {} boilerplate line(s)", before - lines.len()));
    }
    let paragraphs = collapse_repeats(paragraphs(lines), &mut out.warnings);
    out.body = paragraphs.join("\n\n");
    out
}

/// Consumes a block of short byline lines (author, place, date, outlet) starting
/// at line `at`; whether there was one.
fn take_byline_block(lines: &mut Vec<Line>, at: usize, out: &mut Cleaned) -> bool {
    let kinds: Vec<BylineLine> = lines
        .iter()
        .skip(at)
        .take(6)
        .map_while(|l| byline::classify(&l.text))
        .collect();
    let strong = kinds.iter().any(|k| {
        matches!(
            k,
            BylineLine::Date | BylineLine::MarkedAuthor(_) | BylineLine::Source(_)
        )
    });
    if kinds.is_empty() || !(strong && (kinds.len() >= 2 || matches!(kinds[0], BylineLine::MarkedAuthor(_))))
    {
        return false;
    }
    for kind in &kinds {
        match kind.clone() {
            BylineLine::Author(a) | BylineLine::MarkedAuthor(a) if out.author.is_none() => {
                out.author = Some(a)
            }
            BylineLine::Place(p) if out.place.is_none() => out.place = Some(p),
            BylineLine::Author(p) if out.place.is_none() && !p.contains(' ') => out.place = Some(p),
            BylineLine::Source(s) if out.source.is_none() => out.source = Some(s),
            _ => {}
        }
    }
    lines.drain(at..at + kinds.len());
    true
}

/// Consumes a "With our correspondent in PLACE, NAME" line near the top.
fn take_correspondent(lines: &mut Vec<Line>, out: &mut Cleaned) {
    if let Some(i) = lines
        .iter()
        .take(8)
        .position(|l| byline::correspondent(&l.text).is_some())
    {
        let (place, author) = byline::correspondent(&lines.remove(i).text).unwrap_or_default();
        out.place.get_or_insert(place);
        out.author.get_or_insert(author);
    }
}

/// Moves photo captions out of the text; a caption wrapped over two lines is joined.
fn take_captions(lines: &mut Vec<Line>, out: &mut Cleaned) {
    let mut i = 0;
    while i < lines.len() {
        if !byline::is_caption(&lines[i].text) {
            i += 1;
            continue;
        }
        let Line {
            text: mut caption,
            gap,
        } = lines.remove(i);
        let wrapped = i > 0
            && !gap
            && !ends_sentence(&lines[i - 1].text)
            && caption.chars().next().is_some_and(char::is_lowercase);
        if wrapped {
            i -= 1;
            caption = format!("{} {caption}", lines.remove(i).text);
        }
        out.captions.push(caption);
    }
}

/// Groups lines into paragraphs. With blank-line separation, lines of a block join;
/// otherwise each line is a paragraph unless it visibly continues the previous one.
fn paragraphs(lines: Vec<Line>) -> Vec<String> {
    let gaps = lines.iter().skip(1).filter(|l| l.gap).count();
    let blank_separated = gaps * 3 >= lines.len().saturating_sub(1) && gaps > 0;
    let mut out: Vec<String> = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        let join = i > 0
            && !line.gap
            && (blank_separated
                || (!ends_sentence(out.last().map_or("", String::as_str))
                    && line.text.chars().next().is_some_and(char::is_lowercase)));
        match out.last_mut() {
            Some(last) if join => {
                last.push(' ');
                last.push_str(&line.text);
            }
            _ => out.push(line.text),
        }
    }
    out
}

/// Drops paragraphs that repeat an earlier one (a body pasted twice).
fn collapse_repeats(paragraphs: Vec<String>, warnings: &mut Vec<String>) -> Vec<String> {
    let keys: Vec<Vec<String>> = paragraphs.iter().map(|p| word_key(p)).collect();
    let repeat: Vec<bool> = (0..keys.len())
        .map(|i| !keys[i].is_empty() && keys[..i].contains(&keys[i]))
        .collect();
    let drop: Vec<bool> = (0..keys.len())
        .map(|i| {
            repeat[i]
                && (keys[i].len() >= 4
                    || (i > 0 && repeat[i - 1] && keys[i - 1].len() >= 4)
                    || repeat.get(i + 1).is_some_and(|&r| r && keys[i + 1].len() >= 4))
        })
        .collect();
    let dropped = drop.iter().filter(|&&d| d).count();
    if dropped >= 3 && dropped * 3 >= paragraphs.len() {
        warnings.push(format!(
            "collapsed a body pasted twice ({dropped} repeated paragraphs removed)"
        ));
    } else if dropped > 0 {
        warnings.push(format!("removed {dropped} repeated paragraph(s)"));
    }
    paragraphs
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(p, _)| p)
        .collect()
}
