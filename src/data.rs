//! Loading the data file that `cargo xtask build` wrote next to the page.

use dossier_core::bundle::Bundle;
use dossier_core::search::Need;
use leptos::prelude::{Set, Update};
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

/// Fetches the raw bytes at `href`, failing on network errors and non-2xx replies.
pub async fn fetch_bytes(href: &str) -> Result<Vec<u8>, String> {
    fetch_with_progress(href, |_, _| {}).await
}

/// Fetches the index parts `needs` of `loaded`, all at once, and loads them
/// (for a task that needs many, such as an export with the articles' text).
pub async fn load_parts(loaded: &crate::state::Loaded, needs: &[Need]) -> Result<(), String> {
    let Some(files) = &loaded.parts else { return Ok(()) };
    let window = leptos::prelude::window();
    let fetches: Vec<_> = needs
        .iter()
        .filter_map(|&n| files.href(n).map(|h| (n, h, window.fetch_with_str(h))))
        .collect();
    for (need, href, fetch) in fetches {
        let bytes = read_with_progress(href, fetch, |_, _| {}).await?;
        dossier_core::split::fill(loaded.engine.index(), need, &bytes).map_err(|e| format!("{href}: {e}"))?;
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
pub async fn load_original(loaded: &crate::state::Loaded, doc: usize) -> Result<String, String> {
    let article = loaded.corpus.articles.get(doc).ok_or("no such article")?;
    let Some(href) = loaded.originals.as_ref().filter(|_| article.original.is_empty()) else {
        return Ok(article.original.clone());
    };
    let cached = ORIGINALS.with_borrow(|c| c.as_ref().filter(|(h, _)| h == href).map(|(_, t)| t.clone()));
    let texts = match cached {
        Some(texts) => texts,
        None => {
            let bytes = fetch_bytes(href).await?;
            let originals = dossier_core::bundle::Originals::from_bytes(&bytes, loaded.corpus.articles.len())
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

/// Most index parts fetched at once.
const PARALLEL_PARTS: usize = 6;

/// A part to fetch: which, from where, for which corpus, and whether it is
/// for the view (replaced when the view changes) or for the reader.
type Wanted = (Need, String, &'static crate::state::Loaded, bool);

thread_local! {
    /// Parts the current view still wants, most urgent first.
    static QUEUE: std::cell::RefCell<std::collections::VecDeque<Wanted>> = Default::default();
    /// Parts being fetched, by file.
    static IN_FLIGHT: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
    /// Whether the parts loaded since the queue was last idle include postings
    /// or words (the view must run again) or only bodies (snippets to fill in).
    static WAVE_HAD_TERMS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Parts that failed: not asked for again until the view changes.
    static FAILED: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
}

/// Fetches the index parts `needs` of `loaded` (most urgent first),
/// [`PARALLEL_PARTS`] at a time. With `for_view`, they replace what an earlier
/// view still wanted; otherwise (the reader) they go first. Each part
/// is loaded into the index as it arrives; once all are in, `state.parts` is
/// bumped so the view runs once more (and asks for any part it could only know
/// it needs now, e.g. the term blocks of a prefix's words), or `state.bodies`
/// when only texts came (snippets are filled in without a new search). A part
/// that fails is reported in `state.part_error` and the view stays as it was.
pub fn request_parts(
    state: crate::state::AppState,
    loaded: &'static crate::state::Loaded,
    needs: &[Need],
    for_view: bool,
) {
    let Some(files) = &loaded.parts else { return };
    let wanted: Vec<Wanted> = needs
        .iter()
        .filter_map(|&n| files.href(n).map(|h| (n, h.to_string(), loaded, for_view)))
        .filter(|(_, href, _, _)| {
            !IN_FLIGHT.with_borrow(|f| f.contains(href)) && !FAILED.with_borrow(|f| f.contains(href))
        })
        .collect();
    QUEUE.with_borrow_mut(|q| {
        if for_view {
            // A later request may try a failed part once more (a network blip
            // passes); a failure itself causes no request, so this cannot loop.
            FAILED.with_borrow_mut(|f| f.clear());
            q.retain(|w| !w.3);
            q.extend(wanted);
        } else {
            for w in wanted.into_iter().rev() {
                q.push_front(w);
            }
        }
    });
    pump(state);
}

/// Starts fetches from the queue while there is room.
fn pump(state: crate::state::AppState) {
    while IN_FLIGHT.with_borrow(|f| f.len()) < PARALLEL_PARTS {
        let Some((need, href, loaded, _)) = QUEUE.with_borrow_mut(|q| q.pop_front()) else {
            break;
        };
        if !IN_FLIGHT.with_borrow_mut(|f| f.insert(href.clone())) {
            continue;
        }
        leptos::task::spawn_local(async move {
            let result = fetch_bytes(&href)
                .await
                .and_then(|bytes| dossier_core::split::fill(loaded.engine.index(), need, &bytes))
                .map_err(|e| format!("{href}: {e}"));
            IN_FLIGHT.with_borrow_mut(|f| f.remove(&href));
            match result {
                Ok(()) if !matches!(need, Need::Bodies(_)) => WAVE_HAD_TERMS.set(true),
                Ok(()) => {}
                Err(e) => {
                    FAILED.with_borrow_mut(|f| f.insert(href));
                    state.part_error.set(Some(e));
                }
            }
            pump(state);
            let idle = IN_FLIGHT.with_borrow(|f| f.is_empty()) && QUEUE.with_borrow(|q| q.is_empty());
            if idle {
                let signal = if WAVE_HAD_TERMS.replace(false) {
                    state.parts
                } else {
                    state.bodies
                };
                signal.update(|n| *n += 1);
            }
        });
    }
}
