//! Harness for the end-to-end tests: a headless Chromium session on the sites that
//! `cargo xtask test` builds and serves, driven through chromedriver
//! (`DOSSIER_WEBDRIVER`). Two sites: the bundled seed corpus (`DOSSIER_E2E_URL`,
//! under `/dossier/`) and the test corpus of `tests/e2e/corpus`
//! (`DOSSIER_E2E_TEST_URL`, under `/dossier-test/`).

use fantoccini::{elements::Element, wd::Capabilities, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use std::time::Duration;

/// How long to wait for the page to reach an expected state.
const TIMEOUT: Duration = Duration::from_secs(15);

/// A script for [`Page::before_each_load`]: the page may start no worker from
/// a `blob:` URL (as under a Content-Security-Policy without `worker-src
/// blob:`), so it fetches its index parts itself, where a test can patch
/// `window.fetch`. Other workers start as usual.
pub const NO_BLOB_WORKERS: &str = "const Original = window.Worker;
     window.Worker = function (url, options) {
       if (String(url).startsWith('blob:')) throw new DOMException('refused', 'SecurityError');
       return new Original(url, options);
     };";

/// A script for [`Page::before_each_load`]: a worker the page starts from a
/// `blob:` URL fails as it starts (as one whose script a
/// Content-Security-Policy blocks), after the page has begun to use it.
pub const FAILING_BLOB_WORKERS: &str = "const Original = window.Worker;
     window.Worker = function (url, options) {
       if (String(url).startsWith('blob:')) url = 'data:text/javascript,throw new Error(\"refused\")';
       return new Original(url, options);
     };";

/// Ids of the test corpus's own articles.
pub mod ids {
    pub const ARTICLE_003: &str = "003_e875bc3e70eee7ce";
    pub const FRENCH_002: &str = "002_aad1842393c3ab9b";
    pub const HOSTILE: &str = "005_hostile_markup";
    pub const ARABIC: &str = "006_arabic_algeria_russia";
    pub const NEAR_DUPLICATE: &str = "007_near_duplicate_of_003";
    pub const RUSSIAN: &str = "008_russian_visit";
}

/// Which site a session opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// The bundled five-article corpus.
    Seed,
    /// The seed articles plus the test corpus's own (hostile, Arabic, Russian, duplicate).
    Test,
}

/// How to start the browser.
#[derive(Debug, Clone)]
pub struct Options {
    pub site: Site,
    pub width: u32,
    pub height: u32,
    /// Browser UI language (`navigator.language`), e.g. `fr`.
    pub browser_lang: &'static str,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            site: Site::Seed,
            width: 1280,
            height: 900,
            browser_lang: "en-US",
        }
    }
}

/// The listed articles: results and the other reports of their stories.
const ARTICLES: &str = r#"[data-testid="result"], [data-testid="story-member"]"#;

/// One browser session on the site under test.
pub struct Page {
    pub client: Client,
    base: String,
}

fn env(name: &str) -> String {
    std::env::var(name)
        .unwrap_or_else(|_| panic!("{name} is not set: run the browser tests with `cargo xtask test`"))
}

impl Page {
    /// Starts a fresh headless Chromium on the seed site with `query` (e.g. `?lang=fr`, or "").
    pub async fn open(query: &str) -> Page {
        Page::open_with(Options::default(), query).await
    }

    /// Starts a fresh headless Chromium on the test-corpus site with `query`.
    pub async fn open_test(query: &str) -> Page {
        Page::open_with(
            Options {
                site: Site::Test,
                ..Options::default()
            },
            query,
        )
        .await
    }

    /// Starts a fresh headless Chromium as `opts` says and opens `query`.
    pub async fn open_with(opts: Options, query: &str) -> Page {
        let page = Page::start(&opts).await;
        page.goto(query).await;
        page
    }

