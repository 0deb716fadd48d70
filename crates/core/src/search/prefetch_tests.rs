//! The parts named ahead of a view, checked against brute force: for words
//! typed letter by letter in English, French, Russian and Arabic, the blocks
//! named are exactly those the word's completions need (every one of them,
//! nothing else), and a finished word then runs without a fetch.

use super::prefetch::MAX_TYPING_COMPLETIONS;
use super::typo::TypoIndex;
use super::{Engine, Index, Need, TermBlock};
use crate::model::Corpus;
use crate::search::parts::{Lazy, WordBlock};
use crate::synth::{bench_corpus, Rng};
use crate::text::{has_stemmer, is_stop_word, stem};
use crate::view::ViewState;
use std::collections::BTreeSet;

/// Syllables and endings of made-up words per language: the endings are
/// ones each stemmer strips or rewrites, and the Arabic words take the
/// article and conjunction prefixes the Arabic stemmer removes.
/// A language's code, then its syllables, endings and prefixes.
type Makings = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

const MAKINGS: &[Makings] = &[
    (
        "en",
        &["ba", "tor", "ne", "gri", "lo", "stan", "pe", "vy"],
        &["", "ing", "ed", "ation", "ies", "y", "s", "ness"],
        &[""],
    ),
    (
        "fr",
        &["ré", "mon", "ta", "gè", "pli", "cou", "vé", "na"],
        &["", "ement", "ation", "és", "er", "euse", "aux"],
        &[""],
    ),
    (
        "ru",
        &["ка", "ров", "ни", "сто", "мел", "да", "пу", "жи"],
        &["", "ами", "ого", "ость", "ировать", "ся", "ей"],
        &[""],
    ),
    (
        "ar",
        &["كت", "سل", "مر", "حد", "نا", "قو", "عب", "تي"],
        &["", "ات", "ون", "ية", "ها"],
        &["", "ال", "وال", "بال"],
    ),
];

/// A corpus of synthetic articles whose texts also carry made-up words of
/// their language (so prefixes share many completions across blocks), and
/// its index cut into small blocks so that a prefix straddles several.
pub(super) fn fixture() -> (Corpus, Index) {
    let mut corpus = bench_corpus(160, 7);
    let mut rng = Rng::new(3);
    for a in &mut corpus.articles {
        let (_, syllables, endings, prefixes) =
            MAKINGS.iter().find(|m| m.0 == a.lang).expect("four languages");
        let words: Vec<String> = (0..30)
            .map(|_| {
                let stem: String = (0..1 + rng.below(3)).map(|_| *rng.pick(syllables)).collect();
                format!("{}{stem}{}", rng.pick(prefixes), rng.pick(endings))
            })
            .collect();
        a.body = format!("{}\n\n{}.", a.body, words.join(" "));
    }
    let mut index = Index::build(&corpus);
    reblock(&mut index, 40, 48, 24);
    (corpus, index)
}

/// Cuts `index`'s term, word and typo blocks again, smaller.
fn reblock(index: &mut Index, terms: usize, words: usize, typos: usize) {
    let all: Vec<TermBlock> = index.blocks.iter_mut().map(|b| b.take().unwrap()).collect();
    let (mut ts, mut ps, mut ss) = (Vec::new(), Vec::new(), Vec::new());
    for b in all {
        ts.extend(b.terms);
        ps.extend(b.postings);
        ss.extend(b.surfaces);
    }
    index.term_starts = (0..ts.len())
        .step_by(terms)
        .map(|i| (ts[i].clone(), i as u32))
        .collect();
    index.blocks = (0..ts.len())
        .step_by(terms)
        .map(|i| {
            let end = (i + terms).min(ts.len());
            Lazy::loaded(TermBlock {
                terms: ts[i..end].to_vec(),
                postings: ps[i..end].to_vec(),
                surfaces: ss[i..end].to_vec(),
            })
        })
        .collect();
    let ws: Vec<(String, u32)> = index
        .word_blocks
        .iter()
        .flat_map(|b| b.get().unwrap().words.clone())
        .collect();
    index.word_starts = ws.chunks(words).map(|c| c[0].0.clone()).collect();
    index.word_blocks = ws
        .chunks(words)
        .map(|c| Lazy::loaded(WordBlock { words: c.to_vec() }))
        .collect();
    let typo_words: Vec<(String, u32)> = index
        .typos
        .blocks
        .iter()
        .flat_map(|b| b.get().unwrap().words.clone())
        .collect();
    index.typos = TypoIndex::build_in_blocks(typo_words, typos, 1);
}

