//! Page boilerplate: a multilingual list of lines that are never article text,
//! plus lines that recur across several files of the corpus (short lines in any
//! three files; longer lines, such as a newsletter pitch, in three files of one source).

use crate::par::{self, Threads};
use crate::text::fold;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::boilerplate_lists::{EXACT, PREFIXES, RELATED, RELATED_OPENINGS};

/// Longest line (in characters) that can be boilerplate.
const MAX_LEN: usize = 160;

/// Folded with [`crate::text::fold`], words separated by single spaces, outer punctuation trimmed.
pub fn key(line: &str) -> String {
    let folded = fold(line);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '(' | ')' | '|'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '>')
        .to_string()
}

/// The keys of a list, computed once (each [`key`] folds the text).
fn keys_of(list: &'static [&'static str], cell: &'static OnceLock<Vec<String>>) -> &'static [String] {
    cell.get_or_init(|| list.iter().map(|e| key(e)).collect())
}

/// Whether `line` is on the built-in boilerplate list.
pub fn is_listed(line: &str) -> bool {
    static EXACT_KEYS: OnceLock<Vec<String>> = OnceLock::new();
    static PREFIX_KEYS: OnceLock<Vec<String>> = OnceLock::new();
    if line.chars().count() > MAX_LEN {
        return false;
    }
    let k = key(line);
    keys_of(EXACT, &EXACT_KEYS).contains(&k)
        || keys_of(PREFIXES, &PREFIX_KEYS)
            .iter()
            .any(|p| k.starts_with(p.as_str()))
        || is_related_heading(line)
}

/// Whether `line` is only the heading of a block of related-article links ("Related articles").
pub fn is_related_heading(line: &str) -> bool {
    static RELATED_KEYS: OnceLock<Vec<String>> = OnceLock::new();
    line.chars().count() <= 40
        && (keys_of(RELATED, &RELATED_KEYS).contains(&key(line)) || names_after_opening(line))
}

/// "More from The Courier", "Ещё от Северного курьера", "المزيد من الأفق": a
/// related opening, then one to four words, a name (the first capitalised, or of
/// a script without case).
fn names_after_opening(line: &str) -> bool {
    static OPENING_KEYS: OnceLock<Vec<String>> = OnceLock::new();
    let k = key(line);
    let words: Vec<&str> = line.split_whitespace().collect();
    keys_of(RELATED_OPENINGS, &OPENING_KEYS).iter().any(|o| {
        let n = o.split_whitespace().count();
        let rest = words.get(n..).unwrap_or_default();
        k.starts_with(&format!("{o} "))
            && (1..=4).contains(&rest.len())
            && rest.first().is_some_and(|w| {
                w.trim_start_matches(['«', '"', '“', '(', '\''])
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
            })
    })
}

/// Lines seen in several files of a corpus: short ones counted over the whole
/// corpus, longer ones per source (a front matter `source`, else its `url`'s host).
#[derive(Debug, Clone, Default)]
pub struct LineStats {
    files: HashMap<String, usize>,
    by_source: HashMap<(String, String), usize>,
}

/// A line must occur in this many files to count as repeated boilerplate.
pub const MIN_FILES: usize = 3;
/// Lines longer than this (in characters) count only when they repeat within one source.
pub const MAX_REPEATED_LEN: usize = 60;
/// Lines longer than this are never treated as repeated boilerplate: whole paragraphs
/// shared by several files are a copied story, which dedup reports.
pub const MAX_SOURCE_REPEATED_LEN: usize = 300;

/// The source a file's lines are counted under: its front matter `source`, else the
/// host of its `url`, else "" (every unsourced file together).
pub fn source_key(source: Option<&str>, url: Option<&str>) -> String {
    if let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) {
        return key(s);
    }
    let host = url
        .and_then(|u| u.split_once("://"))
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
        .map(|h| h.trim_start_matches("www.").to_lowercase());
    host.unwrap_or_default()
}

/// The keys of a file's lines that may repeat, each once, with whether it is
/// short enough to count over the whole corpus.
fn line_keys(text: &str) -> HashSet<(String, bool)> {
    text.lines()
        .filter_map(|l| {
            let n = l.trim().chars().count();
            (1..=MAX_SOURCE_REPEATED_LEN)
                .contains(&n)
                .then(|| (key(l), n <= MAX_REPEATED_LEN))
        })
        .filter(|(k, _)| !k.is_empty())
        .collect()
}

/// Quoted speech repeats across articles because it is news, not furniture.
fn is_quoted(line: &str) -> bool {
    line.contains(['“', '”', '«', '»', '"', '„'])
}

