//! Just enough WebDriver for the benchmark, spoken over a blocking socket: a
//! headless Chromium session, navigation, async scripts, and Chromium's DevTools
//! commands (to install a script before any page script runs and to disable the
//! cache). The e2e tests use fantoccini; the bench stays synchronous and light.

use crate::chromedriver::Chromedriver;
use crate::Result;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

/// The chromedriver process the sessions are opened on.
pub struct Driver {
    process: Chromedriver,
}

impl Driver {
    /// Starts chromedriver on a free port and waits until it listens.
    pub fn start() -> Result<Driver> {
        Ok(Driver {
            process: Chromedriver::start()?,
        })
    }

    /// A fresh headless Chromium with the cache disabled and `init_script` run
    /// in every document before its own scripts.
    pub fn session(&self, init_script: &str) -> Result<Session> {
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "acceptInsecureCerts": true,
            "goog:chromeOptions": {"args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--enable-precise-memory-info", "--js-flags=--expose-gc",
                // The net profile's server has a certificate made for the run.
                "--ignore-certificate-errors"
            ]}
        }}});
        let reply = request(self.process.port, "POST", "/session", Some(&caps))?;
        let id = reply["sessionId"]
            .as_str()
            .ok_or("no session id from chromedriver")?
            .to_string();
        let session = Session {
            port: self.process.port,
            id,
        };
        session.call(
            "POST",
            "/timeouts",
            json!({"script": 900_000, "pageLoad": 300_000}),
        )?;
        session.cdp("Network.enable", json!({}))?;
        session.cdp("Network.setCacheDisabled", json!({"cacheDisabled": true}))?;
        // Cold loads: the site's service worker would otherwise serve every load after the first.
        session.cdp("Network.setBypassServiceWorker", json!({"bypass": true}))?;
        session.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": init_script }),
        )?;
        Ok(session)
    }
}

/// One browser session; closed when dropped.
pub struct Session {
    port: u16,
    id: String,
}

impl Session {
    fn call(&self, method: &str, path: &str, body: Value) -> Result<Value> {
        let path = format!("/session/{}{path}", self.id);
        request(self.port, method, &path, Some(&body))
    }

    /// Navigates and waits for the load event.
    pub fn goto(&self, url: &str) -> Result<()> {
        self.call("POST", "/url", json!({ "url": url })).map(drop)
    }

    /// Runs `body` as an async script: it gets `args` and must call `done(result)`.
    pub fn run_async(&self, body: &str, args: Value) -> Result<Value> {
        let script = format!("const done = arguments[arguments.length - 1];\n{body}");
        self.call(
            "POST",
            "/execute/async",
            json!({ "script": script, "args": [args] }),
        )
    }

    /// A Chrome DevTools Protocol command.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        self.call(
            "POST",
            "/goog/cdp/execute",
            json!({ "cmd": cmd, "params": params }),
        )
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = request(self.port, "DELETE", &format!("/session/{}", self.id), None);
    }
}

/// One HTTP/1.1 request to chromedriver; returns the reply's `value`.
fn request(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("chromedriver: {e}"))?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(body.as_bytes()))
        .map_err(|e| format!("chromedriver: {e}"))?;
    let body = read_reply(&mut stream).map_err(|e| format!("chromedriver: {e}"))?;
    let value: Value =
        serde_json::from_str(&body).map_err(|e| format!("chromedriver reply: {e}: {body:.200}"))?;
    match value["value"].get("error") {
        Some(err) => Err(format!(
            "webdriver {method} {path}: {err}: {}",
            value["value"]["message"]
                .as_str()
                .unwrap_or("")
                .lines()
                .next()
                .unwrap_or("")
        )),
        None => Ok(value["value"].clone()),
    }
}

/// Reads one HTTP reply's body (by Content-Length, or chunked); chromedriver keeps
/// connections open, so reading to the end would wait forever.
fn read_reply(stream: &mut TcpStream) -> std::io::Result<String> {
    let mut reader = BufReader::new(stream);
    let (mut length, mut chunked, mut line) = (None, false, String::new());
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse::<usize>().ok();
        }
        chunked |= lower.starts_with("transfer-encoding:") && lower.contains("chunked");
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim(), 16).unwrap_or(0);
            if size == 0 {
                break;
            }
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk)?;
            body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(n) = length {
        body.resize(n, 0);
        reader.read_exact(&mut body)?;
    } else {
        reader.read_to_end(&mut body)?;
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}
