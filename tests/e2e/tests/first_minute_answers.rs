//! A new reader's first minute, continued: a typo names its correction, the
//! reader marks the query and walks through the matches, and nothing the page
//! cannot use is dropped silently (notices in the interface language).

use dossier_e2e::{ids, Options, Page};

const INPUT: &str = r#"[data-testid="search-input"]"#;

#[tokio::test]
async fn a_typo_shows_the_correction_and_a_link_to_the_exact_spelling() {
    let page = Page::open_test("?q=Tebbune").await;
    let offer = r#"[data-testid="did-you-mean"]"#;
    page.one(offer).await;
    let said = page.text(offer).await;
    assert!(
        said.to_lowercase().contains("tebboune"),
        "no correction named: {said}"
    );
    assert!(said.contains("Tebbune"), "no link to the typed spelling: {said}");
    assert!(
        page.result_count_text().await > 0,
        "the corrected search finds nothing"
    );
    page.click(&format!("{offer} a")).await;
    page.wait_until("the exact spelling is searched", || async {
        page.value(INPUT).await == "\"Tebbune\""
    })
    .await;
    page.one(r#"[data-testid="empty"]"#).await;
    assert!(!page.exists(offer).await, "a quoted word is still corrected");
    page.close().await;
}

#[tokio::test]
async fn the_reader_marks_the_query_and_walks_through_the_matches() {
    let page = Page::open_test(&format!("?q=Лавров&doc={}", ids::RUSSIAN)).await;
    page.wait_reader(ids::RUSSIAN).await;
    let marks = r#"[data-testid="reader-body"] mark"#;
    page.one(marks).await;
    let found = page.all(marks).await;
    let first = found[0].text().await.unwrap();
    // The name is an entity alias: the whole mention ("Сергей Лавров") is marked.
    assert!(first.contains("Лавров"), "first mark: {first}");
    let n = found.len();
    page.click(r#"[data-testid="match-next"]"#).await;
    assert_eq!(
        page.text(r#"[data-testid="match-count"]"#).await,
        format!("Match 1 of {n}")
    );
    assert!(page.exists(r#"[data-testid="reader-body"] mark.current"#).await);
    page.click(r#"[data-testid="match-prev"]"#).await;
    assert_eq!(
        page.text(r#"[data-testid="match-count"]"#).await,
        format!("Match {n} of {n}")
    );
    // Without a query, nothing is marked and there is nothing to walk through.
    page.goto(&format!("?doc={}", ids::RUSSIAN)).await;
    page.wait_reader(ids::RUSSIAN).await;
    page.one(r#"[data-testid="reader-body"] p"#).await;
    assert!(!page.exists(marks).await);
    assert!(!page.exists(r#"[data-testid="match-nav"]"#).await);
    page.close().await;
}

#[tokio::test]
async fn unknown_languages_topics_and_syntax_are_named_not_silent() {
    let page = Page::open("?lang=de&topic=enrgy").await;
    let notice = page.text(r#"[data-testid="notice"]"#).await;
    assert!(notice.contains("lang") && notice.contains("de"), "{notice}");
    assert!(notice.contains("topic") && notice.contains("enrgy"), "{notice}");
    page.wait_results(5).await;
    let q = page.query().await;
    assert!(
        !q.contains("lang=") && !q.contains("topic="),
        "unknown values kept in the URL: {q}"
    );
    let page2 = Page::open("?q=author%3Asmith%20russia").await;
    let notice = page2.text(r#"[data-testid="notice"]"#).await;
    assert!(
        notice.contains("author"),
        "an unknown field is dropped silently: {notice}"
    );
    page.close().await;
    page2.close().await;
}

#[tokio::test]
async fn notices_speak_the_interface_language() {
    let opts = Options {
        browser_lang: "fr-FR",
        ..Options::default()
    };
    let page = Page::open_with(opts, "?lang=de&from=2023-13&q=author%3Asmith").await;
    page.wait_ready().await;
    let notice = page.text(r#"[data-testid="notice"]"#).await;
    for french in [
        "Ignoré lang=",
        "absent de ce dossier",
        "il n'y a pas de mois",
        "n'est pas un champ de recherche",
    ] {
        assert!(
            notice.contains(french),
            "no “{french}” in the French notice: {notice}"
        );
    }
    page.close().await;
}

#[tokio::test]
async fn the_language_switch_is_named_by_what_it_shows() {
    let page = Page::open("").await;
    let switch = r#"[data-testid="ui-lang"]"#;
    let shown = page.text(switch).await;
    let name = page
        .attr(switch, "aria-label")
        .await
        .unwrap_or_else(|| shown.clone());
    assert!(
        name.contains(&shown),
        "accessible name {name:?} lacks the visible {shown:?}"
    );
    page.close().await;
}
