//! Token positions shipped apart from their term blocks: a site's word
//! queries never fetch them, and a phrase asks for each of its blocks'
//! positions with the block itself (one round trip), then answers exactly as
//! the whole index, in every language.

use crate::bundle::Bundle;
use crate::search::{Engine, Need};
use crate::split_tests::{fresh, part, run_lazily};
use crate::synth::bench_corpus;
use crate::view::ViewState;

/// Phrases taken from the corpus's own bodies: words 4 to 5 and 8 to 10 of
/// the first article in each language (so each matches something), the
/// longer one beside a word.
fn phrases(corpus: &crate::model::Corpus) -> Vec<String> {
    let mut out = Vec::new();
    for lang in ["en", "fr", "ar", "ru"] {
        let a = corpus
            .articles
            .iter()
            .find(|a| a.lang == lang)
            .expect("every language");
        let words: Vec<&str> = a
            .body
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        out.push(format!("\"{}\"", words[3..5].join(" ")));
        out.push(format!("\"{}\" {}", words[7..10].join(" "), words[0]));
    }
    out.push("title:\"gas\"".to_string());
    out
}

fn view(q: &str) -> ViewState {
    ViewState::parse(&format!("q={}", crate::view::encode(q))).0
}

#[test]
fn a_phrase_fetches_its_positions_with_its_blocks_and_answers_as_the_whole_index() {
    let whole = Bundle::new(bench_corpus(600, 7), Vec::new());
    let split = whole.clone().split();
    assert_eq!(split.positions.len(), split.terms.len());
    let engine = Engine::new(&whole.corpus, &whole.index);
    for q in &phrases(&whole.corpus) {
        let state = view(q);
        let expected = engine.run(&state);
        assert!(expected.total > 0, "{q}: the test phrase matches nothing");
        // The first run on a fresh page names the phrase's blocks' positions
        // with the blocks; once those are in, no run asks for positions again.
        let first = fresh(&split);
        let lazy = Engine::new(&first.corpus, &first.index);
        let pending = lazy.run(&state).pending;
        let positions: Vec<usize> = pending
            .iter()
            .filter_map(|n| {
                if let Need::Positions(b) = n {
                    Some(*b)
                } else {
                    None
                }
            })
            .collect();
        assert!(!positions.is_empty(), "{q}: {pending:?}");
        assert!(
            positions.iter().all(|&b| pending.contains(&Need::Terms(b))),
            "{q}: {pending:?}"
        );
        for &need in &pending {
            first.fill(need, part(&split, need)).unwrap();
        }
        let again = lazy.run(&state).pending;
        assert!(
            !again.iter().any(|n| matches!(n, Need::Positions(_))),
            "{q}: {again:?}"
        );
        let (got, loaded) = run_lazily(&fresh(&split), &split, &state);
        assert_eq!(got, expected, "{q}");
        assert!(loaded.iter().any(|n| matches!(n, Need::Positions(_))), "{q}");
    }
}

#[test]
fn words_never_fetch_positions() {
    let whole = Bundle::new(bench_corpus(600, 7), Vec::new());
    let split = whole.clone().split();
    let engine = Engine::new(&whole.corpus, &whole.index);
    for q in [
        "minister gas",
        "ministre",
        "وزير",
        "министр",
        "minis",
        "title:gas",
        "gas -pipeline",
    ] {
        let (got, loaded) = run_lazily(&fresh(&split), &split, &view(q));
        assert_eq!(got, engine.run(&view(q)), "{q}");
        assert!(
            !loaded.iter().any(|n| matches!(n, Need::Positions(_))),
            "{q}: {loaded:?}"
        );
    }
}

#[test]
fn a_block_without_its_positions_weighs_less_and_they_come_back_whole() {
    let whole = Bundle::new(bench_corpus(600, 7), Vec::new());
    let split = whole.clone().split();
    let first = fresh(&split);
    // Every block's positions, filled back, are the postings' own columns.
    for (b, block) in whole.index.blocks.iter().enumerate() {
        first
            .fill(Need::Positions(b), part(&split, Need::Positions(b)))
            .unwrap();
        first.fill(Need::Terms(b), part(&split, Need::Terms(b))).unwrap();
        let (full, apart) = (block.get().unwrap(), first.index.positions[b].get().unwrap());
        assert_eq!(apart.positions.len(), full.postings.len());
        for (p, at) in full.postings.iter().zip(&apart.positions) {
            assert_eq!(p.positions_bytes(), at.as_slice());
        }
        let shipped = first.index.blocks[b].get().unwrap();
        assert!(shipped.postings.iter().all(|p| p.positions_bytes().is_empty()));
        assert_eq!(shipped.terms, full.terms);
    }
    let gzip = |parts: &[Vec<u8>]| {
        parts
            .iter()
            .map(|p| miniz_oxide::deflate::compress_to_vec(p, 6).len())
            .sum::<usize>()
    };
    // Positions are most of what a block held (gzipped): words fetch the rest.
    assert!(
        gzip(&split.terms) < gzip(&split.positions),
        "{} {}",
        gzip(&split.terms),
        gzip(&split.positions)
    );
}
