//! Content or furniture, line by line, the jusText way: each line gets a class
//! from its own length, stop-word density and shape ([`classify`]); then its
//! context decides for the uncertain ones ([`keep_mask`]): short lines between
//! paragraphs stay (subheadings, one-line quotes), short lines among furniture,
//! in the footer or under a "Related articles" heading go.

use crate::text::{is_function_word, tokenize};

/// What a line looks like on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Furniture for certain: listed, shaped like a menu or banner, repeated across the corpus.
    Bad,
    /// Too short to tell (a heading, a menu item, a headline).
    Short,
    /// Short but sentence-like: a few words with stop words, or a full sentence.
    Near,
    /// A paragraph: long, or a sentence of some length.
    Good,
}

/// Steps taken over lines and paragraphs, so tests can check cleaning is linear
/// by counting instead of timing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub steps: u64,
}

impl Work {
    /// Counts `n` steps.
    pub fn add(&mut self, n: usize) {
        self.steps += n as u64;
    }
}

/// Languages whose stop words count when the article's language is not known.
const ANY_LANG: [&str; 7] = ["en", "fr", "ar", "ru", "es", "de", "it"];

/// Words in `line` and the share of them that are stop words of `lang`
/// (of any listed language when `lang` has no list).
pub fn stop_density(line: &str, lang: &str) -> (usize, f32) {
    let known = ANY_LANG.contains(&lang);
    let (mut words, mut stops) = (0usize, 0usize);
    for t in tokenize(line) {
        words += 1;
        let stop = if known {
            is_function_word(&t.term, lang)
        } else {
            ANY_LANG.iter().any(|l| is_function_word(&t.term, l))
        };
        stops += usize::from(stop);
    }
    (
        words,
        if words == 0 {
            0.0
        } else {
            stops as f32 / words as f32
        },
    )
}

/// Whether `s` ends like a sentence (Latin, Arabic or CJK punctuation, or a closing quote).
pub fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '"', '”', '»', ')', '…', '؟', '。'])
}

/// The class of a line on its own; `furniture` when a list, shape or the corpus
/// already says it is furniture.
pub fn classify(line: &str, lang: &str, furniture: bool) -> Class {
    if furniture {
        return Class::Bad;
    }
    let (words, density) = stop_density(line, lang);
    let sentence = ends_sentence(line);
    // A paragraph of 15 words is real text in any language; shorter ones must end
    // like a sentence or read like one (stop words), so headlines in a list do not pass.
    if words >= 15 || (words >= 8 && sentence) || (words >= 10 && density >= 0.25) {
        Class::Good
    } else if words >= 4 && (sentence || density >= 0.15) {
        Class::Near
    } else {
        Class::Short
    }
}

/// One line for [`keep_mask`]: its class and words, whether it ends like a sentence,
/// whether it is a question, whether it only heads a block of related-article
/// links, and whether it continues the line before (a hard wrap).
#[derive(Debug, Clone, Copy)]
pub struct Judged {
    pub class: Class,
    pub words: usize,
    pub sentence: bool,
    pub question: bool,
    pub related_heading: bool,
    pub continues: bool,
}

/// How many lines under a "Related articles" heading can be its headlines.
const RELATED_LINES: usize = 6;

/// Which lines to keep, deciding the uncertain ones by their context, in a
/// constant number of passes over the lines. Without `by_position` (an
/// extractor's text, whose menus are gone), short lines before, after or
/// between furniture are not dropped for where they stand.
pub fn keep_mask(lines: &[Judged], by_position: bool, work: &mut Work) -> Vec<bool> {
    let mut class: Vec<Class> = lines.iter().map(|l| l.class).collect();
    work.add(class.len());
    // A wrapped paragraph is one block: its lines share the best class among them.
    let mut start = 0;
    for i in 1..=class.len() {
        if i == class.len() || !lines[i].continues || class[i] == Class::Bad {
            let best = class[start..i].iter().copied().max().unwrap_or(Class::Bad);
            for c in &mut class[start..i] {
                if *c != Class::Bad {
                    *c = best;
                }
            }
            start = i;
        }
    }
    work.add(class.len());
    // Under a "Related articles" heading, up to RELATED_LINES headlines, until a
    // paragraph that ends like a sentence or is long (headlines can be dense in
    // stop words, as French ones are, but they do not end with a full stop; a
    // headline may ask a question, so a short question does not end the block).
    let mut related_left = 0;
    for (i, line) in lines.iter().enumerate() {
        let paragraph = class[i] == Class::Good && ((line.sentence && !line.question) || line.words >= 15);
        if line.related_heading {
            related_left = RELATED_LINES;
            class[i] = Class::Bad;
        } else if paragraph {
            related_left = 0;
        } else if related_left > 0 {
            related_left -= 1;
            class[i] = Class::Bad;
        }
    }
    work.add(class.len());
    if !by_position {
        return class.iter().map(|&c| c != Class::Bad).collect();
    }
    let first_good = class.iter().position(|&c| c == Class::Good);
    let last_good = class.iter().rposition(|&c| c == Class::Good);
    let (Some(first_good), Some(last_good)) = (first_good, last_good) else {
        // No paragraph at all: keep what is not certain furniture.
        return class.iter().map(|&c| c != Class::Bad).collect();
    };
    // Before the text: a run of three or more bare short items is a menu.
    let mut run = 0;
    for i in 0..=first_good {
        let item = i < first_good && class[i] == Class::Short && lines[i].class == Class::Short;
        if item {
            run += 1;
        } else {
            if run >= 3 {
                class[i - run..i].fill(Class::Bad);
            }
            run = 0;
        }
    }
    work.add(first_good + 1);
    // After the text: sentences stay, and sentence-like lines that follow the
    // text without a break (an Arabic paragraph without a full stop); short
    // lines and whatever follows furniture go.
    let mut attached = true;
    for (c, line) in class[last_good + 1..].iter_mut().zip(&lines[last_good + 1..]) {
        attached = attached && *c == Class::Near;
        let keep = *c == Class::Near && (line.sentence || attached);
        if !keep {
            *c = Class::Bad;
        }
    }
    work.add(class.len() - last_good);
    // Inside the text: a short line whose nearest decided neighbours are both furniture goes.
    let decided = |c: Class| c != Class::Short;
    let mut prev_bad = vec![false; class.len()];
    let mut last = Class::Good;
    for i in 0..class.len() {
        prev_bad[i] = last == Class::Bad;
        if decided(class[i]) {
            last = class[i];
        }
    }
    let mut next = Class::Good;
    for i in (0..class.len()).rev() {
        if class[i] == Class::Short && prev_bad[i] && next == Class::Bad && i > first_good {
            class[i] = Class::Bad;
            next = Class::Bad;
        } else if decided(class[i]) {
            next = class[i];
        }
    }
    work.add(2 * class.len());
    class.iter().map(|&c| c != Class::Bad).collect()
}

#[cfg(test)]
#[path = "paragraph_class_tests.rs"]
mod tests;
