//! The typo index against a brute-force reference (every word of the corpus
//! counted from its text, compared with the textbook distance), on realistic
//! English, French, Arabic and Russian reports and random misspellings of them.

use super::typo::{rank, Candidate, TypoIndex, MAX_TYPO_LETTERS, MIN_TYPO_LETTERS};
use super::typo_reports::reports;
use super::{Index, Need};
use crate::model::Corpus;
use crate::synth::bench_corpus;
use crate::synth::Rng;
use crate::text::{is_stop_word, tokenize};
use std::collections::{BTreeMap, BTreeSet};

/// Every indexed word with the number of articles containing it, counted
/// from the texts (not from the index).
fn word_articles(corpus: &Corpus) -> BTreeMap<String, u32> {
    let mut out = BTreeMap::new();
    for a in &corpus.articles {
        let words: BTreeSet<String> = tokenize(&format!("{}\n{}", a.title, a.body))
            .into_iter()
            .map(|t| t.term)
            .filter(|t| !is_stop_word(t, &a.lang))
            .collect();
        for w in words {
            *out.entry(w).or_insert(0) += 1;
        }
    }
    out
}

/// The rules of [`super::typo`] applied by scanning every word with the
/// full-matrix distance.
fn brute_force(words: &BTreeMap<String, u32>, typed: &str, min_articles: u32) -> (Vec<Candidate>, u32) {
    let letters = |w: &str| w.chars().count();
    let eligible = |w: &str| {
        (MIN_TYPO_LETTERS..=MAX_TYPO_LETTERS).contains(&letters(w)) && !w.chars().any(char::is_numeric)
    };
    let key = |w: &str| w.strip_prefix("ال").unwrap_or(w).chars().next();
    if !eligible(typed) {
        return (Vec::new(), 0);
    }
    let edits = if letters(typed) >= 8 { 2 } else { 1 };
    let own = words.get(typed).copied().unwrap_or(0);
    let mut found: Vec<Candidate> = words
        .iter()
        .filter(|(w, &n)| eligible(w) && key(w) == key(typed) && n > own && n >= min_articles && *w != typed)
        .filter_map(|(w, &n)| {
            let d = super::typo_distance::tests::osa_reference(typed, w);
            (d <= edits).then(|| Candidate {
                word: w.clone(),
                distance: d as u8,
                articles: n,
            })
        })
        .collect();
    rank(&mut found);
    (found, if own >= min_articles { own } else { 0 })
}

/// One random edit of `word` (insertion, deletion, substitution or
/// transposition), with letters of its own script.
fn misspell(rng: &mut Rng, word: &str) -> String {
    let mut w: Vec<char> = word.chars().collect();
    let letters = w.clone();
    let i = rng.below(w.len().max(1));
    match rng.below(4) {
        0 => w.insert(i, *rng.pick(&letters)),
        1 if w.len() > 1 => {
            w.remove(i);
        }
        2 => w[i] = *rng.pick(&letters),
        _ if i + 1 < w.len() => w.swap(i, i + 1),
        _ => w.push(*rng.pick(&letters)),
    }
    w.into_iter().collect()
}

#[test]
fn the_index_finds_what_a_scan_of_every_word_finds() {
    let mut all = reports();
    all.articles.extend(bench_corpus(300, 21).articles);
    let words = word_articles(&all);
    let index = Index::build(&all);
    let tiny = TypoIndex::build_in_blocks(words.clone(), 2, 1);
    // As a dossier of 40,000 articles or more keeps them: words in two or more.
    let large = TypoIndex::build_in_blocks(words.clone(), 3, 2);
    assert!(tiny.blocks.len() > 100, "{}", tiny.blocks.len());
    let mut rng = Rng::new(5);
    let list: Vec<&String> = words.keys().collect();
    let mut checked = BTreeMap::<&str, (usize, usize)>::new();
    for round in 0..3000 {
        let word = *rng.pick(&list);
        let typed = match round % 3 {
            0 => word.clone(),
            1 => misspell(&mut rng, word),
            _ => {
                let once = misspell(&mut rng, word);
                misspell(&mut rng, &once)
            }
        };
        let want = brute_force(&words, &typed, 1);
        assert_eq!(index.typos.candidates(&typed).unwrap(), want, "{typed}");
        assert_eq!(tiny.candidates(&typed).unwrap(), want, "{typed} in tiny blocks");
        let want_large = brute_force(&words, &typed, 2);
        assert_eq!(large.candidates(&typed).unwrap(), want_large, "{typed} in twos");
        let script = match typed.chars().next() {
            Some('\u{0600}'..='\u{06FF}') => "arabic",
            Some('\u{0400}'..='\u{04FF}') => "cyrillic",
            _ => "latin",
        };
        let e = checked.entry(script).or_default();
        e.0 += 1;
        e.1 += usize::from(!want.0.is_empty());
    }
    // Each script was tried, and its misspellings found their words.
    for script in ["arabic", "cyrillic", "latin"] {
        let (tried, corrected) = checked[script];
        assert!(
            tried > 200 && corrected > tried / 4,
            "{script}: {tried} {corrected}"
        );
    }
}

