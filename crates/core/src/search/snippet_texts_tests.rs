//! The texts wanted for the first hits of a page, against the brute force:
//! each of those hits' body chunks (lead chunks, for a list that searches no
//! words), loaded one by one until they are in.

use crate::bundle::Bundle;
use crate::search::{Engine, Need};
use crate::split_tests::{fresh, part};
use crate::synth::{bench_corpus, BENCH_QUERIES};
use crate::view::ViewState;

#[test]
fn the_first_hits_want_their_own_texts_and_no_other() {
    let whole = Bundle::new(bench_corpus(1500, 6), Vec::new());
    let complete = Engine::new(&whole.corpus, &whole.index);
    let split = whole.clone().split();
    let (mut partial, mut leads) = (0, 0);
    let searched = BENCH_QUERIES
        .iter()
        .map(|(q, _, _)| (format!("q={}", crate::view::encode(q)), true));
    let filtered = ["sort=oldest", "lang=fr&sort=oldest", "topic=energy"].map(|v| (v.to_string(), false));
    for (q, words) in searched.chain(filtered) {
        let state = ViewState::parse(&q).0;
        let first = fresh(&split);
        let engine = Engine::new(&first.corpus, &first.index);
        let load = |need: Need| first.fill(need, part(&split, need)).unwrap();
        let mut r = engine.run(&state);
        while !r.pending.is_empty() {
            let waiting = engine.snippet_texts_wanted(&r, 3);
            assert_eq!(
                waiting,
                r.pending_snippets.iter().take(3).copied().collect::<Vec<_>>()
            );
            r.pending.iter().for_each(|&n| load(n));
            r = engine.run(&state);
        }
        for reach in [1, 3, 8] {
            // Brute force: the body (or lead) chunk of each of the first
            // `reach` hits whose text is not in, once each, in list order.
            let mut expected: Vec<Need> = Vec::new();
            for hit in r.hits.iter().take(reach) {
                let leads = first.index.leads.as_ref().unwrap();
                let need = match engine.body(hit.doc) {
                    Err(_) if !words => leads.lead(hit.doc).err(),
                    body => body.err(),
                };
                if let Some(need) = need.filter(|n| !expected.contains(n)) {
                    expected.push(need);
                }
            }
            let wanted = engine.snippet_texts_wanted(&r, reach);
            assert_eq!(wanted, expected, "{q}, reach {reach}");
            leads += wanted.iter().filter(|n| matches!(n, Need::Leads(_))).count();
            // With those in, the first hits' snippets are whole, the rest may wait.
            wanted.iter().for_each(|&n| load(n));
            engine.fill_snippets(&state, &mut r);
            assert!(engine.snippet_texts_wanted(&r, reach).is_empty(), "{q}");
            let whole_page = complete.run(&state);
            for (hit, want) in r.hits.iter().zip(&whole_page.hits).take(reach) {
                assert_eq!(hit.snippet, want.snippet, "{q}: {}", hit.id);
            }
            partial += usize::from(!r.pending_snippets.is_empty());
        }
    }
    assert!(partial > 0, "no page left texts beyond its first hits");
    assert!(leads > 0, "no list without words wanted a lead chunk");
}

#[test]
fn a_text_the_warm_up_brought_is_still_wanted_until_its_snippet_is_filled() {
    // Leads cut a few to a chunk, so that the first hits' leads are not all in one.
    let sizes = crate::split::ChunkSizes {
        leads: 600,
        ..Default::default()
    };
    let split = Bundle::new(bench_corpus(1500, 6), Vec::new()).split_on(crate::par::Threads::new(1), sizes);
    for (q, leads) in [("q=pipeline", false), ("sort=oldest", true)] {
        let state = ViewState::parse(q).0;
        let first = fresh(&split);
        let engine = Engine::new(&first.corpus, &first.index);
        let load = |need: Need| first.fill(need, part(&split, need)).unwrap();
        let mut r = engine.run(&state);
        while !r.pending.is_empty() {
            r.pending.iter().for_each(|&n| load(n));
            r = engine.run(&state);
        }
        engine.snippet_texts_wanted(&r, 1).into_iter().for_each(load);
        engine.fill_snippets(&state, &mut r);
        // A hit beyond the reach whose chunk the warm-up then loads, no
        // snippet filled in since: a wider reach still names that chunk.
        let (at, hit) = r
            .hits
            .iter()
            .enumerate()
            .find(|(_, h)| h.snippet.text.is_empty())
            .expect("a hit beyond the reach waits for its text");
        let need = *r.pending_snippets.first().expect("texts pending");
        assert_eq!(matches!(need, Need::Leads(_)), leads, "{q}: {need:?}");
        let chunk = engine.snippet_texts_wanted(&r, at + 1).pop().expect("wanted");
        load(chunk);
        assert!(
            engine.snippet_texts_wanted(&r, at + 1).contains(&chunk),
            "{q}: hit {} lost its loaded chunk {chunk:?}",
            hit.id
        );
        // Filled in, it is wanted no more and the hit has its text.
        engine.fill_snippets(&state, &mut r);
        assert!(!r.hits[at].snippet.text.is_empty(), "{q}");
        assert!(!engine.snippet_texts_wanted(&r, at + 1).contains(&chunk), "{q}");
    }
}
