//! Issue #16, points 1–4: nothing a reader adds is lost. A write the browser
//! refuses is reported per file and not counted; two tabs never overwrite each
//! other silently and hear of each other's changes; stored articles are found
//! from any page of the site, with or without the `localStorage` hint; a
//! stored library that does not open says so and offers export or clearing.

use crate::adding;

use adding::{drop_files, wait_count};
use dossier_core::ingest::{ingest_files, SourceFile};
use dossier_core::library::Stored;
use dossier_core::model::Article;
use dossier_e2e::{Options, Page};
use serde_json::{json, Value};

/// An Arabic article written for these tests.
const ARABIC: &str = "---\ntitle: الجزائر وروسيا توقعان اتفاقية للتعاون في مجال الطاقة\n---\n\
الجزائر - وقعت الجزائر وروسيا يوم الثلاثاء اتفاقية جديدة للتعاون في مجال الطاقة والغاز الطبيعي، \
خلال زيارة وزير الطاقة الروسي إلى العاصمة الجزائرية.\n\n\
وقال الوزير إن البلدين يعملان على تطوير مشاريع مشتركة في التنقيب عن النفط وبناء محطات لتوليد الكهرباء.\n";

const FRENCH_NOTE: &str = "---\ntitle: Notes sur la visite à Alger\n---\n\
Le ministre russe des Affaires étrangères a été reçu à Alger par le président de la République. \
Les deux parties ont évoqué la coopération énergétique, la situation au Sahel et la préparation \
d'une commission mixte prévue pour l'automne.\n";

const RUSSIAN_NOTE: &str = "---\ntitle: Заметки о переговорах\n---\n\
Министр иностранных дел России провёл переговоры в Алжире с президентом республики. \
Стороны обсудили сотрудничество в энергетике, положение в Сахеле и подготовку \
межправительственной комиссии, намеченной на осень.\n";

const RUSSIAN_NEWS: &str = "Визит в Алжир\n\nДелегация российских промышленников прибыла в Алжир, \
чтобы обсудить поставки зерна, строительство электростанций и совместные проекты в горнодобывающей \
отрасли. Алжирская сторона предложила расширить торговлю в национальных валютах.\n";

/// A long French report of `n`: varied sentences, so cleaning keeps them all.
fn long_report(n: usize) -> String {
    let mut text = format!("Rapport d'étape numéro {n} sur la coopération algéro-russe\n\n");
    for i in 0..600 {
        text.push_str(&format!(
            "Au point {i} du rapport {n}, la commission mixte a relevé que les échanges de gaz, de blé \
             et d'équipements ont progressé de {} pour cent au cours du trimestre {}.\n\n",
            (i * 7 + n) % 97,
            i % 4 + 1
        ));
    }
    text
}

/// An article as ingest makes it, from a file of these tests.
fn article(path: &str, text: &str) -> Article {
    let report = ingest_files(vec![SourceFile {
        path: path.into(),
        bytes: text.into(),
    }]);
    report.corpus.articles.into_iter().next().expect("one article")
}

/// This site's IndexedDB database, named after its folder as the worker names it.
fn db_name(page: &Page) -> String {
    format!("dossier:{}", url::Url::parse(page.base()).unwrap().path())
}

/// Runs a script that calls `done(value)` (its last argument) when finished.
async fn run(page: &Page, script: &str, args: Vec<Value>) -> Value {
    let script = format!("const done = arguments[arguments.length - 1]; {script}");
    page.js_async(&script, args).await
}

async fn wait_for(page: &Page, css: &str) {
    page.wait_until(css, || async { page.exists(css).await }).await;
}

