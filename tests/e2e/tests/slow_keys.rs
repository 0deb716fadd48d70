//! Issue 15, point 1: where a key's search and list take over a frame (a
//! large dossier, a slow phone; here the page's CPU slowed 20×), the frame
//! after the next key shows its letter before the search runs; the results
//! follow, the last key of a burst wins, and no letter typed is lost.

use dossier_e2e::{ids, Page};
use serde_json::json;

const SEARCH: &str = r#"[data-testid="search-input"]"#;

#[tokio::test]
async fn on_a_slow_page_the_letter_is_painted_before_the_search_and_the_last_key_wins() {
    let page = Page::open_test("").await;
    page.wait_results(9).await;
    // The word's parts in, so that no key below waits for the network.
    page.type_into(SEARCH, "вооружения").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    page.set_search("").await;
    page.wait_results(9).await;

    page.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 20 }))
        .await;
    // A key searched at once on the slowed page: its frame comes late.
    page.set_search("вооружения").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    assert!(
        page.keys_are_slow().await,
        "a slow key left the box's mode as it was"
    );
    // So the next key waits for the frame that shows it: that frame still
    // paints the last results, and the key's come after.
    let seen = page.count_in_the_frame_after(&[""]).await;
    assert!(
        seen.starts_with('1'),
        "the frame after the key painted {seen:?}: it was searched before the frame"
    );
    page.wait_results(9).await;
    // A burst within one frame: the last key wins.
    page.count_in_the_frame_after(&["в", "воор", "вооружения"]).await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    page.set_search("").await;
    page.wait_results(9).await;
    // Typed key by key on the slowed page: every letter stays in the box and
    // the word's results are listed.
    page.type_into(SEARCH, "вооружения").await;
    page.wait_result_ids(&[ids::RUSSIAN]).await;
    assert_eq!(page.value(SEARCH).await, "вооружения");
    page.wait_query("q=%D0%B2%D0%BE%D0%BE%D1%80%D1%83%D0%B6%D0%B5%D0%BD%D0%B8%D1%8F")
        .await;
    page.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
        .await;
    page.close().await;
}
