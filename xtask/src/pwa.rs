//! Offline support and installation: the last step of `cargo xtask build` writes
//! `manifest.webmanifest` and the service worker `sw.js` (from `assets/sw.js`),
//! which precaches every file of the build under a version that hashes them all
//! (for a large corpus, all but the index parts: see [`PRECACHE_PARTS_LIMIT`]).
//!
//! The icons come from `assets/icons/`, which trunk copies (see `index.html`).
//! `icon.svg` is the source; the PNGs were rendered from it with headless Chromium:
//! `chromium --headless=new --hide-scrollbars --window-size=N,N --screenshot=icon-N.png P.html`
//! where `P.html` shows the SVG at N×N pixels with no margin (`icon-32.png` is
//! the page's favicon: see `index.html`).

use crate::dist::{collect_files, url_in};
use crate::Result;
use dossier_core::hash::fnv1a;
use serde_json::json;
use std::path::Path;

/// The service worker, with `"__DOSSIER_VERSION__"` and `["__DOSSIER_PRECACHE__"]` to fill.
const SW_TEMPLATE: &str = include_str!("../../assets/sw.js");
/// The service worker's file, next to `index.html` so that its scope is the site's folder.
pub const SW_FILE: &str = "sw.js";
/// The web app manifest's file, linked from `index.html`.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";
/// The icons the manifest names, then the page's favicon, as copied into dist by trunk.
const ICONS: [&str; 4] = [
    "icons/icon-192.png",
    "icons/icon-512.png",
    "icons/icon.svg",
    "icons/icon-32.png",
];
/// Colours of `style/main.css` (light theme): the masthead's `--panel` and the page's `--bg`.
const THEME_COLOR: &str = "#ffffff";
const BACKGROUND_COLOR: &str = "#fbfaf7";

/// Index parts (`data/terms-*`, `positions-*`, `words-*`, `typos-*`, `cards-*`,
/// `leads-*`, `ids-*`, `bodies-*`, `originals-*`: every data file but the first view's) are
/// precached, so that every view works offline, as long as they weigh this
/// much in all; beyond, a first visit would download the whole corpus in the
/// background, so the worker keeps each part once a view has fetched it.
pub const PRECACHE_PARTS_LIMIT: u64 = 32_000_000;

/// Whether a file of dist is an index part fetched on demand.
fn is_part(url: &str) -> bool {
    url.starts_with("data/") && !url.starts_with("data/corpus-")
}

/// How the installed app presents itself.
#[derive(Debug, Clone)]
pub struct AppInfo {
    /// Full name, shown on install and in the app switcher.
    pub name: String,
    /// Name under the icon on a home screen.
    pub short_name: String,
    /// One sentence on what the site is.
    pub description: String,
}

impl AppInfo {
    /// The dossier's own name and description (from its `dossier.toml`); the
    /// home-screen name is "Dossier" unless the title is short enough to fit.
    pub fn from_page(page: &crate::shell::PageInfo) -> Self {
        AppInfo {
            name: page.title.clone(),
            short_name: if page.title.chars().count() <= 12 {
                page.title.clone()
            } else {
                "Dossier".into()
            },
            description: page.description.clone(),
        }
    }
}

impl Default for AppInfo {
    fn default() -> Self {
        AppInfo {
            name: "Dossier".into(),
            short_name: "Dossier".into(),
            description: "A searchable collection of news articles that works offline.".into(),
        }
    }
}

/// Writes the manifest and then the service worker into `dist`. Call it last:
/// the worker precaches exactly the files `dist` holds at that moment (the
/// index parts only if they weigh at most `parts_limit` bytes).
pub fn write(dist: &Path, app: &AppInfo, parts_limit: u64) -> Result<()> {
    for icon in ICONS {
        if !dist.join(icon).is_file() {
            return Err(format!(
                "{}: missing (index.html should copy assets/icons with trunk)",
                dist.join(icon).display()
            ));
        }
    }
    write_file(&dist.join(MANIFEST_FILE), manifest(app).as_bytes())?;
    let mut files = Vec::new();
    collect_files(dist, &mut files).map_err(|e| format!("{}: {e}", dist.display()))?;
    let url_of = |file: &std::path::PathBuf| url_in(dist, file);
    let mut parts_bytes = 0;
    for file in files.iter().filter(|f| is_part(&url_of(f))) {
        parts_bytes += std::fs::metadata(file)
            .map_err(|e| format!("{}: {e}", file.display()))?
            .len();
    }
    let all_parts = parts_bytes <= parts_limit;
    // Only the files precached are read and hashed (a 10k dossier's parts
    // are 130 MB that the worker does not precache).
    let mut precache = Vec::new();
    for file in files {
        let url = url_of(&file);
        if url != SW_FILE && (all_parts || !is_part(&url)) {
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            precache.push((url, fnv1a(&bytes)));
        }
    }
    precache.sort();
    if !all_parts {
        // Content-hashed names: the first-view file, which is precached, names
        // them, so the version still changes with any of them.
        eprintln!(
            "xtask: index parts weigh {} MB: the service worker keeps those a view fetched \
             instead of precaching them all",
            parts_bytes / 1_000_000
        );
    }
    write_file(&dist.join(SW_FILE), service_worker(&precache).as_bytes())
}

