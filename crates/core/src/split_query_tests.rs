//! The query language on a site's split index, loaded part by part as the
//! engine asks: typed prefixes, OR, title:, source: and the reader's marks
//! answer exactly as with the whole index (as do the reader's marks and "why
//! this matched", from the article's card), and a view never answers while
//! parts are missing.

use crate::bundle::Bundle;
use crate::search::Engine;
use crate::split_tests::{fresh, part, run_lazily};
use crate::synth::bench_corpus;
use crate::view::ViewState;

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
    "source:rf",
    "source:\"new arab\" gas ",
    "source:тас",
    "source:الشرو",
    "-source:rfi ",
    "gas&source=RFI",
    "&source=The New Arab,ТАСС",
    "author:x gas OR",
    "economy OR экономика OR اقتصاد&lang=fr,ar",
];

#[test]
fn a_split_site_answers_the_query_language_like_the_whole_index() {
    let mut corpus = bench_corpus(400, 11);
    // Outlets in three scripts, some articles with none: `source:` and the
    // outlet facet read them from the first view's outlet column.
    let outlets = [
        Some("RFI"),
        Some("The New Arab"),
        None,
        Some(" الشروق "),
        Some("ТАСС"),
        Some(" "),
    ];
    for (i, a) in corpus.articles.iter_mut().enumerate() {
        a.source = outlets[i % outlets.len()].map(str::to_string);
    }
    let whole = Bundle::new(corpus, Vec::new());
    let split = whole.clone().split();
    let engine = Engine::new(&whole.corpus, &whole.index);
    for q in QUERIES {
        let (q, rest) = q.split_once('&').unwrap_or((q, ""));
        let state = ViewState::parse(&format!("q={}&{rest}", crate::view::encode(q))).0;
        let expected = engine.run(&state);
        if q.contains("source") || rest.contains("source") {
            // Outlets given: each of these views finds some articles.
            assert!(
                expected.total > 0 && expected.total < 400,
                "{q}&{rest}: {}",
                expected.total
            );
        }
        let (got, _) = run_lazily(&fresh(&split), &split, &state);
        assert_eq!(got, expected, "{q}");
        // The reader's marks of the first hit on a fresh page (a shared link
        // to an article): the parts it names first, then the same marks.
        if let Some(h) = expected.hits.first() {
            let first = fresh(&split);
            let lazy = Engine::new(&first.corpus, &first.index);
            let marks = loop {
                match lazy.article_marks(&state.q, h.doc) {
                    Err(need) => first.fill(need, part(&split, need)).unwrap(),
                    Ok(m) => break m,
                }
            };
            assert_eq!(marks, engine.article_marks(&state.q, h.doc).unwrap(), "{q}");
            // The reader's "why this matched" line, from its card and text.
            let first = fresh(&split);
            let lazy = Engine::new(&first.corpus, &first.index);
            let why = loop {
                match lazy.explain(&state.q, &expected.corrections, h.doc) {
                    Err(need) => first.fill(need, part(&split, need)).unwrap(),
                    Ok(e) => break e,
                }
            };
            assert_eq!(
                why,
                engine.explain(&state.q, &expected.corrections, h.doc).unwrap(),
                "{q}"
            );
        }
    }
}
