//! Issue 15, points 2 and 3: the list paints as soon as its postings are in and
//! does not move when the snippets' texts arrive; once the page is idle the
//! index is warmed, so a word typed then waits for no term block; no part is
//! ever fetched twice; a key whose parts are in is painted in the frame after
//! it, and of keys typed within one frame the last one wins; the texts of
//! cards below the screen are fetched when the reader scrolls to them.

use dossier_e2e::{ids, Options, Page, Site, NO_BLOB_WORKERS};
use serde_json::json;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

/// The data files (`/data/…`) the page has fetched so far, in order.
pub(crate) async fn fetched(page: &Page) -> Vec<String> {
    let files = page.fetched_files().await;
    files
        .into_iter()
        .map(|(name, _)| name)
        .filter(|n| n.contains("/data/"))
        .collect()
}

/// How many of `names` are parts of `kind` (`terms`, `words`, ...).
pub(crate) fn count(names: &[String], kind: &str) -> usize {
    names
        .iter()
        .filter(|n| n.contains(&format!("/data/{kind}-")))
        .count()
}

/// Waits until the page has fetched some term block and then nothing more
/// for a second: the warm-up is over.
async fn wait_warmed(page: &Page) {
    let last = std::cell::Cell::new((0, 0));
    let still = std::cell::Cell::new(0);
    page.wait_until("the warm-up fetches its parts and stops", || async {
        let names = fetched(page).await;
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        let now = (names.len(), count(&names, "terms"));
        still.set(if now == last.get() && now.1 > 0 {
            still.get() + 1
        } else {
            0
        });
        last.set(now);
        still.get() >= 4
    })
    .await;
}

/// Each listed card's top edge, in document coordinates.
async fn card_tops(page: &Page) -> Vec<f64> {
    let v = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="result"]')]
                 .map(e => e.getBoundingClientRect().top + window.scrollY);"#,
            vec![],
        )
        .await;
    serde_json::from_value(v).expect("numbers")
}

#[tokio::test]
async fn a_word_typed_once_the_page_is_idle_waits_for_no_index_part() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    wait_warmed(&page).await;
    let before = fetched(&page).await;
    assert!(count(&before, "words") >= 1, "word blocks are warmed: {before:?}");
    page.type_into(SEARCH, "вооружения").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    let after = fetched(&page).await;
    for kind in ["terms", "words", "typos"] {
        assert_eq!(
            count(&after, kind),
            count(&before, kind),
            "{kind} fetched after the keys: {after:?}"
        );
    }
    page.close().await;
}

