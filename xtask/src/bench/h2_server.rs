//! The `net` profile's server: `h2.mjs` under Node, serving a site over HTTP/2
//! and TLS with a certificate made for the run, as GitHub Pages serves it, at
//! the pace of the profile's link.
//! Over the bench's own HTTP/1.1 server Chromium opens six connections to a
//! host, so a view's twenty parts crossed the emulated 40 ms link in four
//! waves; on Pages they share one connection and cross in one.

use crate::Result;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A running server; stopped when dropped.
pub struct H2Server {
    child: Child,
    /// `https://127.0.0.1:PORT/`.
    pub url: String,
}

impl H2Server {
    /// Serves `root` at `/`; the key and certificate are made once in `tls_dir`.
    pub fn start(root: &Path, tls_dir: &Path) -> Result<H2Server> {
        let (key, cert) = (tls_dir.join("key.pem"), tls_dir.join("cert.pem"));
        if !(key.exists() && cert.exists()) {
            std::fs::create_dir_all(tls_dir).map_err(|e| format!("{}: {e}", tls_dir.display()))?;
            let status = Command::new("openssl")
                .args([
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "30",
                    "-subj",
                    "/CN=127.0.0.1",
                ])
                .args(["-addext", "subjectAltName=IP:127.0.0.1", "-keyout"])
                .arg(&key)
                .arg("-out")
                .arg(&cert)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .map_err(|e| format!("openssl (for the net profile's HTTPS certificate): {e}"))?;
            if !status.success() {
                return Err("openssl could not make the net profile's certificate".into());
            }
        }
        let script = tls_dir.join("h2.mjs");
        std::fs::write(&script, include_str!("h2.mjs")).map_err(|e| format!("{}: {e}", script.display()))?;
        let mut child = Command::new("node")
            .arg(&script)
            .arg(root)
            .arg(&key)
            .arg(&cert)
            .arg(super::profile::LATENCY_MS.to_string())
            .arg(super::profile::DOWN_BYTES_PER_SEC.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("node (the net profile's HTTP/2 server): {e}"))?;
        let mut line = String::new();
        let stdout = child.stdout.take().ok_or("node: no stdout")?;
        BufReader::new(stdout)
            .read_line(&mut line)
            .map_err(|e| format!("h2.mjs: {e}"))?;
        let port: u16 = line
            .trim()
            .parse()
            .map_err(|_| format!("h2.mjs printed `{}`, not its port", line.trim()))?;
        Ok(H2Server {
            child,
            url: format!("https://127.0.0.1:{port}/"),
        })
    }
}

impl Drop for H2Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
