//! The network profiles a site is measured under: loopback (the bench server on
//! 127.0.0.1, as fast as the machine) and `net`, a broadband visit to GitHub
//! Pages (40 ms round trips, 20 Mbit/s down) with files sent gzipped over
//! HTTP/2 as Pages sends them. The `net` server plays the link itself
//! (`h2_server.rs`): Chromium's network emulation throttles only the page's own
//! requests, and those of its workers would cross a link as fast as loopback.

use super::webdriver::Session;
use crate::Result;
use serde_json::json;

/// One way of reaching the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    Loopback,
    Net,
}

/// Round-trip latency the `net` profile adds to every request, ms.
pub const LATENCY_MS: u32 = 40;
/// 20 Mbit/s down, in bytes per second, shared by every response.
pub const DOWN_BYTES_PER_SEC: u32 = 20_000_000 / 8;

impl Profile {
    /// Both, in report order: what `cargo xtask bench` runs by default.
    pub const ALL: [Profile; 2] = [Profile::Loopback, Profile::Net];

    /// The name `--profiles` takes and the report prints.
    pub fn name(self) -> &'static str {
        match self {
            Profile::Loopback => "loopback",
            Profile::Net => "net",
        }
    }

    /// What the report says the profile is.
    pub fn describe(self) -> &'static str {
        match self {
            Profile::Loopback => "127.0.0.1, files uncompressed, no throttling",
            Profile::Net => {
                "40 ms round trips and 20 Mbit/s down played by the server for every request (the page's and its workers'), files gzipped, HTTP/2: GitHub Pages on broadband"
            }
        }
    }

    /// Lifts any network emulation from the session's tab: under either
    /// profile the browser's side is unthrottled, and the `net` server plays
    /// the link ([`LATENCY_MS`], [`DOWN_BYTES_PER_SEC`]).
    pub fn apply(self, session: &Session) -> Result<()> {
        session
            .cdp(
                "Network.emulateNetworkConditions",
                json!({"offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}),
            )
            .map(drop)
    }

    /// `--profiles loopback,net` (default: both).
    pub fn parse_list(list: Option<&str>) -> Result<Vec<Profile>> {
        let Some(list) = list else {
            return Ok(Profile::ALL.to_vec());
        };
        let mut out = Vec::new();
        for name in list.split(',').map(str::trim) {
            let p = Profile::ALL
                .into_iter()
                .find(|p| p.name() == name)
                .ok_or_else(|| format!("--profiles: `{name}` is not loopback or net"))?;
            if !out.contains(&p) {
                out.push(p);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_parse_in_the_given_order_once_each() {
        assert_eq!(Profile::parse_list(None).unwrap(), Profile::ALL);
        assert_eq!(
            Profile::parse_list(Some("net,loopback,net")).unwrap(),
            [Profile::Net, Profile::Loopback]
        );
        let err = Profile::parse_list(Some("wifi")).unwrap_err();
        assert!(err.contains("`wifi`"), "{err}");
    }
}
