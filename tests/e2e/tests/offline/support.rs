//! What the offline tests need beyond the harness: taking the page *and* its
//! service worker offline, reading the caches, publishing a new build.

use dossier_e2e::{Page, NO_BLOB_WORKERS};
use serde_json::{json, Value};
use std::path::PathBuf;

/// Waits until a service worker controls the page: its precache is then complete.
pub async fn wait_controlled(page: &Page) {
    page.wait_until("a service worker controls the page", || async {
        page.js("return !!navigator.serviceWorker.controller;", vec![])
            .await
            == json!(true)
    })
    .await;
}

/// The page and its workers, cut off the network as DevTools' "Offline" does.
/// The page's emulation does not reach a worker's own fetches (the service
/// worker's, or the index parts' fetcher's), so each worker's target gets a
/// session (through the page's) with the same emulation.
pub struct Offline {
    /// Each worker's session, and whether the worker is a page's dedicated
    /// one (which ends with its page).
    worker_sessions: Vec<(String, bool)>,
}

impl Offline {
    pub async fn start(page: &Page) -> Offline {
        // A page loaded from now on fetches its index parts itself: its new
        // parts worker would start unreached by the emulation (its target only
        // appears as the page starts, when its first fetches may be under way).
        page.before_each_load(NO_BLOB_WORKERS).await;
        page.cdp("Network.enable", json!({})).await;
        page.cdp("Network.emulateNetworkConditions", conditions(true))
            .await;
        let targets = page.cdp("Target.getTargets", json!({})).await;
        let mut worker_sessions = Vec::new();
        for target in targets["targetInfos"].as_array().expect("targetInfos") {
            if target["type"] != "service_worker" && target["type"] != "worker" {
                continue;
            }
            let attached = page
                .cdp(
                    "Target.attachToTarget",
                    json!({ "targetId": target["targetId"], "flatten": false }),
                )
                .await;
            let session = attached["sessionId"].as_str().expect("sessionId").to_string();
            for (id, method, params) in [
                (1, "Network.enable", json!({})),
                (2, "Network.emulateNetworkConditions", conditions(true)),
            ] {
                let message = json!({ "id": id, "method": method, "params": params }).to_string();
                page.cdp(
                    "Target.sendMessageToTarget",
                    json!({ "sessionId": session, "message": message }),
                )
                .await;
            }
            worker_sessions.push((session, target["type"] == "worker"));
        }
        assert!(
            worker_sessions.iter().any(|(_, dedicated)| !dedicated),
            "no service worker to take offline"
        );
        Offline { worker_sessions }
    }

    /// Back online: the page's emulation is lifted, the workers' sessions (and with
    /// them their emulation) are closed; a dedicated worker's may have ended
    /// with its page already (a reload).
    pub async fn end(self, page: &Page) {
        page.cdp("Network.emulateNetworkConditions", conditions(false))
            .await;
        for (session, dedicated) in self.worker_sessions {
            let detach = json!({ "sessionId": session });
            if dedicated {
                let _ = page.try_cdp("Target.detachFromTarget", detach).await;
            } else {
                page.cdp("Target.detachFromTarget", detach).await;
            }
        }
    }
}

fn conditions(offline: bool) -> Value {
    json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 })
}

/// Runs `body` as an async script that ends with `done(result)`.
pub async fn run(page: &Page, body: &str, args: Vec<Value>) -> Value {
    let script = format!("const done = arguments[arguments.length - 1];\n{body}");
    page.js_async(&script, args).await
}

/// Whether the page's `fetch(url)` fails for want of a network.
pub async fn fetch_fails(page: &Page, url: &str) -> bool {
    run(
        page,
        "fetch(arguments[0], { cache: 'no-store' }).then(() => done(false), () => done(true));",
        vec![json!(url)],
    )
    .await
        == json!(true)
}

/// The names of the origin's caches, sorted.
pub async fn cache_names(page: &Page) -> Vec<String> {
    let names = run(page, "caches.keys().then(k => done(k.sort()));", vec![]).await;
    serde_json::from_value(names).expect("cache names are strings")
}

/// The served site's `sw.js`, rewritten as a new build would change it, and put
/// back when dropped: the other tests use the same site.
pub struct NewBuild {
    path: PathBuf,
    original: String,
}

impl NewBuild {
    pub fn publish() -> NewBuild {
        let dist = std::env::var("DOSSIER_E2E_DIST")
            .expect("DOSSIER_E2E_DIST is not set: run the browser tests with `cargo xtask test`");
        let path = PathBuf::from(dist).join("sw.js");
        let original = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let marker = "const VERSION = \"";
        assert!(original.contains(marker), "sw.js has no `{marker}`");
        std::fs::write(&path, original.replacen(marker, &format!("{marker}next-"), 1)).unwrap();
        NewBuild { path, original }
    }
}

impl Drop for NewBuild {
    fn drop(&mut self) {
        std::fs::write(&self.path, &self.original).expect("cannot restore sw.js");
    }
}
