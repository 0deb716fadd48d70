//! The kept app: what changes its fingerprint, and a rebuild that copies it.

use super::*;

/// A project folder with a few of the app's inputs and a corpus.
fn project(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("dossier-app-cache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    for (path, text) in [
        ("Cargo.lock", "lock"),
        ("index.html", "<html></html>"),
        ("src/lib.rs", "fn app() {}"),
        ("crates/core/src/lib.rs", "fn core() {}"),
        ("corpus/a.md", "An article."),
    ] {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    root
}

fn put(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn the_fingerprint_follows_the_apps_sources_and_not_the_corpus() {
    let root = project("fingerprint");
    let key = |root: &Path| fingerprint(root, "./").unwrap();
    let before = key(&root);
    assert_eq!(key(&root), before, "the same tree, the same app");
    assert_ne!(
        fingerprint(&root, "/repo/").unwrap(),
        before,
        "another public URL is another app"
    );

    // What the build leaves and the articles do not make another app.
    put(&root, "corpus/b.md", "Another article.");
    put(&root, "crates/core/target/debug/x", "build output");
    put(&root, "src/.lib.rs.swp", "an editor's file");
    assert_eq!(key(&root), before);

    // A byte of the core, a renamed file or a new asset does.
    put(&root, "crates/core/src/lib.rs", "fn core() { }");
    let edited = key(&root);
    assert_ne!(edited, before);
    std::fs::rename(root.join("src/lib.rs"), root.join("src/main.rs")).unwrap();
    let renamed = key(&root);
    assert_ne!(renamed, edited);
    put(&root, "assets/icons/a.svg", "<svg/>");
    assert_ne!(key(&root), renamed);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn an_unchanged_app_is_copied_into_an_emptied_dist() {
    let root = project("reuse");
    let key = fingerprint(&root, "./").unwrap();
    let kept = root.join(format!("target/dossier-app/{key:016x}"));
    put(&kept, "index.html", "<html>app</html>");
    put(&kept, "dossier_bg.wasm", "wasm");
    put(&kept, TIMING, "41.500");
    let dist = root.join("dist");
    put(&dist, "data/corpus-old.bin", "an earlier build's data");

    let app = build_app(&root, "./", &dist).unwrap();
    assert!(
        app.reused,
        "a kept build matches: trunk is not run (it is not installed here)"
    );
    assert_eq!(app.trunk_secs, 41.5);
    assert_eq!(
        std::fs::read_to_string(dist.join("index.html")).unwrap(),
        "<html>app</html>"
    );
    assert!(dist.join("dossier_bg.wasm").exists());
    assert!(
        !dist.join("data/corpus-old.bin").exists(),
        "dist is emptied, as trunk empties it"
    );
    assert!(
        !dist.join(TIMING).exists(),
        "the timing stays with the kept build"
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// A stand-in for trunk: writes an app of `text` into the folder given.
fn fake_trunk(text: &'static str) -> impl FnOnce(&Path) -> Result<()> {
    move |out| {
        put(out, "index.html", text);
        Ok(())
    }
}

#[test]
fn an_app_is_built_once_then_reused_until_a_source_changes() {
    let root = project("cycle");
    let dist = root.join("dist");
    let first = build_app_with(&root, "./", &dist, fake_trunk("one")).unwrap();
    assert!(!first.reused);
    let again = build_app_with(&root, "./", &dist, |_| {
        panic!("an unchanged app is not built again")
    })
    .unwrap();
    assert!(again.reused);
    assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "one");

    put(&root, "src/lib.rs", "fn app() { changed(); }");
    let changed = build_app_with(&root, "./", &dist, fake_trunk("two")).unwrap();
    assert!(!changed.reused);
    assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "two");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn an_app_whose_sources_change_while_it_builds_is_used_once_and_not_kept() {
    let root = project("edited");
    let dist = root.join("dist");
    let edit = root.clone();
    let built = build_app_with(&root, "./", &dist, move |out| {
        put(out, "index.html", "mixed");
        put(&edit, "src/lib.rs", "fn app() { saved_while_building(); }");
        Ok(())
    })
    .unwrap();
    assert!(!built.reused);
    assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "mixed");
    let next = build_app_with(&root, "./", &dist, fake_trunk("clean")).unwrap();
    assert!(!next.reused, "the app built from mixed sources was not kept");
    assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "clean");
    let left: Vec<_> = std::fs::read_dir(root.join("target/dossier-app"))
        .unwrap()
        .collect();
    assert_eq!(left.len(), 1, "the kept build alone, no build folder left behind");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn pruning_keeps_the_builds_used_last() {
    let root = project("prune");
    let cache = root.join("target/dossier-app");
    let names = ["a", "b", "c", "d", "e"];
    for (i, name) in names.iter().enumerate() {
        put(&cache.join(name), TIMING, "1");
        let used = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000 * (i as u64 + 1));
        let file = std::fs::File::options()
            .write(true)
            .open(cache.join(name).join(TIMING))
            .unwrap();
        file.set_modified(used).unwrap();
    }
    put(&cache.join("f.123.tmp"), "index.html", "a build under way");
    // `a` is the one just used, though its timing is the oldest.
    prune(&cache, &cache.join("a"));
    let mut left: Vec<String> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["a", "d", "e", "f.123.tmp"],
        "the current one and the {} - 1 used last",
        KEPT
    );
    let _ = std::fs::remove_dir_all(&root);
}
