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
