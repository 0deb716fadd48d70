//! Finding an article's headline among the first lines of a scraped page, past
//! its masthead, menus, breadcrumbs, kickers and dates: the title-like line the
//! body then develops (its words come back in the paragraphs below).

use super::boilerplate;
use super::paragraph_class::Class;
use crate::text::{is_letter_or_digit, StemCache};
use std::collections::HashMap;

/// How many lines from the top may hold the headline.
const HEADER_LINES: usize = 15;
/// How many lines below the first candidate count when measuring what the text develops.
const BODY_LINES: usize = 80;

/// More than one sentence inside `s`.
fn has_inner_sentence_break(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.windows(3)
        .any(|w| ".?!؟".contains(w[0]) && w[1] == ' ' && w[2].is_uppercase())
}

/// A line that can be a title: short, one sentence, not boilerplate.
pub fn is_title(s: &str) -> bool {
    s.chars().count() <= 200
        && s.split_whitespace().count() <= 30
        && !has_inner_sentence_break(s)
        && !boilerplate::is_listed(s)
}

/// `line` without the marks of a Markdown heading (`# Title`, `## Title ##`):
/// a title taken from a `.md` file's first line kept them. A `#` not followed
/// by a space (`#MeToo`) is a word, and stays.
pub fn without_heading_marks(line: &str) -> &str {
    let hashes = line.len() - line.trim_start_matches('#').len();
    let rest = &line[hashes..];
    if !(1..=6).contains(&hashes) || !rest.starts_with([' ', '\t']) {
        return line;
    }
    let rest = rest.trim();
    // A closing run of `#` counts only after a space ("C#" stays).
    let closed = rest.trim_end_matches('#');
    if closed.len() < rest.len() && closed.ends_with([' ', '\t']) {
        closed.trim_end()
    } else {
        rest
    }
}

