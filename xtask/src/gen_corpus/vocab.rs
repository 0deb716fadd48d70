//! A language's vocabulary of thousands of word forms (real words plus
//! generated inflections) and a Zipf–Mandelbrot sampler over it, so index size
//! and posting-list lengths behave like real text.

use super::lexicon::Lexicon;
use dossier_core::synth::Rng;
use std::collections::HashSet;

/// Zipf–Mandelbrot parameters: weight of rank r is 1 / (r + Q)^S.
const S: f64 = 1.05;
const Q: f64 = 2.7;
/// Inflected forms combining a prefix and a suffix, per content word.
const COMBINED_PER_WORD: usize = 4;

/// Word forms ranked by frequency, and their cumulative weights.
pub struct Vocab {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocab {
    /// The vocabulary of `lex`; it is the same for every corpus seed.
    pub fn new(lex: &Lexicon) -> Vocab {
        let mut rng = Rng::new(0x5EED ^ lex.code.len() as u64 ^ fnv(lex.code));
        let mut seen = HashSet::new();
        let mut words: Vec<String> = Vec::new();
        let mut push = |w: String, words: &mut Vec<String>| {
            if !w.is_empty() && seen.insert(w.clone()) {
                words.push(w);
            }
        };
        for w in lex.function.split_whitespace() {
            push(w.to_string(), &mut words);
        }
        let mut content: Vec<&str> = lex.content.split_whitespace().collect();
        shuffle(&mut content, &mut rng);
        for w in &content {
            push(w.to_string(), &mut words);
        }
        let suffixes: Vec<&str> = lex.suffixes.split_whitespace().collect();
        let prefixes: Vec<&str> = lex.prefixes.split_whitespace().collect();
        let mut forms = Vec::new();
        for w in &content {
            forms.extend(suffixes.iter().map(|s| inflect(w, s)));
            forms.extend(prefixes.iter().map(|p| format!("{p}{w}")));
            if !prefixes.is_empty() {
                for _ in 0..COMBINED_PER_WORD {
                    let p = *rng.pick(&prefixes);
                    let s = *rng.pick(&suffixes);
                    forms.push(format!("{p}{}", inflect(w, s)));
                }
            }
        }
        shuffle(&mut forms, &mut rng);
        for f in forms {
            push(f, &mut words);
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|r| {
                total += 1.0 / (r as f64 + Q).powf(S);
                total
            })
            .collect();
        Vocab { words, cumulative }
    }

    /// How many distinct forms there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// One word drawn with Zipf-like frequency.
    pub fn sample(&self, rng: &mut Rng) -> &str {
        let total = *self.cumulative.last().unwrap_or(&1.0);
        let x = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.words[i.min(self.words.len() - 1)]
    }

    /// A word from the content part of the vocabulary (for titles).
    pub fn content_word(&self, rng: &mut Rng, skip: usize) -> &str {
        let i = skip + rng.below(self.words.len().saturating_sub(skip).min(600));
        &self.words[i.min(self.words.len() - 1)]
    }
}

/// `word` + `suffix`; a suffix written `-x` first drops one final vowel of the word.
pub fn inflect(word: &str, suffix: &str) -> String {
    match suffix.strip_prefix('-') {
        Some(s) => {
            let stem = word
                .strip_suffix(|c: char| "aeiouyéаяоеыийь".contains(c))
                .unwrap_or(word);
            format!("{stem}{s}")
        }
        None => format!("{word}{suffix}"),
    }
}

/// Fisher–Yates with the shared PRNG.
pub fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

fn fnv(s: &str) -> u64 {
    dossier_core::hash::fnv1a(s.as_bytes())
}
