//! `cargo xtask test`: every test, native, wasm and in a real browser.

use crate::chromedriver::Chromedriver;
use crate::{run, server, site, tools, Result};
use dossier_core::split::ChunkSizes;
use std::path::Path;
use std::process::Command;

/// Where the end-to-end site with the bundled corpus is mounted, as on GitHub Pages.
const E2E_PUBLIC_URL: &str = "/dossier/";
/// Where the site built from the test corpus (`tests/e2e/corpus`: the seed articles
/// plus hostile markup, Arabic, Russian and a near-duplicate) is mounted.
const E2E_TEST_PUBLIC_URL: &str = "/dossier-test/";
/// A second path the seed site (a default, relative build) is served under.
const E2E_OTHER_PATH: &str = "/copied/somewhere/else/";
/// A path the test site (built for `E2E_TEST_PUBLIC_URL`) is wrongly served under.
const E2E_WRONG_PATH: &str = "/moved/";
/// Where the site under `E2E_PUBLIC_URL` is built.
const SEED_DIST: &str = "target/e2e-dist";

/// Runs the native suite, a short fuzz run and the end-to-end suite in that
/// order, stopping at the first failure.
pub fn run_all(root: &Path) -> Result<()> {
    tools::ensure_build_tools(root)?;
    tools::ensure_browser()?;

    step("native tests: core library and xtask");
    run(Command::new("cargo").current_dir(root).args([
        "test",
        "--workspace",
        "--exclude",
        "dossier",
        "--exclude",
        "dossier-e2e",
    ]))?;

    // Briefly, so CI catches a parser that panics or stalls again (the full run: `cargo xtask fuzz`).
    step("fuzzing the parsers of files and URLs (optimised, 15 s)");
    crate::optimised::rerun(root, &["fuzz".into(), "--seconds".into(), "15".into()])?;

    // The page's own code is tested in the browser, on the release build a
    // reader gets (url_state.rs covers what a wasm-bindgen-test of `url.rs`
    // did, without a debug wasm build of the app: 5 minutes of CI).
    step("end-to-end tests: release sites under /dossier/ and /dossier-test/, and one file, in headless Chromium");
    run_e2e(root, "", &[], None)?;
    println!("xtask: all tests passed");
    Ok(())
}

/// `cargo xtask e2e [--tag T] [--tests a,b] [FILTER]`: the end-to-end suite alone
/// (or the tests of some of its files, `files`), on sites built into folders
/// named by `tag`, so that several developers' runs on one machine do not
/// overwrite each other. `filter` goes to the test harness as it is.
pub fn run_e2e(root: &Path, tag: &str, files: &[String], filter: Option<&str>) -> Result<()> {
    tools::ensure_build_tools(root)?;
    tools::ensure_browser()?;
    ensure_axe(root)?;
    let seed_dist = format!("{SEED_DIST}{tag}");
    // The seed site is a default build (relative URLs), served under two paths;
    // the test site is built for its path with --public-url, and also copied
    // under a wrong one, where its shell must say what went wrong.
    let seed = build_and_serve(
        root,
        "corpus",
        &seed_dist,
        "./",
        &[E2E_PUBLIC_URL, E2E_OTHER_PATH],
        ChunkSizes::default(),
        crate::pwa::PRECACHE_PARTS_LIMIT,
    )?;
    // One card and one lead per chunk and no part precached: on the test site
    // every list, reader, story and export fetches the cards (and a filtered
    // list the leads) it shows, from the network, as on a large dossier.
    let test = build_and_serve(
        root,
        "tests/e2e/corpus",
        &format!("target/e2e-dist-test{tag}"),
        E2E_TEST_PUBLIC_URL,
        &[E2E_TEST_PUBLIC_URL, E2E_WRONG_PATH],
        ChunkSizes {
            cards: 1,
            leads: 1,
            ..ChunkSizes::default()
        },
        0,
    )?;
    let single_dir = root.join(format!("target/e2e-single{tag}"));
    let wants_shell = files.is_empty() || files.iter().any(|a| a == "shell");
    if wants_shell {
        crate::single_file::build(root, &root.join("corpus"), &single_dir)?;
    }
    let driver = Chromedriver::start()?;
    let started = std::time::Instant::now();
    run(Command::new("cargo")
        .current_dir(root)
        .args(["test", "-p", "dossier-e2e", "--test", "e2e"])
        .args(["--", "--test-threads=1"])
        .args(harness_filters(files, filter))
        .env("DOSSIER_E2E_URL", &seed[0])
        .env("DOSSIER_E2E_OTHER_PATH_URL", &seed[1])
        // The seed site's folder: the offline tests publish a "new build" of sw.js there.
        .env("DOSSIER_E2E_DIST", root.join(&seed_dist))
        .env("DOSSIER_E2E_TEST_URL", &test[0])
        .env("DOSSIER_E2E_WRONG_PATH_URL", &test[1])
        .env(
            "DOSSIER_E2E_SINGLE_FILE",
            single_dir.join(crate::single_file::FILE_NAME),
        )
        .env("DOSSIER_WEBDRIVER", driver.url()))?;
    println!("xtask: end-to-end tests took {:.0?}", started.elapsed());
    drop(driver);
    Ok(())
}

/// The test harness's arguments for some files' tests and a filter. Each file
/// is a module of the one test binary, so its tests' paths start `FILE::`; a
/// name filter narrows within those files (`FILE::NAME`); a flag (`--ignored`)
/// is passed as it is.
fn harness_filters(files: &[String], filter: Option<&str>) -> Vec<String> {
    match filter {
        Some(name) if !files.is_empty() && !name.starts_with('-') => {
            files.iter().map(|f| format!("{f}::{name}")).collect()
        }
        _ => files
            .iter()
            .map(|f| format!("{f}::"))
            .chain(filter.map(str::to_string))
            .collect(),
    }
}

/// Builds the release site of `corpus` for `public_url` (its index parts
/// precached up to `precache_parts_limit` bytes), serves it on a free port
/// under each path of `mounts` and returns their URLs.
fn build_and_serve(
    root: &Path,
    corpus: &str,
    dist: &str,
    public_url: &str,
    mounts: &[&str],
    chunks: ChunkSizes,
    precache_parts_limit: u64,
) -> Result<Vec<String>> {
    let dist = root.join(dist);
    site::build(
        root,
        &site::BuildOptions {
            public_url: public_url.into(),
            corpus: root.join(corpus),
            dist: dist.clone(),
            chunks,
            precache_parts_limit,
        },
    )?;
    mounts
        .iter()
        .map(|mount| {
            let addr =
                server::spawn(dist.clone(), mount.to_string(), "127.0.0.1:0").map_err(|e| e.to_string())?;
            Ok(format!("http://{addr}{mount}"))
        })
        .collect()
}

/// axe-core for the accessibility test, pinned in `tests/e2e/package.json`.
fn ensure_axe(root: &Path) -> Result<()> {
    tools::ensure_npm_packages(
        &root.join("tests/e2e"),
        &["node_modules/axe-core/axe.min.js"],
        "axe-core",
    )
}

fn step(name: &str) {
    println!("\n==> {name}");
}