/// The opening words of a paragraph, when no title line exists.
pub fn title_from(paragraph: &str) -> String {
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

/// Lower-cased words of `s`, punctuation dropped.
pub fn word_key(s: &str) -> Vec<String> {
    s.split(|c: char| !is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `copy` is a truncated repeat of `title` (at least three words, a strict prefix or equal).
pub fn is_truncated_copy(title: &str, copy: &str) -> bool {
    let (t, c) = (word_key(title), word_key(copy));
    c.len() >= 3 && c.len() <= t.len() && t[..c.len()] == c[..]
}

/// Whether `line` repeats `title`: equal once folded ([`crate::text::fold`]) and
/// stripped of everything but letters and digits, so case, accents, punctuation
/// (a Markdown `#` too) and spacing do not count. A title with no letter or
/// digit is repeated by nothing.
pub fn repeats_title(title: &str, line: &str) -> bool {
    let key = |s: &str| -> String {
        crate::text::fold(s)
            .chars()
            .filter(|&c| is_letter_or_digit(c))
            .collect()
    };
    let title = key(title);
    !title.is_empty() && key(line) == title
}

/// A line of the page as the headline search sees it.
pub struct HeadLine<'a> {
    pub text: &'a str,
    pub class: Class,
    /// A byline, date or caption line: never the headline, may stand above it.
    pub meta: bool,
    /// The next line continues this one (a hard-wrapped paragraph): not a headline.
    pub continued: bool,
}

/// Whether `line` may stand above the headline and go with the page's furniture:
/// furniture, metadata, a site name or kicker (three words at most, or five that
/// do not read like a sentence), capitals only, or a menu of capitalised words.
fn skippable(line: &HeadLine) -> bool {
    let text = line.text;
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    line.class == Class::Bad
        || line.meta
        || words.len() <= 3
        || (line.class == Class::Short && words.len() <= 5)
        || (text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase))
        || (words.len() >= 5 && words.iter().all(capitalised) && !text.contains(['.', ',', ':', '?', '!']))
}

/// Most words in a masthead's tagline ("Independent news from the Horn of Africa").
const TAGLINE_WORDS: usize = 12;

/// Whether line `i` may be a masthead's tagline: a short title-like line that
/// does not end like a sentence, with furniture (a menu, a banner) right under
/// it. A headline can look the same, so the search goes on past it and
/// [`choose`] decides by what the text develops.
fn is_tagline(lines: &[HeadLine], i: usize) -> bool {
    let l = &lines[i];
    !l.meta
        && !l.continued
        && l.class != Class::Bad
        && l.text.split_whitespace().count() <= TAGLINE_WORDS
        && !l.text.ends_with(['.', '!', '?', '…', '؟', '"', '»', '”'])
        && is_title(l.text)
        && lines.get(i + 1).is_some_and(|next| next.class == Class::Bad)
}

/// Lines from the top that may be dropped before a headline at `i`: only
/// skippable ones and taglines, within [`HEADER_LINES`], up to the first paragraph.
fn reachable(lines: &[HeadLine]) -> usize {
    let first_good = (0..lines.len())
        .find(|&i| lines[i].class == Class::Good && !is_tagline(lines, i))
        .unwrap_or(lines.len());
    let limit = first_good.min(HEADER_LINES).min(lines.len().saturating_sub(1));
    (0..limit)
        .take_while(|&i| skippable(&lines[i]) || is_tagline(lines, i))
        .count()
}

/// Whether `title` is `headline` plus a site name after a separator ("Headline | Site").
fn is_site_title_of(title: &str, headline: &str) -> bool {
    [" - ", " | ", " – ", " — ", " · ", " :: "].iter().any(|sep| {
        title.rsplit_once(sep).is_some_and(|(head, site)| {
            site.split_whitespace().count() <= 5 && word_key(head) == word_key(headline)
        })
    }) && word_key(headline).len() >= 2
}

/// A copy of the headline at `at` further down, above the text with only
/// skippable lines between: the page's title (alone, or with the site's name:
/// "Headline - Site") over the printed headline. Its index, when there is one.
pub fn find_copy_below(lines: &[HeadLine], at: usize) -> Option<usize> {
    let title = lines.get(at)?.text;
    let first_good = lines[at + 1..]
        .iter()
        .position(|l| l.class == Class::Good)
        .map_or(lines.len(), |i| at + 1 + i);
    let end = first_good
        .min(at + HEADER_LINES)
        .min(lines.len().saturating_sub(1));
    for (j, line) in lines.iter().enumerate().take(end + 1).skip(at + 1) {
        if is_site_title_of(title, line.text) || repeats_title(title, line.text) {
            return Some(j);
        }
        if !skippable(line) {
            return None;
        }
    }
    None
}

/// The index of the line that repeats `title`, when only skippable lines stand above it.
pub fn find_repeat(lines: &[HeadLine], title: &str) -> Option<usize> {
    let last = reachable(lines).min(lines.len().saturating_sub(1));
    (0..=last).find(|&i| !lines.is_empty() && repeats_title(title, lines[i].text))
}

/// The index of the headline: the first title-like line, unless a later one
/// that only skippable lines precede (up to the first paragraph, included when it
/// is title-like) is developed more by the text below: more of its words come
/// back, with a preference for 4 to 25 words and against one or two (a kicker). `None` when no
/// such line exists.
pub fn choose(lines: &[HeadLine], lang: &str, stems: &mut StemCache) -> Option<usize> {
    let last = reachable(lines).min(lines.len().saturating_sub(1));
    let candidates: Vec<usize> = (0..=last)
        .filter(|&i| i < lines.len())
        .filter(|&i| {
            let l = &lines[i];
            l.class != Class::Bad && !l.meta && !l.continued && is_title(l.text)
        })
        .collect();
    let first = *candidates.first()?;
    // Where each term of the text last appears, counting paragraphs only.
    let mut last_seen: HashMap<String, usize> = HashMap::new();
    // The opening of the text is enough to tell what it develops, and bounds the work.
    for (i, line) in lines.iter().enumerate().skip(first + 1).take(BODY_LINES) {
        if matches!(line.class, Class::Good | Class::Near) {
            for t in stems.analyze(line.text, lang) {
                last_seen.insert(t.term, i);
            }
        }
    }
    // A term's overlap with the text below, as a share of the line's terms.
    let mut taken = |i: usize| -> (usize, usize) {
        let terms = stems.analyze(lines[i].text, lang);
        let n = terms
            .iter()
            .filter(|t| last_seen.get(&t.term).is_some_and(|&at| at > i))
            .count();
        (n, terms.len())
    };
    let score = |i: usize, (n, terms): (usize, usize)| -> f32 {
        let words = lines[i].text.split_whitespace().count();
        // One more term in the denominator: a one-word kicker that the text
        // mentions once does not outscore a headline it develops.
        let mut s = n as f32 / (terms + 1) as f32;
        if (4..=25).contains(&words) {
            s += 0.2;
        } else if words <= 2 {
            s -= 0.3;
        }
        s
    };
    // A later line must earn its place: words the text takes up, no closing full
    // stop (a standfirst, or the text itself), and a better score than the first.
    let mut best = (first, score(first, taken(first)));
    for &i in &candidates[1..] {
        let t = taken(i);
        let s = score(i, t);
        if t.0 > 0 && !lines[i].text.ends_with(['.', '…']) && s > best.1 {
            best = (i, s);
        }
    }
    Some(best.0)
}
