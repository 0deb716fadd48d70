//! The highlighter's shortcuts (streaming tokens, surface words) against a
//! plain reference highlighter, on a synthetic multilingual corpus.

use super::engine::Engine;
use super::eval::Unit;
use super::highlighter::Highlighter;
use super::index::Index;
use super::phrase::phrase_spans;
use super::query::parse_query;
use crate::text::{is_stop_word, stem, tokenize};
use std::collections::HashSet;

/// The highlighter before the streaming and surface-form shortcuts.
fn reference_ranges(h: &Highlighter, text: &str, lang: &str) -> Vec<(usize, usize)> {
    if h.is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(text);
    let stems: HashSet<String> = h
        .words
        .iter()
        .filter(|w| !is_stop_word(w, lang))
        .map(|w| stem(w, lang))
        .collect();
    let mut out = Vec::new();
    for t in &tokens {
        if h.prefixes.iter().any(|p| t.term.starts_with(p.as_str()))
            || (!stems.is_empty() && !is_stop_word(&t.term, lang) && stems.contains(&stem(&t.term, lang)))
        {
            out.push((t.start, t.end));
        }
    }
    for p in &h.phrases {
        out.extend(phrase_spans(&tokens, p, lang));
    }
    for (i, n, _) in h.aliases.find(&tokens) {
        out.push((tokens[i].start, tokens[i + n - 1].end));
    }
    out.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

#[test]
fn highlights_match_the_reference_highlighter() {
    let corpus = crate::synth::bench_corpus(120, 11);
    let index = Index::build(&corpus);
    let engine = Engine::new(&corpus, &index);
    let mut rng = crate::synth::Rng::new(5);
    let mut queries: Vec<String> = corpus.entities.iter().map(|e| e.name.clone()).collect();
    for _ in 0..90 {
        let a = &corpus.articles[rng.below(corpus.articles.len())];
        let toks = tokenize(&a.body);
        let i = rng.below(toks.len() - 1);
        let (w, v) = (
            &a.body[toks[i].start..toks[i].end],
            &a.body[toks[i + 1].start..toks[i + 1].end],
        );
        let start: String = w.chars().take(3).collect();
        queries.push(format!("{w} "));
        queries.push(format!("{w} {v} "));
        queries.push(format!("\"{w} {v}\""));
        queries.push(format!("{start}* "));
        // The forms of the query language: a typed last word, OR, title:.
        queries.push(format!("{w} {}", v.chars().take(4).collect::<String>()));
        queries.push(format!("{w} OR {v} "));
        queries.push(format!("title:{w} {v} "));
        queries.push(format!("title:\"{w} {v}\" OR {start}* "));
    }
    let mut checked = 0;
    for q in &queries {
        let units = engine.resolve(&parse_query(q).parts);
        let positives: Vec<&Unit> = units.iter().filter(|(_, neg)| !neg).map(|(u, _)| u).collect();
        let in_title = Highlighter::new(&engine, &positives, true);
        let in_body = Highlighter::new(&engine, &positives, false);
        for (d, a) in corpus.articles.iter().enumerate().take(40) {
            let title = in_title.ranges(&a.title, &a.lang);
            assert_eq!(
                title,
                reference_ranges(&in_title, &a.title, &a.lang),
                "{q:?} in {}",
                a.id
            );
            let body = in_body.ranges(&a.body, &a.lang);
            assert_eq!(
                body,
                reference_ranges(&in_body, &a.body, &a.lang),
                "{q:?} in {}",
                a.id
            );
            // The reader's marks are the same highlighter's (a few articles:
            // each call builds its own highlighters).
            if d < 4 {
                let marks = engine.article_marks(q, d).unwrap();
                assert_eq!((marks.title, marks.body), (title.clone(), body.clone()), "{q:?}");
            }
            checked += title.len() + body.len();
        }
    }
    assert!(checked > 1000, "{checked}");
}
