//! A site's split bundle, loaded part by part as the engine asks, answers
//! exactly as the whole bundle does, and fetches only what a view needs.

use crate::bundle::Bundle;
use crate::search::{Engine, Need, SearchResults};
use crate::split::Split;
use crate::synth::bench_corpus;
use crate::synth::BENCH_QUERIES;
use crate::view::ViewState;

/// The bytes of the part `need` names, as the app would fetch them.
pub(crate) fn part(split: &Split, need: Need) -> &[u8] {
    match need {
        Need::Terms(i) => &split.terms[i],
        Need::Words(i) => &split.words[i],
        Need::Bodies(i) => &split.bodies[i],
        Need::Typos(i) => &split.typos[i],
        Need::Cards(i) => &split.cards[i],
        Need::Leads(i) => &split.leads[i],
        Need::Ids(i) => &split.ids[i],
        Need::Positions(i) => &split.positions[i],
    }
}

/// Runs `state` the way the app does: run, fetch what the results lack (with
/// the texts their snippets will need, once those are known) and run again;
/// then fetch what the snippets still lack and fill them in.
/// Returns the settled results and the parts loaded for them.
pub(crate) fn run_lazily(first: &Bundle, split: &Split, state: &ViewState) -> (SearchResults, Vec<Need>) {
    let engine = Engine::new(&first.corpus, &first.index);
    let mut loaded = Vec::new();
    let mut load = |needs: &[Need]| {
        for &need in needs {
            first.fill(need, part(split, need)).unwrap();
            loaded.push(need);
        }
    };
    let mut r = engine.run(state);
    while !r.pending.is_empty() {
        assert!(
            r.hits.is_empty() && r.total == 0 && r.unfiltered_total == 0,
            "an answer while parts were missing"
        );
        load(&r.pending);
        load(&r.pending_snippets);
        r = engine.run(state);
    }
    while !r.pending_snippets.is_empty() {
        load(&r.pending_snippets.clone());
        engine.fill_snippets(state, &mut r);
    }
    (r, loaded)
}

/// A fresh first-view bundle, as the browser decodes it.
pub(crate) fn fresh(split: &Split) -> Bundle {
    Bundle::from_bytes(&split.first.to_bytes()).unwrap()
}

pub(crate) fn views() -> Vec<ViewState> {
    let mut out: Vec<ViewState> = BENCH_QUERIES
        .iter()
        .map(|(q, lang, topic)| {
            let mut s = format!("q={}", crate::view::encode(q));
            if let Some(l) = lang {
                s += &format!("&lang={l}");
            }
            if let Some(t) = topic {
                s += &format!("&topic={t}");
            }
            ViewState::parse(&s).0
        })
        .collect();
    for extra in [
        "",
        "sort=oldest",
        "q=-gas",
        "q=pipe*%20-minister&from=2010",
        "lang=ar&topic=energy",
    ] {
        out.push(ViewState::parse(extra).0);
    }
    out
}

#[test]
fn a_split_site_answers_like_the_whole_bundle() {
    let whole = Bundle::new(bench_corpus(400, 11), Vec::new());
    let split = whole.clone().split();
    assert!(
        split.terms.len() >= 2 && split.bodies.len() > 2,
        "{} {}",
        split.terms.len(),
        split.bodies.len()
    );
    let engine = Engine::new(&whole.corpus, &whole.index);
    for state in views() {
        let expected = engine.run(&state);
        assert!(expected.pending.is_empty() && expected.pending_snippets.is_empty());
        // The export's list: every match, in the same order, without snippets.
        let all: Vec<usize> = engine
            .run_page(&state, 0, usize::MAX)
            .hits
            .iter()
            .map(|h| h.doc)
            .collect();
        assert_eq!(engine.matching(&state).unwrap(), all);
        let (got, _) = run_lazily(&fresh(&split), &split, &state);
        assert_eq!(got, expected, "{}", state.to_query_string());
    }
    // Parts accumulate across views, as in one page's life.
    let first = fresh(&split);
    for state in views() {
        assert_eq!(run_lazily(&first, &split, &state).0, engine.run(&state));
    }
}

