//! A text's lines and how they form paragraphs: spaces normalised, blank lines
//! noted, hard-wrapped lines joined, and paragraphs repeating earlier ones (a
//! body pasted twice) dropped, in linear time.

use super::headline::word_key;
use super::paragraph_class::{ends_sentence, Class, Work};
use std::collections::HashSet;

/// A non-blank line, whether a blank line came before it, and its class once known.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub gap: bool,
    pub class: Class,
}

impl Default for Line {
    fn default() -> Self {
        Line {
            text: String::new(),
            gap: false,
            class: Class::Short,
        }
    }
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

/// Whether `line` (spaces normalised) is only a rule drawn with one mark: a
/// Setext heading's underline (`=====`, `-----`) or a thematic break (`***`,
/// `* * *`, `___`), in Markdown and in text pasted from it. It says nothing,
/// and kept it started the body (`====== The minister said…`) or joined the
/// line after it.
pub fn is_rule(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| *c != ' ');
    let Some(mark) = marks.next() else { return false };
    // Two marks at least, all the same one.
    matches!(mark, '=' | '-' | '*' | '_' | '~') && marks.next() == Some(mark) && marks.all(|c| c == mark)
}

/// The non-blank lines of `text`, spaces normalised; a rule line
/// ([`is_rule`]) counts as a blank one.
pub fn lines_of(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut gap = false;
    for raw in text.lines() {
        let text = normalise_spaces(raw);
        if text.is_empty() || is_rule(&text) {
            gap = true;
        } else {
            out.push(Line {
                text,
                gap,
                class: Class::Short,
            });
            gap = false;
        }
    }
    out
}

/// `lines` with the line breaks a wrapper made joined back ([`super::wrap`]):
/// a hard-wrapped text's paragraphs become one line each, as a page's are.
pub fn join_wrapped(lines: Vec<Line>) -> Vec<Line> {
    let mut lengths = Vec::with_capacity(lines.len() * 2);
    for line in &lines {
        if line.gap {
            lengths.push(0);
        }
        lengths.push(line.text.chars().count());
    }
    let Some(width) = super::wrap::width(&lengths) else {
        return lines;
    };
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut block: Vec<Line> = Vec::new();
    for line in lines.into_iter().chain([Line {
        gap: true,
        ..Line::default()
    }]) {
        if line.gap && !block.is_empty() {
            let texts: Vec<&str> = block.iter().map(|l| l.text.as_str()).collect();
            if super::wrap::is_wrapped(&texts, width) {
                let text = texts.join(" ");
                out.push(Line {
                    text,
                    ..block[0].clone()
                });
            } else {
                out.append(&mut block);
            }
            block.clear();
        }
        block.push(line);
    }
    out
}

/// Whether `next` visibly continues `line`: no blank line, no sentence end, a lower-case start.
pub fn continues(line: &Line, next: &Line) -> bool {
    !next.gap && !ends_sentence(&line.text) && next.text.chars().next().is_some_and(char::is_lowercase)
}

/// Groups lines into paragraphs. With blank-line separation, lines of a block join;
/// otherwise each line is a paragraph unless it visibly continues the previous one.
pub fn paragraphs(lines: Vec<Line>, work: &mut Work) -> Vec<String> {
    work.add(lines.len());
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

/// Drops paragraphs that repeat an earlier one (a body pasted twice): a
/// repeated paragraph of four words or more, or a short one next to such a
/// paragraph. Earlier paragraphs are looked up in a hash set, so the work is
/// linear in the number of paragraphs.
pub fn collapse_repeats(paragraphs: Vec<String>, warnings: &mut Vec<String>, work: &mut Work) -> Vec<String> {
    work.add(paragraphs.len());
    let keys: Vec<Vec<String>> = paragraphs.iter().map(|p| word_key(p)).collect();
    let mut seen: HashSet<&[String]> = HashSet::with_capacity(keys.len());
    let repeat: Vec<bool> = keys
        .iter()
        .map(|k| !k.is_empty() && !seen.insert(k.as_slice()))
        .collect();
    let long_repeat = |i: usize| repeat[i] && keys[i].len() >= 4;
    let drop: Vec<bool> = (0..keys.len())
        .map(|i| {
            repeat[i]
                && (long_repeat(i)
                    || (i > 0 && long_repeat(i - 1))
                    || (i + 1 < keys.len() && long_repeat(i + 1)))
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
