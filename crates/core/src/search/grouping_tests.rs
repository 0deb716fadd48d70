//! The engine's list with stories: one entry per story at its best member's
//! rank, counts and facets in articles, `group=0` every article.

use super::tests::{art, corpus};
use super::{Engine, Index};
use crate::model::Stories;
use crate::view::ViewState;

#[test]
fn stories_are_listed_once_and_counted_as_articles() {
    let mut c = corpus(vec![
        art(
            "a",
            "en",
            Some("2023-06-15"),
            &[],
            "Gas deal signed",
            "Sonatrach signs a gas deal.",
        ),
        art(
            "b",
            "fr",
            Some("2023-06-15"),
            &[],
            "Accord gazier",
            "Sonatrach signe un accord gazier.",
        ),
        art(
            "c",
            "en",
            Some("2023-06-14"),
            &[],
            "Wheat tender",
            "Algeria buys wheat.",
        ),
        art(
            "d",
            "ar",
            Some("2023-06-16"),
            &[],
            "صفقة غاز",
            "سوناطراك توقع صفقة غاز.",
        ),
    ]);
    c.articles[1].source = Some("El Watan".into());
    c.articles[3].source = Some("El Watan".into());
    c.stories = Stories {
        groups: vec![vec![0, 1, 3]],
    };
    let index = Index::build(&c);
    let engine = Engine::new(&c, &index);
    let r = engine.run(&ViewState::default()); // newest first: d, a, b, c
    assert_eq!(r.total, 4, "the count counts articles");
    assert_eq!(r.entries, 2);
    let ids: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["d", "c"], "the story at its best member's rank");
    let story = r.hits[0].story.as_ref().expect("d stands for its story");
    assert_eq!(story.members, ["d", "a", "b"]);
    assert_eq!(
        (story.outlets, story.langs.clone()),
        (1, vec!["ar".to_string(), "en".into(), "fr".into()])
    );
    assert!(r.hits[1].story.is_none());
    let lang_en = r.facets.lang.iter().find(|f| f.value == "en").map(|f| f.count);
    assert_eq!(lang_en, Some(2), "facets count articles");

    // A filter leaves the story's matching reports only.
    let fr = engine.run(&ViewState::parse("lang=en,fr").0);
    let ids: Vec<&str> = fr.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!((ids, fr.total), (vec!["a", "c"], 3));
    assert_eq!(fr.hits[0].story.as_ref().unwrap().members, ["a", "b"]);

    // group=0: every article, no story.
    let all = engine.run(&ViewState::parse("group=0").0);
    assert_eq!((all.total, all.entries, all.hits.len()), (4, 4, 4));
    assert!(all.hits.iter().all(|h| h.story.is_none()));
    // paging counts entries
    let page = engine.run_page(&ViewState::default(), 1, 5);
    assert_eq!(page.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["c"]);
}

/// `group` against a direct reference (for each match in order: a new entry
/// unless an earlier entry's article has the same story), over every
/// dossier-sized vector of roots a generator gives and matches from one
/// article to all of them, so that both the map and the vector of roots are used.
#[test]
fn grouping_equals_the_reference_for_few_and_many_matches() {
    use super::grouping::group;
    let mut rng = crate::synth::Rng::new(7);
    let mut next = |m: u64| rng.below(m as usize) as u64;
    for n in [1usize, 5, 40, 300] {
        // A story's root is its first member: a position at or before the article.
        let roots: Vec<u32> = (0..n)
            .map(|d| {
                if d > 0 && next(3) == 0 {
                    next(d as u64) as u32
                } else {
                    d as u32
                }
            })
            .map(|r| r.min(n as u32 - 1))
            .collect();
        for take in [1, n / 20 + 1, n / 2 + 1, n] {
            let mut matches: Vec<u32> = (0..n as u32).filter(|_| next(n as u64) < take as u64).collect();
            // Display order is not index order.
            matches.reverse();
            let got = group(&matches, &roots);
            let mut want: Vec<(u32, Vec<u32>)> = Vec::new();
            for &d in &matches {
                match want
                    .iter_mut()
                    .find(|(first, _)| roots[*first as usize] == roots[d as usize])
                {
                    Some((_, members)) => members.push(d),
                    None => want.push((d, vec![d])),
                }
            }
            let got: Vec<(u32, Vec<u32>)> = got.iter().map(|e| (e.doc, e.members.to_vec())).collect();
            assert_eq!(got, want, "{n} articles, {} matches", matches.len());
        }
    }
}
