//! Which files of a build a first visit downloads: `index.html` and what it loads
//! at once (stylesheets, preloads, scripts, trunk's module initialiser). Icons,
//! the manifest, the service worker and web workers come later or on demand.

/// Whether the dist file at `path` (relative, `/`-separated) is part of the first
/// load of a page whose HTML is `index_html`.
pub fn is_first_load(index_html: &str, path: &str) -> bool {
    path == "index.html" || eager_urls(index_html).iter().any(|url| names(url, path))
}

/// Whether `url` (as written in the page: absolute, `./`-relative or bare) names `path`.
fn names(url: &str, path: &str) -> bool {
    let url = url.split(['?', '#']).next().unwrap_or("");
    url == path || url.strip_prefix("./") == Some(path) || url.ends_with(&format!("/{path}"))
}

/// URLs the browser fetches as soon as it parses `html`.
fn eager_urls(html: &str) -> Vec<&str> {
    let mut urls = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        match name.to_ascii_lowercase().as_str() {
            "link" => {
                let rel = attr(attrs, "rel").unwrap_or("").to_ascii_lowercase();
                if rel
                    .split_whitespace()
                    .any(|r| matches!(r, "stylesheet" | "preload" | "modulepreload"))
                {
                    urls.extend(attr(attrs, "href"));
                }
            }
            // The app fetches its data file as soon as it starts.
            "meta" if attr(attrs, "name") == Some("dossier-data") => urls.extend(attr(attrs, "content")),
            "script" => {
                urls.extend(attr(attrs, "src"));
                // trunk's initialiser: `import init from '…js'; init({ module_or_path: '…wasm' })`.
                if attr(attrs, "type") == Some("module") {
                    let body = &rest[tag.len()..];
                    let body = &body[..body.find("</script").unwrap_or(body.len())];
                    urls.extend(quoted(body).filter(|s| s.ends_with(".js") || s.ends_with(".wasm")));
                }
            }
            _ => {}
        }
    }
    urls
}

/// The value of attribute `name` in a tag's attribute text, quoted or not.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    loop {
        let at = rest.to_ascii_lowercase().find(&format!("{name}="))?;
        let before = rest[..at].chars().next_back();
        let value = &rest[at + name.len() + 1..];
        if before.is_none_or(char::is_whitespace) {
            return Some(match value.chars().next() {
                Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
                _ => value
                    .split(char::is_whitespace)
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('/'),
            });
        }
        rest = value;
    }
}

/// The contents of every '…' or "…" string in `js`.
fn quoted(js: &str) -> impl Iterator<Item = &str> {
    js.split(['\'', '"']).skip(1).step_by(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What trunk and `cargo xtask build` make of index.html (abridged).
    const PAGE: &str = r#"<head>
<meta name="dossier-data" content="data/corpus-1.bin" />
<link rel="manifest" href="manifest.webmanifest" /><link rel="icon" href="icons/icon-32.png" sizes="32x32" type="image/png" />
<link rel="stylesheet" href="/dossier/main-1.css" integrity="sha384-x"/>
<script>navigator.serviceWorker.register("./sw.js")</script>
<script type="module">
import init, * as bindings from '/dossier/dossier-1.js';
const wasm = await init({ module_or_path: '/dossier/dossier-1_bg.wasm' });
</script>
<link rel="preload" href="data/corpus-1.bin" as="fetch" crossorigin="anonymous"></head>"#;

    #[test]
    fn the_page_its_code_style_and_data_are_the_first_load() {
        for path in [
            "index.html",
            "main-1.css",
            "dossier-1.js",
            "dossier-1_bg.wasm",
            "data/corpus-1.bin",
        ] {
            assert!(is_first_load(PAGE, path), "{path} should be first load");
        }
    }

    #[test]
    fn icons_manifest_and_workers_are_not() {
        for path in [
            "sw.js",
            "manifest.webmanifest",
            "icons/icon.svg",
            "icons/icon-32.png",
            "icons/icon-192.png",
            "worker-1.js",
        ] {
            assert!(!is_first_load(PAGE, path), "{path} should not be first load");
        }
    }

    #[test]
    fn attributes_are_found_whole_and_quoted_either_way() {
        assert_eq!(attr(r#"data-href="x" href='y'"#, "href"), Some("y"));
        assert_eq!(attr("rel=stylesheet href=a.css/", "href"), Some("a.css"));
        assert_eq!(attr("data-rel=x", "rel"), None);
    }
}
