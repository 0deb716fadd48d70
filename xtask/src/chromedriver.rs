//! The chromedriver process the browser tests and the benchmark talk to.

use crate::Result;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};

/// Where Debian's chromium-driver package installs it.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A chromedriver on a free loopback port, stopped when dropped so none
/// outlives the command that started it, nor any Chromium it started: it
/// runs in a process group of its own, and the whole group is ended. (Killing
/// chromedriver alone left every browser whose session a test had not closed
/// running: ten per browser suite, a few hundred MB each.)
pub struct Chromedriver {
    child: Child,
    pub port: u16,
}

impl Chromedriver {
    /// Starts chromedriver and waits until it listens.
    pub fn start() -> Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {CHROMEDRIVER}: {e}"))?;
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(Chromedriver { child, port });
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Err(format!("{CHROMEDRIVER} did not start listening on port {port}"))
    }

    /// Its WebDriver endpoint.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        // The group's id is chromedriver's pid; `kill -- -PGID` ends them all.
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