/// Misspellings of words of [`bench_corpus`] in its four languages, and the
/// same words quoted (never corrected).
const TYPO_QUERIES: &[&str] = &[
    "tebbune",
    "Lavorv",
    "sonatrack pipelnie",
    "лавроф",
    "гзопровод",
    "لافرف",
    "\"tebbune\"",
    "coopération -tebbune",
];

#[test]
fn a_split_site_corrects_typos_like_the_whole_bundle() {
    let whole = Bundle::new(bench_corpus(400, 11), Vec::new());
    let split = whole.clone().split();
    assert!(!split.typos.is_empty());
    let engine = Engine::new(&whole.corpus, &whole.index);
    let first = fresh(&split);
    let mut corrected = 0;
    for q in TYPO_QUERIES {
        let state = ViewState::parse(&format!("q={}", crate::view::encode(q))).0;
        let expected = engine.run(&state);
        corrected += usize::from(!expected.corrections.is_empty());
        let (got, loaded) = run_lazily(&fresh(&split), &split, &state);
        assert_eq!(got, expected, "{q}");
        // A word's close spellings come from a few typo blocks, not all.
        let typos = loaded.iter().filter(|n| matches!(n, Need::Typos(_))).count();
        assert!(typos <= 2 * q.split(' ').count(), "{q}: {typos} typo blocks");
        // Parts accumulate across views, as in one page's life.
        assert_eq!(run_lazily(&first, &split, &state).0, expected, "{q}");
    }
    assert!(corrected >= 5, "{corrected} of {} corrected", TYPO_QUERIES.len());
}

#[test]
fn a_view_fetches_only_the_parts_it_needs() {
    let whole = Bundle::new(bench_corpus(1500, 5), Vec::new());
    let split = whole.clone().split();
    let parts = [
        &split.terms,
        &split.words,
        &split.bodies,
        &split.typos,
        &split.cards,
        &split.leads,
        &split.ids,
        &split.positions,
    ];
    let all: usize = parts.iter().map(|p| p.len()).sum();
    let first = fresh(&split);
    // The newest articles' cards and leads ship in the first view: its list
    // needs no part.
    assert!(split.cards.len() > 10 && split.leads.len() > 10);
    assert_eq!(first.missing_parts().len(), all - 2);
    assert!(!first.missing_parts().contains(&Need::Cards(0)));
    assert!(!first.missing_parts().contains(&Need::Leads(0)));
    // The first view: no postings and no texts, its snippets are in its leads.
    let engine = Engine::new(&first.corpus, &first.index);
    let r = engine.run(&ViewState::default());
    assert!(r.pending.is_empty(), "{:?}", r.pending);
    assert!(r.total == 1500 && r.pending_snippets.is_empty());
    assert!(r.hits.iter().all(|h| !h.snippet.text.is_empty()));
    // A word: one term block per language it stems differently in, at most,
    // and the bodies of the page's hits.
    let (_, loaded) = run_lazily(&fresh(&split), &split, &ViewState::parse("q=pipeline").0);
    let terms = loaded.iter().filter(|n| matches!(n, Need::Terms(_))).count();
    assert!(
        split.terms.len() > 4 && (1..=4).contains(&terms),
        "{terms} of {}",
        split.terms.len()
    );
    assert!(loaded.len() < all / 2, "{} of {all}", loaded.len());
    // Words read no positions (only phrases do).
    assert!(
        !loaded.iter().any(|n| matches!(n, Need::Positions(_))),
        "{loaded:?}"
    );
    // The cards of the page's hits, at most one chunk per hit.
    let cards = loaded.iter().filter(|n| matches!(n, Need::Cards(_))).count();
    assert!((1..=20).contains(&cards), "{cards} card chunks");
    // A list that searches no words: its cards and the leads of its
    // snippets, no term block and no text (a lead is a body's start).
    for view in ["sort=oldest", "lang=ar&topic=energy"] {
        let (r, loaded) = run_lazily(&fresh(&split), &split, &ViewState::parse(view).0);
        let kinds = |k: fn(&Need) -> bool| loaded.iter().filter(|n| k(n)).count();
        assert!(kinds(|n| matches!(n, Need::Cards(_))) >= 1, "{view}: {loaded:?}");
        assert!(kinds(|n| matches!(n, Need::Leads(_))) >= 1, "{view}: {loaded:?}");
        assert_eq!(
            kinds(|n| matches!(n, Need::Cards(_) | Need::Leads(_))),
            loaded.len(),
            "{view}: {loaded:?}"
        );
        assert!(r.hits.iter().all(|h| !h.snippet.text.is_empty()), "{view}");
    }
    // A word in a block not loaded yet is pending, not silently absent.
    let r = Engine::new(&first.corpus, &first.index).run(&ViewState::parse("q=газопровод").0);
    assert!(
        r.pending.iter().any(|n| matches!(n, Need::Terms(_))),
        "{:?}",
        r.pending
    );
    let lacking = Engine::new(&first.corpus, &first.index).matching(&ViewState::parse("q=газопровод").0);
    assert_eq!(lacking.unwrap_err(), r.pending);
}

