//! Commands that crunch numbers (`fuzz`, `bench`, large `gen-corpus` runs) re-run
//! xtask built with optimisations, in a profile of their own so the wasm release
//! profile (size-optimised, LTO) stays untouched and nothing else is rebuilt.

use crate::{run, Result};
use std::path::Path;
use std::process::Command;

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