#[test]
fn misspelt_names_find_the_press_spelling_in_every_script() {
    let index = Index::build(&reports());
    let best = |typed: &str| {
        let (found, _) = index.typos.candidates(&crate::text::fold(typed)).unwrap();
        found.first().map(|c| (c.word.clone(), c.distance))
    };
    assert_eq!(
        best("tebbune"),
        Some(("tebboune".into(), 1)),
        "in one article, Tebboune in four"
    );
    assert_eq!(
        best("tebboune"),
        None,
        "the common spelling never goes to a rare one"
    );
    assert_eq!(best("tebboun"), Some(("tebboune".into(), 1)));
    assert_eq!(best("lavorv"), Some(("lavrov".into(), 1)));
    assert_eq!(best("cooperaton"), Some(("cooperation".into(), 1)));
    assert_eq!(best("gazodcu"), Some(("gazoduc".into(), 1)));
    assert_eq!(best("transsaharein"), Some(("transsaharien".into(), 1)));
    assert_eq!(best("transaharein"), Some(("transsaharien".into(), 2)));
    assert_eq!(best("لافرف"), Some(("لافروف".into(), 1)));
    assert_eq!(best("الجزائير"), Some(("الجزاير".into(), 1)));
    assert_eq!(best("лавроф"), Some(("лавров".into(), 1)));
    assert_eq!(best("сотрудничесвто"), Some(("сотрудничество".into(), 1)));
    // Too short, a number, too far, another first letter: nothing.
    assert_eq!(best("lav"), None);
    assert_eq!(best("2024"), None);
    assert_eq!(best("lvarvo"), None);
    assert_eq!(best("kavrov"), None);
}

#[test]
fn a_word_fetches_only_the_blocks_of_its_letter_and_lengths() {
    let mut all = reports();
    all.articles.extend(bench_corpus(1000, 8).articles);
    let words = word_articles(&all);
    // Blocks of 4 words stand for a large dossier's blocks of 2,048.
    let typos = TypoIndex::build_in_blocks(words.clone(), 4, 1);
    assert!(typos.blocks.len() > 20, "{}", typos.blocks.len());
    let mut fetched = 0;
    let mut tried = 0;
    for (word, _) in words.iter().step_by(3) {
        let mut lazy = typos.clone();
        let held: Vec<_> = lazy.blocks.iter_mut().map(|b| b.take().unwrap()).collect();
        let Err(needs) = lazy.candidates(word) else {
            continue;
        };
        // Names what it lacks, and once given those answers as the whole index.
        for need in &needs {
            let Need::Typos(i) = *need else { panic!("{need:?}") };
            lazy.blocks[i].fill(held[i].clone());
        }
        assert_eq!(lazy.candidates(word), typos.candidates(word), "{word}");
        fetched += needs.len();
        tried += 1;
    }
    assert!(tried > 40, "{tried}");
    assert!(
        fetched * 8 < tried * typos.blocks.len(),
        "{fetched} blocks for {tried} words"
    );
    let (dir, blocks) = typos.bytes();
    assert!(dir > 0 && blocks > dir, "{dir} {blocks}");
}

#[test]
fn blocks_travel_front_coded_and_damage_is_named() {
    let index = Index::build(&reports());
    let block = index.typos.blocks[0].get().unwrap();
    let bytes = postcard::to_allocvec(block).unwrap();
    let plain: usize = block.words.iter().map(|(w, _)| w.len() + 2).sum();
    assert!(bytes.len() < plain, "{} of {plain}", bytes.len());
    assert_eq!(&postcard::from_bytes::<super::TypoBlock>(&bytes).unwrap(), block);
    // A word claiming more of its neighbour than there is.
    let bad = postcard::to_allocvec(&vec![(0u8, "abcd", 1u32), (9, "e", 1)]).unwrap();
    assert!(postcard::from_bytes::<super::TypoBlock>(&bad).is_err());
}

#[test]
fn large_dossiers_keep_only_words_in_several_articles() {
    use super::typo::min_articles;
    assert_eq!([5, 39_999, 40_000, 100_000].map(min_articles), [1, 1, 2, 5]);
}