#[test]
fn a_page_names_its_texts_with_its_cards() {
    let whole = Bundle::new(bench_corpus(1500, 5), Vec::new());
    let complete = Engine::new(&whole.corpus, &whole.index);
    let split = whole.clone().split();
    let sorted = |mut v: Vec<Need>| {
        v.sort();
        v
    };
    let mut waited_for_cards = 0;
    for state in views() {
        let first = fresh(&split);
        let engine = Engine::new(&first.corpus, &first.index);
        let load = |needs: &[Need]| {
            for &need in needs {
                first.fill(need, part(&split, need)).unwrap();
            }
        };
        // Postings first: until they are in, the page's hits are unknown.
        let mut r = engine.run(&state);
        while r.pending.iter().any(|n| !matches!(n, Need::Cards(_))) {
            assert!(r.pending_snippets.is_empty(), "{:?}", r.pending_snippets);
            load(&r.pending);
            r = engine.run(&state);
        }
        if r.pending.is_empty() {
            continue;
        }
        waited_for_cards += 1;
        // The texts named beside the cards are exactly those the page lacks
        // once its cards are in: with both loaded, the page is whole.
        let texts = r.pending_snippets.clone();
        load(&r.pending);
        let with_cards = engine.run(&state);
        assert!(with_cards.pending.is_empty());
        assert_eq!(
            sorted(with_cards.pending_snippets),
            sorted(texts.clone()),
            "{}",
            state.to_query_string()
        );
        load(&texts);
        assert_eq!(
            engine.run(&state),
            complete.run(&state),
            "{}",
            state.to_query_string()
        );
    }
    assert!(waited_for_cards >= 5, "{waited_for_cards} views waited for cards");
}

#[test]
fn a_list_matching_no_words_needs_no_texts() {
    let whole = Bundle::new(bench_corpus(1500, 8), Vec::new());
    let complete = Engine::new(&whole.corpus, &whole.index);
    let split = whole.clone().split();
    let mut listed = 0;
    for view in [
        "lang=ar",
        "lang=ru&sort=oldest",
        "topic=energy&from=2015",
        "q=-gas",
        "q=-pipeline&lang=fr",
    ] {
        let state = ViewState::parse(view).0;
        let (got, loaded) = run_lazily(&fresh(&split), &split, &state);
        assert!(
            !loaded.iter().any(|n| matches!(n, Need::Bodies(_))),
            "{view}: {loaded:?}"
        );
        // The same snippets as from the texts: each body's start.
        assert_eq!(got, complete.run(&state), "{view}");
        listed += got.hits.len();
    }
    assert!(listed >= 60, "{listed} hits");
    // A word to mark still needs the texts.
    let (_, loaded) = run_lazily(&fresh(&split), &split, &ViewState::parse("q=pipeline").0);
    assert!(loaded.iter().any(|n| matches!(n, Need::Bodies(_))));
}

