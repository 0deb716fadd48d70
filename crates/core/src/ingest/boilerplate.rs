//! Page boilerplate: a multilingual list of lines that are never article text,
//! plus short lines that recur across several files of the corpus.

use crate::text::fold;
use std::collections::{HashMap, HashSet};

/// Lines that are boilerplate on their own (compared after [`key`]).
const EXACT: &[&str] = &[
    "advertisement",
    "advertisements",
    "exit mobile version",
    "no comments",
    "post a comment",
    "newer post",
    "older post",
    "home",
    "share",
    "share this",
    "share this article",
    "tweet",
    "related",
    "related articles",
    "read more",
    "click here",
    "subscribe",
    "loading",
    "skip to content",
    "subscribe to post comments atom",
    "comments",
    "leave a comment",
    "print",
    "email",
    "publicité",
    "partager",
    "lire la suite",
    "commentaires",
    "s'abonner",
    "laisser un commentaire",
    "إعلان",
    "شارك",
    "اقرأ المزيد",
    "تعليقات",
    "реклама",
    "поделиться",
    "комментарии",
    "подписаться",
    "publicidad",
    "compartir",
    "comentarios",
    "werbung",
    "anzeige",
    "teilen",
    "kommentare",
    "pubblicità",
    "condividi",
    "commenti",
];

/// Line openings that mark a link to another article ("Read also: ...").
const PREFIXES: &[&str] = &[
    ">>",
    "read also",
    "also read",
    "see also",
    "read more:",
    "related:",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "lire également",
    "اقرأ أيضا",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "اقرأ أيضاً",
    "اقرا ايضا",
    "читайте также",
    "смотрите также",
    "читать также",
    "lee también",
    "leer también",
    "lea también",
    "lesen sie auch",
    "auch interessant",
    "leggi anche",
    "vedi anche",
];

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

/// Whether `line` is on the built-in boilerplate list.
pub fn is_listed(line: &str) -> bool {
    if line.chars().count() > MAX_LEN {
        return false;
    }
    let k = key(line);
    EXACT.iter().any(|e| key(e) == k) || PREFIXES.iter().any(|p| k.starts_with(&key(p)))
}

/// Short lines seen in several files of a corpus.
#[derive(Debug, Clone, Default)]
pub struct LineStats {
    files: HashMap<String, usize>,
}

/// A short line must occur in this many files to count as repeated boilerplate.
pub const MIN_FILES: usize = 3;
/// Lines longer than this (in characters) are never treated as repeated boilerplate.
pub const MAX_REPEATED_LEN: usize = 60;

impl LineStats {
    /// Counts, for each short line, how many of `texts` contain it.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut files = HashMap::new();
        for text in texts {
            let seen: HashSet<String> = text
                .lines()
                .filter(|l| (1..=MAX_REPEATED_LEN).contains(&l.trim().chars().count()))
                .map(key)
                .filter(|k| !k.is_empty())
                .collect();
            for k in seen {
                *files.entry(k).or_insert(0) += 1;
            }
        }
        LineStats { files }
    }

    /// Whether `line` is short and recurs in at least [`MIN_FILES`] files.
    pub fn is_repeated(&self, line: &str) -> bool {
        line.trim().chars().count() <= MAX_REPEATED_LEN
            && self.files.get(&key(line)).is_some_and(|&n| n >= MIN_FILES)
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
