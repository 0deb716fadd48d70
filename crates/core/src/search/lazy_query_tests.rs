//! The query language on a site's split index, loaded part by part as the
//! engine asks: typed prefixes, OR, title:, source: and the reader's marks
//! answer exactly as with the whole index, and a view never answers while
//! parts are missing.

use super::{bench_corpus, Engine, Need, SearchResults};
use crate::bundle::Bundle;
use crate::split::Split;
use crate::view::ViewState;

fn part(split: &Split, need: Need) -> &[u8] {
    match need {
        Need::Terms(i) => &split.terms[i],
        Need::Words(i) => &split.words[i],
        Need::Bodies(i) => &split.bodies[i],
        Need::Typos(i) => &split.typos[i],
    }
}

/// Runs `state` as the app does: run, fetch what it lacks, run again; then
/// the snippets' chunks.
fn run_lazily(first: &Bundle, split: &Split, state: &ViewState) -> SearchResults {
    let engine = Engine::new(&first.corpus, &first.index);
    let mut r = engine.run(state);
    while !r.pending.is_empty() {
        assert!(r.hits.is_empty() && r.total == 0 && r.unfiltered_total == 0);
        for &need in &r.pending {
            first.fill(need, part(split, need)).unwrap();
        }
        r = engine.run(state);
    }
    while !r.pending_snippets.is_empty() {
        for &need in &r.pending_snippets.clone() {
            first.fill(need, part(split, need)).unwrap();
        }
        engine.fill_snippets(state, &mut r);
    }
    r
}

const QUERIES: &[&str] = &[
    "minis",
    "Tebbou",
    "Лавр",
    "الجز",
    "coopér",
    "pipeline OR gazoduc ",
    "\"foreign minister\" OR Lavrov ",
    "title:gas ",
    "title:\"gas\" OR title:газ ",
    "title:minis",
    "source:a ",
    "gas -source:b ",
    "author:x gas OR",
    "economy OR экономика OR اقتصاد&lang=fr,ar",
];

#[test]
fn a_split_site_answers_the_query_language_like_the_whole_index() {
    let whole = Bundle::new(bench_corpus(400, 11), Vec::new());
    let split = whole.clone().split();
    let engine = Engine::new(&whole.corpus, &whole.index);
    for q in QUERIES {
        let (q, rest) = q.split_once('&').unwrap_or((q, ""));
        let state = ViewState::parse(&format!("q={}&{rest}", crate::view::encode(q))).0;
        let expected = engine.run(&state);
        let got = run_lazily(
            &Bundle::from_bytes(&split.first.to_bytes()).unwrap(),
            &split,
            &state,
        );
        assert_eq!(got, expected, "{q}");
        // The reader's marks of the first hit on a fresh page (a shared link
        // to an article): the parts it names first, then the same marks.
        if let Some(h) = expected.hits.first() {
            let first = Bundle::from_bytes(&split.first.to_bytes()).unwrap();
            let lazy = Engine::new(&first.corpus, &first.index);
            let marks = loop {
                match lazy.article_marks(&state.q, h.doc) {
                    Err(need) => first.fill(need, part(&split, need)).unwrap(),
                    Ok(m) => break m,
                }
            };
            assert_eq!(marks, engine.article_marks(&state.q, h.doc).unwrap(), "{q}");
        }
    }
}
