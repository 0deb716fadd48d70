//! `cargo xtask build --single-file`: one self-contained `dossier.html` (app wasm,
//! JS glue, styles and the whole corpus inlined as `data:` URLs and text) that
//! opens from disk, an e-mail or a USB stick, with search and filters working.
//! No service worker and no library worker: adding articles says it needs the site.

use crate::site::normalise_public_url;
use crate::{run, tools, Result};
use dossier_core::hash::fnv1a;
use std::path::Path;
use std::process::Command;

/// The largest file written. An e-mail attachment is base64-encoded once more
/// (×1.37), and 14 MB becomes about 19 MB: under Outlook's 20 MB and Gmail's
/// 25 MB limits. The app takes about 1 MB of it; the rest, base64 of the corpus
/// data (×4/3), leaves room for about 9.5 MB of corpus data (texts, originals and
/// index): about 500 news articles at the 12–17 KB each that the seed and the
/// benchmark's synthetic corpora take.
pub const MAX_FILE_BYTES: usize = 14_000_000;
/// What the app (wasm, glue, styles, page) adds to the corpus, for refusing a
/// corpus before building: 1.0 MB measured in November 2026 (the 0.71 MB wasm
/// as base64, its glue, the styles), with room for the app to grow.
const APP_ESTIMATE_BYTES: usize = 2_500_000;
/// The file's name in the output folder.
pub const FILE_NAME: &str = "dossier.html";
/// The page's favicon as `index.html` links it, inlined as a `data:` URL.
const FAVICON: &str = "icons/icon-32.png";