#[tokio::test]
async fn a_write_the_browser_refuses_is_reported_per_file_and_not_counted() {
    let page = Page::open("").await;
    drop_files(&page, &[("khabar.md", ARABIC.as_bytes())]).await;
    wait_count(&page, 6).await;

    // Eight long reports take the worker a while to ingest, inside its write
    // transaction; meanwhile the browser drops the site's IndexedDB (as when
    // a reader clears site data), which aborts that transaction at commit.
    let reports: Vec<(String, String)> = (1..=8)
        .map(|n| (format!("rapports/rapport-{n:02}.txt"), long_report(n)))
        .collect();
    let files: Vec<(&str, &[u8])> = reports
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_bytes()))
        .collect();
    drop_files(&page, &files).await;
    page.wait_until("the worker ingests the drop", || async {
        let done = page
            .js(
                "const p = document.querySelector('[data-testid=add-progress]'); return p ? p.value : 0;",
                vec![],
            )
            .await;
        done.as_f64().is_some_and(|d| d > 0.0)
    })
    .await;
    let origin = url::Url::parse(page.base())
        .unwrap()
        .origin()
        .ascii_serialization();
    page.cdp(
        "Storage.clearDataForOrigin",
        json!({ "origin": origin, "storageTypes": "indexeddb" }),
    )
    .await;
    page.wait_until("every file reported as not saved", || async {
        page.all("[data-testid=add-unsaved]").await.len() == reports.len()
    })
    .await;
    assert_eq!(page.text("[data-testid=added-now]").await, "0");
    let first = page.text("[data-testid=add-unsaved]").await;
    assert!(first.contains("rapports/rapport-01.txt"), "{first}");
    assert!(first.contains("Error"), "the browser's reason: {first}");
    // Nothing of the drop is counted or shown, now or after a reload.
    page.reload().await;
    page.wait_until("no report is listed", || async {
        page.result_ids()
            .await
            .iter()
            .all(|id| !id.starts_with("rapport"))
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn persistent_storage_is_asked_for_on_the_first_add_only() {
    let page = Page::start(&Options::default()).await;
    page.before_each_load(
        "window.__persistAsked = 0;
         const persist = StorageManager.prototype.persist;
         StorageManager.prototype.persist = function () { window.__persistAsked++; return persist.call(this); };",
    )
    .await;
    page.goto("").await;
    drop_files(&page, &[("khabar.md", ARABIC.as_bytes())]).await;
    wait_count(&page, 6).await;
    drop_files(&page, &[("novosti.txt", RUSSIAN_NEWS.as_bytes())]).await;
    wait_count(&page, 7).await;
    let asked = page.js("return window.__persistAsked;", vec![]).await;
    assert_eq!(asked, json!(1));
    page.close().await;
}

#[tokio::test]
async fn two_tabs_never_overwrite_each_other_silently_and_hear_of_each_others_changes() {
    let page = Page::start(&Options::default()).await;
    page.goto("").await;
    let tab_a = page.client.window().await.unwrap();
    let tab_b = page.client.new_window(false).await.unwrap().handle;
    page.client.switch_to_window(tab_b.clone()).await.unwrap();
    // Tab B (`?deaf`) does not hear the other tabs, as if it missed their
    // message: the write transaction alone must keep it from overwriting.
    // Installed from tab B itself: a script to run before each load belongs
    // to the tab it is given in.
    page.before_each_load(
        "if (new URLSearchParams(location.search).has('deaf'))
           Object.defineProperty(BroadcastChannel.prototype, 'onmessage', { set(f) {}, get() { return null; } });",
    )
    .await;
    page.goto("?deaf=1").await;
    wait_count(&page, 5).await;

    page.client.switch_to_window(tab_a.clone()).await.unwrap();
    drop_files(
        &page,
        &[
            ("note.md", FRENCH_NOTE.as_bytes()),
            ("khabar.md", ARABIC.as_bytes()),
        ],
    )
    .await;
    wait_count(&page, 7).await;

    page.client.switch_to_window(tab_b.clone()).await.unwrap();
    assert_eq!(page.result_count_text().await, 5, "tab B missed tab A's message");
    drop_files(
        &page,
        &[
            ("note.md", RUSSIAN_NOTE.as_bytes()),
            ("novosti.txt", RUSSIAN_NEWS.as_bytes()),
        ],
    )
    .await;
    // Tab A's khabar, read inside the write, is in tab B's library at once.
    wait_count(&page, 8).await;
    wait_for(&page, "[data-testid=add-replaced][data-doc-id=note]").await;
    let replaced = page.text("[data-testid=add-replaced]").await;
    assert!(replaced.contains("its text differs"), "{replaced}");
    assert_eq!(page.facet_count("lang", "ar").await, Some(1));

    // Tab A hears of tab B's change and reloads its library.
    page.client.switch_to_window(tab_a).await.unwrap();
    wait_count(&page, 8).await;
    page.wait_until("tab A shows tab B's Russian note", || async {
        page.facet_count("lang", "ru").await == Some(2)
    })
    .await;
    page.close().await;
}

#[tokio::test]
async fn stored_articles_are_found_from_any_page_of_the_site_even_without_the_hint() {
    let page = Page::open("").await;
    drop_files(&page, &[("khabar.md", ARABIC.as_bytes())]).await;
    wait_count(&page, 6).await;
    // `/dossier/` and `/dossier/index.html` are one site.
    page.goto("index.html?lang=ar").await;
    wait_count(&page, 1).await;
    assert_eq!(page.result_ids().await, ["khabar"]);
    // The hint is only a hint: without it, the database itself is checked.
    page.js("localStorage.clear();", vec![]).await;
    page.goto("").await;
    wait_count(&page, 6).await;
    let key = format!("dossier-added:{}", url::Url::parse(page.base()).unwrap().path());
    let hint = page
        .js("return localStorage.getItem(arguments[0]);", vec![json!(key)])
        .await;
    assert_eq!(
        hint,
        json!("1"),
        "the hint is written again, keyed by the site's folder"
    );
    page.close().await;
}

#[tokio::test]
async fn a_library_saved_by_a_newer_version_offers_to_export_what_reads_and_to_clear_it() {
    let page = Page::open("").await;
    let record = Stored::new("notes/khabar.md".into(), article("khabar.md", ARABIC)).to_json();
    let future = r#"{"format":9,"shape":"unknown to this version","text":"нечто новое"}"#;
    let made = run(
        &page,
        "const [name, record, future] = arguments;
         const r = indexedDB.open(name, 7);
         r.onupgradeneeded = () => {
           const s = r.result.createObjectStore('articles');
           s.put(record, 'khabar');
           s.put(future, 'zzz-future');
         };
         r.onsuccess = () => { r.result.close(); done(true); };
         r.onerror = () => done(String(r.error));",
        vec![json!(db_name(&page)), json!(record), json!(future)],
    )
    .await;
    assert_eq!(made, json!(true));
    page.reload().await;
    wait_for(&page, "[data-testid=library-unopenable]").await;
    let message = page.text("[data-testid=library-unopenable]").await;
    assert!(message.contains("newer version"), "{message}");
    assert_eq!(page.result_count_text().await, 5);

    page.capture_downloads().await;
    page.click("[data-testid=library-export]").await;
    let (name, _, zip) = page.download_bytes(0).await;
    assert_eq!(name, "dossier.zip");
    let entries = dossier_core::zip::read_zip(&zip).unwrap();
    let text_of = |prefix: &str| {
        entries
            .iter()
            .find(|e| e.path.starts_with(prefix))
            .map(|e| String::from_utf8(e.bytes.clone().unwrap()).unwrap())
    };
    let md = text_of("khabar.md").expect("the readable record, as .md");
    assert!(md.contains("الجزائر وروسيا"), "{md}");
    assert_eq!(text_of("unreadable/").as_deref(), Some(future), "kept as it was");

    page.click("[data-testid=library-clear]").await;
    page.wait_until("the message goes", || async {
        !page.exists("[data-testid=library-unopenable]").await
    })
    .await;
    drop_files(&page, &[("novosti.txt", RUSSIAN_NEWS.as_bytes())]).await;
    wait_count(&page, 6).await;
    page.reload().await;
    wait_count(&page, 6).await;
    assert!(!page.exists("[data-testid=library-unopenable]").await);
    page.close().await;
}

#[tokio::test]
async fn an_upgrade_an_old_tab_blocks_says_so_and_goes_on_once_it_closes() {
    let page = Page::open("").await;
    // This tab plays one of an older version: a version-1 library (a bare
    // article per record) held open, deaf to requests to close it.
    let bare = serde_json::to_string(&article("khabar.md", ARABIC)).unwrap();
    let made = run(
        &page,
        "const [name, bare] = arguments;
         const r = indexedDB.open(name, 1);
         r.onupgradeneeded = () => r.result.createObjectStore('articles').put(bare, 'khabar');
         r.onsuccess = () => { window.__old = r.result; done(true); };
         r.onerror = () => done(String(r.error));",
        vec![json!(db_name(&page)), json!(bare)],
    )
    .await;
    assert_eq!(made, json!(true));
    let old_tab = page.client.window().await.unwrap();
    let new_tab = page.client.new_window(false).await.unwrap().handle;
    page.client.switch_to_window(new_tab.clone()).await.unwrap();
    page.client.goto(page.base()).await.unwrap();
    wait_for(&page, "[data-testid=library-blocked]").await;

    page.client.switch_to_window(old_tab).await.unwrap();
    page.js("window.__old.close();", vec![]).await;
    page.client.switch_to_window(new_tab).await.unwrap();
    page.wait_ready().await;
    wait_count(&page, 6).await;
    assert!(!page.exists("[data-testid=library-blocked]").await);
    assert_eq!(
        page.facet_count("lang", "ar").await,
        Some(1),
        "the version-1 record reads"
    );
    page.close().await;
}