/// `whole` with every term, word and typo block unloaded, as a page starts.
pub(super) fn emptied(whole: &Index) -> Index {
    let mut lazy = whole.clone();
    lazy.blocks.iter_mut().for_each(|b| drop(b.take()));
    lazy.word_blocks.iter_mut().for_each(|b| drop(b.take()));
    lazy.typos.blocks.iter_mut().for_each(|b| drop(b.take()));
    lazy
}

/// Loads the parts `needs` of `whole` into `lazy`.
pub(super) fn load(lazy: &Index, whole: &Index, needs: &[Need]) {
    for &n in needs {
        match n {
            Need::Terms(i) => lazy.blocks[i].fill(whole.blocks[i].get().unwrap().clone()),
            Need::Words(i) => lazy.word_blocks[i].fill(whole.word_blocks[i].get().unwrap().clone()),
            Need::Typos(i) => lazy.typos.blocks[i].fill(whole.typos.blocks[i].get().unwrap().clone()),
            Need::Bodies(_) | Need::Cards(_) | Need::Leads(_) | Need::Ids(_) => {
                unreachable!("articles are whole in the corpus")
            }
            Need::Positions(_) => unreachable!("the postings hold their positions"),
        }
    }
}

/// Brute force: the term blocks the engine reads for word `w`, by a linear
/// scan of the block starts.
fn blocks_read(whole: &Index, w: &str, id: Option<u32>, out: &mut BTreeSet<Need>) {
    let block_of = |term: &str| {
        whole
            .term_starts
            .iter()
            .rposition(|(first, _)| first.as_str() <= term)
    };
    for lang in whole.langs.iter().filter(|l| !is_stop_word(w, l)) {
        let term = if has_stemmer(lang) {
            stem(w, lang)
        } else {
            w.to_string()
        };
        out.extend(block_of(&term).map(Need::Terms));
    }
    if let Some(id) = id {
        out.extend(
            whole
                .term_starts
                .iter()
                .rposition(|&(_, first)| first <= id)
                .map(Need::Terms),
        );
    }
}