#[test]
fn related_articles_come_with_the_body_chunk() {
    let whole = Bundle::new(bench_corpus(200, 3), Vec::new());
    let split = whole.clone().split();
    let engine = Engine::new(&whole.corpus, &whole.index);
    let first = fresh(&split);
    let lazy = Engine::new(&first.corpus, &first.index);
    for d in [0, 17, 199] {
        let need = lazy.related_at(d, 5).unwrap_err();
        assert!(matches!(need, Need::Bodies(_)));
        first.fill(need, part(&split, need)).unwrap();
        let got = lazy.related_at(d, 5).unwrap();
        let want = engine.related_at(d, 5).unwrap();
        let ids = |r: &[crate::search::Related]| r.iter().map(|r| r.doc).collect::<Vec<_>>();
        assert_eq!(ids(&got), ids(&want));
        assert_eq!(lazy.body(d).unwrap(), whole.corpus.articles[d].body);
    }
}

#[test]
fn parts_are_checked_and_articles_come_back_whole() {
    let whole = Bundle::new(bench_corpus(300, 2), Vec::new());
    let split = whole.clone().split();
    let mut first = fresh(&split);
    assert!(first
        .fill(Need::Terms(0), b"\x06junk")
        .unwrap_err()
        .contains("version 6"));
    assert!(first.fill(Need::Terms(0), b"").unwrap_err().contains("damaged"));
    assert!(first
        .fill(Need::Bodies(999), &split.bodies[0])
        .unwrap_err()
        .contains("no index part"));
    assert!(first.restore_articles().unwrap_err().contains("not loaded"));
    // A chunk in the place of another (a file mixed up) is refused, not filled
    // in to be asked for again and again.
    let need = Need::Cards(1);
    let err = first.fill(need, &split.cards[2]).unwrap_err();
    assert!(err.contains("not the articles"), "{err}");
    let err = first.fill(Need::Bodies(0), &split.bodies[1]).unwrap_err();
    assert!(err.contains("not the articles"), "{err}");
    // A lead chunk that lacks the lead of an article it lists.
    let mut short: crate::search::parts::LeadChunk =
        crate::bundle_format::read_part(&split.leads[1]).unwrap();
    short.leads.pop();
    let err = first
        .fill(Need::Leads(1), &crate::bundle_format::part_bytes(&short))
        .unwrap_err();
    assert!(err.contains("not the articles"), "{err}");
    assert!(first.index.lacks(Need::Leads(1)));
    assert!(first.index.lacks(need));
    let mut first = fresh(&split);
    for need in first.missing_parts() {
        first.fill(need, part(&split, need)).unwrap();
    }
    first.restore_articles().unwrap();
    assert_eq!(first.corpus, whole.corpus);
}

