//! Harness for the end-to-end tests: a headless Chromium session on the site that
//! `cargo xtask test` builds and serves (`DOSSIER_E2E_URL`), driven through
//! chromedriver (`DOSSIER_WEBDRIVER`).

use fantoccini::{elements::Element, wd::Capabilities, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::time::Duration;

/// How long to wait for the page to reach an expected state.
const TIMEOUT: Duration = Duration::from_secs(15);

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
    /// Starts a fresh headless Chromium and opens the site with `query` (e.g. `?lang=fr`, or "").
    pub async fn open(query: &str) -> Page {
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900"
            ]}),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&env("DOSSIER_WEBDRIVER"))
            .await
            .expect("cannot start a Chromium session through chromedriver");
        let page = Page {
            client,
            base: env("DOSSIER_E2E_URL"),
        };
        page.goto(query).await;
        page
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

    /// Number of listed results.
    pub async fn result_count(&self) -> usize {
        self.all(r#"[data-testid="result"]"#).await.len()
    }

    /// The number in `[data-testid=result-count]`.
    pub async fn result_count_text(&self) -> usize {
        let text = self
            .one(r#"[data-testid="result-count"]"#)
            .await
            .text()
            .await
            .unwrap();
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

    /// The current URL.
    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .expect("current_url failed")
            .to_string()
    }

    /// Ends the browser session.
    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
