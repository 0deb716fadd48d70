//! Round trips a keystroke waits for on a cold split site, counted: the
//! benchmark's queries typed letter by letter, as the app did before fetching
//! ahead (each view fetches what it lacks), with the blocks of the word being
//! typed fetched between keys, and with the idle warm-up too. Counting, not
//! timing: a round trip costs 20–100 ms on a real visit. Also which word of
//! the search text is being typed.

use crate::bundle::Bundle;
use crate::search::{typed_word, Engine, Need, WARM_UP_BUDGET};
use crate::split::Split;
use crate::split_tests::{fresh, part};
use crate::synth::{bench_corpus, BENCH_QUERIES};
use crate::view::ViewState;

/// How the page fetches ahead.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Ahead {
    Nothing,
    Typing,
    TypingAndWarmUp,
}

/// Round trips waited for, over every keystroke: `(postings, texts)` (the
/// list waits for the first, its snippets for the second), and keystrokes.
fn type_queries(split: &Split, ahead: Ahead) -> (usize, usize, usize) {
    let (mut postings, mut texts, mut keys) = (0, 0, 0);
    for (q, _, _) in BENCH_QUERIES {
        let first: Bundle = fresh(split);
        let engine = Engine::new(&first.corpus, &first.index);
        let load = |needs: &[Need]| {
            for &n in needs {
                first.fill(n, part(split, n)).unwrap();
            }
        };
        // The first view, then the warm-up once it is painted.
        let state = ViewState::default();
        load(&engine.run(&state).pending_snippets);
        if ahead == Ahead::TypingAndWarmUp {
            load(&first.index.warm_up_plan(WARM_UP_BUDGET));
        }
        let mut text = String::new();
        for c in q.chars() {
            text.push(c);
            keys += 1;
            let state = ViewState {
                q: text.clone(),
                ..ViewState::default()
            };
            let mut r = engine.run(&state);
            while !r.pending.is_empty() {
                postings += 1;
                load(&r.pending);
                r = engine.run(&state);
            }
            if !r.pending_snippets.is_empty() {
                texts += 1;
                load(&r.pending_snippets);
            }
            // What the word will need, fetched before the next key (its word
            // blocks, then the term blocks they name).
            if ahead != Ahead::Nothing {
                while let Some(needs) = typed_word(&text)
                    .map(|w| first.index.typing_needs(&w))
                    .filter(|n| !n.is_empty())
                {
                    load(&needs);
                }
            }
        }
    }
    (postings, texts, keys)
}

#[test]
fn fetching_ahead_spares_keystrokes_their_round_trips() {
    let split = Bundle::new(bench_corpus(1500, 5), Vec::new()).split();
    let before = type_queries(&split, Ahead::Nothing);
    let typing = type_queries(&split, Ahead::Typing);
    let warm = type_queries(&split, Ahead::TypingAndWarmUp);
    println!("postings round trips, text round trips, keys: before {before:?}, typing ahead {typing:?}, with warm-up {warm:?}");
    assert_eq!(before.2, typing.2);
    // Typing ahead spares the keys after a word's first letters (measured:
    // 47 → 34 of 256 keys); the first view of a word still waits for its
    // blocks. The warm-up holds this dossier's whole index: no key waits.
    assert!(typing.0 < before.0, "typing ahead: {typing:?} vs {before:?}");
    assert_eq!(warm.0, 0, "warm-up: {warm:?}");
    // Snippet texts never hold the list (it paints first); they are counted
    // alike whatever is fetched ahead, since index parts carry no text.
    assert_eq!((typing.1, warm.1), (before.1, before.1));
}

#[test]
fn the_typed_word_is_the_last_bare_word_still_being_typed() {
    assert_eq!(typed_word("gas Лавр").as_deref(), Some("лавр"));
    assert_eq!(typed_word("title:Négo").as_deref(), Some("nego"));
    assert_eq!(typed_word("gas OR pipe").as_deref(), Some("pipe"));
    assert_eq!(typed_word("gas "), None);
    assert_eq!(typed_word("\"gas pipe\""), None);
    assert_eq!(typed_word("gas П").as_deref(), Some("п"));
    assert_eq!(typed_word("gas -"), None);
    assert_eq!(typed_word("والحكو").as_deref(), Some("والحكو"));
}
