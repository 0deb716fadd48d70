//! The comparison sites, built from the same ingested corpus: Pagefind (one
//! HTML page per article with language/topic/year filters, indexed by the
//! pagefind CLI), and MiniSearch, Orama and FlexSearch (one JSON of the
//! articles, indexed in the page as their docs describe). All come from
//! `bench/node_modules`, installed from the committed lock file; every page
//! paints its results with the same `peer.js`, so paint timings compare.

use crate::{run, Result};
use dossier_core::model::{Article, Corpus};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// A comparison site ready to serve.
pub struct EngineSite {
    /// Folder to serve at `/`.
    pub dir: PathBuf,
    /// Seconds to build the site and its index.
    pub build_secs: f64,
    /// Bytes of the search index as shipped (Pagefind's folder; MiniSearch's JSON).
    pub index_bytes: u64,
}

/// Installs the pinned engines into `bench/node_modules` unless present.
pub fn ensure_npm(root: &Path) -> Result<PathBuf> {
    let bench = root.join("bench");
    let markers = [
        "node_modules/.bin/pagefind",
        "node_modules/.bin/esbuild",
        "node_modules/minisearch/dist/umd/index.js",
        "node_modules/@orama/orama/dist/browser/index.js",
        "node_modules/flexsearch/dist/flexsearch.bundle.min.js",
    ];
    crate::tools::ensure_npm_packages(
        &bench,
        &markers,
        "Pagefind, MiniSearch, Orama, FlexSearch and esbuild",
    )?;
    Ok(bench.join("node_modules"))
}

/// One page per article under `dir/articles/`, a search page, and Pagefind's index.
pub fn pagefind(modules: &Path, corpus: &Corpus, dir: &Path) -> Result<EngineSite> {
    fresh_dir(dir)?;
    let start = Instant::now();
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).map_err(|e| format!("{}: {e}", articles.display()))?;
    for a in &corpus.articles {
        let path = articles.join(format!("{}.html", a.id));
        std::fs::write(&path, article_page(a)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    write(dir, "index.html", include_str!("pagefind.html"))?;
    write(dir, "peer.js", include_str!("peer.js"))?;
    // Its output goes to a log beside the site, whose end says why a build
    // failed (at 100k it needed 23 GB here: `--silent` had hidden that).
    let log = dir.join("pagefind.log");
    let out = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
    let err = out.try_clone().map_err(|e| format!("{}: {e}", log.display()))?;
    let status = Command::new(modules.join(".bin/pagefind"))
        .args(["--site"])
        .arg(dir)
        .args(["--glob", "articles/**/*.html"])
        .stdout(out)
        .stderr(err)
        .status()
        .map_err(|e| format!("cannot run pagefind: {e}"))?;
    if !status.success() {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let tail = lines[lines.len().saturating_sub(3)..].join(" / ");
        return Err(format!(
            "pagefind {status} on {} articles (see {}): {tail}",
            corpus.articles.len(),
            log.display()
        ));
    }
    Ok(EngineSite {
        dir: dir.to_path_buf(),
        build_secs: start.elapsed().as_secs_f64(),
        index_bytes: dir_size(&dir.join("pagefind")),
    })
}

/// `articles.json`, MiniSearch and its page.
pub fn minisearch(modules: &Path, corpus: &Corpus, dir: &Path) -> Result<EngineSite> {
    in_page(corpus, dir, include_str!("minisearch.html"), |dir| {
        copy(
            &modules.join("minisearch/dist/umd/index.js"),
            &dir.join("minisearch.js"),
        )
    })
}

/// `articles.json`, Orama bundled into one minified module (as a site would ship
/// it: its package is ~90 small modules) and its page.
pub fn orama(modules: &Path, corpus: &Corpus, dir: &Path) -> Result<EngineSite> {
    in_page(corpus, dir, include_str!("orama.html"), |dir| {
        run(Command::new(modules.join(".bin/esbuild"))
            .arg(modules.join("@orama/orama/dist/browser/index.js"))
            .args(["--bundle", "--minify", "--format=esm", "--log-level=warning"])
            .arg(format!("--outfile={}", dir.join("orama.js").display())))
    })
}

/// `articles.json`, FlexSearch's browser bundle and its page.
pub fn flexsearch(modules: &Path, corpus: &Corpus, dir: &Path) -> Result<EngineSite> {
    in_page(corpus, dir, include_str!("flexsearch.html"), |dir| {
        copy(
            &modules.join("flexsearch/dist/flexsearch.bundle.min.js"),
            &dir.join("flexsearch.js"),
        )
    })
}

/// A site that indexes in the page: `articles.json` (id, title, body, source,
/// lang, topics, year), the engine's script (`add_lib`), the page and `peer.js`.
/// The index shipped is the JSON.
fn in_page(
    corpus: &Corpus,
    dir: &Path,
    page: &str,
    add_lib: impl FnOnce(&Path) -> Result<()>,
) -> Result<EngineSite> {
    fresh_dir(dir)?;
    let start = Instant::now();
    let docs: Vec<_> = corpus
        .articles
        .iter()
        .map(|a| {
            json!({
                "id": a.id, "title": a.title, "body": a.body, "source": a.source, "lang": a.lang,
                "topics": a.topics.iter().map(|t| &t.slug).collect::<Vec<_>>(),
                "year": a.date.map(|d| d.year),
            })
        })
        .collect();
    let json = serde_json::to_string(&docs).map_err(|e| e.to_string())?;
    write(dir, "articles.json", &json)?;
    add_lib(dir)?;
    write(dir, "index.html", page)?;
    write(dir, "peer.js", include_str!("peer.js"))?;
    Ok(EngineSite {
        dir: dir.to_path_buf(),
        build_secs: start.elapsed().as_secs_f64(),
        index_bytes: json.len() as u64,
    })
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)
        .map(drop)
        .map_err(|e| format!("{}: {e}", from.display()))
}

