//! Commands that crunch numbers (`fuzz`, `bench`, large `gen-corpus` runs, and
//! `build`, `serve` and `corpus` on a large corpus) re-run xtask built with
//! optimisations, in a profile of their own so the wasm release profile
//! (size-optimised, LTO) stays untouched and nothing else is rebuilt.

use crate::{run, Result};
use dossier_core::ingest::{is_article, is_skipped};
use std::path::Path;
use std::process::Command;

/// Article files from which a build re-runs optimised. The optimised xtask is
/// compiled once (a few minutes; CI compiles it anyway for `fuzz`) and then
/// ingests on every core several times faster than the unoptimised one, which
/// spent over 12 s per 1,000 articles (issue #15: 100k in over 20 minutes):
/// from here a user who rebuilds while editing a corpus gets it back within a
/// few builds, while the bundled corpus and the tests' stay unoptimised.
pub const BUILD_ARTICLES: usize = 2_000;

/// The Cargo profile, defined on the command line (`--config`), built into `target/xtask-opt/`.
const PROFILE: &str = "xtask-opt";
/// Set in the re-run process, so it never re-runs itself again.
const GUARD: &str = "DOSSIER_XTASK_OPTIMISED";

/// Whether this process was compiled with optimisations.
pub fn is_optimised() -> bool {
    !cfg!(debug_assertions) || std::env::var_os(GUARD).is_some()
}

/// Runs `cargo xtask ARGS` again, compiled with `opt-level = 3`, and waits for it.
pub fn rerun(root: &Path, args: &[String]) -> Result<()> {
    eprintln!(
        "xtask: re-running `{}` compiled with optimisations (profile {PROFILE})",
        args.join(" ")
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let settings = [
        "inherits = \"release\"",
        "opt-level = 3",
        "lto = false",
        "codegen-units = 16",
        "panic = \"unwind\"",
        "incremental = true",
    ];
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root).args(["run", "--quiet"]);
    for s in settings {
        cmd.arg("--config").arg(format!("profile.{PROFILE}.{s}"));
    }
    cmd.args(["--profile", PROFILE, "--package", "xtask", "--"])
        .args(args)
        .env(GUARD, "1");
    run(&mut cmd)
}

/// Whether a command that ingests `corpus` should re-run optimised: in the
/// unoptimised xtask, for a corpus of at least [`BUILD_ARTICLES`] article files.
pub fn pays_for(corpus: &Path) -> bool {
    !is_optimised() && count_articles(corpus, "", BUILD_ARTICLES) >= BUILD_ARTICLES
}

/// Article files below `dir` (as ingest would read them), counted up to `limit`.
fn count_articles(dir: &Path, prefix: &str, limit: usize) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    for entry in entries.flatten() {
        if n >= limit {
            break;
        }
        let rel = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if is_skipped(&rel) {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => n += count_articles(&entry.path(), &format!("{rel}/"), limit - n),
            Ok(_) if is_article(&rel) => n += 1,
            _ => {}
        }
    }
    n
}
