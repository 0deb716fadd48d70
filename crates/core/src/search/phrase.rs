//! Phrases: matched from token positions in the postings (Lucene-style), and
//! their spans in a text for the highlighter.

use super::engine::Engine;
use super::index::{Postings, FIELD_GAP};
use super::parts::Need;
use super::scoring::{DocScores, Field};
use super::sort::sort_by;
use crate::text::{is_stop_word, stem, stem_alternatives, Token};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// Score multiplier of a phrase over its words.
const PHRASE_BOOST: f32 = 1.5;

impl Engine<'_> {
    /// Articles where the phrase's words occur at consecutive positions (a stop
    /// word of the article's language stands for any one word), matched by
    /// their stems in each language, within the title or within the body; scored
    /// as the sum of the words' scores, boosted.
    pub(super) fn eval_phrase(&self, words: &[String]) -> DocScores {
        self.eval_phrase_in(words, Field::Any)
    }

    /// [`Engine::eval_phrase`] in `field`: in titles only, the phrase's rarest
    /// word must be at one of its title positions (the first `tt` of the
    /// doc's positions; a match never spans title and body, so the rest is too).
    pub(super) fn eval_phrase_in(&self, words: &[String], field: Field) -> DocScores {
        let mut out = DocScores::default();
        for (li, lang) in self.index.langs.iter().enumerate() {
            let words = trim_stop_words(words, lang);
            if stop_run(words, lang) + 1 >= FIELD_GAP as usize {
                continue; // could reach from a title into its body
            }
            // (offset in the phrase, postings, positions) of each indexed word.
            let mut terms: Vec<(u32, &Postings, &[u8])> = Vec::new();
            let mut complete = true;
            for (i, w) in words.iter().enumerate() {
                if is_stop_word(w, lang) {
                    continue;
                }
                let found = self
                    .word_term(w, lang)
                    .and_then(|id| id.map(|id| self.index.postings_with_positions(id)).transpose());
                match found {
                    Ok(Some((p, at))) => terms.push((i as u32, p, at)),
                    Ok(None) => complete = false,
                    Err(need) => {
                        // Every missing part at once: one round trip (a
                        // block's positions with the block).
                        match need {
                            Need::Terms(b) => self.index.phrase_parts(b).for_each(|n| self.need(n)),
                            need => self.need(need),
                        }
                        complete = false;
                    }
                }
            }
            if !complete {
                continue; // a word no article of this language has, or not loaded
            }
            if terms.is_empty() {
                // Stop words only: like a stop word alone.
                for &d in &self.docs_by_lang[li] {
                    out.entry(d).or_insert(0.0);
                }
                continue;
            }
            sort_by(&mut terms, |a, b| a.1.df().cmp(&b.1.df()));
            let in_lang = |d: u32| (d as usize) < self.n() && self.index.docs[d as usize].lang == li as u16;
            // Phrase starts still possible in each doc, from the rarest word.
            let (o0, p0, at0) = terms[0];
            let mut starts: FxHashMap<u32, (Vec<u32>, f32)> = FxHashMap::default();
            let scores = |p: &Postings| {
                let mut s = DocScores::default();
                self.postings_scores_in(p, &mut s, Some(li as u16), field);
                s
            };
            let first_scores = scores(p0);
            let title_counts: Vec<u32> = p0.iter().map(|(_, tt, _)| tt).collect();
            let mut k = 0;
            p0.for_each_positions_in(at0, |d, pos| {
                let in_title = title_counts.get(k).copied().unwrap_or(0) as usize;
                k += 1;
                let pos = if field == Field::Title {
                    &pos[..in_title.min(pos.len())]
                } else {
                    pos
                };
                if in_lang(d) {
                    let st: Vec<u32> = pos.iter().filter(|&&x| x >= o0).map(|&x| x - o0).collect();
                    if !st.is_empty() {
                        starts.insert(d, (st, first_scores.get(&d).copied().unwrap_or(0.0)));
                    }
                }
            });
            for &(o, p, at) in &terms[1..] {
                if starts.is_empty() {
                    break;
                }
                let word_scores = scores(p);
                let mut kept: FxHashMap<u32, (Vec<u32>, f32)> = FxHashMap::default();
                p.for_each_positions_in(at, |d, pos| {
                    if let Some((st, score)) = starts.remove(&d) {
                        let st: Vec<u32> = st
                            .into_iter()
                            .filter(|s| pos.binary_search(&(s + o)).is_ok())
                            .collect();
                        if !st.is_empty() {
                            kept.insert(d, (st, score + word_scores.get(&d).copied().unwrap_or(0.0)));
                        }
                    }
                });
                starts = kept;
            }
            for (d, (_, score)) in starts {
                out.insert(d, score * PHRASE_BOOST);
            }
        }
        out
    }
}

/// The phrase without its leading and trailing stop words of `lang` (they
/// would hold places outside the field, or in the gap after a title).
pub(super) fn trim_stop_words<'w>(words: &'w [String], lang: &str) -> &'w [String] {
    let start = words
        .iter()
        .position(|w| !is_stop_word(w, lang))
        .unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !is_stop_word(w, lang))
        .map_or(start, |i| i + 1);
    &words[start..end]
}

/// The longest run of consecutive stop words of `lang` in `words`.
pub(super) fn stop_run(words: &[String], lang: &str) -> usize {
    let (mut run, mut longest) = (0, 0);
    for w in words {
        run = if is_stop_word(w, lang) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Byte ranges where `phrase` occurs in `tokens` of a text in `lang`, as
/// [`Engine::eval_phrase`] matches it: same stems at consecutive tokens, a
/// stop word of the phrase standing for any token.
pub(super) fn phrase_spans(tokens: &[Token], phrase: &[String], lang: &str) -> Vec<(usize, usize)> {
    let phrase = trim_stop_words(phrase, lang);
    let n = phrase.len();
    if n == 0 || tokens.len() < n {
        return Vec::new(); // nothing to mark for stop words alone
    }
    let want: Vec<Option<String>> = phrase
        .iter()
        .map(|w| (!is_stop_word(w, lang)).then(|| stem(w, lang)))
        .collect();
    // Every stem a token is indexed under (none for a stop word).
    let mut stems: HashMap<&str, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for i in 0..=tokens.len() - n {
        let hit = want.iter().enumerate().all(|(j, w)| match w {
            None => true,
            Some(w) => {
                let t = tokens[i + j].term.as_str();
                let s = stems.entry(t).or_insert_with(|| {
                    if is_stop_word(t, lang) {
                        return Vec::new();
                    }
                    let mut v = vec![stem(t, lang)];
                    v.extend(stem_alternatives(t, lang));
                    v
                });
                s.contains(w)
            }
        });
        if hit {
            out.push((tokens[i].start, tokens[i + n - 1].end));
        }
    }
    out
}