    /// Starts the browser without opening the site.
    pub async fn start(opts: &Options) -> Page {
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--window-size={},{}", opts.width, opts.height),
                    format!("--lang={}", opts.browser_lang),
                ],
                "prefs": { "intl.accept_languages": opts.browser_lang },
            }),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&env("DOSSIER_WEBDRIVER"))
            .await
            .expect("cannot start a Chromium session through chromedriver");
        let base = match opts.site {
            Site::Seed => env("DOSSIER_E2E_URL"),
            Site::Test => env("DOSSIER_E2E_TEST_URL"),
        };
        let page = Page { client, base };
        if opts.width < 500 {
            // Chromium's windows are at least 500 px wide; narrower needs emulation.
            page.cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": opts.width, "height": opts.height, "deviceScaleFactor": 1, "mobile": true }),
            )
            .await;
        }
        page
    }

    /// The site's URL, ending in its sub-path's `/`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Navigates to the site with `query` and waits until it is ready.
    pub async fn goto(&self, query: &str) {
        self.client
            .goto(&format!("{}{query}", self.base))
            .await
            .expect("navigation failed");
        self.wait_ready().await;
    }

    /// Waits for `[data-ready="true"]`.
    pub async fn wait_ready(&self) {
        self.client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::Css(r#"[data-ready="true"]"#))
            .await
            .expect("the app never became ready");
    }

    /// Reloads the page and waits until it is ready.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload failed");
        self.wait_ready().await;
    }

    /// All elements matching a CSS selector.
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find_all failed")
    }

    /// The one element matching a CSS selector (waits for it).
    pub async fn one(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|_| panic!("no element matches {css}"))
    }

    /// Clicks the element matching `css` (waits for it).
    pub async fn click(&self, css: &str) {
        self.one(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Clicks with Shift held (done in the page: WebDriver actions are per-driver).
    pub async fn shift_click(&self, css: &str) {
        self.js(
            "const el = document.querySelector(arguments[0]);
             el.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, shiftKey: true, button: 0}));",
            vec![json!(css)],
        )
        .await;
    }

    /// Presses on the element matching `from`, moves over `via` and releases on
    /// `to` (centres), as a mouse or, with `touch`, a finger: real pointer
    /// events from WebDriver actions, not events made up in the page.
    pub async fn drag(&self, from: &str, via: &str, to: &str, touch: bool) {
        use fantoccini::actions::{
            InputSource, MouseActions, PointerAction, TouchActions, MOUSE_BUTTON_LEFT,
        };
        let mut steps = vec![];
        for (i, css) in [from, via, to].into_iter().enumerate() {
            steps.push(PointerAction::MoveToElement {
                element: self.one(css).await,
                duration: Some(Duration::from_millis(if i == 0 { 0 } else { 120 })),
                x: 0.0,
                y: 0.0,
            });
            if i == 0 {
                steps.push(PointerAction::Down {
                    button: MOUSE_BUTTON_LEFT,
                });
            }
        }
        steps.push(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
        let done = if touch {
            let seq = steps
                .into_iter()
                .fold(TouchActions::new("finger".into()), |s, a| s.then(a));
            self.client.perform_actions(seq).await
        } else {
            let seq = steps
                .into_iter()
                .fold(MouseActions::new("mouse".into()), |s, a| s.then(a));
            self.client.perform_actions(seq).await
        };
        done.unwrap_or_else(|e| panic!("cannot drag from {from} to {to}: {e}"));
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its result.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Every file the page has loaded so far, in the order they were asked
    /// for, with the protocol that answered (`""` when the service worker did;
    /// `None` when unknown): its Resource Timing, and the index parts its
    /// fetcher worker loaded, which it records as `dossier-part` measures.
    pub async fn fetched_files(&self) -> Vec<(String, Option<String>)> {
        let v = self
            .js(
                "const files = performance.getEntriesByType('resource')
                   .map(e => [e.name, e.nextHopProtocol, e.startTime]);
                 const parts = performance.getEntriesByName('dossier-part', 'measure')
                   .map(m => [m.detail.url, m.detail.protocol, m.startTime]);
                 return files.concat(parts).sort((a, b) => a[2] - b[2]).map(([n, p]) => [n, p]);",
                vec![],
            )
            .await;
        serde_json::from_value(v).expect("[name, protocol] pairs")
    }

    /// Like [`Page::js`] for a script that ends by calling `arguments[arguments.length - 1]`.
    pub async fn js_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute_async(script, args)
            .await
            .unwrap_or_else(|e| panic!("async script failed: {e}\n{script}"))
    }

    /// Sets the search box to each of `texts` in one task (keys faster than a
    /// frame), with a frame callback queued before them; answers the result
    /// count that callback saw, i.e. what the frame after the keys paints (the
    /// app's own frame callbacks, queued later, run after it).
    pub async fn count_in_the_frame_after(&self, texts: &[&str]) -> String {
        let seen = self
            .js_async(
                r#"const [texts, done] = arguments;
                   const input = document.querySelector('[data-testid="search-input"]');
                   requestAnimationFrame(() =>
                     done(document.querySelector('[data-testid="result-count"]').textContent));
                   for (const t of texts) {
                     input.value = t;
                     input.dispatchEvent(new Event('input', { bubbles: true }));
                   }"#,
                vec![json!(texts)],
            )
            .await;
        seen.as_str().unwrap_or_default().to_string()
    }

    /// Sets the search box to `text` in one input event (as a paste, or a key
    /// that clears it, would).
    pub async fn set_search(&self, text: &str) {
        self.js(
            r#"const i = document.querySelector('[data-testid="search-input"]');
               i.value = arguments[0]; i.dispatchEvent(new Event('input', { bubbles: true }));"#,
            vec![json!(text)],
        )
        .await;
    }

    /// Whether the search box is in its slow mode (it marks its form), where a
    /// key is applied once the frame showing it is painted.
    pub async fn keys_are_slow(&self) -> bool {
        self.exists(r#"form[data-keys="slow"]"#).await
    }

    /// Attribute `name` of the element matching `css`.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.one(css).await.attr(name).await.expect("attr failed")
    }

    /// The `value` property of the form control matching `css` (waits for it).
    pub async fn value(&self, css: &str) -> String {
        self.one(css).await;
        let v = self
            .js(
                "return document.querySelector(arguments[0]).value;",
                vec![json!(css)],
            )
            .await;
        v.as_str().unwrap_or_default().to_string()
    }

    /// Visible text of the element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.one(css).await.text().await.expect("text failed")
    }

    /// `textContent` of the element matching `css`, or None if there is none.
    pub async fn text_content(&self, css: &str) -> Option<String> {
        let v = self
            .js(
                "const el = document.querySelector(arguments[0]); return el ? el.textContent : null;",
                vec![json!(css)],
            )
            .await;
        v.as_str().map(str::to_string)
    }

    /// Whether any element matches `css` right now.
    pub async fn exists(&self, css: &str) -> bool {
        !self.all(css).await.is_empty()
    }

    /// Number of listed articles: each result, and each other report of a
    /// story a result stands for (its `story-member`s), so tests that count
    /// articles hold whether reports of one event are grouped or not.
    pub async fn result_count(&self) -> usize {
        self.all(ARTICLES).await.len()
    }

    /// `data-doc-id` of each listed article, in display order: a result, then
    /// the other reports of its story (see [`Page::result_count`]).
    pub async fn result_ids(&self) -> Vec<String> {
        let v = self
            .js(
                &format!("return [...document.querySelectorAll('{ARTICLES}')].map(e => e.dataset.docId);"),
                vec![],
            )
            .await;
        serde_json::from_value(v).expect("ids are strings")
    }

    /// How many cards of the list want their texts (and, in the next list,
    /// their cards), as the page last recorded it (its
    /// `dossier-snippet-reach` mark); `None` before the first list is measured.
    pub async fn snippet_reach(&self) -> Option<usize> {
        self.js(
            "return performance.getEntriesByName('dossier-snippet-reach', 'mark').pop()?.detail;",
            vec![],
        )
        .await
        .as_u64()
        .map(|r| r as usize)
    }

    /// The number in `[data-testid=result-count]`.
    pub async fn result_count_text(&self) -> usize {
        let text = self.text(r#"[data-testid="result-count"]"#).await;
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        digits
            .parse()
            .unwrap_or_else(|_| panic!("result count `{text}` has no number"))
    }

    /// Polls `check` until it returns true or the timeout passes.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let start = std::time::Instant::now();
        while start.elapsed() < TIMEOUT {
            if check().await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("timed out waiting until {what}");
    }

    /// Waits until exactly `n` results are listed.
    pub async fn wait_results(&self, n: usize) {
        self.wait_until(&format!("{n} results are listed"), || async {
            self.result_count().await == n
        })
        .await;
    }

    /// Waits until the listed results are `ids`, in that order.
    pub async fn wait_result_ids(&self, ids: &[&str]) {
        let mut last = Vec::new();
        let start = std::time::Instant::now();
        while start.elapsed() < TIMEOUT {
            last = self.result_ids().await;
            if last == ids {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("results are {last:?}, expected {ids:?}");
    }

    /// The current URL.
    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current_url failed")
            .to_string()
    }

    /// The current URL's query string, without `?`.
    pub async fn query(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current_url failed")
            .query()
            .unwrap_or_default()
            .to_string()
    }

    /// Waits until the URL's query string is exactly `query` (without `?`).
    pub async fn wait_query(&self, query: &str) {
        let mut last = String::new();
        let start = std::time::Instant::now();
        while start.elapsed() < TIMEOUT {
            last = self.query().await;
            if last == query {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the query string is `{last}`, expected `{query}`");
    }

    /// `history.length`.
    pub async fn history_len(&self) -> u64 {
        self.js("return history.length;", vec![])
            .await
            .as_u64()
            .expect("history.length is a number")
    }

    /// The facet option for `value` of facet `kind` (`lang` or `topic`).
    pub async fn facet(&self, kind: &str, value: &str) -> Element {
        self.one(&format!(r#"[data-facet="{kind}"][data-value="{value}"]"#))
            .await
    }

    /// `data-count` of a facet option, or None if the option is not shown.
    pub async fn facet_count(&self, kind: &str, value: &str) -> Option<usize> {
        let css = format!(r#"[data-facet="{kind}"][data-value="{value}"]"#);
        let el = self.client.find(Locator::Css(&css)).await.ok()?;
        el.attr("data-count").await.ok()??.parse().ok()
    }

    /// Clicks a result's title link and waits for the reader to show it.
    pub async fn open_result(&self, id: &str) {
        self.click(&format!(r#"[data-testid="result"][data-doc-id="{id}"] a"#))
            .await;
        self.wait_reader(id).await;
    }

    /// Waits until the reader shows article `id`.
    pub async fn wait_reader(&self, id: &str) {
        self.one(&format!(r#"[data-testid="reader"][data-doc-id="{id}"]"#))
            .await;
    }

    /// Waits until no reader is shown.
    pub async fn wait_reader_closed(&self) {
        self.wait_until("the reader is closed", || async {
            !self.exists(r#"[data-testid="reader"]"#).await
        })
        .await;
    }

    /// Types `text` into the element matching `css`, one key at a time.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.one(css)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("cannot type into {css}: {e}"));
    }

    /// Sends keys to whatever has focus.
    pub async fn press(&self, keys: &str) {
        let body = self.one("body").await;
        self.client
            .active_element()
            .await
            .unwrap_or(body)
            .send_keys(keys)
            .await
            .expect("send_keys failed");
    }

    /// A short description of the focused element (`tag#id[data-testid]` and text).
    pub async fn focused(&self) -> String {
        self.js(
            "const e = document.activeElement; if (!e) return '';
             const doc = e.closest('[data-doc-id]');
             return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
               + (e.dataset.testid ? '[' + e.dataset.testid + ']' : '')
               + (doc ? ' in ' + doc.dataset.docId : '');",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Replaces the download path (object URL + anchor click) with a recorder:
    /// each download lands in `window.__downloads` as `{name, text}`.
    pub async fn capture_downloads(&self) {
        self.js(
            "window.__downloads = [];
             const blobs = new Map();
             const create = URL.createObjectURL.bind(URL);
             URL.createObjectURL = (blob) => { const u = create(blob); blobs.set(u, blob); return u; };
             HTMLAnchorElement.prototype.click = function () {
               const blob = blobs.get(this.href);
               const entry = { name: this.download, type: blob ? blob.type : null, text: null, base64: null };
               window.__downloads.push(entry);
               if (blob) blob.arrayBuffer().then(b => {
                 const bytes = new Uint8Array(b);
                 let bin = '';
                 for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
                 entry.base64 = btoa(bin);
                 entry.text = new TextDecoder().decode(bytes);
               });
             };",
            vec![],
        )
        .await;
    }

    /// Waits for the `n`th (from 0) captured download and returns its name, type and text.
    pub async fn download(&self, n: usize) -> (String, String, String) {
        let start = std::time::Instant::now();
        let got = loop {
            let got = self
                .js(
                    "const d = (window.__downloads || [])[arguments[0]];
                     return d && d.text !== null ? d : null;",
                    vec![json!(n)],
                )
                .await;
            if !got.is_null() {
                break got;
            }
            assert!(start.elapsed() < TIMEOUT, "download {n} was never made");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let s = |k: &str| got[k].as_str().unwrap_or_default().to_string();
        (s("name"), s("type"), s("text"))
    }

    /// Like [`Page::download`], for binary files: name, type and bytes.
    pub async fn download_bytes(&self, n: usize) -> (String, String, Vec<u8>) {
        let (name, kind, _) = self.download(n).await;
        let b64 = self
            .js("return window.__downloads[arguments[0]].base64;", vec![json!(n)])
            .await;
        (name, kind, base64_decode(b64.as_str().unwrap_or_default()))
    }

    /// Runs axe-core's WCAG 2.0/2.1 A and AA rules and its best practices (landmarks,
    /// heading order, …) on the page and returns the violations,
    /// one readable line each (rule, impact, help and the offending nodes).
    pub async fn axe_violations(&self) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{path}: {e} (run `npm ci` in tests/e2e, or `cargo xtask test`)"));
        self.js(&source, vec![]).await;
        let result = self
            .js_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
                   .then(r => done(r.violations.map(v =>
                     v.id + ' (' + v.impact + '): ' + v.help + '\\n    '
                     + v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\n/g, ' ')).join('\\n    '))))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await;
        serde_json::from_value(result).expect("violations are strings")
    }

    /// Asserts axe finds no WCAG 2 A/AA violation, naming `context` when it does.
    pub async fn assert_accessible(&self, context: &str) {
        let violations = self.axe_violations().await;
        assert!(
            violations.is_empty(),
            "axe found {} violation(s) on {context}:\n  {}",
            violations.len(),
            violations.join("\n  ")
        );
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.try_cdp(cmd, params)
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd} failed: {e}"))
    }

    /// [`Page::cdp`], failing with the reason rather than panicking (for a
    /// target that may be gone, such as a worker of a page since reloaded).
    pub async fn try_cdp(&self, cmd: &str, params: Value) -> Result<Value, String> {
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_string(),
                params,
            })
            .await
            .map_err(|e| e.to_string())
    }

    /// Runs `source` in every document this session opens, before the page's scripts.
    pub async fn before_each_load(&self, source: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )
        .await;
    }

    /// Emulates the system colour scheme (`light` or `dark`).
    pub async fn emulate_color_scheme(&self, scheme: &str) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await;
    }

    /// Lets the page read and write the clipboard without a prompt.
    pub async fn grant_clipboard(&self) {
        let url = url::Url::parse(&self.base).expect("base URL");
        self.cdp(
            "Browser.grantPermissions",
            json!({
                "origin": url.origin().ascii_serialization(),
                "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
            }),
        )
        .await;
    }

    /// Ends the browser session.
    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// chromedriver's `goog/cdp/execute` endpoint.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Parses RFC 4180 CSV (quoted fields, `""` escapes, CRLF) into rows of fields.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Decodes standard base64 (as `btoa` writes it).
pub fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {:?}", c as char),
    };
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'=').map(value).collect();
    digits
        .chunks(4)
        .flat_map(|c| {
            let n = c
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &d)| n | (d as u32) << (18 - 6 * i));
            let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            bytes.into_iter().take(c.len() - 1)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_parser_handles_quotes_commas_and_crlf() {
        let rows = super::parse_csv("\"a\",\"b\"\r\n\"x, \"\"y\"\"\",\"\"\r\n");
        assert_eq!(rows, vec![vec!["a", "b"], vec!["x, \"y\"", ""]]);
    }

    #[test]
    fn base64_decodes_what_btoa_writes() {
        assert_eq!(super::base64_decode("TWFu"), b"Man");
        assert_eq!(super::base64_decode("TWE="), b"Ma");
        assert_eq!(super::base64_decode("TQ=="), b"M");
        assert_eq!(super::base64_decode("AP8Q"), [0, 255, 16]);
    }
}