/// Builds `out/dossier.html` from the corpus in `corpus_dir`; refuses a corpus
/// whose file would exceed [`MAX_FILE_BYTES`].
pub fn build(root: &Path, corpus_dir: &Path, out: &Path) -> Result<()> {
    let bundle = crate::corpus::load(corpus_dir)?;
    let page = crate::shell::page_info(corpus_dir, &bundle.corpus)?;
    // The whole bundle in one piece (index parts, texts and originals inline):
    // nothing is fetched but the page itself.
    let data = bundle.to_bytes();
    check_size(corpus_dir, base64_len(data.len()) + APP_ESTIMATE_BYTES)?;
    tools::ensure_build_tools(root)?;
    let app = root.join("target/single-file-app");
    eprintln!("xtask: building the app with trunk (release) for one file");
    run(Command::new("trunk")
        .current_dir(root)
        .env("PATH", tools::path_with_tools(root))
        .args([
            "build",
            "--release",
            "--public-url",
            &normalise_public_url("./"),
            "--dist",
        ])
        .arg(&app))?;
    let html = assemble(&app, &data, &page)?;
    check_size(corpus_dir, html.len())?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let path = out.join(FILE_NAME);
    std::fs::write(&path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
    println!(
        "xtask: wrote {} ({:.1} MB, {:.1} MB gzip): open it from disk, no server needed",
        path.display(),
        html.len() as f64 / 1e6,
        crate::dist::gzip_len(html.as_bytes()) as f64 / 1e6
    );
    Ok(())
}

/// Refuses a file of `bytes` with a message saying the limit and what to do.
fn check_size(corpus_dir: &Path, bytes: usize) -> Result<()> {
    if bytes <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(format!(
        "{}: too large for one file: it would weigh about {:.1} MB, over the {} MB limit of \
         --single-file (an e-mail attachment of that size still fits common mail limits). \
         Build a site with `cargo xtask build` instead, or make a smaller corpus folder.",
        corpus_dir.display(),
        bytes as f64 / 1e6,
        MAX_FILE_BYTES / 1_000_000
    ))
}

/// The single page from trunk's output in `app` (its `index.html` with
/// placeholders, the app's script, wasm and stylesheet) and the corpus `data`.
pub fn assemble(app: &Path, data: &[u8], page: &crate::shell::PageInfo) -> Result<String> {
    let read =
        |name: &str| std::fs::read(app.join(name)).map_err(|e| format!("{}: {e}", app.join(name).display()));
    let html = String::from_utf8(read("index.html")?).map_err(|_| "index.html: not UTF-8".to_string())?;
    let html = crate::shell::fill(&html, page)?;
    let mut html = drop_elements(&html, |tag| tag.contains("data-site-only"));
    // Preloads and the module script name the app's files: replaced below by inline copies.
    let (mut script, mut wasm, mut css) = (None, None, None);
    for tag in tags(&html, "link") {
        let href = attr(&tag, "href")
            .unwrap_or_default()
            .trim_start_matches("./")
            .to_string();
        match attr(&tag, "rel").as_deref() {
            Some("modulepreload") => script = Some(href),
            Some("preload") if href.ends_with(".wasm") => wasm = Some(href),
            Some("stylesheet") => css = Some(href),
            _ => {}
        }
    }
    let missing = |what: &str| format!("{}: trunk wrote no {what}", app.join("index.html").display());
    let (script, wasm, css) = (
        script.ok_or_else(|| missing("<link rel=modulepreload> for the app's script"))?,
        wasm.ok_or_else(|| missing("<link rel=preload> for the app's wasm"))?,
        css.ok_or_else(|| missing("<link rel=stylesheet>"))?,
    );
    let glue = String::from_utf8(read(&script)?).map_err(|_| format!("{script}: not UTF-8"))?;
    let css_text = String::from_utf8(read(&css)?).map_err(|_| format!("{css}: not UTF-8"))?;
    html = drop_elements(&html, |tag| {
        tag.starts_with("<link")
            && (tag.contains("modulepreload") || tag.contains(&wasm) || tag.contains(&css))
    });
    html = drop_elements(&html, |tag| {
        tag.starts_with("<script") && tag.contains(r#"type="module""#)
    });
    let module = format!(
        "<script type=\"module\">\n{}\nawait __wbg_init({{ module_or_path: \"data:application/wasm;base64,{}\" }});\n</script>",
        inline_glue(&glue)?,
        base64(&read(&wasm)?)
    );
    let icon = format!("data:image/png;base64,{}", base64(&read(FAVICON)?));
    let data_url = format!("data:application/octet-stream;base64,{}", base64(data));
    let head_end = html.find("</head>").ok_or("index.html: no </head>")?;
    html.insert_str(
        head_end,
        &format!(
            "<style>{}</style>\n{module}\n",
            css_text.replace("</style", "<\\/style")
        ),
    );
    Ok(html
        .replacen(
            "<head>",
            "<head>\n    <meta name=\"dossier-mode\" content=\"single-file\" />",
            1,
        )
        .replace("__DOSSIER_DATA__", &data_url)
        .replace("__DOSSIER_WORKER__", "")
        .replace(&format!(r#"href="{FAVICON}""#), &format!(r#"href="{icon}""#))
        // A build id, so two files of different corpora are told apart in bug reports.
        .replacen(
            "</head>",
            &format!(
                "<meta name=\"dossier-build\" content=\"{:016x}\" /></head>",
                fnv1a(data)
            ),
            1,
        ))
}

/// wasm-bindgen's `--target web` module as a plain inline module: its exports
/// become local declarations (an inline module exports nothing), and `__wbg_init`
/// is called by the caller. Fails on imports (JS snippets) it cannot inline.
fn inline_glue(glue: &str) -> Result<String> {
    let mut out = String::with_capacity(glue.len());
    for line in glue.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("import ") {
            return Err(format!(
                "the app's script imports another file, which one HTML file cannot hold: {trimmed}"
            ));
        }
        if trimmed.starts_with("export {") || trimmed.starts_with("export default ") {
            continue;
        }
        out.push_str(line.strip_prefix("export ").unwrap_or(line));
        out.push('\n');
    }
    if !out.contains("__wbg_init") {
        return Err("the app's script has no __wbg_init: not wasm-bindgen's web target".into());
    }
    // Inline script text ends at the first `</script`.
    Ok(out.replace("</script", "<\\/script"))
}

/// The opening tags `<name ...>` of `html`.
fn tags(html: &str, name: &str) -> Vec<String> {
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let tag = &rest[i..];
        let end = tag.find('>').map_or(tag.len(), |e| e + 1);
        out.push(tag[..end].to_string());
        rest = &tag[end..];
    }
    out
}

/// `html` without the elements whose opening tag satisfies `drop` (a `<script>`
/// with its body up to `</script>`, other tags alone).
fn drop_elements(html: &str, drop: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tag_end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let tag = &rest[i..tag_end];
        if tag.starts_with("<!--") {
            let end = rest[i..].find("-->").map_or(rest.len(), |e| i + e + 3);
            out.push_str(&rest[i..end]);
            rest = &rest[end..];
        } else if drop(tag) {
            rest = if tag.starts_with("<script") {
                let close = rest[tag_end..]
                    .find("</script>")
                    .map_or(rest.len(), |e| tag_end + e + 9);
                &rest[close..]
            } else {
                &rest[tag_end..]
            };
        } else {
            out.push_str(tag);
            rest = &rest[tag_end..];
        }
    }
    out.push_str(rest);
    out
}

/// The value of attribute `name` in an opening tag, quoted or not.
fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let value = &tag[at..];
    let (quote, value) = match value.chars().next()? {
        q @ ('"' | '\'') => (q, &value[1..]),
        _ => (' ', value),
    };
    Some(value[..value.find([quote, '>']).unwrap_or(value.len())].to_string())
}