#[test]
fn a_typed_word_names_exactly_the_blocks_its_completions_need() {
    let (corpus, whole) = fixture();
    let vocab: Vec<(String, u32)> = whole
        .word_blocks
        .iter()
        .flat_map(|b| b.get().unwrap().words.clone())
        .collect();
    let engine = Engine::new(&corpus, &whole);
    let (mut checked, mut runs) = ([0usize; 3], 0);
    for (k, (word, _)) in vocab.iter().enumerate().filter(|(k, _)| k % 17 == 0) {
        // Folding drops accents: French and English words are both Latin.
        let script = match word.chars().next() {
            Some('\u{0400}'..='\u{04FF}') => 1,
            Some('\u{0600}'..='\u{06FF}') => 2,
            _ => 0,
        };
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        for &(cut, _) in chars.iter().skip(2) {
            let typed = &word[..cut];
            let completions: Vec<&(String, u32)> =
                vocab.iter().filter(|(w, _)| w.starts_with(typed)).collect();
            let lazy = emptied(&whole);
            // Before the word blocks: they are named, with every block a term
            // starting with the letters typed is in (the guess).
            let first = lazy.typing_needs(typed);
            for (w, _) in &completions {
                let b = whole
                    .word_starts
                    .iter()
                    .rposition(|s| s.as_str() <= w.as_str())
                    .unwrap_or(0);
                assert!(first.contains(&Need::Words(b)), "{typed}: word block of {w}");
            }
            for (b, block) in whole.blocks.iter().enumerate() {
                if block.get().unwrap().terms.iter().any(|t| t.starts_with(typed)) {
                    assert!(
                        first.contains(&Need::Terms(b)),
                        "{typed}: block {b} has a term starting with it"
                    );
                }
            }
            load(&lazy, &whole, &first);
            let named: BTreeSet<Need> = lazy.typing_parts(typed).into_iter().collect();
            if completions.len() > MAX_TYPING_COMPLETIONS {
                assert_eq!(lazy.starts_too_many(typed), Some(true), "{typed}");
            }
            if lazy.starts_too_many(typed) == Some(true) {
                // Left out of the query until a letter more: no completion's block is named.
                continue;
            }
            let mut expected = BTreeSet::new();
            blocks_read(&whole, typed, None, &mut expected);
            for (w, id) in &completions {
                blocks_read(&whole, w, Some(*id), &mut expected);
            }
            let named_terms: BTreeSet<Need> = named
                .iter()
                .copied()
                .filter(|n| matches!(n, Need::Terms(_)))
                .collect();
            assert_eq!(
                named_terms, expected,
                "{typed}: term blocks named vs read by its completions"
            );
            checked[script] += 1;
            // Every completion then answers without a fetch (typo blocks
            // loaded too: a word in under three articles also looks up its
            // close spellings, whose blocks no prefix can tell).
            load(&lazy, &whole, &lazy.typing_needs(typed));
            let all_typos: Vec<Need> = (0..whole.typos.blocks.len()).map(Need::Typos).collect();
            load(&lazy, &whole, &all_typos);
            let lazy_engine = Engine::new(&corpus, &lazy);
            for (w, _) in completions.iter().skip(k % 3).step_by(5).take(3) {
                let state = ViewState {
                    q: w.clone(),
                    ..ViewState::default()
                };
                if engine.run(&state).corrections.is_empty() {
                    assert_eq!(lazy_engine.run(&state).pending, vec![], "{typed} → {w}");
                    runs += 1;
                }
            }
        }
    }
    assert!(
        checked.iter().all(|&n| n >= 20),
        "prefixes checked per script (Latin, Cyrillic, Arabic): {checked:?}"
    );
    assert!(runs >= 100, "{runs} finished words run");
}

#[test]
fn a_word_nothing_else_starts_with_names_the_typo_blocks_of_its_next_letter() {
    let (_, whole) = fixture();
    let vocab: Vec<String> = whole
        .word_blocks
        .iter()
        .flat_map(|b| b.get().unwrap().words.clone())
        .map(|(w, _)| w)
        .collect();
    // Per script, words of the corpus no longer word starts with, and one
    // that is not in the corpus at all.
    let mut typed: Vec<String> = ["batorgrizq", "ровнижищъ", "monplicouq", "والكتسلقظ"]
        .map(String::from)
        .to_vec();
    for script in ['b', 'р', 'm', 'ك'] {
        typed.extend(
            vocab
                .iter()
                .filter(|w| w.chars().count() >= 4 && w.contains(script))
                .filter(|w| !vocab.iter().any(|v| v != *w && v.starts_with(w.as_str())))
                .take(3)
                .cloned(),
        );
    }
    assert!(typed.len() >= 14, "{typed:?}");
    let mut looked_up = 0;
    for typed in &typed {
        let lazy = emptied(&whole);
        load(&lazy, &whole, &lazy.typing_needs(typed));
        let named = lazy.typing_parts(typed);
        for next in ['a', 'e', 'и', 'ة'] {
            let longer = format!("{typed}{next}");
            if let Err(needs) = emptied(&whole).typos.candidates(&longer) {
                assert!(
                    needs.iter().all(|n| named.contains(n)),
                    "{longer}: {needs:?} vs {named:?}"
                );
                looked_up += 1;
            }
        }
    }
    assert_eq!(
        looked_up,
        typed.len() * 4,
        "every longer word has typo blocks to fetch"
    );
}
