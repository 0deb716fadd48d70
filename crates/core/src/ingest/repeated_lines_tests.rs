//! Lines repeated across a corpus: furniture when they recur in files of one
//! source (a newsletter pitch that reads like a sentence), news when the same
//! sentence recurs across sources (a statement every outlet reports).

use super::{ingest_files, SourceFile};
use crate::model::Article;

const PITCH: &str =
    "Sign up for our morning briefing to get the best of our journalism in your inbox every weekday.";
const STATEMENT: &str = "The president said the partnership with Moscow was strategic and would not change under outside pressure.";

/// Distinct story paragraphs, one set per file.
const STORIES: [[&str; 2]; 3] = [
    [
        "Algeria and Russia signed a wheat agreement on Tuesday that covers the next three harvests, the agriculture ministry said.",
        "Deliveries will go through the port of Oran, where new silos were built last year with Russian help.",
    ],
    [
        "The Algerian navy took part in joint drills with Russian ships off the coast of Oran for a week in November.",
        "Officials in Algiers said the exercise had been planned for months and was not aimed at any third country.",
    ],
    [
        "Gas exports from Algeria to Italy rose by a tenth last year as the Transmed pipeline ran close to capacity.",
        "Sonatrach expects higher volumes again this year after two new fields in the south came on stream.",
    ],
];

fn file(path: &str, front: &str, title: &str, paragraphs: &[&str]) -> SourceFile {
    let text = format!("---\n{front}\n---\n{title}\n\n{}\n", paragraphs.join("\n\n"));
    SourceFile {
        path: path.into(),
        bytes: text.into_bytes(),
    }
}

fn ingest(files: Vec<SourceFile>) -> Vec<Article> {
    let report = ingest_files(files);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    report.corpus.articles
}

#[test]
fn a_sentence_in_three_files_of_one_source_is_furniture() {
    let files = (0..3)
        .map(|i| {
            let [a, b] = STORIES[i];
            file(
                &format!("courier/{i}.md"),
                "source: Daily Courier",
                &format!("Story number {i} from the Courier"),
                &[a, PITCH, b],
            )
        })
        .collect();
    for a in ingest(files) {
        assert!(!a.body.contains("morning briefing"), "{}: {}", a.id, a.body);
        assert_eq!(a.body.split("\n\n").count(), 2, "{}", a.body);
    }
}

#[test]
fn a_sentence_in_three_files_of_different_sources_is_news() {
    let fronts = [
        "source: Daily Courier",
        "url: https://www.maghreb-monitor.example/news/1",
        "source: Vesti Magriba",
    ];
    let files = (0..3)
        .map(|i| {
            let [a, b] = STORIES[i];
            file(
                &format!("{i}.md"),
                fronts[i],
                &format!("Story number {i} about Algeria"),
                &[a, STATEMENT, b],
            )
        })
        .collect();
    for a in ingest(files) {
        assert_eq!(a.body.matches(STATEMENT).count(), 1, "{}: {}", a.id, a.body);
        assert_eq!(a.body.split("\n\n").count(), 3, "{}", a.body);
    }
}

#[test]
fn three_copies_of_one_story_from_one_source_keep_their_text() {
    // Every paragraph recurs in three files of the source: a copied story, not
    // furniture; dedup marks the copies, cleaning must not empty them.
    let [a, b] = STORIES[0];
    let files = (0..3)
        .map(|i| {
            file(
                &format!("{i}.md"),
                "source: Daily Courier",
                &format!("Wheat deal, take {i}"),
                &[a, PITCH, b],
            )
        })
        .collect();
    let articles = ingest(files);
    for art in &articles {
        assert!(
            art.body.contains(a) && art.body.contains(b),
            "{}: {}",
            art.id,
            art.body
        );
    }
    assert_eq!(articles.iter().filter(|x| x.duplicate_of.is_some()).count(), 2);
}
