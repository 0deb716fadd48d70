//! Loading the data files that `cargo xtask build` wrote next to the page: the
//! first-view bundle, index parts for a task that needs them all at once, and
//! original texts. (Parts a view needs are queued by `data_parts.rs`.)

use crate::data_parts::fetcher;
use crate::data_parts::kept::Part;
use crate::loaded::Loaded;
use dossier_core::bundle::Bundle;
use dossier_core::search::Need;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The relative URL `cargo xtask build` wrote into `<meta name="{name}">`, or
/// why there is none. Relative, so the site works from any sub-path (GitHub
/// Pages' `/REPO/`); a `data:` URL in a single-file build.
pub fn meta_href(name: &str) -> Result<String, String> {
    let meta = leptos::prelude::document()
        .query_selector(&format!("meta[name={name}]"))
        .ok()
        .flatten()
        .ok_or_else(|| {
            format!("the page has no <meta name={name}>: was it built with `cargo xtask build`?")
        })?;
    let href = meta.get_attribute("content").unwrap_or_default();
    if href.is_empty() && is_single_file() {
        // `cargo xtask build --single-file` ships no library worker: one file
        // cannot start a worker from disk.
        return Err(
            "adding your own articles needs the full site: this single-file dossier cannot run \
                    the library worker. Build the site with `cargo xtask build` and serve its folder"
                .into(),
        );
    }
    if href.is_empty() || href.starts_with("__") {
        return Err(format!(
            "the page's <meta name={name}> names no file: build it with `cargo xtask build`"
        ));
    }
    Ok(href)
}

/// Whether this page is the one self-contained file of `cargo xtask build
/// --single-file` (`<meta name="dossier-mode" content="single-file">`).
pub fn is_single_file() -> bool {
    leptos::prelude::document()
        .query_selector(r#"meta[name="dossier-mode"][content="single-file"]"#)
        .ok()
        .flatten()
        .is_some()
}

/// The relative URL of the data file.
pub fn data_href() -> Result<String, String> {
    meta_href("dossier-data")
}

/// The index part at `href`, failing on network errors and
/// non-2xx replies: called off when `signal` is aborted (a part a newer view
/// no longer wants), kept for offline use and read from the caches when the
/// network fails (see [`crate::data_parts::kept`]).
pub async fn fetch_part_until(href: &str, signal: &web_sys::AbortSignal) -> Result<Part, String> {
    let fetch = fetcher::fetch_part(href, Some(signal));
    crate::data_parts::kept::read_part(href, fetch, Some(signal)).await
}

/// Reads the whole reply to `fetch`, a fetch of `href` already under way, in
/// one piece: for an index part, a stream read chunk by chunk cost a promise
/// and a copy per chunk on the page thread, dozens of parts per keystroke.
pub(crate) async fn read_whole(href: &str, fetch: js_sys::Promise) -> Result<Vec<u8>, String> {
    let buffer = read_buffer(href, fetch).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// [`read_whole`], leaving the bytes in the buffer the browser filled (an index
/// part's is then handed to the service worker: see `data_parts::kept`).
pub(crate) async fn read_buffer(href: &str, fetch: js_sys::Promise) -> Result<js_sys::ArrayBuffer, String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{href}: {e:?}");
    let response: web_sys::Response = JsFuture::from(fetch)
        .await
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    if !response.ok() {
        return Err(format!("{href}: HTTP {}", response.status()));
    }
    JsFuture::from(response.array_buffer().map_err(fail)?)
        .await
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)
}

/// Fetches the index parts `needs` of `loaded`, eight at a time, and loads
/// them (for a task that needs many, such as an export of thousands of
/// articles: not thousands of requests at once).
pub async fn load_parts(loaded: &Loaded, needs: &[Need]) -> Result<(), String> {
    let Some(files) = &loaded.parts else { return Ok(()) };
    for batch in needs.chunks(8) {
        let fetches: Vec<_> = batch
            .iter()
            .filter_map(|&n| files.href(n).map(|h| (n, fetcher::fetch_part(&h, None), h)))
            .collect();
        for (need, fetch, href) in fetches {
            let part = crate::data_parts::kept::read_part(&href, fetch, None).await?;
            dossier_core::split::fill(loaded.engine().index(), need, &part.bytes)
                .map_err(|e| format!("{href}: {e}"))?;
        }
    }
    Ok(())
}

/// Fetches `href` reading its body as a stream, reporting `(bytes so far, total
/// if the server said)` as chunks arrive, so a large corpus shows its progress.
async fn fetch_with_progress(href: &str, progress: impl Fn(u64, Option<u64>)) -> Result<Vec<u8>, String> {
    read_with_progress(href, leptos::prelude::window().fetch_with_str(href), progress).await
}

/// Reads the reply to `fetch`, a fetch of `href` already under way, as
/// [`fetch_with_progress`] does.
async fn read_with_progress(
    href: &str,
    fetch: js_sys::Promise,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{href}: {e:?}");
    let response = JsFuture::from(fetch).await.map_err(fail)?;
    let response: web_sys::Response = response.dyn_into().map_err(fail)?;
    if !response.ok() {
        return Err(format!("{href}: HTTP {}", response.status()));
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse().ok());
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(fail)?;
        let field = |name: &str| js_sys::Reflect::get(&chunk, &name.into()).unwrap_or_default();
        if field("done").as_bool().unwrap_or(true) {
            break;
        }
        // Straight into the buffer: no intermediate Vec per chunk of a large file.
        let value = js_sys::Uint8Array::new(&field("value"));
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
        progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}

/// Fetches and decodes the corpus and index this page was built with,
/// reporting download progress.
pub async fn load_bundle(progress: impl Fn(u64, Option<u64>)) -> Result<Bundle, String> {
    let href = data_href()?;
    let bytes = fetch_with_progress(&href, progress).await?;
    Bundle::from_bytes(&bytes).map_err(|e| format!("{href}: {e}"))
}

thread_local! {
    /// The original texts once fetched, by data file (one fetch per page).
    static ORIGINALS: std::cell::RefCell<Option<(String, std::rc::Rc<Vec<String>>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The original text of the article at position `doc` of `loaded`'s corpus:
/// inline for the reader's own articles, else from the originals file, fetched
/// on first use (only the reader's "original text" view needs it).
pub async fn load_original(loaded: &Loaded, doc: usize) -> Result<String, String> {
    let count = loaded.engine().article_count();
    if doc >= count {
        return Err("no such article".into());
    }
    // A whole corpus's article, or a site's card (whose original is in the file).
    let inline = loaded
        .engine()
        .article(doc)
        .map(|a| a.original.clone())
        .unwrap_or_default();
    let Some(href) = loaded.originals.as_ref().filter(|_| inline.is_empty()) else {
        return Ok(inline);
    };
    let cached = ORIGINALS.with_borrow(|c| c.as_ref().filter(|(h, _)| h == href).map(|(_, t)| t.clone()));
    let texts = match cached {
        Some(texts) => texts,
        None => {
            // A data file like the index parts: kept for offline use as they
            // are. Fetched by the page: one file, once, for the reader.
            let fetch = fetcher::on_page(href, None);
            let part = crate::data_parts::kept::read_part(href, fetch, None).await?;
            let originals = dossier_core::bundle::Originals::from_bytes(&part.bytes, count)
                .map_err(|e| format!("{href}: {e}"))?;
            let texts = std::rc::Rc::new(originals.texts);
            ORIGINALS.set(Some((href.clone(), texts.clone())));
            texts
        }
    };
    texts
        .get(doc)
        .cloned()
        .ok_or_else(|| format!("{href}: no text for article {doc}"))
}
