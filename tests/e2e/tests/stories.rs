//! Issue 17 point 3, one story, many tellings: reports of one event are listed
//! once ("2 reports · …") and expand to their members; `group=0` lists every
//! article; the reader lists the other tellings. On the test site, the article
//! 007 is a near-duplicate of 003, and near-duplicates are always one story.

use dossier_e2e::{ids, Page};

const STORY: &str = r#"[data-testid="story"]"#;
const RESULT: &str = r#"[data-testid="result"]"#;

/// The result (its id) that stands for the story of the two near-duplicates,
/// and its story's `data-size`.
async fn duplicate_story(page: &Page) -> (String, String) {
    let found = page
        .js(
            r#"const s = [...document.querySelectorAll('[data-testid="result"]')]
                 .find(r => r.querySelector('[data-testid="story"]') &&
                   [arguments[0], arguments[1]].includes(r.dataset.docId));
               return s ? [s.dataset.docId, s.querySelector('[data-testid="story"]').dataset.size] : null;"#,
            vec![ids::ARTICLE_003.into(), ids::NEAR_DUPLICATE.into()],
        )
        .await;
    serde_json::from_value(found).expect("a story card holds 003 and its near-duplicate")
}

#[tokio::test]
async fn a_story_is_listed_once_and_expands_to_its_reports() {
    let page = Page::open_test("").await;
    page.wait_until("a story card is listed", || async { page.exists(STORY).await })
        .await;
    // The count still counts articles; the list has fewer entries.
    assert_eq!(page.result_count_text().await, 9);
    let entries = page.all(RESULT).await.len();
    let sizes: usize = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="story"]')]
                 .reduce((n, s) => n + Number(s.dataset.size) - 1, 0);"#,
            vec![],
        )
        .await
        .as_u64()
        .unwrap() as usize;
    assert_eq!(
        entries + sizes,
        9,
        "every article is listed once, in its story or alone"
    );

    let (shown, size) = duplicate_story(&page).await;
    assert!(size.parse::<usize>().unwrap() >= 2);
    let other = if shown == ids::ARTICLE_003 {
        ids::NEAR_DUPLICATE
    } else {
        ids::ARTICLE_003
    };
    assert!(
        !page.exists(&format!(r#"{RESULT}[data-doc-id="{other}"]"#)).await,
        "{other} listed apart from its story"
    );
    // the harness's article list reads the story's reports in display order
    let listed = page.result_ids().await;
    assert_eq!(listed.len(), 9, "{listed:?}");
    let (at, at_other) = (
        listed.iter().position(|id| *id == shown).unwrap(),
        listed.iter().position(|id| id == other).unwrap(),
    );
    assert!(at < at_other, "a story's reports come after its card: {listed:?}");
    let card = format!(r#"[data-testid="result"][data-doc-id="{shown}"]"#);
    let toggle = format!(r#"{card} [data-testid="story-toggle"]"#);
    let summary = page.text(&toggle).await;
    assert!(summary.contains(&format!("{size} reports")), "summary: {summary}");
    assert_eq!(
        page.attr(&toggle, "aria-expanded").await.as_deref(),
        Some("false")
    );
    let member = format!(r#"{card} [data-testid="story-member"][data-doc-id="{other}"]"#);
    assert!(
        !page.one(&member).await.is_displayed().await.unwrap(),
        "members shown before expanding"
    );
    page.click(&toggle).await;
    assert_eq!(page.attr(&toggle, "aria-expanded").await.as_deref(), Some("true"));
    page.wait_until("the other report is shown", || async {
        page.one(&member).await.is_displayed().await.unwrap_or(false)
    })
    .await;
    // A member's link opens it in the reader.
    page.click(&format!("{member} a")).await;
    page.wait_reader(other).await;
    page.close().await;
}

#[tokio::test]
async fn group_zero_lists_every_article_and_a_bad_value_is_named() {
    let page = Page::open_test("?group=0").await;
    page.wait_until("every article is a result", || async {
        page.all(RESULT).await.len() == 9
    })
    .await;
    assert!(!page.exists(STORY).await, "a story card with group=0");
    let listed = page.result_ids().await;
    assert!(
        listed.contains(&ids::ARTICLE_003.to_string()) && listed.contains(&ids::NEAR_DUPLICATE.to_string())
    );

    page.goto("?group=maybe&lang=ru").await;
    page.wait_until("the notice names group", || async {
        page.text_content(r#"[data-testid="notice"]"#)
            .await
            .is_some_and(|t| t.contains("group") && t.contains("maybe"))
    })
    .await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    page.close().await;
}

#[tokio::test]
async fn the_reader_lists_the_other_tellings() {
    let page = Page::open_test(&format!("?q=Patrushev&doc={}", ids::ARTICLE_003)).await;
    page.wait_reader(ids::ARTICLE_003).await;
    let telling = format!(
        r#"[data-testid="telling"][data-doc-id="{}"] a"#,
        ids::NEAR_DUPLICATE
    );
    page.click(&telling).await;
    page.wait_reader(ids::NEAR_DUPLICATE).await;
    let query = page.query().await;
    assert!(
        query.contains("q=Patrushev") && query.ends_with(&format!("doc={}", ids::NEAR_DUPLICATE)),
        "the rest of the view is kept: {query}"
    );
    // and back to the first telling from the second
    page.one(&format!(
        r#"[data-testid="telling"][data-doc-id="{}"]"#,
        ids::ARTICLE_003
    ))
    .await;
    page.close().await;
}
