//! A list that waits only for the cards in reach: its hits are the whole
//! list's first ones, as far as cards are loaded, and it names the card
//! chunks the rest wait for, checked against brute force, and the text
//! chunks their snippets will need.

use crate::bundle::Bundle;
use crate::search::{Engine, Hit, Need};
use crate::split_tests::{fresh, part, views};
use crate::synth::bench_corpus;
use crate::view::ViewState;

/// An entry's articles: the hit's own, or its story's.
fn members(hit: &Hit) -> Vec<usize> {
    hit.story.as_ref().map_or(vec![hit.doc], |s| s.docs.clone())
}

#[test]
fn a_list_waits_for_the_cards_in_reach_and_names_the_rest() {
    let whole = Bundle::new(bench_corpus(1500, 5), Vec::new());
    let complete = Engine::new(&whole.corpus, &whole.index);
    let split = whole.clone().split();
    let (mut partial_lists, mut cards_by_reach) = (0, [0usize; 5]);
    for state in views() {
        let expected = complete.run(&state);
        for (r, reach) in [0, 1, 3, 8, 20].into_iter().enumerate() {
            let first = fresh(&split);
            let engine = Engine::new(&first.corpus, &first.index);
            let cards = std::cell::Cell::new(0);
            let load = |needs: &[Need]| {
                for &need in needs {
                    cards.set(
                        cards.get() + usize::from(matches!(need, Need::Cards(_)) && first.index.lacks(need)),
                    );
                    first.fill(need, part(&split, need)).unwrap();
                }
            };
            let run = || engine.run_page_reaching(&state, 0, 20, reach);
            let mut got = run();
            while !got.pending.is_empty() {
                load(&got.pending);
                load(&got.pending_snippets);
                got = run();
            }
            let listed_texts = got.pending_snippets.clone();
            load(&listed_texts);
            engine.fill_snippets(&state, &mut got);
            cards_by_reach[r] += cards.get();
            let q = state.to_query_string();

            // Brute force: the whole list's hits while their cards are loaded...
            let loaded = |d: &usize| engine.article(*d).is_ok();
            let listed = (expected.hits.iter())
                .take_while(|h| members(h).iter().all(loaded))
                .count();
            assert_eq!(got.hits, expected.hits[..listed], "{q} reach {reach}");
            assert!(
                listed >= reach.min(expected.hits.len()),
                "{q}: {listed} listed, reach {reach}"
            );
            // ... and, for the others, each missing chunk at its first entry.
            let mut unlisted: Vec<(usize, Need)> = Vec::new();
            for (at, hit) in expected.hits.iter().enumerate().skip(listed) {
                for d in members(hit).into_iter().filter(|d| !loaded(d)) {
                    let need = engine.article(d).unwrap_err();
                    if unlisted.iter().all(|&(_, n)| n != need) {
                        unlisted.push((at, need));
                    }
                }
            }
            assert_eq!(got.unlisted_cards, unlisted, "{q} reach {reach}");
            assert!(got.unlisted_cards_within(reach).is_empty());
            // The texts named for them: each one an unlisted entry's own
            // body or lead chunk, lacking when the list ran, named once.
            for &(at, need) in &got.unlisted_texts {
                let doc = expected.hits[at].doc;
                let holders = [
                    first.index.bodies.as_ref().and_then(|b| b.holding(doc)),
                    first.index.leads.as_ref().and_then(|l| l.holding(doc)),
                ];
                assert!(
                    at >= listed && holders.contains(&Some(need)),
                    "{q}: {need:?} at {at}"
                );
                let lacked = first.index.lacks(need) || listed_texts.contains(&need);
                assert!(lacked, "{q}: {need:?} was in already");
            }
            let named: Vec<Need> = got.unlisted_texts_within(usize::MAX);
            assert!(
                named.iter().enumerate().all(|(i, n)| !named[..i].contains(n)),
                "{q}"
            );
            assert_eq!(got.total, expected.total);
            partial_lists += usize::from(!unlisted.is_empty());

            // A reader scrolling on: with those cards and texts in, the list
            // is whole and no snippet waits for anything more.
            load(&got.unlisted_cards_within(usize::MAX));
            load(&got.unlisted_texts_within(usize::MAX));
            engine.fill_snippets(&state, &mut got);
            assert!(got.unlisted_texts.is_empty(), "{q}: texts in, still wanted");
            let got = run();
            assert!(got.pending_snippets.is_empty(), "{q}: {:?}", got.pending_snippets);
            assert!(got.unlisted_cards.is_empty() && got.pending.is_empty(), "{q}");
            assert_eq!(got.hits, expected.hits, "{q} reach {reach} scrolled");
        }
    }
    assert!(
        partial_lists >= 10,
        "only {partial_lists} lists waited for cards past their reach"
    );
    // Fewer cards in reach, fewer chunks fetched before the list shows.
    assert!(
        cards_by_reach.windows(2).all(|w| w[0] <= w[1]),
        "{cards_by_reach:?}"
    );
    assert!(cards_by_reach[2] * 2 <= cards_by_reach[4], "{cards_by_reach:?}");
}

#[test]
fn a_whole_page_run_waits_for_every_card_as_before() {
    let whole = Bundle::new(bench_corpus(600, 9), Vec::new());
    let split = whole.clone().split();
    let first = fresh(&split);
    let engine = Engine::new(&first.corpus, &first.index);
    let state = ViewState::parse("q=gas").0;
    let mut got = engine.run(&state);
    while !got.pending.is_empty() {
        assert!(got.hits.is_empty());
        for &need in &got.pending {
            first.fill(need, part(&split, need)).unwrap();
        }
        got = engine.run(&state);
    }
    assert!(got.unlisted_cards.is_empty() && !got.hits.is_empty());
}