fn article_page(a: &Article) -> String {
    let mut head = format!(
        "<!doctype html>\n<html>\n<head><meta charset=\"utf-8\"><title>{t}</title>\n\
         <meta data-pagefind-filter=\"lang[content]\" content=\"{l}\">\n",
        t = esc(&a.title),
        l = esc(&a.lang)
    );
    for t in &a.topics {
        head += &format!(
            "<meta data-pagefind-filter=\"topic[content]\" content=\"{}\">\n",
            esc(&t.slug)
        );
    }
    if let Some(d) = a.date {
        head += &format!(
            "<meta data-pagefind-filter=\"year[content]\" content=\"{}\">\n",
            d.year
        );
    }
    let body: String = a
        .body
        .split("\n\n")
        .map(|p| format!("<p>{}</p>\n", esc(p)))
        .collect();
    // The source is indexed as the other engines index it (a field of its own there).
    let source = a
        .source
        .as_ref()
        .map_or(String::new(), |s| format!("<p>{}</p>\n", esc(s)));
    format!(
        "{head}</head>\n<body><main data-pagefind-body><h1>{}</h1>\n{source}{body}</main></body>\n</html>\n",
        esc(&a.title)
    )
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn fresh_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

fn write(dir: &Path, name: &str, text: &str) -> Result<()> {
    std::fs::write(dir.join(name), text).map_err(|e| format!("{}: {e}", dir.join(name).display()))
}

/// Total bytes of the files below `dir`.
pub fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::model::{Origin, PartialDate, TopicScore};

    #[test]
    fn article_pages_carry_escaped_filters() {
        let a = Article {
            id: "x".into(),
            title: "A <b> & \"c\"".into(),
            lang: "fr".into(),
            date: Some(PartialDate {
                year: 2021,
                month: None,
                day: None,
            }),
            topics: vec![TopicScore {
                slug: "energy".into(),
                score: 1.0,
            }],
            body: "one\n\ntwo".into(),
            lang_confidence: 1.0,
            date_basis: None,
            source: None,
            author: None,
            place: None,
            url: None,
            captions: vec![],
            entities: vec![],
            duplicate_of: None,
            original: String::new(),
            words: 2,
            warnings: vec![],
            origin: Origin::Bundled,
        };
        let html = article_page(&a);
        assert!(html.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(html.contains("\"lang[content]\" content=\"fr\""));
        assert!(html.contains("\"topic[content]\" content=\"energy\""));
        assert!(html.contains("\"year[content]\" content=\"2021\""));
        assert!(html.contains("<p>one</p>\n<p>two</p>"));
    }
}
