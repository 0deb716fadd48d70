//! What `cargo xtask bench` is asked to measure: its sizes, peers, network
//! profiles, whether to build the sites, and the extraction benchmark's folder.

use super::extraction;
use super::profile::Profile;
use crate::Result;
use std::path::{Path, PathBuf};

/// What `cargo xtask bench` measures besides Dossier's site.
pub struct Options {
    /// Engines to compare with (`Pagefind`, `MiniSearch`, `Orama`, `FlexSearch`;
    /// none with `--engines none`).
    pub engines: Vec<&'static str>,
    /// Network profiles each page is measured under (`--profiles loopback,net`).
    pub profiles: Vec<Profile>,
    /// Measure the sites already in `target/bench` instead of building them
    /// (`--site reuse`: no ingest, so no native engine figures nor build time).
    pub reuse_site: bool,
    /// The article-extraction benchmark's folder (`--extraction DIR`; cloned
    /// there if missing), or none with `--extraction skip`.
    pub extraction: Option<PathBuf>,
}

impl Options {
    /// From `--engines dossier,pagefind,minisearch,orama,flexsearch|none` (Dossier
    /// is always measured; `dossier` alone: no peer), `--site build|reuse` and
    /// `--extraction DIR|skip` (relative to the repository); profiles: both.
    pub fn parse(
        root: &Path,
        engines: Option<String>,
        site: Option<String>,
        extraction: Option<String>,
    ) -> Result<Options> {
        let engines = match engines.as_deref().unwrap_or(ENGINES) {
            "none" => Vec::new(),
            list => list
                .split(',')
                .filter(|e| *e != "dossier")
                .map(|e| match e {
                    "pagefind" => Ok("Pagefind"),
                    "minisearch" => Ok("MiniSearch"),
                    "orama" => Ok("Orama"),
                    "flexsearch" => Ok("FlexSearch"),
                    other => Err(format!("--engines: `{other}` is not one of {ENGINES} or none")),
                })
                .collect::<Result<_>>()?,
        };
        let reuse_site = match site.as_deref().unwrap_or("build") {
            "build" => false,
            "reuse" => true,
            other => return Err(format!("--site: `{other}` is not build or reuse")),
        };
        let extraction = match extraction.as_deref().unwrap_or(extraction::DEFAULT_DIR) {
            "skip" => None,
            dir => Some(root.join(dir)),
        };
        Ok(Options {
            engines,
            profiles: Profile::ALL.to_vec(),
            reuse_site,
            extraction,
        })
    }

    /// With `--profiles loopback,net` (default: both).
    pub fn with_profiles(self, profiles: Option<&str>) -> Result<Options> {
        let profiles = Profile::parse_list(profiles)?;
        Ok(Options { profiles, ..self })
    }
}

/// Every peer `--engines` knows, the default.
const ENGINES: &str = "dossier,pagefind,minisearch,orama,flexsearch";

/// `seed` (the bundled corpus), `1k`, `10k`, `100k` or a plain number of articles.
pub fn parse_size(s: &str) -> Result<(String, Option<usize>)> {
    let s = s.trim();
    let n = match s.strip_suffix('k') {
        _ if s == "seed" => return Ok(("seed".into(), None)),
        Some(k) => k.parse::<usize>().map(|k| k * 1000),
        None => s.parse(),
    };
    n.map(|n| (s.to_string(), Some(n)))
        .map_err(|_| format!("--sizes: `{s}` is not seed, 1k, 10k, 100k or a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("seed").unwrap(), ("seed".into(), None));
        assert_eq!(parse_size("10k").unwrap(), ("10k".into(), Some(10_000)));
        assert_eq!(parse_size("250").unwrap(), ("250".into(), Some(250)));
        assert!(parse_size("big").is_err());
    }

    #[test]
    fn engines_and_profiles_parse() {
        let root = Path::new("/repo");
        let parse = |e: &str| Options::parse(root, Some(e.into()), None, None).map(|o| o.engines);
        assert_eq!(parse("dossier,orama").unwrap(), ["Orama"]);
        assert_eq!(parse("dossier").unwrap(), Vec::<&str>::new());
        let all = Options::parse(root, None, None, None).unwrap();
        assert_eq!(all.engines, ["Pagefind", "MiniSearch", "Orama", "FlexSearch"]);
        assert_eq!(all.profiles, Profile::ALL);
        let err = parse("lunr").map(drop).unwrap_err();
        assert!(err.contains("`lunr`"), "{err}");
        let net = all.with_profiles(Some("net")).unwrap();
        assert_eq!(net.profiles, [Profile::Net]);
    }
}
