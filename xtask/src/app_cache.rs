//! trunk's build of the app, kept in `target/dossier-app/` and reused while
//! nothing it is built from has changed: the app does not depend on the
//! corpus, so a rebuild after adding articles runs only the data step (on
//! this machine trunk's release build of an unchanged app takes 25–45 s,
//! mostly `wasm-opt` on the page's and the library worker's wasm).

use crate::{cmd_output, run, tools, Result};
use dossier_core::hash::fnv1a_from;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Files and folders (relative to the root) the app is built from: any change
/// in them is a new app. Over-inclusive on purpose (tests and test data under
/// `crates/` too): a needless rebuild costs seconds, a stale app a wrong site.
const INPUTS: &[&str] = &[
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    "index.html",
    ".cargo/config.toml",
    "rust-toolchain.toml",
    "tools/package-lock.json",
    "src",
    "style",
    "assets",
    "crates",
];
/// Environment variables that change what cargo or the core's build script make.
const ENV_INPUTS: &[&str] = &["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "SOURCE_DATE_EPOCH"];
/// App builds kept (a site's and the browser suite's, say); older ones are removed.
const KEPT: usize = 3;
/// The file, in a kept build, of the seconds trunk took to make it.
const TIMING: &str = ".trunk-secs";
/// Set to `1` to build the app with trunk even when a kept build matches.
pub const REBUILD_ENV: &str = "DOSSIER_REBUILD_APP";

/// How the app got into a site's folder.
#[derive(Debug, Clone, Copy)]
pub struct AppBuild {
    /// Seconds spent: trunk's build, or copying a kept one.
    pub secs: f64,
    /// Seconds trunk took when it built the kept app (equal to `secs` when it
    /// just did), so a report can say what a first build costs.
    pub trunk_secs: f64,
    /// Whether a kept build was copied instead of running trunk.
    pub reused: bool,
}

/// Puts trunk's release build of the app, for `public_url`, into `dist`
/// (emptied first, as trunk does), building it only when no kept build matches.
pub fn build_app(root: &Path, public_url: &str, dist: &Path) -> Result<AppBuild> {
    build_app_with(root, public_url, dist, |out| {
        eprintln!("xtask: building the app with trunk (release, public URL {public_url})");
        run(Command::new("trunk")
            .current_dir(root)
            .env("PATH", tools::path_with_tools(root))
            .args(["build", "--release", "--public-url", public_url, "--dist"])
            .arg(out))
    })
}

/// [`build_app`] with `build` writing the app into the folder it is given.
fn build_app_with(
    root: &Path,
    public_url: &str,
    dist: &Path,
    build: impl FnOnce(&Path) -> Result<()>,
) -> Result<AppBuild> {
    let start = Instant::now();
    let key = fingerprint(root, public_url)?;
    let cache = root.join("target/dossier-app");
    let kept = cache.join(format!("{key:016x}"));
    let timing = kept.join(TIMING);
    let rebuild = std::env::var(REBUILD_ENV).is_ok_and(|v| v == "1");
    let reused = !rebuild && timing.exists();
    if reused {
        eprintln!(
            "xtask: the app has not changed since {}: reusing it",
            kept.display()
        );
        // Rewritten so that pruning keeps the builds used last.
        let secs = std::fs::read(&timing).map_err(|e| format!("{}: {e}", timing.display()))?;
        write(&timing, &secs)?;
    } else {
        // Built beside and renamed into place, so a build cut short (or one
        // running at the same time) never leaves a half-written app to reuse.
        let fresh = cache.join(format!("{key:016x}.{}.tmp", std::process::id()));
        build(&fresh)?;
        let secs = start.elapsed().as_secs_f64();
        if fingerprint(root, public_url)? != key {
            // A source edited while trunk ran: this app may hold either version.
            eprintln!("xtask: the app's sources changed during the build: it is used once, not kept");
            return use_once(&fresh, dist, secs);
        }
        write(&fresh.join(TIMING), format!("{secs:.3}").as_bytes())?;
        let _ = std::fs::remove_dir_all(&kept);
        std::fs::rename(&fresh, &kept)
            .map_err(|e| format!("{} -> {}: {e}", fresh.display(), kept.display()))?;
        prune(&cache, &kept);
    }
    let trunk_secs = std::fs::read_to_string(&timing)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0.0);
    fill(dist, &kept)?;
    Ok(AppBuild {
        secs: if reused {
            start.elapsed().as_secs_f64()
        } else {
            trunk_secs
        },
        trunk_secs,
        reused,
    })
}

