//! The library worker's files in `dist/`: trunk writes them under fixed names
//! (`dossier-worker.js`, `dossier-worker_bg.wasm`, `dossier-worker_loader.js`);
//! they get a content hash here so browsers and GitHub Pages can cache them
//! without ever pairing an old script with a new module.

use crate::Result;
use dossier_core::hash::fnv1a;
use std::path::Path;

const STEM: &str = "dossier-worker";

/// Renames the worker's script and module after their contents, writes a loader
/// for them, and returns the loader's name (for `<meta name="dossier-worker">`).
pub fn hash_files(dist: &Path) -> Result<String> {
    let read = |name: &str| {
        std::fs::read(dist.join(name)).map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let script_name = find(dist, ".js", "_loader.js")?;
    let module_name = find(dist, "_bg.wasm", "")?;
    let (script, module) = (read(&script_name)?, read(&module_name)?);
    let hash = fnv1a(&[script.as_slice(), module.as_slice()].concat());
    let script_out = format!("{STEM}-{hash:016x}.js");
    let module_out = format!("{STEM}-{hash:016x}_bg.wasm");
    let loader_out = format!("{STEM}-{hash:016x}_loader.js");
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dist.join(name), bytes).map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    write(&script_out, &script)?;
    write(&module_out, &module)?;
    // Relative to the loader, which sits beside them, so any sub-path works.
    write(
        &loader_out,
        format!(r#"importScripts("./{script_out}");wasm_bindgen("./{module_out}");"#).as_bytes(),
    )?;
    for old in std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let name = old
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with(STEM) && ![&script_out, &module_out, &loader_out].contains(&&name) {
            std::fs::remove_file(dist.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(loader_out)
}

/// The one file of trunk's worker output ending in `suffix` (and not in `not`).
fn find(dist: &Path, suffix: &str, not: &str) -> Result<String> {
    let names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(STEM) && n.ends_with(suffix) && (not.is_empty() || !n.ends_with(not)))
        .collect();
    match names.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "{}: expected one {STEM}*{suffix} from trunk, found {names:?}",
            dist.display()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_files_get_one_content_hash_and_a_loader() {
        let dist = std::env::temp_dir().join(format!("dossier-worker-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("dossier-worker.js"), "var wasm_bindgen;").unwrap();
        std::fs::write(dist.join("dossier-worker_bg.wasm"), b"\0asm").unwrap();
        std::fs::write(dist.join("dossier-worker_loader.js"), "old").unwrap();
        std::fs::write(dist.join("index.html"), "<html>").unwrap();
        let loader = hash_files(&dist).unwrap();
        let mut names: Vec<String> = std::fs::read_dir(&dist)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        let hash = loader
            .trim_start_matches("dossier-worker-")
            .trim_end_matches("_loader.js");
        assert_eq!(hash.len(), 16, "{loader}");
        let script = format!("dossier-worker-{hash}.js");
        let module = format!("dossier-worker-{hash}_bg.wasm");
        assert_eq!(
            names,
            [
                script.clone(),
                module.clone(),
                loader.clone(),
                "index.html".into()
            ]
        );
        let text = std::fs::read_to_string(dist.join(&loader)).unwrap();
        assert_eq!(
            text,
            format!(r#"importScripts("./{script}");wasm_bindgen("./{module}");"#)
        );
        assert_eq!(
            hash_files(&dist).unwrap(),
            loader,
            "running twice changes nothing"
        );
        // Without trunk's output there is nothing to hash: a clear error.
        std::fs::remove_file(dist.join(&module)).unwrap();
        let err = hash_files(&dist).unwrap_err();
        assert!(err.contains("expected one dossier-worker*_bg.wasm"), "{err}");
        std::fs::remove_dir_all(dist).ok();
    }
}