/// Length of the base64 of `n` bytes.
fn base64_len(n: usize) -> usize {
    n.div_ceil(3) * 4
}

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(base64_len(bytes.len()));
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_favicon_it_inlines_is_the_one_index_html_links() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let html = std::fs::read_to_string(format!("{root}/index.html")).unwrap();
        let link = format!(r#"<link rel="icon" href="{FAVICON}""#);
        assert!(html.contains(&link), "index.html has no {link}");
        assert!(Path::new(&format!("{root}/assets/{FAVICON}")).is_file());
    }

    #[test]
    fn base64_matches_the_rfc_4648_test_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64(plain.as_bytes()), encoded);
            assert_eq!(base64_len(plain.len()), encoded.len());
        }
        // Every byte value, against an independent decoder.
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&base64(&all)), all);
    }

    /// A plain base64 decoder: the inverse of the alphabet by search.
    fn decode(text: &str) -> Vec<u8> {
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let sextets: Vec<u32> = text
            .chars()
            .filter(|&c| c != '=')
            .map(|c| alphabet.find(c).unwrap() as u32)
            .collect();
        let mut bits = Vec::new();
        for s in sextets {
            for i in (0..6).rev() {
                bits.push((s >> i) & 1);
            }
        }
        bits.chunks(8)
            .filter(|c| c.len() == 8)
            .map(|c| c.iter().fold(0u8, |b, &bit| b << 1 | bit as u8))
            .collect()
    }

    #[test]
    fn the_glue_loses_its_exports_and_keeps_its_code() {
        let glue = "let wasm;\nexport function start() { return 1; }\nexport class Handle {}\nasync function __wbg_init(m) {}\nexport { initSync };\nexport default __wbg_init;\n";
        let inline = inline_glue(glue).unwrap();
        assert_eq!(
            inline,
            "let wasm;\nfunction start() { return 1; }\nclass Handle {}\nasync function __wbg_init(m) {}\n"
        );
        assert!(inline_glue("import { a } from './snippets/x.js';\nasync function __wbg_init(){}").is_err());
        assert!(inline_glue("const s = '</script>'; function __wbg_init(){}")
            .unwrap()
            .contains("<\\/script>"));
    }

    #[test]
    fn site_only_elements_and_app_links_are_dropped_whole() {
        let html = r#"<head><!-- <script data-site-only> --><script data-site-only>if (a < b) x();</script><link rel="manifest" data-site-only /><link rel="stylesheet" href="./main-1.css"/><script type="module">import init from './a.js';</script><title>t</title></head>"#;
        let out = drop_elements(html, |t| t.contains("data-site-only"));
        assert_eq!(
            out,
            r#"<head><!-- <script data-site-only> --><link rel="stylesheet" href="./main-1.css"/><script type="module">import init from './a.js';</script><title>t</title></head>"#
        );
        let out = drop_elements(&out, |t| {
            t.starts_with("<script") && t.contains(r#"type="module""#)
        });
        assert!(!out.contains("import init"), "{out}");
        assert_eq!(
            tags(&out, "link"),
            vec![r#"<link rel="stylesheet" href="./main-1.css"/>"#]
        );
        assert_eq!(
            attr(r#"<link rel="stylesheet" href="./main-1.css"/>"#, "href").as_deref(),
            Some("./main-1.css")
        );
        assert_eq!(
            attr("<link rel=preload href=x.wasm>", "href").as_deref(),
            Some("x.wasm")
        );
    }

    #[test]
    fn a_corpus_too_large_is_refused_with_the_limit_and_what_to_do() {
        let err = check_size(Path::new("big"), MAX_FILE_BYTES + 1).unwrap_err();
        assert!(err.starts_with("big: too large for one file"), "{err}");
        assert!(
            err.contains("14 MB") && err.contains("cargo xtask build"),
            "{err}"
        );
        assert!(check_size(Path::new("small"), MAX_FILE_BYTES).is_ok());
    }
}