/// Moves the app just built at `fresh` into `dist`, keeping nothing.
fn use_once(fresh: &Path, dist: &Path, secs: f64) -> Result<AppBuild> {
    fill(dist, fresh)?;
    let _ = std::fs::remove_dir_all(fresh);
    Ok(AppBuild {
        secs,
        trunk_secs: secs,
        reused: false,
    })
}

/// A hash of everything the app is built from: [`INPUTS`]' paths and bytes,
/// the toolchain's and trunk's versions, [`ENV_INPUTS`] and the public URL.
pub fn fingerprint(root: &Path, public_url: &str) -> Result<u64> {
    let mut files = Vec::new();
    for input in INPUTS {
        list_files(&root.join(input), &mut files);
    }
    files.sort();
    let mut h = fnv1a_from(0xcbf2_9ce4_8422_2325, public_url.as_bytes());
    for path in &files {
        let rel = path.strip_prefix(root).unwrap_or(path);
        h = fnv1a_from(h, rel.to_string_lossy().as_bytes());
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        h = fnv1a_from(h, &(bytes.len() as u64).to_le_bytes());
        h = fnv1a_from(h, &bytes);
    }
    let rustc = cmd_output(Command::new("rustc").arg("-vV")).unwrap_or_default();
    h = fnv1a_from(h, rustc.as_bytes());
    h = fnv1a_from(h, tools::TRUNK_VERSION.as_bytes());
    for var in ENV_INPUTS {
        h = fnv1a_from(h, var.as_bytes());
        h = fnv1a_from(h, std::env::var(var).unwrap_or_default().as_bytes());
    }
    Ok(h)
}

/// Every file at or below `path` (none if it does not exist), skipping build
/// output (`target`) and hidden entries inside folders.
fn list_files(path: &Path, out: &mut Vec<PathBuf>) {
    let Ok(meta) = std::fs::metadata(path) else { return };
    if meta.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name == "target" || name.starts_with('.') {
            continue;
        }
        list_files(&entry.path(), out);
    }
}

/// Removes kept builds beyond the [`KEPT`] used last, never `current` nor a
/// build under way (`.tmp`).
fn prune(cache: &Path, current: &Path) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    let mut builds: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p != current && p.extension().is_none_or(|x| x != "tmp"))
        .map(|p| {
            let used = std::fs::metadata(p.join(TIMING)).and_then(|m| m.modified());
            (used.unwrap_or(std::time::UNIX_EPOCH), p)
        })
        .collect();
    builds.sort_by_key(|b| std::cmp::Reverse(b.0));
    for (_, old) in builds.into_iter().skip(KEPT - 1) {
        let _ = std::fs::remove_dir_all(old);
    }
}

/// Empties `dist` (as trunk does) and copies the app at `app` into it.
fn fill(dist: &Path, app: &Path) -> Result<()> {
    if dist.exists() {
        std::fs::remove_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    }
    copy_dir(app, dist)
}

/// Copies the folder `from` to `to` (created), leaving out the timing file.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_name() == TIMING {
            continue;
        }
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst).map_err(|e| format!("{} -> {}: {e}", src.display(), dst.display()))?;
        }
    }
    Ok(())
}

/// Writes `bytes` to `path`, naming it on failure.
fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
#[path = "app_cache_tests.rs"]
mod tests;