impl LineStats {
    /// Counts, for each short line, how many of `texts` contain it (all of one unknown source).
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        Self::from_sourced(texts.into_iter().map(|t| ("", t)))
    }

    /// Counts lines per file: short lines over the corpus, longer ones per source
    /// (`source` as given by [`source_key`]).
    pub fn from_sourced<'a>(texts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut stats = LineStats::default();
        for (source, text) in texts {
            stats.add_file(source, line_keys(text));
        }
        stats
    }

    /// [`LineStats::from_sourced`] with each file's lines keyed (folded: the
    /// pass's cost) on `threads`; the same counts for any number of threads.
    pub fn from_sourced_on(threads: Threads, texts: &[(&str, &str)]) -> Self {
        let keys = par::map(threads, texts, |(_, text)| line_keys(text));
        let mut stats = LineStats::default();
        for ((source, _), keys) in texts.iter().zip(keys) {
            stats.add_file(source, keys);
        }
        stats
    }

    /// Counts one file of `source`, given its [`line_keys`].
    fn add_file(&mut self, source: &str, keys: HashSet<(String, bool)>) {
        for (k, short) in keys {
            if short {
                *self.files.entry(k.clone()).or_insert(0) += 1;
            }
            *self.by_source.entry((source.to_string(), k)).or_insert(0) += 1;
        }
    }

    /// Whether `line` is short and recurs in at least [`MIN_FILES`] files.
    pub fn is_repeated(&self, line: &str) -> bool {
        line.trim().chars().count() <= MAX_REPEATED_LEN
            && self.files.get(&key(line)).is_some_and(|&n| n >= MIN_FILES)
    }

    /// Whether `line` recurs in at least [`MIN_FILES`] files of `source`: a short
    /// line anywhere, a longer unquoted one within the source.
    pub fn is_repeated_in(&self, source: &str, line: &str) -> bool {
        let n = line.trim().chars().count();
        self.is_repeated(line)
            || (n <= MAX_SOURCE_REPEATED_LEN
                && !is_quoted(line)
                && self
                    .by_source
                    .get(&(source.to_string(), key(line)))
                    .is_some_and(|&n| n >= MIN_FILES))
    }
}

/// Whether `line` is boilerplate, by the list or by repetition across the corpus.
pub fn is_boilerplate(line: &str, stats: &LineStats) -> bool {
    is_listed(line) || stats.is_repeated(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_in_each_language() {
        for l in [
            "Advertisements",
            "Exit mobile version",
            "No comments:",
            "Post a Comment",
            ">> To read also: Algeria courted",
            "Read also: Putin meets Tebboune",
            "Lire aussi : Alger et Moscou",
            "À lire aussi",
            "PUBLICITÉ",
            "اقرأ أيضا: تبون في موسكو",
            "اقرأ أيضاً",
            "Читайте также: Лавров в Алжире",
            "Реклама",
            "Lee también: Argelia",
            "Lesen Sie auch",
            "Leggi anche",
            "Share this:",
        ] {
            assert!(is_listed(l), "{l}");
        }
        for l in [
            "Role of Algeria",
            "Read the full statement of the ministry below, which was published today in Algiers.",
            "Les discussions ont porté sur la coopération.",
            "Россия и Алжир",
            "الجزائر وروسيا",
            "The reader also noted that home prices rose.",
        ] {
            assert!(!is_listed(l), "{l}");
        }
    }

    #[test]
    fn related_headings_naming_the_outlet() {
        for l in [
            "More from The Nairobi Standard",
            "Autres articles de Jeune Tribune",
            "Ещё от «Северного курьера»",
            "المزيد من الشروق",
        ] {
            assert!(is_related_heading(l), "{l}");
        }
        for l in [
            "More from the minister's speech",
            "More from Moscow and Beijing than from the whole of Europe combined",
            "Autres articles de presse",
        ] {
            assert!(!is_related_heading(l), "{l}");
        }
    }

    #[test]
    fn repeated_short_lines_need_three_files() {
        let a = "Title A\nFollow us on Telegram\nBody a.";
        let b = "Title B\nFollow us on Telegram\nBody b.";
        let c = "Title C\nfollow us on telegram:\nBody c.";
        let two = LineStats::from_texts([a, b]);
        assert!(!two.is_repeated("Follow us on Telegram"));
        let three = LineStats::from_texts([a, b, c]);
        assert!(three.is_repeated("Follow us on Telegram"));
        assert!(!three.is_repeated("Title A"));
    }
}