/// The manifest: relative URLs, so the app installs from any sub-path (`/REPO/`).
fn manifest(app: &AppInfo) -> String {
    let icon = |src: &str, sizes: &str, kind: &str, purpose: &str| json!({ "src": src, "sizes": sizes, "type": kind, "purpose": purpose });
    let manifest = json!({
        "name": app.name,
        "short_name": app.short_name,
        "description": app.description,
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        // The icon is full bleed with its letter in the safe zone: fit for both purposes.
        "icons": [
            icon(ICONS[0], "192x192", "image/png", "any"),
            icon(ICONS[1], "512x512", "image/png", "any"),
            icon(ICONS[1], "512x512", "image/png", "maskable"),
            icon(ICONS[2], "any", "image/svg+xml", "any"),
            icon(ICONS[2], "any", "image/svg+xml", "maskable"),
        ],
    });
    serde_json::to_string_pretty(&manifest).expect("JSON values serialise") + "\n"
}

/// The worker for these `(url, content hash)` pairs, sorted by URL. Its version
/// hashes them all, so a change to any file changes the worker's bytes, and the
/// browser's next update check installs it.
fn service_worker(files: &[(String, u64)]) -> String {
    let listing: String = files
        .iter()
        .map(|(url, hash)| format!("{url}\0{hash:016x}\n"))
        .collect();
    let version = format!("{:016x}", fnv1a(listing.as_bytes()));
    let urls: Vec<String> = files
        .iter()
        .map(|(url, _)| format!("./{}", percent_encode(url)))
        .collect();
    SW_TEMPLATE
        .replace("\"__DOSSIER_VERSION__\"", &json!(version).to_string())
        .replace("[\"__DOSSIER_PRECACHE__\"]", &json!(urls).to_string())
}

/// Escapes what may not stand in a URL path as it is (file names are normally plain ASCII).
fn percent_encode(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pairs: &[(&str, u64)]) -> Vec<(String, u64)> {
        pairs.iter().map(|(u, h)| (u.to_string(), *h)).collect()
    }

    #[test]
    fn the_worker_lists_every_file_and_changes_with_any_of_them() {
        let a = service_worker(&files(&[("data/corpus-1.bin", 1), ("index.html", 2)]));
        assert!(
            a.contains(r#"const PRECACHE = ["./data/corpus-1.bin","./index.html"];"#),
            "{a}"
        );
        assert!(!a.contains("__DOSSIER_"), "a placeholder is left: {a}");
        let b = service_worker(&files(&[("data/corpus-1.bin", 1), ("index.html", 3)]));
        assert_ne!(a, b, "a changed file must change the worker");
        let c = service_worker(&files(&[("data/corpus-1.bin", 1), ("index2.html", 2)]));
        assert_ne!(a, c, "a renamed file must change the worker");
    }

    #[test]
    fn a_large_site_precaches_its_first_view_but_not_its_parts() {
        let dist = std::env::temp_dir().join(format!("dossier-pwa-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        let parts = [
            "data/terms-2.bin",
            "data/cards-3.bin",
            "data/ids-4.bin",
            "data/typos-5.bin",
        ];
        for file in ICONS
            .iter()
            .chain(&["index.html", "data/corpus-1.bin"])
            .chain(&parts)
        {
            std::fs::create_dir_all(dist.join(file).parent().unwrap()).unwrap();
            std::fs::write(dist.join(file), b"0123456789").unwrap();
        }
        let sw = |limit| {
            write(&dist, &AppInfo::default(), limit).unwrap();
            std::fs::read_to_string(dist.join(SW_FILE)).unwrap()
        };
        // Every part counts toward the limit, and the first view never does.
        let small = sw(40);
        assert!(small.contains("./data/corpus-1.bin"));
        assert!(parts.iter().all(|p| small.contains(&format!("./{p}"))), "{small}");
        let large = sw(39);
        assert!(large.contains("./data/corpus-1.bin"));
        assert!(
            parts.iter().all(|p| !large.contains(&format!("./{p}"))),
            "{large}"
        );
        // The parts the page fetches are kept as it hands them over.
        assert!(large.contains("event.waitUntil(keep(event.data))"));
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn precache_urls_are_escaped() {
        assert_eq!(percent_encode("a b/é.js"), "a%20b/%C3%A9.js");
    }

    #[test]
    fn the_manifest_stays_relative_to_its_folder() {
        let m: serde_json::Value = serde_json::from_str(&manifest(&AppInfo::default())).unwrap();
        assert_eq!(m["name"], "Dossier");
        assert_eq!(
            (m["start_url"].as_str(), m["scope"].as_str()),
            (Some("./"), Some("./"))
        );
        for icon in m["icons"].as_array().unwrap() {
            assert!(!icon["src"].as_str().unwrap().starts_with('/'), "{icon}");
        }
    }

    #[test]
    fn theme_colours_match_the_stylesheet_and_the_page() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let css = std::fs::read_to_string(root.join("style/main.css")).unwrap();
        assert!(
            css.contains(&format!("--panel: {THEME_COLOR};")),
            "--panel changed in main.css"
        );
        assert!(
            css.contains(&format!("--bg: {BACKGROUND_COLOR};")),
            "--bg changed in main.css"
        );
        let html = std::fs::read_to_string(root.join("index.html")).unwrap();
        assert!(html.contains(&format!(r#"name="theme-color" content="{THEME_COLOR}""#)));
    }
}
