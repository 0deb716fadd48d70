//! Installs the tools the build and tests need, saying what it installs and
//! skipping what is already present.

use crate::{cmd_output, run, Result};
use std::path::Path;
use std::process::Command;

/// The trunk release known to build with this toolchain (0.22 needs a newer rustc).
pub const TRUNK_VERSION: &str = "0.21.14";

/// wasm32 target, trunk, wasm-bindgen-cli matching Cargo.lock, wasm-opt.
pub fn ensure_build_tools(root: &Path) -> Result<()> {
    ensure_wasm_target()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    let wbg = locked_version(root, "wasm-bindgen")?;
    // wasm-bindgen-cli is installed without --locked: its own lock file pins
    // crates that no longer build on current toolchains.
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &wbg, false)?;
    ensure_wasm_opt(root)
}

/// Folder whose `wasm-opt` trunk must find first on the PATH.
pub fn npm_bin_dir(root: &Path) -> std::path::PathBuf {
    root.join("tools/node_modules/.bin")
}

/// The PATH for trunk: the pinned npm tools first.
pub fn path_with_tools(root: &Path) -> std::ffi::OsString {
    let mut paths = vec![npm_bin_dir(root)];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).expect("PATH entries never contain the separator")
}

/// wasm-opt from the npm package `binaryen`, pinned in `tools/package.json`:
/// Debian's binaryen 108 produces a module that fails to start with this
/// wasm-bindgen, so the system one is not used.
fn ensure_wasm_opt(root: &Path) -> Result<()> {
    ensure_npm_packages(
        &root.join("tools"),
        &["node_modules/.bin/wasm-opt"],
        "wasm-opt (npm package binaryen)",
    )
}

/// Installs the npm packages pinned in `dir/package.json` and its lock file
/// (`npm ci`) unless every file of `markers` (relative to `dir`) is there.
pub fn ensure_npm_packages(dir: &Path, markers: &[&str], what: &str) -> Result<()> {
    if markers.iter().all(|m| dir.join(m).exists()) {
        return Ok(());
    }
    ensure_apt("npm", &["nodejs", "npm"])?;
    eprintln!(
        "xtask: installing {what}, pinned in {}",
        dir.join("package.json").display()
    );
    run(Command::new("npm")
        .current_dir(dir)
        .args(["ci", "--no-audit", "--no-fund"]))
}

/// Chromium and its driver for the browser tests.
pub fn ensure_browser() -> Result<()> {
    ensure_apt("chromium", &["chromium"])?;
    ensure_apt("chromedriver", &["chromium-driver"])
}

fn ensure_wasm_target() -> Result<()> {
    let installed = cmd_output(Command::new("rustup").args(["target", "list", "--installed"]))?;
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    eprintln!("xtask: installing the wasm32-unknown-unknown target");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The version of `package` recorded in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e} (run `cargo generate-lockfile`)"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or_else(|| format!("Cargo.lock has no package {package}"))?
        + needle.len();
    Ok(lock[start..].split('"').next().unwrap_or_default().to_string())
}

/// Installs `crate_name` at `version` with cargo unless `bin --version` reports it.
fn ensure_cargo_tool(bin: &str, crate_name: &str, version: &str, locked: bool) -> Result<()> {
    let found = Command::new(bin)
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success());
    if let Some(out) = &found {
        if String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .any(|w| w == version)
        {
            return Ok(());
        }
    }
    eprintln!("xtask: installing {crate_name} {version} with cargo (this takes a few minutes)");
    let mut cmd = Command::new("cargo");
    cmd.args(["install", crate_name, "--version", version, "--force"]);
    if locked {
        cmd.arg("--locked");
    }
    run(&mut cmd).map_err(|e| format!("could not install {crate_name} {version}: {e}"))
}

/// Installs Debian `packages` with apt-get unless `bin` is on the PATH.
fn ensure_apt(bin: &str, packages: &[&str]) -> Result<()> {
    if Command::new("which")
        .arg(bin)
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return Ok(());
    }
    let is_root = cmd_output(Command::new("id").arg("-u")).is_ok_and(|id| id.trim() == "0");
    if !is_root {
        return Err(format!(
            "`{bin}` is missing; install it with `sudo apt-get install {}` (xtask installs it itself when run as root)",
            packages.join(" ")
        ));
    }
    eprintln!("xtask: installing {} with apt-get", packages.join(" "));
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}