#[test]
fn the_first_view_leaves_out_what_it_implies_and_reading_puts_it_back() {
    let mut corpus = bench_corpus(300, 4);
    // Outlets in two scripts, one padded, some blank or missing (no outlet).
    let outlets = [Some("RFI"), Some(" الشروق "), None, Some("  "), Some("ТАСС")];
    for (i, a) in corpus.articles.iter_mut().enumerate() {
        a.source = outlets[i % outlets.len()].map(str::to_string);
    }
    let whole = Bundle::new(corpus, Vec::new());
    let split = whole.clone().split();
    let written = &split.first.index;
    assert!(written.docs.iter().all(|d| d.norm == 0.0));
    assert!(written.doc_entities.is_empty());
    // No articles: their cards and the index say all the engine reads of them.
    assert!(split.first.corpus.articles.is_empty());
    let first = fresh(&split);
    assert!(first.corpus.articles.is_empty());
    let engine = Engine::new(&first.corpus, &first.index);
    assert_eq!(engine.article_count(), whole.corpus.articles.len());
    let outlet = |i: &crate::search::Index, d: usize| i.sources.get(i.source_of[d] as usize).cloned();
    for (d, a) in whole.corpus.articles.iter().enumerate() {
        let m = &first.index.docs[d];
        assert_eq!(first.index.langs[m.lang as usize], a.lang, "article {d}");
        assert_eq!(m.origin, a.origin, "article {d}");
        let source = a.source.as_deref().map(str::trim).filter(|s| !s.is_empty());
        assert_eq!(outlet(&first.index, d).as_deref(), source, "article {d}");
    }
    assert_eq!(first.index.sources, ["RFI", "ТАСС", "الشروق"]);
    assert!(first.index.langs.len() >= 3, "{:?}", first.index.langs);
    assert_eq!(first.index.doc_entities, whole.index.doc_entities);
    assert!((0..300).any(|d| first.index.doc_entities.of(d).len() >= 2));
    assert_eq!(first.index.doc_topics, whole.index.doc_topics);
    for (d, (got, want)) in first.index.docs.iter().zip(&whole.index.docs).enumerate() {
        let got = crate::search::DocMeta {
            norm: want.norm,
            ..got.clone()
        };
        assert_eq!(&got, want, "article {d}");
    }
    let chunk_of = |b: &Bundle| {
        let i = &b.index;
        (
            i.bodies.as_ref().unwrap().chunk_of.clone(),
            i.cards.as_ref().unwrap().chunk_of.clone(),
        )
    };
    assert_eq!(chunk_of(&first), chunk_of(&split.first));
    // Sizes that do not cover the articles are a damaged file, named so.
    let mut damaged = split.first.clone();
    damaged.index.cards.as_mut().unwrap().sizes.pop();
    let err = Bundle::from_bytes(&damaged.to_bytes()).unwrap_err();
    assert!(err.contains("card chunk sizes"), "{err}");
    let mut damaged = split.first.clone();
    damaged.index.docs[7].lang = 40;
    let err = Bundle::from_bytes(&damaged.to_bytes()).unwrap_err();
    assert!(err.contains("article 7 has language 40"), "{err}");
    let mut damaged = split.first.clone();
    damaged.index.source_of[9] = damaged.index.sources.len() as u32;
    let err = Bundle::from_bytes(&damaged.to_bytes()).unwrap_err();
    assert!(err.contains("outlet column"), "{err}");
    let mut damaged = split.first.clone();
    damaged.index.source_of.pop();
    let err = Bundle::from_bytes(&damaged.to_bytes()).unwrap_err();
    assert!(err.contains("outlet column"), "{err}");
    let mut damaged = split.first.clone();
    damaged.corpus.articles.push(whole.corpus.articles[0].clone());
    let err = Bundle::from_bytes(&damaged.to_bytes()).unwrap_err();
    assert!(err.contains("a first view with 1 articles"), "{err}");
}

#[test]
fn ids_are_found_through_their_block_and_rank_ties_as_the_whole_bundle() {
    // Ids out of position order (a corpus read from subfolders), so the
    // first view carries each article's rank in id order.
    let mut corpus = bench_corpus(2500, 9);
    for (i, a) in corpus.articles.iter_mut().enumerate() {
        a.id = format!("{}-{}", (i * 7919) % 2500, a.id);
    }
    let whole = Bundle::new(corpus, Vec::new());
    let split = whole.clone().split();
    assert!(split.ids.len() >= 3);
    assert!(split.first.index.ids.as_ref().unwrap().rank.is_some());
    assert!(split.first.corpus.articles.is_empty());
    let first = fresh(&split);
    let lazy = Engine::new(&first.corpus, &first.index);
    let engine = Engine::new(&whole.corpus, &whole.index);
    let mut fetched = 0;
    for d in [0, 1, 1024, 2499] {
        let id = &whole.corpus.articles[d].id;
        if let Err(need) = lazy.find(id) {
            assert!(matches!(need, Need::Ids(_)));
            first.fill(need, part(&split, need)).unwrap();
            fetched += 1;
        }
        assert_eq!(lazy.find(id), Ok(Some(d)));
        assert_eq!(engine.find(id), Ok(Some(d)));
    }
    assert!(fetched >= 2, "{fetched} id blocks fetched");
    for id in ["", "0-", "zzz", "1-00001_fr "] {
        let got = loop {
            match lazy.find(id) {
                Err(need) => first.fill(need, part(&split, need)).unwrap(),
                Ok(found) => break found,
            }
        };
        assert_eq!(got, engine.find(id).unwrap(), "{id:?}");
    }
    // Ties (no query: every score equal) fall in id order on both.
    for view in ["", "sort=relevance", "lang=fr"] {
        let state = ViewState::parse(view).0;
        assert_eq!(
            run_lazily(&fresh(&split), &split, &state).0,
            engine.run(&state),
            "{view}"
        );
    }
}
