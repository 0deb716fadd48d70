//! Related articles against a brute-force reference: every other article's
//! cosine computed from its own vector (not by walking postings), its
//! near-duplicates filtered out before ranking, within a walking budget.

use super::index::idf;
use super::*;
use crate::model::Corpus;
use crate::synth::bench_corpus;

/// Article `d`'s dimensions as the definition states them: its terms and
/// entities weighted `(1 + ln count) · idf`, heaviest first (ties in term
/// then entity order), kept while their postings fit `budget`, 40 at most.
fn reference_dims(engine: &Engine, d: usize, budget: usize) -> Vec<(bool, u32, f32)> {
    let (n, index) = (engine.article_count(), engine.index());
    let terms = engine.analysed_terms(d).unwrap();
    let mut dims: Vec<(bool, u32, f32, usize)> = Vec::new();
    for (id, c) in terms {
        let df = index.postings(id).unwrap().df();
        dims.push((false, id, (1.0 + (c as f32).ln()) * idf(n, df), df));
    }
    for (e, c) in engine.entity_counts(d) {
        let df = index.entity_postings[e as usize].df();
        dims.push((true, e, (1.0 + (c as f32).ln()) * idf(n, df), df));
    }
    dims.sort_by(|a, b| b.2.total_cmp(&a.2));
    let mut walked = 0;
    let mut kept = Vec::new();
    for (entity, id, w, df) in dims {
        if walked + df <= budget && kept.len() < 40 {
            walked += df;
            kept.push((entity, id, w * idf(n, df)));
        }
    }
    kept
}

/// Each article's terms and entities with their counts, analysed from its text.
type Vectors = Vec<(Vec<(u32, u32)>, Vec<(u32, u32)>)>;

fn vectors(engine: &Engine) -> Vectors {
    let n = engine.article_count();
    (0..n)
        .map(|d| (engine.analysed_terms(d).unwrap(), engine.entity_counts(d)))
        .collect()
}

/// The `k` best related articles of `d` with their scores, by brute force.
fn reference(
    engine: &Engine,
    corpus: &Corpus,
    vectors: &Vectors,
    d: usize,
    k: usize,
    budget: usize,
) -> Vec<(usize, f32)> {
    let dims = reference_dims(engine, d, budget);
    let a = &corpus.articles[d];
    let norm = |x: usize| engine.index().docs[x].norm.max(f32::MIN_POSITIVE);
    let mut scored: Vec<(usize, f32)> = (0..corpus.articles.len())
        .filter(|&e| {
            let b = &corpus.articles[e];
            e != d && b.duplicate_of.as_ref() != Some(&a.id) && a.duplicate_of.as_ref() != Some(&b.id)
        })
        .filter_map(|e| {
            let (terms, entities) = &vectors[e];
            let count = |entity: bool, id: u32| {
                let list = if entity { entities } else { terms };
                list.iter().find(|x| x.0 == id).map(|x| x.1)
            };
            let sum: f32 = dims
                .iter()
                .filter_map(|&(entity, id, w)| Some(w * (1.0 + (count(entity, id)? as f32).ln())))
                .sum();
            (sum > 0.0).then(|| (e, (sum / (norm(d) * norm(e))).min(1.0)))
        })
        .collect();
    scored.sort_by(|x, y| y.1.total_cmp(&x.1));
    scored.truncate(k);
    scored
}

/// `got` matches `want`: the same scores, and the same articles except where
/// scores tie at the cut.
fn assert_same(got: &[Related], want: &[(usize, f32)], what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: {got:?} vs {want:?}");
    for (g, w) in got.iter().zip(want) {
        assert!((g.score - w.1).abs() < 1e-4, "{what}: {got:?} vs {want:?}");
    }
    let last = want.last().map_or(0.0, |w| w.1);
    for w in want.iter().filter(|w| w.1 - last > 1e-4) {
        assert!(got.iter().any(|g| g.doc == w.0), "{what}: {got:?} vs {want:?}");
    }
}

/// A synthetic corpus where every seventh article is a near-duplicate of the
/// one before it: the same text plus a line, so it would be its best match.
fn corpus_with_near_duplicates() -> Corpus {
    let mut c = bench_corpus(240, 5);
    for i in (7..c.articles.len()).step_by(7) {
        let (before, after) = c.articles.split_at_mut(i);
        let (original, copy) = (&before[i - 1], &mut after[0]);
        copy.lang = original.lang.clone();
        copy.title = original.title.clone();
        copy.body = format!("{}\n\nUpdated.", original.body);
        copy.duplicate_of = Some(original.id.clone());
    }
    c
}

#[test]
fn near_duplicates_are_left_out_and_the_list_filled_from_the_next_best() {
    let c = corpus_with_near_duplicates();
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let mut acc = Vec::new();
    let (terms, entities) = (engine.terms_by_doc(), engine.entities_by_doc());
    let all = vectors(&engine);
    for d in (6..c.articles.len()).filter(|d| d % 7 == 6 || d % 7 == 0) {
        let want = reference(&engine, &c, &all, d, 5, usize::MAX);
        assert_eq!(want.len(), 5);
        let got = engine.compute_related(d, 5);
        assert_same(&got, &want, &c.articles[d].id);
        // The build's path (vectors read off the postings, scratch reused).
        if let Some(t) = &terms[d] {
            let built = engine.related_from_terms(d, 5, t, &entities[d], usize::MAX, &mut acc);
            assert_eq!(built, got, "{}", c.articles[d].id);
        }
        let pair = if d % 7 == 0 { d - 1 } else { d + 1 };
        assert!(got.iter().all(|r| r.doc != pair && r.doc != d), "{got:?}");
    }
}

#[test]
fn the_postings_read_stay_within_the_budget() {
    let c = bench_corpus(300, 8);
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let (terms, entities) = (engine.terms_by_doc(), engine.entities_by_doc());
    let all = vectors(&engine);
    let mut acc = Vec::new();
    let mut changed = 0;
    for d in 0..c.articles.len() {
        let Some(t) = &terms[d] else { continue };
        for budget in [150, 600] {
            let got = engine.related_from_terms(d, 5, t, &entities[d], budget, &mut acc);
            let want = reference(&engine, &c, &all, d, 5, budget);
            assert_same(&got, &want, &c.articles[d].id);
        }
        let small = engine.related_from_terms(d, 5, t, &entities[d], 150, &mut acc);
        changed +=
            usize::from(small != engine.related_from_terms(d, 5, t, &entities[d], usize::MAX, &mut acc));
    }
    // A common word in this small corpus is in about 75 articles: a budget of
    // 150 leaves most of them out, and it shows.
    assert!(changed > 30, "{changed}");
    // Below any budget the results are the full computation's.
    let d = (0..c.articles.len()).find(|&d| terms[d].is_some()).unwrap();
    let all = engine.related_from_terms(
        d,
        5,
        terms[d].as_ref().unwrap(),
        &entities[d],
        usize::MAX,
        &mut acc,
    );
    assert_eq!(
        all,
        engine.compute_related(d, 5),
        "300 articles read fewer than the budget's postings"
    );
}