#[tokio::test]
async fn the_list_paints_before_its_snippets_and_does_not_move() {
    // A word to mark: its snippets come from the texts (a list matching no
    // words takes each text's start from its card).
    let page = Page::open_test("?q=russia").await;
    // From now on every article text arrives two seconds late (fetched by
    // the page itself, where the delay can be patched in).
    page.before_each_load(&format!(
        "{NO_BLOB_WORKERS}
         const orig = window.fetch.bind(window);
         window.fetch = (url, ...rest) => String(url).includes('data/bodies-')
           ? new Promise(done => setTimeout(done, 2000)).then(() => orig(url, ...rest))
           : orig(url, ...rest);"
    ))
    .await;
    page.js("setTimeout(() => location.reload(), 0);", vec![]).await;
    let snippets_pending = || async { page.exists(r#"[data-testid="snippet"][aria-busy="true"]"#).await };
    page.wait_until(
        "the list is painted while its snippets are on their way",
        || async { page.result_count().await >= 2 && snippets_pending().await },
    )
    .await;
    assert_eq!(
        page.attr(r#"[data-testid="result-count"]"#, "data-searching")
            .await
            .as_deref(),
        Some("false"),
        "the count waits for the texts"
    );
    let empty = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="snippet"]')].every(s => s.textContent.trim() === '');"#,
            vec![],
        )
        .await;
    assert_eq!(empty, json!(true), "a snippet before its text arrived");
    let tops = card_tops(&page).await;
    page.wait_ready().await;
    // Cards further down fetch their texts when the reader scrolls to them.
    page.js("window.scrollTo(0, document.body.scrollHeight);", vec![])
        .await;
    page.wait_until("the snippets are filled in", || async {
        !snippets_pending().await
    })
    .await;
    let snippet = page.text(r#"[data-testid="snippet"]"#).await;
    assert!(!snippet.trim().is_empty(), "no snippet once the texts are in");
    assert_eq!(
        card_tops(&page).await,
        tops,
        "the cards moved when their snippets came"
    );
    page.close().await;
}

#[tokio::test]
async fn no_part_is_fetched_twice() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    // Typing before, during and after the warm-up, a prefix, the reader.
    page.type_into(SEARCH, "gas").await;
    page.wait_until("gas is searched", || async {
        page.attr(r#"[data-testid="result-count"]"#, "data-searching")
            .await
            .as_deref()
            == Some("false")
            && page.query().await.contains("q=gas")
    })
    .await;
    page.set_search("").await;
    page.type_into(SEARCH, "переговоры").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    page.open_result(ids::RUSSIAN).await;
    page.wait_reader(ids::RUSSIAN).await;
    wait_warmed(&page).await;
    page.set_search("").await;
    page.type_into(SEARCH, "milit* Alg").await;
    page.wait_until("the prefix finds articles", || async {
        page.result_count().await > 0
    })
    .await;
    wait_warmed(&page).await;
    let names = fetched(&page).await;
    let mut seen = std::collections::HashSet::new();
    let twice: Vec<&String> = names.iter().filter(|n| !seen.insert(n.as_str())).collect();
    assert!(twice.is_empty(), "fetched twice: {twice:?} of {names:?}");
    assert!(count(&names, "terms") >= 1 && count(&names, "bodies") >= 1);
    page.close().await;
}

#[tokio::test]
async fn a_key_is_painted_in_the_frame_its_mode_says_and_the_last_of_a_burst_wins() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    // The word's parts, cards and texts in, so the key waits for nothing.
    page.type_into(SEARCH, "вооружения").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    wait_warmed(&page).await;
    // A key is searched at once, and painted in the frame after it; unless the
    // last keys took over a frame of script each (on a busy machine even this
    // small page's may), when the box is in its slow mode and that frame shows
    // the letter first (see `slow_keys`). A few tries for the usual case.
    for _ in 0..4 {
        page.set_search("").await;
        page.wait_results(9).await;
        let slow = page.keys_are_slow().await;
        let seen = page.count_in_the_frame_after(&["вооружения"]).await;
        if !slow {
            assert!(
                seen.starts_with('1'),
                "the frame after the key still showed {seen:?}"
            );
            break;
        }
        assert!(
            seen.starts_with('9'),
            "in the slow mode, the frame after the key showed {seen:?}: it was searched before it"
        );
        page.wait_result_ids(&[ids::RUSSIAN]).await;
    }
    // Three keys before a frame: the first is searched at once (unless slow),
    // the last once the frame comes; the one between is never needed.
    page.wait_until("the idle list is back", || async {
        page.count_in_the_frame_after(&[""]).await.starts_with('9')
    })
    .await;
    page.count_in_the_frame_after(&["в", "воор", "вооружения"]).await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    page.wait_query("q=%D0%B2%D0%BE%D0%BE%D1%80%D1%83%D0%B6%D0%B5%D0%BD%D0%B8%D1%8F")
        .await;
    page.close().await;
}

#[tokio::test]
async fn cards_below_the_screen_fetch_their_texts_when_scrolled_to() {
    let phone = Options {
        site: Site::Test,
        width: 390,
        height: 844,
        ..Options::default()
    };
    // Words in most articles: each card's snippet comes from its text.
    let page = Page::open_with(phone, "?q=russia%20OR%20russie%20OR%20%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F%20OR%20%D8%B1%D9%88%D8%B3%D9%8A%D8%A7").await;
    page.wait_ready().await;
    let listed = page.all(r#"[data-testid="result"]"#).await.len();
    // The page records how many cards want their texts as a performance mark.
    let reach = || async { page.snippet_reach().await.expect("a reach") };
    // The cards that want their texts are those whose top is within one and
    // a half screens (this site's texts fit in a few chunks, so the others'
    // may come with them; on a large site they wait).
    let in_reach = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="result"]')]
                 .filter(c => c.getBoundingClientRect().top < 1.5 * innerHeight).length;"#,
            vec![],
        )
        .await;
    assert_eq!(Some(reach().await as u64), in_reach.as_u64());
    assert!(reach().await < listed, "{listed} cards all in reach on a phone");
    let busy_in_reach = page
        .js(
            r#"return [...document.querySelectorAll('[data-testid="result"]')].slice(0, arguments[0])
                 .some(c => c.querySelector('[data-testid="snippet"]').getAttribute('aria-busy') === 'true');"#,
            vec![json!(reach().await)],
        )
        .await;
    assert_eq!(
        busy_in_reach,
        json!(false),
        "ready while a card in reach waits for its text"
    );
    page.js("window.scrollTo(0, document.body.scrollHeight);", vec![])
        .await;
    // (With the list's end on screen, the reach counts the room below it too.)
    page.wait_until("every card scrolled to is in reach", || async {
        reach().await >= listed
    })
    .await;
    page.wait_until("the cards scrolled to have their snippets", || async {
        !page.exists(r#"[data-testid="snippet"][aria-busy="true"]"#).await
    })
    .await;
    page.close().await;
}
